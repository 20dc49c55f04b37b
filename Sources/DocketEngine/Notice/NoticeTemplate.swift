/// `{name}` placeholders in a phrase, and their filling.
enum NoticeTemplate {
    /// The placeholder names in a phrase, in order.
    static func placeholders(in text: String) -> [String] {
        var out: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            out.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return out
    }

    /// The phrase with each `{name}` replaced by its value, the value kept apart from the text
    /// around it by a first-strong isolate (U+2068 … U+2069) so that a name or a ref in another
    /// script keeps its own direction. A placeholder without a value is left out.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let key = String(rest[rest.index(after: open)..<close])
            if let v = values[key] { out += BidiIsolate.firstStrong(v) }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}

/// Unicode isolates: text in them is laid out on its own, so right-to-left Arabic and
/// left-to-right refs and numbers read correctly in any viewer, stored in logical order.
public enum BidiIsolate {
    public static let rightToLeft: Character = "\u{2067}"
    public static let firstStrongIsolate: Character = "\u{2068}"
    public static let pop: Character = "\u{2069}"

    public static func firstStrong(_ s: String) -> String { "\(firstStrongIsolate)\(s)\(pop)" }
    public static func rtl(_ s: String) -> String { "\(rightToLeft)\(s)\(pop)" }

    /// The text without its isolate marks (what a reader sees, for tests and widths).
    public static func stripped(_ s: String) -> String {
        String(s.unicodeScalars.filter { !(0x2066...0x2069).contains($0.value) }.map(Character.init))
    }
}
