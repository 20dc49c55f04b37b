import Foundation

/// A user's key choices, read from `$XDG_CONFIG_HOME/docket/keymap`:
///
///     # screen   action      key[,key…]
///     queue      next-case   n,F5
///     *          help        ?,F1
///
/// `*` applies to every screen that has the action. Overrides replace an action's keys;
/// a key taken from another action on the same screen is removed from that action.
public struct KeymapOverrides: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        /// A screen id, or "*" for every screen.
        public var screen: String
        /// The action's id as written (on `*` lines it names an action of several screens).
        public var action: String
        public var keys: [Key]
        public var line: Int
    }

    public var entries: [Entry]

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// Parses override text against the screens' own keymaps (to check screen and action
    /// names). Every problem is reported as `FILE:LINE: what is wrong`.
    public static func parse(_ text: String, file: String, keymaps: [Keymap]) throws(ConfigFileError) -> KeymapOverrides {
        let screens = keymaps.map(\.screen)
        var entries: [Entry] = []
        var problems: [String] = []
        func problem(_ line: Int, _ message: String) {
            problems.append("\(file):\(line): \(message)")
        }
        for line in ConfigLines.parse(text) {
            guard line.fields.count >= 3 else {
                problem(line.number, "expected 'screen action key[,key…]', found \(line.fields.count) field\(line.fields.count == 1 ? "" : "s")")
                continue
            }
            let screen = line.fields[0]
            let action = line.fields[1]
            var valid = true
            let knownActions: [String]
            if screen == "*" {
                knownActions = uniqueSorted(keymaps.flatMap(\.actionIDs))
            } else if let keymap = keymaps.first(where: { $0.screen == screen }) {
                knownActions = uniqueSorted(keymap.actionIDs)
            } else {
                problem(line.number, "unknown screen '\(screen)' (known screens: \(screens.joined(separator: ", ")), or * for all)")
                knownActions = []
                valid = false
            }
            if valid && !knownActions.contains(action) {
                let scope = screen == "*" ? "on any screen" : "for screen '\(screen)'"
                problem(line.number, "unknown action '\(action)' \(scope) (known actions: \(knownActions.joined(separator: ", ")))")
                valid = false
            }
            // Keys may be written "n,F5" or "n, F5".
            var keys: [Key] = []
            for name in line.fields.dropFirst(2).joined().split(separator: ",") {
                if let key = Key(name: String(name)) {
                    keys.append(key)
                } else {
                    problem(line.number, "unknown key '\(name)' (keys are written like \(Key.nameExamples))")
                    valid = false
                }
            }
            if valid {
                entries.append(Entry(screen: screen, action: action, keys: keys, line: line.number))
            }
        }
        if !problems.isEmpty { throw ConfigFileError(lines: problems) }
        return KeymapOverrides(entries: entries)
    }

    private static func uniqueSorted(_ names: [String]) -> [String] {
        Array(Set(names)).sorted()
    }

    /// The user's keymap file path: `$XDG_CONFIG_HOME/docket/keymap` (XDG default
    /// `~/.config`).
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/docket/keymap" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/docket/keymap" }
        return nil
    }

    /// Reads the user's keymap file. No file means no overrides; a broken file means no
    /// overrides plus its problems, for the UI to show.
    public static func load(keymaps: [Keymap], environment: [String: String] = ProcessInfo.processInfo.environment) -> (overrides: KeymapOverrides, problems: [String]) {
        guard let path = defaultPath(environment: environment), FileManager.default.fileExists(atPath: path) else {
            return (KeymapOverrides(), [])
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            return (KeymapOverrides(), ["\(path): cannot read the keymap file (\(error.localizedDescription))"])
        }
        do {
            return (try parse(text, file: path, keymaps: keymaps), [])
        } catch {
            return (KeymapOverrides(), error.lines + ["\(path): using the standard keys instead"])
        }
    }

    /// `keymap` with these overrides applied: screen-specific lines win over `*` lines,
    /// and later lines over earlier ones.
    public func applied(to keymap: Keymap) -> Keymap {
        var result = keymap
        let relevant = entries.filter { $0.screen == "*" } + entries.filter { $0.screen == keymap.screen }
        for entry in relevant {
            guard let target = result.bindings.firstIndex(where: { $0.action.id == entry.action }) else { continue }
            for index in result.bindings.indices where index != target {
                result.bindings[index].keys.removeAll { entry.keys.contains($0) }
            }
            result.bindings[target].keys = entry.keys
        }
        return result
    }
}
