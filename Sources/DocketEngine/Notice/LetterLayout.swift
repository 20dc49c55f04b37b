/// Lays a letter out as plain text that prints on A4 and on US Letter alike: lines of at most
/// 72 columns (a 10-pitch printer fits 78 within the margins of either paper), at most 56 lines
/// to a page (A4 holds 70 at six lines an inch, US Letter 66: both keep their top and bottom
/// margins), pages separated by a form feed, each ending with its number.
struct LetterLayout {
    static let columns = 72
    static let linesPerPage = 56

    let rightToLeft: Bool

    /// A paragraph broken into lines at spaces (a word longer than a line is cut); an isolate
    /// that a line break falls inside is closed at the end of the line and opened again on the
    /// next, so every line is balanced and reads alone.
    func wrap(_ text: String, width: Int = LetterLayout.columns) -> [String] {
        var lines: [String] = []
        var line = "", lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            for piece in cut(word, width: width) {
                let w = LetterWidth.of(piece)
                if lineWidth > 0 && lineWidth + 1 + w > width {
                    lines.append(line)
                    line = piece; lineWidth = w
                } else {
                    line += lineWidth > 0 || !line.isEmpty ? " " + piece : piece
                    lineWidth += (lineWidth > 0 ? 1 : 0) + w
                }
            }
        }
        if !line.isEmpty { lines.append(line) }
        return balanced(lines)
    }

    /// A word wider than a line, in pieces that fit.
    private func cut(_ word: String, width: Int) -> [String] {
        guard LetterWidth.of(word) > width else { return [word] }
        var out: [String] = [], piece = "", w = 0
        for ch in word {
            let cw = LetterWidth.of(String(ch))
            if w + cw > width { out.append(piece); piece = ""; w = 0 }
            piece.append(ch); w += cw
        }
        if !piece.isEmpty { out.append(piece) }
        return out
    }

    /// Closes the isolates each line leaves open and reopens them on the next line; in a
    /// right-to-left letter each line is itself a right-to-left isolate.
    func balanced(_ lines: [String]) -> [String] {
        var carried: [Character] = []
        return lines.map { raw in
            var open = carried
            for u in raw.unicodeScalars {
                if (0x2066...0x2068).contains(u.value) { open.append(Character(u)) }
                else if u.value == 0x2069, !open.isEmpty { open.removeLast() }
            }
            var line = String(carried) + raw + String(repeating: BidiIsolate.pop, count: open.count)
            carried = open
            if rightToLeft { line = BidiIsolate.rtl(line) }
            return line
        }
    }

    /// The lines in pages, each ending with its footer (`footer(page, pages)`), joined by form feeds.
    func paginate(_ lines: [String], footer: (Int, Int) -> String) -> (text: String, pages: Int) {
        let body = LetterLayout.linesPerPage - 2
        var pages: [[String]] = []
        var current: [String] = []
        for line in lines {
            if current.count == body {
                pages.append(current)
                current = []
            }
            // A page never starts with an empty line.
            if current.isEmpty && !pages.isEmpty && BidiIsolate.stripped(line).isEmpty { continue }
            current.append(line)
        }
        if !current.isEmpty || pages.isEmpty { pages.append(current) }
        let total = pages.count
        let text = pages.enumerated().map { i, page in
            (page + ["", footer(i + 1, total)]).joined(separator: "\n")
        }.joined(separator: "\n\u{0C}")
        return (text + "\n", total)
    }
}
