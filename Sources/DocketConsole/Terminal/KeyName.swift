/// The names keys have in keymap files, help overlays and footers:
/// `j`, `J`, `Enter`, `Esc`, `Tab`, `S-Tab`, `Backspace`, `Del`, `Ins`, `Up`, `Down`,
/// `Left`, `Right`, `PgUp`, `PgDn`, `Home`, `End`, `F1`, `C-d`, `M-x`, `Space`.
extension Key {
    /// The canonical name (what `Key(name:)` reads back).
    public var name: String {
        switch self {
        case .character(" "): return "Space"
        case .character(","): return "Comma"
        case .character(let c): return String(c)
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .function(let n): return "F\(n)"
        case .ctrl(" "): return "C-Space"
        case .ctrl(let c): return "C-\(c)"
        case .alt(" "): return "M-Space"
        case .alt(let c): return "M-\(c)"
        case .resize: return "Resize"
        }
    }

    /// Named keys, lowercased, with the aliases people write.
    static let namedKeys: [String: Key] = [
        "enter": .enter, "return": .enter, "ret": .enter,
        "esc": .escape, "escape": .escape,
        "tab": .tab, "s-tab": .backTab, "backtab": .backTab, "shift-tab": .backTab,
        "backspace": .backspace, "bs": .backspace,
        "del": .delete, "delete": .delete, "ins": .insert, "insert": .insert,
        "up": .up, "down": .down, "left": .left, "right": .right,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "home": .home, "end": .end,
        "space": .character(" "), "comma": .character(","), "hash": .character("#"),
        "resize": .resize,
    ]

    /// Parses a key name. Single characters are case-sensitive (`j` ≠ `J`); names are not
    /// (`enter`, `ENTER`); `C-` and `M-` prefixes take one character or `Space`.
    public init?(name: String) {
        if name.count == 1, let c = name.first, DisplayWidth.of(grapheme: c) > 0 {
            self = .character(c)
            return
        }
        let lower = name.lowercased()
        if let key = Key.namedKeys[lower] {
            self = key
            return
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), lower.dropFirst().allSatisfy(\.isASCII), (1...63).contains(n) {
            self = .function(n)
            return
        }
        for (prefix, isControl) in [("c-", true), ("ctrl-", true), ("^", true), ("m-", false), ("alt-", false)] {
            guard lower.hasPrefix(prefix) else { continue }
            let rest = name.dropFirst(prefix.count)
            let character: Character
            if rest.lowercased() == "space" {
                character = " "
            } else if rest.count == 1, let c = rest.first, DisplayWidth.of(grapheme: c) > 0 {
                character = c
            } else {
                return nil
            }
            if isControl {
                guard character == " " || (character.isASCII && character.isLetter) else { return nil }
                // Terminals cannot tell C-d from C-D.
                self = .ctrl(Character(character.lowercased()))
            } else {
                self = .alt(character)
            }
            return
        }
        return nil
    }

    /// Examples for error messages about unreadable key names.
    static let nameExamples = "j, J, Enter, Esc, Tab, S-Tab, Space, Backspace, Del, Up, PgDn, Home, F1, C-d, M-x"
}
