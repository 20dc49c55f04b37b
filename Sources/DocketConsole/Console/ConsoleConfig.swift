import Foundation

/// The user's console settings, from `$XDG_CONFIG_HOME/docket/config` (XDG default
/// `~/.config`): one setting per line, `#` comments.
///
///     theme high-contrast
struct ConsoleConfig: Equatable {
    var theme: String?
    /// `FILE:LINE: what is wrong`, shown in the status line; a broken line is skipped.
    var problems: [String] = []

    static let settings = ["theme"]

    static func path(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/docket/config" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/docket/config" }
        return nil
    }

    static func load(environment: [String: String]) -> ConsoleConfig {
        guard let path = path(environment: environment), FileManager.default.fileExists(atPath: path) else {
            return ConsoleConfig()
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            return ConsoleConfig(problems: ["\(path): cannot read the settings file"])
        }
        return parse(text, file: path)
    }

    static func parse(_ text: String, file: String) -> ConsoleConfig {
        var config = ConsoleConfig()
        for line in ConfigLines.parse(text) {
            let key = line.fields[0].lowercased()
            guard settings.contains(key) else {
                config.problems.append("\(file):\(line.number): unknown setting '\(line.fields[0])' (known: \(settings.joined(separator: ", ")))")
                continue
            }
            guard line.fields.count == 2 else {
                config.problems.append("\(file):\(line.number): '\(key)' takes one value, e.g. 'theme high-contrast'")
                continue
            }
            config.theme = line.fields[1]
        }
        return config
    }
}
