/// The bottom line of key hints (`F1 Help  n Next  / Search`), from a Keymap.
public struct Footer: Equatable, Sendable {
    public var hints: [FooterHint]

    public init(hints: [FooterHint]) {
        self.hints = hints
    }

    /// The hints of `keymap` that fit in `width` columns.
    public init(keymap: Keymap, width: Int) {
        self.hints = keymap.footerHints(width: width)
    }

    public func render(into frame: inout Frame, y: Int, x: Int = 0, width: Int? = nil) {
        let width = width ?? frame.width - x
        guard width > 0 else { return }
        frame.fill(Rect(x: x, y: y, width: width, height: 1), role: .footerText)
        var column = x
        for (index, hint) in hints.enumerated() {
            if index > 0 { column += Keymap.footerHintGap }
            let room = x + width - column
            if hint.width > room { break }
            column += frame.put(hint.key, x: column, y: y, role: .footerKey)
            column += frame.put(" " + hint.label, x: column, y: y, role: .footerText)
        }
    }
}
