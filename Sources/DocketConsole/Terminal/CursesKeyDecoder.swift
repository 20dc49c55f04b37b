import CNCursesW

/// Turns what `wget_wch` returned into a Key.
enum CursesKeyDecoder {
    /// `status` is wget_wch's result (OK for a character, KEY_CODE_YES for a key code).
    static func decode(status: Int32, code: UInt32) -> Key? {
        if status == KEY_CODE_YES {
            return decodeKeyCode(Int32(bitPattern: code))
        }
        guard status == OK else { return nil }
        if code < 0x20 || code == 0x7F {
            return Key.fromControlByte(code)
        }
        // C1 controls and invalid scalars never reach a screen.
        guard code >= 0xA0 || code < 0x80, let scalar = Unicode.Scalar(code) else { return nil }
        return .character(Character(scalar))
    }

    static func decodeKeyCode(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_BTAB: return .backTab
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_RESIZE: return .resize
        case docket_key_f(1)...docket_key_f(63): return .function(Int(code - docket_key_f(0)))
        default: return nil
        }
    }
}
