/// Writes a form's canonical values as the store keeps them — a JSON object with sorted
/// keys, byte for byte what `JSONText.encode(form:)` writes — but with the keys sorted and
/// escaped once per form and the text escaped byte by byte into one buffer. An import
/// encodes a million forms; this is several times quicker.
struct FormJSONWriter {
    /// Each field id (sorted) with its `"id":` already written.
    private let keys: [(id: String, prefix: [UInt8])]

    init(form: FormDefinition) {
        keys = form.fields.map(\.id).sorted().map { id in
            (id, Array(JSONText.encode(.string(id)).utf8) + [0x3A])
        }
    }

    /// nil when a value has a key this form does not have (then use JSONText).
    func encode(_ values: FormValues) -> String? {
        var out: [UInt8] = [0x7B]
        out.reserveCapacity(values.count * 40 + 16)
        var written = 0
        for key in keys {
            guard let value = values[key.id] else { continue }
            if written > 0 { out.append(0x2C) }
            out += key.prefix
            FormJSONWriter.string(value, into: &out)
            written += 1
        }
        guard written == values.count else { return nil }
        out.append(0x7D)
        return String(decoding: out, as: UTF8.self)
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// The escapes JSONText writes: quote, backslash, \n \r \t, other C0 and C1 controls and
    /// U+2028/U+2029 as \u00XX.
    static func string(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                switch b {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x0D: out += [0x5C, 0x72]
                case 0x09: out += [0x5C, 0x74]
                case 0x00..<0x20, 0x7F: unicodeEscape(UInt32(b), into: &out)
                case 0xC2 where i + 1 < n && bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x9F:
                    unicodeEscape(UInt32(bytes[i + 1]), into: &out)
                    i += 1
                case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    unicodeEscape(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029, into: &out)
                    i += 2
                default: out.append(b)
                }
                i += 1
            }
        }
        out.append(0x22)
    }

    private static func unicodeEscape(_ v: UInt32, into out: inout [UInt8]) {
        out += [0x5C, 0x75, hex[Int(v >> 12 & 0xF)], hex[Int(v >> 8 & 0xF)], hex[Int(v >> 4 & 0xF)], hex[Int(v & 0xF)]]
    }
}
