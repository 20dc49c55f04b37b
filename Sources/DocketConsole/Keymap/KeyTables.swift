/// Every screen's keys as one reference, read from the keymaps themselves: `docket help keys`
/// prints it, and the README's key tables are its `--markdown` form (a test compares them).
public enum KeyTables {
    /// What each screen is called in the reference, by its keymap's id.
    static let titles: [String: String] = [
        "queue": "Queue screen", "case": "Case screen", "dashboard": "Dashboard", "form": "Form screen",
        "confirm": "Confirmations", "picker": "Pickers", "drafts": "Drafts list", "search": "Search box",
        "reason": "Reason prompt", "intake-done": "Intake done",
        "yes-no-field": "Yes/no fields", "option-list": "Choice lists",
        "choice-field": "Choice fields", "text-input": "Text boxes", "notice": "Notice preview",
        "ledger": "Ledger", "money": "Payment, refund and waiver dialog",
    ]

    static var keymaps: [Keymap] { ConsoleKeymaps.standard.all }

    static func title(of keymap: Keymap) -> String {
        "\(titles[keymap.screen] ?? keymap.screen) (`\(keymap.screen)`)"
    }

    /// One Markdown table for every screen: the screen named on its first row, then keys,
    /// action id and what it does (one table, so the reference stays short to read).
    public static func markdown() -> String { markdown(of: keymaps) }

    static func markdown(of keymaps: [Keymap]) -> String {
        var lines = ["| Screen | Keys | Action id | What it does |", "|---|---|---|---|"]
        for keymap in keymaps {
            for (i, binding) in keymap.bindings.enumerated() {
                let keys = binding.keys.map { codeSpan($0.name) }.joined(separator: ", ")
                let screen = i == 0 ? "**\(titles[keymap.screen] ?? keymap.screen)** (`\(keymap.screen)`)" : ""
                lines.append("| \(screen) | \(keys) | \(codeSpan(binding.action.id)) | \(tableCell(binding.help)) |")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The same reference as aligned plain text, grouped as the `?` overlay groups it.
    public static func plain() -> String { plain(of: keymaps) }

    static func plain(of keymaps: [Keymap]) -> String {
        var lines: [String] = []
        for keymap in keymaps {
            if !lines.isEmpty { lines.append("") }
            lines.append(title(of: keymap).replacingOccurrences(of: "`", with: ""))
            let keyWidth = keymap.bindings.map { DisplayWidth.of($0.keyNames) }.max() ?? 0
            let actionWidth = keymap.bindings.map { DisplayWidth.of($0.action.id) }.max() ?? 0
            var group: String?
            for binding in keymap.bindings {
                if binding.group != group {
                    group = binding.group
                    lines.append("  " + binding.group)
                }
                lines.append("    " + DisplayWidth.pad(binding.keyNames, to: keyWidth) + "  "
                             + DisplayWidth.pad(binding.action.id, to: actionWidth) + "  " + binding.help)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Inline code that survives any key name: a backtick inside takes a longer fence, a
    /// pipe is escaped so the table keeps its columns.
    static func codeSpan(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "|", with: "\\|")
        return text.contains("`") ? "`` \(escaped) ``" : "`\(escaped)`"
    }

    static func tableCell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
