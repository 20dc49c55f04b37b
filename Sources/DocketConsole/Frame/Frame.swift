/// A width × height grid of cells: what one screen looks like at one moment.
///
/// Views draw into a Frame; a backend compares it with the previous one and writes only
/// the cells that changed. All measuring is by display width, so mixed scripts line up.
public struct Frame: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the hardware cursor goes (screen readers follow it); nil hides it.
    public var cursor: Point?

    public init(width: Int, height: Int, role: StyleRole = .normal) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank(role), count: self.width * self.height)
    }

    public init(size: Size, role: StyleRole = .normal) {
        self.init(width: size.width, height: size.height, role: role)
    }

    public var size: Size { Size(width: width, height: height) }
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height
    }

    /// Writes `text` at (x, y) and returns how many columns it used.
    ///
    /// Stops at the frame's right edge or after `maxWidth` columns, whichever comes first.
    /// A wide grapheme that does not fit is not split: its column is padded with a space
    /// (counted in the result). Zero-width graphemes (controls, lone marks) are skipped.
    @discardableResult
    public mutating func put<S: StringProtocol>(_ text: S, x: Int, y: Int, role: StyleRole = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = maxWidth.map { x + max(0, $0) } ?? width
        let right = min(width, limit)
        var column = x
        // Most of a screen is printable ASCII: one byte, one column, no grapheme breaking.
        if DisplayWidth.isPlainASCII(text) {
            for byte in text.utf8 {
                if column >= right { break }
                if column >= 0 { place(String(UnicodeScalar(byte)), width: 1, x: column, y: y, role: role) }
                column += 1
            }
            return max(0, column - max(x, 0))
        }
        for grapheme in text {
            let w = DisplayWidth.of(grapheme: grapheme)
            if w == 0 { continue }
            if column + w > right {
                if column < right && column >= 0 {
                    place(" ", width: 1, x: column, y: y, role: role)
                    column += 1
                }
                break
            }
            if column >= 0 {
                place(String(grapheme), width: w, x: column, y: y, role: role)
            } else if column + w > 0 {
                // A wide grapheme cut by the left edge leaves its visible half blank.
                place(" ", width: 1, x: 0, y: y, role: role)
            }
            column += w
        }
        return max(0, column - max(x, 0))
    }

    /// Sets one cell to `grapheme`, keeping wide graphemes whole: any wide grapheme it
    /// half-overwrites loses its other half to a space.
    mutating func place(_ grapheme: String, width w: Int, x: Int, y: Int, role: StyleRole) {
        let covered = x..<(x + w)
        for column in covered {
            let old = self[column, y]
            if old.isContinuation, !covered.contains(column - 1), column - 1 >= 0 {
                cells[y * width + column - 1] = .blank(self[column - 1, y].role)
            }
            if old.width == 2, !covered.contains(column + 1), column + 1 < width {
                cells[y * width + column + 1] = .blank(self[column + 1, y].role)
            }
        }
        cells[y * width + x] = Cell(grapheme: grapheme, width: w, role: role)
        if w == 2 {
            cells[y * width + x + 1] = .continuation(role)
        }
    }

    /// Changes the role of existing cells without touching their text (highlighting a row).
    public mutating func setRole(_ role: StyleRole, in rect: Rect) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                cells[y * width + x].role = role
            }
        }
    }

    /// The frame as plain text, one string per row, continuation cells skipped.
    /// Trailing spaces are trimmed by default so snapshots read cleanly in tests.
    public func textLines(trimmingTrailingSpaces: Bool = true) -> [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !self[x, y].isContinuation {
                line += self[x, y].grapheme
            }
            if trimmingTrailingSpaces {
                while line.last == " " { line.removeLast() }
            }
            return line
        }
    }

    /// `textLines()` joined with newlines: a whole-screen snapshot.
    public var text: String {
        textLines().joined(separator: "\n")
    }

    /// The role of every column in one row (for tests of highlighting).
    public func roles(inRow y: Int) -> [StyleRole] {
        (0..<width).map { self[$0, y].role }
    }
}
