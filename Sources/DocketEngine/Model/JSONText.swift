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

    public static func object(_ pairs: KeyValuePairs<String, Value>) -> String {
        encode(.object(pairs.map { ($0.key, $0.value) }))
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
    private static func writeString(_ text: String, into out: inout [UInt8]) {
        var text = text
        out.append(UInt8(ascii: "\""))
        text.withUTF8 { bytes in
            // Runs of bytes that need no escape are copied whole.
            var plain = 0, i = 0
            while i < bytes.count {
                let b = bytes[i]
                var width = 1
                let escaped: [UInt8]
                switch b {
                case UInt8(ascii: "\""): escaped = Array("\\\"".utf8)
                case UInt8(ascii: "\\"): escaped = Array("\\\\".utf8)
                case UInt8(ascii: "\n"): escaped = Array("\\n".utf8)
                case UInt8(ascii: "\r"): escaped = Array("\\r".utf8)
                case UInt8(ascii: "\t"): escaped = Array("\\t".utf8)
                case 0..<0x20, 0x7F: escaped = unicodeEscape(UInt32(b))
                case 0xC2 where i + 1 < bytes.count && (0x80...0x9F).contains(bytes[i + 1]):
                    escaped = unicodeEscape(UInt32(bytes[i + 1]))
                    width = 2
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    escaped = unicodeEscape(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029)
                    width = 3
                default:
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plain..<i]))
                out += escaped
                i += width
                plain = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plain..<bytes.count]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `\u` and four lower-case hex digits.
    private static func unicodeEscape(_ value: UInt32) -> [UInt8] {
        let digits = Array("0123456789abcdef".utf8)
        return Array("\\u".utf8) + stride(from: 12, through: 0, by: -4).map { digits[Int((value >> UInt32($0)) & 0xF)] }
    }

    /// Form values as a JSON object with sorted keys (how the store keeps them).
    public static func encode(form: FormValues) -> String {
        var out: [UInt8] = [UInt8(ascii: "{")]
        out.reserveCapacity(64 + 48 * form.count)
        for (i, key) in form.keys.sorted().enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            writeString(key, into: &out)
            out.append(UInt8(ascii: ":"))
            writeString(form[key]!, into: &out)
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
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
