/// The form screen's own keys. Printable characters always go into the field (a clerk types
/// names with q and ?), so only keys that type nothing are bound here.
enum FormBindings {
    static let keymap = Keymap(screen: "form", bindings: [
        Binding(keys: [.tab, .down], action: .form(.fieldNext), help: "next field (the field left is checked)", group: "Form", footerLabel: "Next"),
        Binding(keys: [.backTab, .up], action: .form(.fieldPrevious), help: "previous field", group: "Form", footerLabel: "Prev"),
        Binding(keys: [.pageDown], action: .form(.fieldPageDown), help: "a page of fields down", group: "Form"),
        Binding(keys: [.pageUp], action: .form(.fieldPageUp), help: "a page of fields up", group: "Form"),
        Binding(keys: [.ctrl("s")], action: .form(.submit), help: "submit (problems are listed and the cursor goes to the first)", group: "Form", footerLabel: "Submit"),
        Binding(keys: [.escape], action: .form(.leave), help: "leave the form; its draft stays (I lists drafts)", group: "Form", footerLabel: "Leave"),
        Binding(keys: [.function(1)], action: .general(.help), help: "this help", group: "General", footerLabel: "Help"),
        Binding(keys: [.ctrl("l")], action: .general(.redraw), help: "redraw the screen", group: "General"),
    ])

    /// Editing keys inside a text field, for help (Enter, choice fields, yes/no fields and
    /// choice lists have keymaps of their own, listed after these).
    static let fieldHelp: [String] = [
        "In a field",
        "  typing            edits the field (the editing keys are the text boxes' below;",
        "                    Enter goes to the next field, or makes a new line in multi-line fields)",
    ]

    /// How typed values are read, after the keys in help.
    static let readingNotes: [String] = [
        "Dates are read in the agency's order (3/14/1968, 1968-03-14, 14 Mar 1968) and shown back",
        "as understood; amounts are shown with their minor units. Drafts save as you type.",
    ]
}
