/// The keys of questions asked on top of a screen: yes/no confirmations and pickers. They
/// are keymaps like any screen's, so help, the footer, `docket help keys` and the user's
/// keymap file (screens `confirm` and `picker`) treat them alike.
enum PromptKeymaps {
    static let confirm = Keymap(screen: "confirm", bindings: [
        Binding(keys: [.character("y"), .character("Y"), .enter], action: .confirm(.yes), help: "yes: do it", group: "Confirm", footerLabel: "Yes"),
        Binding(keys: [.character("n"), .character("N"), .character("q"), .escape], action: .confirm(.no), help: "no: go back, nothing is done", group: "Confirm", footerLabel: "No"),
        Binding(keys: [.character("j"), .down], action: .confirm(.scrollDown), help: "scroll a long preview down", group: "Confirm"),
        Binding(keys: [.character("k"), .up], action: .confirm(.scrollUp), help: "scroll a long preview up", group: "Confirm"),
    ])

    /// While a picker's filter is being typed, printable keys type into it; the others here still work.
    static let picker = Keymap(screen: "picker", bindings: [
        Binding(keys: [.character("j"), .down, .ctrl("n"), .tab], action: .picker(.down), help: "next item", group: "Pick"),
        Binding(keys: [.character("k"), .up, .ctrl("p"), .backTab], action: .picker(.up), help: "previous item", group: "Pick"),
        Binding(keys: [.pageDown, .ctrl("d"), .ctrl("f"), .character(" ")], action: .picker(.pageDown), help: "a page down", group: "Pick"),
        Binding(keys: [.pageUp, .ctrl("u"), .ctrl("b")], action: .picker(.pageUp), help: "a page up", group: "Pick"),
        Binding(keys: [.character("g"), .home], action: .picker(.top), help: "first item", group: "Pick"),
        Binding(keys: [.character("G"), .end], action: .picker(.bottom), help: "last item", group: "Pick"),
        Binding(keys: [.character("/")], action: .picker(.filter), help: "type to filter (any other letter or digit starts the filter too)", group: "Pick"),
        Binding(keys: [.enter], action: .picker(.pick), help: "pick the highlighted item", group: "Pick", footerLabel: "Pick"),
        Binding(keys: [.escape, .character("q")], action: .picker(.cancel), help: "clear the filter; without one, go back", group: "Pick", footerLabel: "Back"),
    ])

    /// The drafts list (`I`): moving is the picker's; these act on the draft selected.
    static let drafts = Keymap(screen: "drafts", bindings: [
        Binding(keys: [.enter], action: .drafts(.resume), help: "resume the draft (a correction opens its case first)", group: "Drafts", footerLabel: "resume"),
        Binding(keys: [.character("x"), .delete], action: .drafts(.discard), help: "discard the draft (asks first)", group: "Drafts", footerLabel: "discard"),
        Binding(keys: [.escape, .character("q")], action: .drafts(.close), help: "close the list", group: "Drafts", footerLabel: "close"),
    ])

    /// A one-line reason (`v` on the case screen asks why identifiers are needed).
    static let reason = Keymap(screen: "reason", bindings: [
        Binding(keys: [.enter], action: .reason(.give), help: "give the reason", group: "Reason", footerLabel: "give"),
        Binding(keys: [.escape], action: .reason(.cancel), help: "give up, nothing is done", group: "Reason", footerLabel: "cancel"),
    ])

    /// After an intake: Enter opens the new case (or goes back when it went to a department
    /// the clerk does not work in), `i` takes in another.
    static let intakeDone = Keymap(screen: "intake-done", bindings: [
        Binding(keys: [.enter], action: .intakeDone(.openCase), help: "open the new case (back, when it is not in your departments)", group: "Intake done", footerLabel: "open case"),
        Binding(keys: [.character("i")], action: .intakeDone(.another), help: "take in another case", group: "Intake done", footerLabel: "another"),
        Binding(keys: [.escape, .character("q")], action: .intakeDone(.back), help: "back to the screen the intake began on", group: "Intake done", footerLabel: "back"),
    ])

    /// A footer from a keymap's labelled bindings: `Enter resume  x discard  Esc close`.
    static func footer(_ keymap: Keymap) -> String {
        keymap.bindings.compactMap { binding in
            guard let label = binding.footerLabel, let key = binding.keys.first else { return nil }
            return "\(key.name) \(label)"
        }.joined(separator: "  ")
    }

    /// A picker's footer from its keymap: `j/k choose   Enter preview   Esc cancel`.
    static func pickerFooter(_ keymap: Keymap, pick: String) -> String {
        let name = { (action: PickerAction) in keymap.binding(forAction: .picker(action))?.keys.first?.name }
        var parts: [String] = []
        if let down = name(.down), let up = name(.up) { parts.append("\(down)/\(up) choose") }
        if let enter = name(.pick) { parts.append("\(enter) \(pick)") }
        if let escape = name(.cancel) { parts.append("\(escape) cancel") }
        return parts.joined(separator: "   ")
    }

    /// A confirmation's footer from its keymap: `y Yes   n No`, with the scroll keys when the question scrolls.
    static func confirmFooter(_ keymap: Keymap, scrolls: Bool) -> String {
        var parts = [ConfirmAction.yes, .no].compactMap { action -> String? in
            guard let binding = keymap.binding(forAction: .confirm(action)), let key = binding.keys.first else { return nil }
            return "\(key.name) \(binding.footerLabel ?? action.rawValue)"
        }
        if scrolls, let down = keymap.binding(forAction: .confirm(.scrollDown))?.keys.first,
           let up = keymap.binding(forAction: .confirm(.scrollUp))?.keys.first {
            parts.append("\(down.name)/\(up.name) scroll")
        }
        return parts.joined(separator: "   ")
    }
}
