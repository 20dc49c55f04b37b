/// The `:` command line as a layer on the footer row: history and completion are the text
/// box's; Enter hands the command to the root to run.
struct CommandLineLayer: ConsoleLayer {
    var input: TextInput

    mutating func update(_ message: LayerMessage, id: LayerID, context: LayerContext) -> LayerUpdate {
        guard case .key(let key) = message else { return .stays }
        switch input.handle(key, keys: context.keymaps.textInput) {
        case .submitted(let text):
            return LayerUpdate(requests: [.runCommand(text)], pops: true)
        case .cancelled:
            return .popped
        case .noCompletion:
            return LayerUpdate(requests: [.say("Nothing to complete", .muted)])
        default:
            // Backspace on an empty line leaves it, as in vi.
            return input.text.isEmpty && context.keymaps.textInput.action(for: key) == .textInput(.deleteBack) ? .popped : .stays
        }
    }

    func view(into frame: inout Frame, keymaps: ConsoleKeymaps) {
        let y = frame.height - 1
        guard y >= 0 else { return }
        frame.fill(Rect(x: 0, y: y, width: frame.width, height: 1), role: .normal)
        let used = frame.put(":", x: 0, y: y, role: .fieldLabel)
        input.render(into: &frame, x: used, y: y, width: frame.width - used, role: .fieldFocused)
    }
}
