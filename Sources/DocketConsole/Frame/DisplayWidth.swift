import CNCursesW

/// Measures text the way the terminal will draw it: in columns, not characters.
///
/// Widths come from the C library's `wcwidth` (the same table ncursesw uses), so the
/// process must run in a UTF-8 locale — see `prepareLocale()`.
public enum DisplayWidth {
    /// Columns one Unicode scalar occupies on its own: 0, 1 or 2.
    public static func of(scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        // C0 controls, DEL and C1 controls never draw.
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        // Marks and format characters (joiners, bidi controls, variation selectors) attach to
        // their neighbour; some wcwidth tables wrongly give them a column.
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return 0
        default:
            break
        }
        let measured = wcwidth(wchar_t(value))
        // -1 means "unknown here" (unassigned, or a non-UTF-8 locale): one column is the
        // terminal's usual guess.
        if measured < 0 { return 1 }
        return min(Int(measured), 2)
    }

    /// Columns one grapheme occupies: its first visible scalar decides (combining marks
    /// and joined scalars add nothing). Zero for controls and lone marks.
    public static func of(grapheme: Character) -> Int {
        for scalar in grapheme.unicodeScalars {
            let width = of(scalar: scalar)
            if width > 0 { return width }
        }
        return 0
    }

    /// Columns a whole string occupies.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        if isPlainASCII(text) { return text.utf8.count }
        var total = 0
        for grapheme in text { total += of(grapheme: grapheme) }
        return total
    }

    /// True when every byte is printable ASCII, so width equals byte count.
    static func isPlainASCII<S: StringProtocol>(_ text: S) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Adopts the user's locale (as curses requires) and, when that locale is not UTF-8
    /// (LANG unset under cron or a bare SSH session), falls back to C.UTF-8 for character
    /// handling so that widths and non-ASCII output stay right. Returns the codeset in use.
    @discardableResult
    public static func prepareLocale() -> String {
        setlocale(LC_ALL, "")
        if currentCodeset() != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        return currentCodeset()
    }

    static func currentCodeset() -> String {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return "" }
        return String(cString: codeset)
    }
}
