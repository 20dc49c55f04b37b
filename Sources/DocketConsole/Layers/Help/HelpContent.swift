/// The `?` overlay: the keys of the screen in front (from its keymap, disabled actions with
/// their reasons), the command line, and what the queue's markers mean.
enum HelpContent {
    static func lines(for keymap: Keymap, textKeys: Keymap = TextInput.standardKeys) -> [String] {
        var lines = keymap.helpLines()
        lines += ["", "Command line (:)"]
        let width = ConsoleCommandLine.summary.map { DisplayWidth.of($0.usage) }.max() ?? 0
        for entry in ConsoleCommandLine.summary {
            lines.append("  " + DisplayWidth.pad(entry.usage, to: min(width, 40)) + "  " + entry.meaning)
        }
        lines += ["", "Markers", "  " + SLAMarker.legend]
        let name = { (action: TextInputAction) in textKeys.binding(forAction: .textInput(action))?.keys.first?.name ?? "?" }
        lines += ["", "In prompts: \(name(.submit)) accepts, \(name(.cancel)) goes back a step, \(name(.completeNext)) completes (command line)."]
        return lines
    }

    /// The `?` overlay of a screen, from its keymap as it stands.
    static func overlay(title: String, keymap: Keymap?, context: LayerContext) -> Overlay {
        Overlay(title: "Keys — \(title)", lines: lines(for: keymap ?? context.screenKeymap, textKeys: context.keymaps.textInput), footer: HelpLayer.footer(context.keymaps.picker))
    }
}
