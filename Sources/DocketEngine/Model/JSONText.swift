import Foundation

/// A small JSON writer with keys kept in the order given, so output is stable for scripts.
public enum JSONText {
    public indirect enum Value: Sendable, Equatable {
        case null
        case bool(Bool)
        case int(Int64)
        case double(Double)
        case string(String)
        case array([Value])
        case object([(String, Value)])

        public static func == (a: Value, b: Value) -> Bool { JSONText.encode(a) == JSONText.encode(b) }

        public static func optional(_ s: String?) -> Value { s.map(Value.string) ?? .null }
        public static func optional(_ i: Int64?) -> Value { i.map(Value.int) ?? .null }
        public static func int(_ i: Int) -> Value { .int(Int64(i)) }
    }

    /// What `encode(.object(pairs))` writes, without building the object value first: event
    /// details are written this way for every case a demo makes.
    public static func object(_ pairs: KeyValuePairs<String, Value>) -> String {
        var out: [UInt8] = [UInt8(ascii: "{")]
        for (i, pair) in pairs.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            writeString(pair.key, into: &out)
            out.append(UInt8(ascii: ":"))
            write(pair.value, into: &out, pretty: false, indent: 1)
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    public static func encode(_ v: Value, pretty: Bool = false) -> String {
        var out: [UInt8] = []
        write(v, into: &out, pretty: pretty, indent: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// Output is built as UTF-8 bytes and turned into a string once: demo loads and imports
    /// encode millions of values.
    private static func write(_ v: Value, into out: inout [UInt8], pretty: Bool, indent: Int) {
        switch v {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .int(let i): out += String(i).utf8
        case .double(let d): out += (d.isFinite ? String(d) : "null").utf8
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]".utf8; return }
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                if pretty { newline(into: &out, indent: indent + 1) }
                write(item, into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { newline(into: &out, indent: indent) }
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            if pairs.isEmpty { out += "{}".utf8; return }
            out.append(UInt8(ascii: "{"))
            for (i, (k, item)) in pairs.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                if pretty { newline(into: &out, indent: indent + 1) }
                writeString(k, into: &out)
                out += (pretty ? ": " : ":").utf8
                write(item, into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { newline(into: &out, indent: indent) }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(into out: inout [UInt8], indent: Int) {
        out.append(UInt8(ascii: "\n"))
        out += repeatElement(UInt8(ascii: " "), count: 2 * indent)
    }

    /// A JSON string. Escaped: quote, backslash, C0 controls and DEL, C1 controls (U+0080–U+009F,
    /// lead byte C2) and U+2028/U+2029 (E2 80 A8/A9), which some JavaScript readers take as line ends.
    static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        text.withUTF8Bytes { bytes in
            mayNeedEscape.withUnsafeBufferPointer { mayNeedEscape in
                // Runs of bytes that need no escape are copied whole.
                let n = bytes.count
                var plain = 0, i = 0
                while i < n {
                    if i + 8 <= n, isPlainASCII(UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)) {
                        i += 8
                        continue
                    }
                    let b = bytes[i]
                    guard mayNeedEscape[Int(b)] else { i += 1; continue }
                    let scalar: UInt32
                    var width = 1
                    switch b {
                    case 0xC2:
                        guard i + 1 < n, (0x80...0x9F).contains(bytes[i + 1]) else { i += 1; continue }
                        scalar = UInt32(bytes[i + 1])
                        width = 2
                    case 0xE2:
                        guard i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 else { i += 1; continue }
                        scalar = bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029
                        width = 3
                    default:
                        scalar = UInt32(b)
                    }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plain..<i]))
                    writeEscape(scalar, into: &out)
                    i += width
                    plain = i
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plain..<n]))
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Whether eight bytes are all ASCII with no control, quote, backslash or DEL among them, so
    /// a plain run is passed over a word at a time; other words are read byte by byte.
    private static func isPlainASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs = ones &* 0x80
        // Subtracting one from each byte borrows into a byte's high bit only from a zero byte.
        func anyZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        return word & highs == 0
            && (word &- ones &* 0x20) & ~word & highs == 0 // a byte below 0x20
            && !anyZero(word ^ (ones &* 0x22)) && !anyZero(word ^ (ones &* 0x5C))
            && (word &+ ones) & highs == 0 // DEL, the one ASCII byte that 1 more turns into 0x80
    }

    /// The bytes that are escaped or may start an escaped sequence (C2, E2): one table lookup
    /// per byte instead of a chain of tests, as forms are encoded millions of times.
    private static let mayNeedEscape: [Bool] = (0...255).map { b in
        b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xC2 || b == 0xE2
    }

    /// The escape for quote, backslash, newline, return and tab, else `\u` and four lower-case hex digits.
    private static func writeEscape(_ scalar: UInt32, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\\"))
        switch scalar {
        case 0x22, 0x5C: out.append(UInt8(scalar))
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        default:
            out.append(UInt8(ascii: "u"))
            for shift: UInt32 in [12, 8, 4, 0] {
                let digit = UInt8((scalar >> shift) & 0xF)
                out.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
            }
        }
    }

    /// Form values as a JSON object with sorted keys (how the store keeps them).
    public static func encode(form: FormValues) -> String {
        var pairs = form.map { SortKey($0.key, $0.value) }
        pairs.sort { a, b in
            // ASCII is ordered by its bytes, which `<` also does; the first 16 come packed in two
            // words, so most keys are told apart without reading the strings again.
            if a.isASCII && b.isASCII && (a.high, a.low) != (b.high, b.low) { return (a.high, a.low) < (b.high, b.low) }
            return a.key < b.key
        }
        var out: [UInt8] = [UInt8(ascii: "{")]
        out.reserveCapacity(64 + 48 * form.count)
        for (i, pair) in pairs.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            writeString(pair.key, into: &out)
            out.append(UInt8(ascii: ":"))
            writeString(pair.value, into: &out)
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    /// A form's key and value, with the key's first 16 UTF-8 bytes packed big-endian (zeros
    /// after its end) for quick comparison.
    private struct SortKey {
        let key: String
        let value: String
        let high: UInt64, low: UInt64
        let isASCII: Bool

        init(_ key: String, _ value: String) {
            self.key = key
            self.value = value
            // Read from the string's storage: walking `utf8` costs tens of instructions a byte.
            (high, low, isASCII) = key.withUTF8Bytes { bytes in
                // The first 16 bytes are copied into two zeroed words, which read big-endian
                // compare as the bytes do.
                var words: (UInt64, UInt64) = (0, 0)
                let packed = Swift.min(bytes.count, 16)
                withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[..<packed])) }
                let ascii = (words.0 | words.1) & 0x8080_8080_8080_8080 == 0 && bytes[packed...].allSatisfy { $0 < 0x80 }
                return (UInt64(bigEndian: words.0), UInt64(bigEndian: words.1), ascii)
            }
        }
    }

    public static func decodeForm(_ text: String) -> FormValues {
        guard let obj = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return [:] }
        var out: FormValues = [:]
        for (k, v) in obj { out[k] = (v as? String) ?? "\(v)" }
        return out
    }
}

extension JSONText {
    /// Parses stored JSON text back into a value (object keys sorted), for embedding event details.
    public static func parse(_ text: String) -> Value {
        guard let any = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else {
            return .string(text)
        }
        return value(any)
    }

    private static func value(_ any: Any) -> Value {
        switch any {
        case let s as String: return .string(s)
        case let n as NSNumber:
            if String(cString: n.objCType) == "c" { return .bool(n.boolValue) }
            if n.doubleValue == n.doubleValue.rounded(), abs(n.doubleValue) < 9e15 { return .int(n.int64Value) }
            return .double(n.doubleValue)
        case let a as [Any]: return .array(a.map(value))
        case let d as [String: Any]: return .object(d.keys.sorted().map { ($0, value(d[$0]!)) })
        default: return .null
        }
    }
}
