/// Where text sits inside a wider space.
public enum TextAlignment: Sendable, Hashable {
    case left
    case right
    case center
}

extension DisplayWidth {
    /// `text` truncated (with "…") or padded with spaces to exactly `width` columns.
    /// Padding is always exact: a wide character dropped at the limit leaves a space.
    public static func pad<S: StringProtocol>(_ text: S, to width: Int, alignment: TextAlignment = .left) -> String {
        if width <= 0 { return "" }
        let fitted = truncate(text, to: width)
        let gap = width - of(fitted)
        if gap <= 0 { return fitted }
        switch alignment {
        case .left:
            return fitted + String(repeating: " ", count: gap)
        case .right:
            return String(repeating: " ", count: gap) + fitted
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + fitted + String(repeating: " ", count: gap - left)
        }
    }
}
