/// One meaningful line of a plain-text config file (theme or keymap).
struct ConfigLine: Equatable {
    var number: Int
    var fields: [String]
}

/// Splits config text into whitespace-separated fields, skipping blank lines and
/// comments. A comment starts with `#` at the beginning of a field, so `#` inside a
/// word is kept.
enum ConfigLines {
    static func parse(_ text: String) -> [ConfigLine] {
        var result: [ConfigLine] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var fields: [String] = []
            for field in rawLine.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }) {
                if field.hasPrefix("#") { break }
                fields.append(String(field))
            }
            if !fields.isEmpty {
                result.append(ConfigLine(number: index + 1, fields: fields))
            }
        }
        return result
    }
}
