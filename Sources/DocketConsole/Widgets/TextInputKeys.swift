/// The keys of every text box, readline-style, as a keymap (`text-input`), so help,
/// `docket help keys` and the user's keymap file treat them like any screen's.
extension TextInput {
    public static let standardKeys = Keymap(screen: "text-input", bindings: [
        Binding(keys: [.enter], action: .textInput(.submit), help: "accept (in a form: the next field; a new line in multi-line fields)", group: "Text box"),
        Binding(keys: [.escape], action: .textInput(.cancel), help: "give up", group: "Text box"),
        Binding(keys: [.backspace, .ctrl("h")], action: .textInput(.deleteBack), help: "delete the character before the cursor", group: "Text box"),
        Binding(keys: [.delete, .ctrl("d")], action: .textInput(.deleteForward), help: "delete the character under the cursor", group: "Text box"),
        Binding(keys: [.left, .ctrl("b")], action: .textInput(.left), help: "cursor left", group: "Text box"),
        Binding(keys: [.right, .ctrl("f")], action: .textInput(.right), help: "cursor right", group: "Text box"),
        Binding(keys: [.home, .ctrl("a")], action: .textInput(.lineStart), help: "to the start of the line", group: "Text box"),
        Binding(keys: [.end, .ctrl("e")], action: .textInput(.lineEnd), help: "to the end of the line", group: "Text box"),
        Binding(keys: [.alt("b")], action: .textInput(.wordBack), help: "a word back", group: "Text box"),
        Binding(keys: [.alt("f")], action: .textInput(.wordForward), help: "a word forward", group: "Text box"),
        Binding(keys: [.ctrl("u")], action: .textInput(.killToStart), help: "delete to the start", group: "Text box"),
        Binding(keys: [.ctrl("k")], action: .textInput(.killToEnd), help: "delete to the end", group: "Text box"),
        Binding(keys: [.ctrl("w")], action: .textInput(.killWordBack), help: "delete the word before the cursor", group: "Text box"),
        Binding(keys: [.alt("d")], action: .textInput(.killWordForward), help: "delete the word after the cursor", group: "Text box"),
        Binding(keys: [.up, .ctrl("p")], action: .textInput(.historyBack), help: "an earlier entry (command line history)", group: "Text box"),
        Binding(keys: [.down, .ctrl("n")], action: .textInput(.historyForward), help: "a later entry", group: "Text box"),
        Binding(keys: [.tab], action: .textInput(.completeNext), help: "complete (again: the next candidate)", group: "Text box"),
        Binding(keys: [.backTab], action: .textInput(.completePrevious), help: "the previous candidate", group: "Text box"),
    ])
}
