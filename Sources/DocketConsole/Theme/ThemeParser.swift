/// Reads theme files: one line per role,
///
///     role  foreground  background  [attribute,attribute]
///
/// with `#` comments and blank lines. Roles a file leaves out inherit from the base
/// theme (the built-in default). Every problem is reported, not just the first.
public enum ThemeParser {
    public static func parse(_ text: String, file: String, name: String, base: Theme? = nil) throws(ConfigFileError) -> Theme {
        var styles: [StyleRole: Style] = [:]
        var firstLine: [StyleRole: Int] = [:]
        var problems: [String] = []
        func problem(_ line: Int, _ message: String) {
            problems.append("\(file):\(line): \(message)")
        }

        for line in ConfigLines.parse(text) {
            let fields = line.fields
            guard fields.count >= 3 else {
                problem(line.number, "expected 'role foreground background [attributes]', found \(fields.count) field\(fields.count == 1 ? "" : "s")")
                continue
            }
            let role = StyleRole(rawValue: fields[0].lowercased())
            if role == nil {
                problem(line.number, "unknown role '\(fields[0])' (known roles: \(StyleRole.allCases.map(\.name).joined(separator: ", ")))")
            }
            let foreground = TerminalColor(name: fields[1])
            if foreground == nil {
                problem(line.number, "unknown foreground colour '\(fields[1])' (use \(TerminalColor.accepted))")
            }
            let background = TerminalColor(name: fields[2])
            if background == nil {
                problem(line.number, "unknown background colour '\(fields[2])' (use \(TerminalColor.accepted))")
            }
            var attributes: TextAttributes = []
            var attributesValid = true
            // Attributes may be written "bold,underline", "[bold, underline]" or "-" for none.
            let attributeText = fields.dropFirst(3).joined(separator: " ")
                .trimming(["[", "]"])
            for item in attributeText.split(separator: ",") {
                let word = String(item).trimming([" "])
                if word.isEmpty || word == "-" || word.lowercased() == "none" { continue }
                if let attribute = TextAttributes(name: word) {
                    attributes.insert(attribute)
                } else {
                    attributesValid = false
                    problem(line.number, "unknown attribute '\(word)' (use \(TextAttributes.named.map(\.name).joined(separator: ", ")))")
                }
            }
            guard let role, let foreground, let background, attributesValid else { continue }
            if let earlier = firstLine[role] {
                problem(line.number, "role '\(role.name)' is already set on line \(earlier)")
                continue
            }
            firstLine[role] = line.number
            styles[role] = Style(foreground: foreground, background: background, attributes: attributes)
        }
        if !problems.isEmpty { throw ConfigFileError(lines: problems) }
        return Theme(name: name, styles: styles, inheritingFrom: base)
    }

    /// A theme written back out in the file format (every role, in documentation order).
    public static func format(_ theme: Theme) -> String {
        StyleRole.allCases.map { role in
            let style = theme[role]
            let attributes = style.attributes.names
            return [role.name, style.foreground.name, style.background.name, attributes.isEmpty ? "-" : attributes]
                .joined(separator: " ")
        }.joined(separator: "\n") + "\n"
    }
}
