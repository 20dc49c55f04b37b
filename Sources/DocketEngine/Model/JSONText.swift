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
        var out = ""
        write(v, into: &out, pretty: pretty, indent: 0)
        return out
    }

    private static func write(_ v: Value, into out: inout String, pretty: Bool, indent: Int) {
        switch v {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += d.isFinite ? String(d) : "null"
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                if pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
                write(item, into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { out += "\n" + String(repeating: "  ", count: indent) }
            out += "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{"
            for (i, (k, item)) in pairs.enumerated() {
                if i > 0 { out += "," }
                if pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
                writeString(k, into: &out)
                out += pretty ? ": " : ":"
                write(item, into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { out += "\n" + String(repeating: "  ", count: indent) }
            out += "}"
        }
    }

    private static func writeString(_ s: String, into out: inout String) {
        out += "\""
        // Most text needs no escaping: append it whole instead of scalar by scalar. Only quotes,
        // backslashes, C0 and C1 controls (lead byte C2) and U+2028/2029 (lead byte E2) do.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xC2 || $0 == 0xE2 }) {
            out += s
            out += "\""
            return
        }
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20 || (0x7F...0x9F).contains(u.value) || u.value == 0x2028 || u.value == 0x2029:
                out += String(format: "\\u%04x", u.value)
            default: out.unicodeScalars.append(u)
            }
        }
        out += "\""
    }

    /// Form values as a JSON object with sorted keys (how the store keeps them).
    public static func encode(form: FormValues) -> String {
        var out = "{"
        out.reserveCapacity(form.count * 32)
        for (i, key) in form.keys.sorted().enumerated() {
            if i > 0 { out += "," }
            writeString(key, into: &out)
            out += ":"
            writeString(form[key]!, into: &out)
        }
        return out + "}"
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
