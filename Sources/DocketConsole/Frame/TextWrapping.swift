extension DisplayWidth {
    /// Word-wraps `text` into lines of at most `width` columns. Words longer than a line
    /// are broken by width; existing newlines start new lines.
    public static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var remaining = Substring(word)
                var wordWidth = of(remaining)
                let gap = lineWidth == 0 ? 0 : 1
                if lineWidth + gap + wordWidth <= width {
                    line += (gap == 1 ? " " : "") + remaining
                    lineWidth += gap + wordWidth
                    continue
                }
                if lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                // A word wider than the whole line is broken into width-sized pieces.
                while wordWidth > width {
                    let piece = prefix(remaining, width: width)
                    if piece.isEmpty { break }
                    lines.append(piece)
                    remaining = remaining.dropFirst(piece.count)
                    wordWidth = of(remaining)
                }
                line = String(remaining)
                lineWidth = wordWidth
            }
            lines.append(line)
        }
        return lines
    }
}
