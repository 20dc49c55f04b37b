extension DisplayWidth {
    /// The ellipsis that marks truncated text (one column).
    public static let ellipsis = "…"

    /// `text` cut to at most `width` columns, ending in "…" when anything was cut.
    /// A wide character that would straddle the limit is dropped rather than split.
    public static func truncate<S: StringProtocol>(_ text: S, to width: Int) -> String {
        if width <= 0 { return "" }
        if of(text) <= width { return String(text) }
        let budget = width - 1
        var used = 0
        var kept = ""
        for grapheme in text {
            let w = of(grapheme: grapheme)
            if used + w > budget { break }
            kept.append(grapheme)
            used += w
        }
        return kept + ellipsis
    }

    /// `text` cut to at most `width` columns without any marker.
    public static func prefix<S: StringProtocol>(_ text: S, width: Int) -> String {
        var used = 0
        var kept = ""
        for grapheme in text {
            let w = of(grapheme: grapheme)
            if used + w > width { break }
            kept.append(grapheme)
            used += w
        }
        return kept
    }
}
