/// The notice preview's keys: scroll the letter, write it to a file, close.
enum NoticeKeymap {
    static let keymap = Keymap(screen: "notice", bindings: [
        Binding(keys: [.character("j"), .down], action: .move(.down), help: "scroll the letter down a line", group: "Notice"),
        Binding(keys: [.character("k"), .up], action: .move(.up), help: "scroll the letter up a line", group: "Notice"),
        Binding(keys: [.pageDown, .ctrl("f"), .character(" ")], action: .move(.pageDown), help: "scroll down a page", group: "Notice"),
        Binding(keys: [.pageUp, .ctrl("b")], action: .move(.pageUp), help: "scroll up a page", group: "Notice"),
        Binding(keys: [.character("g"), .home], action: .move(.top), help: "to the top of the letter", group: "Notice"),
        Binding(keys: [.character("G"), .end], action: .move(.bottom), help: "to the end of the letter", group: "Notice"),
        Binding(keys: [.character("w")], action: .notice(.write), help: "write the letter to REF-notice-LANG.txt here (mode 0600)", group: "Notice", footerLabel: "write"),
        Binding(keys: [.escape, .character("q")], action: .notice(.close), help: "close the preview", group: "Notice", footerLabel: "close"),
    ])
}
