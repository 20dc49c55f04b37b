/// One keystroke (or terminal event) as the console sees it, whatever the backend.
public enum Key: Hashable, Sendable {
    /// A printable character, as typed (`j`, `J`, `/`, `ł`, `김`).
    case character(Character)
    case enter
    case escape
    case tab
    /// Shift-Tab.
    case backTab
    case backspace
    case delete
    case insert
    case up
    case down
    case left
    case right
    case pageUp
    case pageDown
    case home
    case end
    /// F1…F63.
    case function(Int)
    /// Control plus a letter (always lowercase: `C-d`), or `C-Space`.
    case ctrl(Character)
    /// Alt/Meta plus a character (the terminal sends Esc then the character).
    case alt(Character)
    /// The terminal changed size; the backend's `size` is already the new one.
    case resize

    /// The control key for a C0 byte (1…26 → `C-a`…`C-z`, 0 → `C-Space`), or the key
    /// terminals traditionally send it for (Tab, Enter, Esc, Backspace).
    public static func fromControlByte(_ byte: UInt32) -> Key? {
        switch byte {
        case 0: return .ctrl(" ")
        case 8, 0x7F: return .backspace
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 1...26: return .ctrl(Character(Unicode.Scalar(byte + 0x60)!))
        default: return nil
        }
    }
}
