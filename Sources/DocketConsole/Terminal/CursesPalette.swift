import CNCursesW

/// How each style role is drawn by curses: a colour pair and attribute bits.
struct CursesPalette {
    struct Entry: Equatable {
        var pair: Int16
        var foreground: Int16
        var background: Int16
        var attributes: TextAttributes
    }

    private(set) var entries: [StyleRole: Entry] = [:]
    let usesDefaultColors: Bool

    /// Plans pairs for `theme` on a terminal with `colorCount` colours and `pairCount`
    /// pairs. `defaultColors` is whether `use_default_colors` worked (so -1 means the
    /// terminal's own colour); without it "default" becomes white on black.
    init(theme: Theme, colorCount: Int, pairCount: Int, defaultColors: Bool) {
        usesDefaultColors = defaultColors
        for (index, role) in StyleRole.allCases.enumerated() {
            let style = theme[role]
            let pair = Int16(index + 1)
            guard colorCount >= 8, Int(pair) < pairCount else {
                entries[role] = Entry(pair: 0, foreground: -1, background: -1, attributes: style.attributes)
                continue
            }
            entries[role] = Entry(
                pair: pair,
                foreground: CursesPalette.number(style.foreground, colorCount: colorCount, defaultColors: defaultColors, fallback: 7),
                background: CursesPalette.number(style.background, colorCount: colorCount, defaultColors: defaultColors, fallback: 0),
                attributes: style.attributes)
        }
    }

    static func number(_ color: TerminalColor, colorCount: Int, defaultColors: Bool, fallback: Int16) -> Int16 {
        switch color.approximated(forColorCount: colorCount) {
        case .terminalDefault: return defaultColors ? -1 : fallback
        case .palette(let index): return Int16(index)
        }
    }

    /// Tells curses about every pair (after `start_color`).
    func install() {
        for entry in entries.values where entry.pair > 0 {
            init_pair(entry.pair, entry.foreground, entry.background)
        }
    }

    subscript(role: StyleRole) -> Entry {
        entries[role] ?? Entry(pair: 0, foreground: -1, background: -1, attributes: [])
    }

    /// The curses attribute bits for a set of attributes.
    static func curses(_ attributes: TextAttributes) -> attr_t {
        var bits = docket_attr_normal()
        if attributes.contains(.bold) { bits |= docket_attr_bold() }
        if attributes.contains(.underline) { bits |= docket_attr_underline() }
        if attributes.contains(.reverse) { bits |= docket_attr_reverse() }
        if attributes.contains(.dim) { bits |= docket_attr_dim() }
        if attributes.contains(.standout) { bits |= docket_attr_standout() }
        return bits
    }
}
