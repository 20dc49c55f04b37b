/// The keys inside form fields that do not take text: a choice field's list and yes/no
/// fields. Keymaps like any screen's, so help, hints, `docket help keys` and the user's keymap
/// file treat them alike; the form's own keys (FormBindings) come first.
enum FieldKeymaps {
    static let yesNoField = Keymap(screen: "yes-no-field", bindings: [
        Binding(keys: [.character("y"), .character("Y")], action: .yesNoField(.yes), help: "yes", group: "Yes/no field", footerLabel: "yes"),
        Binding(keys: [.character("n"), .character("N")], action: .yesNoField(.no), help: "no", group: "Yes/no field", footerLabel: "no"),
        Binding(keys: [.character(" "), .left, .right], action: .yesNoField(.switchAnswer), help: "switch between yes and no", group: "Yes/no field", footerLabel: "switches"),
        Binding(keys: [.backspace, .delete], action: .yesNoField(.clearAnswer), help: "clear the answer", group: "Yes/no field"),
    ])

    static let optionList = Keymap(screen: "option-list", bindings: [
        Binding(keys: [.down, .character("j"), .tab, .ctrl("n")], action: .optionList(.next), help: "next option", group: "Choice list"),
        Binding(keys: [.up, .character("k"), .backTab, .ctrl("p")], action: .optionList(.previous), help: "previous option", group: "Choice list"),
        Binding(keys: [.home, .pageUp], action: .optionList(.first), help: "first option", group: "Choice list"),
        Binding(keys: [.end, .pageDown], action: .optionList(.last), help: "last option", group: "Choice list"),
        Binding(keys: [.character(" ")], action: .optionList(.tick), help: "tick or untick (multiple choice); pick (single choice)", group: "Choice list", footerLabel: "tick"),
        Binding(keys: [.enter], action: .optionList(.pick), help: "pick the option; done (multiple choice)", group: "Choice list", footerLabel: "pick"),
        Binding(keys: [.escape], action: .optionList(.cancel), help: "close the list, the field unchanged", group: "Choice list", footerLabel: "cancel"),
    ])

    static let choiceField = Keymap(screen: "choice-field", bindings: [
        Binding(keys: [.character(" "), .enter], action: .choiceField(.openList), help: "open the list of choices (a letter opens it on that initial)", group: "Choice field", footerLabel: "list"),
        Binding(keys: [.right], action: .choiceField(.nextChoice), help: "the next choice, in place (single choice)", group: "Choice field"),
        Binding(keys: [.left], action: .choiceField(.previousChoice), help: "the previous choice, in place (single choice)", group: "Choice field"),
        Binding(keys: [.backspace, .delete], action: .choiceField(.clearChoice), help: "clear the choice", group: "Choice field"),
    ])


    /// `y yes · n no · Space switches`: each labelled binding's first key, as bound.
    static func hint(_ keymap: Keymap) -> String {
        keymap.bindings.compactMap { binding in
            guard let label = binding.footerLabel, let key = binding.keys.first else { return nil }
            return "\(key.name) \(label)"
        }.joined(separator: " · ")
    }
}
