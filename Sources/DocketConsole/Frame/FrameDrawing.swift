/// Drawing helpers shared by widgets: fills, lines and boxes.
extension Frame {
    /// Fills `rect` (clipped to the frame) with one character in one role.
    public mutating func fill(_ rect: Rect, role: StyleRole = .normal, with character: Character = " ") {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let w = DisplayWidth.of(grapheme: character)
        for y in area.y..<area.maxY {
            if w == 1 {
                for x in area.x..<area.maxX {
                    place(String(character), width: 1, x: x, y: y, role: role)
                }
            } else {
                let line = String(repeating: String(character), count: area.width)
                put(line, x: area.x, y: y, role: role, maxWidth: area.width)
            }
        }
    }

    /// Clears the whole frame to spaces in `role`.
    public mutating func clear(role: StyleRole = .normal) {
        fill(bounds, role: role)
    }

    /// A horizontal rule of `length` columns.
    public mutating func horizontalLine(x: Int, y: Int, length: Int, role: StyleRole = .border) {
        fill(Rect(x: x, y: y, width: length, height: 1), role: role, with: "─")
    }

    /// A vertical rule of `length` rows.
    public mutating func verticalLine(x: Int, y: Int, length: Int, role: StyleRole = .border) {
        fill(Rect(x: x, y: y, width: 1, height: length), role: role, with: "│")
    }

    /// A single-line box around `rect`, with an optional title set into the top edge.
    /// The interior is left alone (fill it first if it must be cleared).
    public mutating func box(_ rect: Rect, role: StyleRole = .border, title: String? = nil, titleRole: StyleRole = .title) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        horizontalLine(x: rect.x + 1, y: rect.y, length: rect.width - 2, role: role)
        horizontalLine(x: rect.x + 1, y: rect.maxY - 1, length: rect.width - 2, role: role)
        verticalLine(x: rect.x, y: rect.y + 1, length: rect.height - 2, role: role)
        verticalLine(x: rect.maxX - 1, y: rect.y + 1, length: rect.height - 2, role: role)
        put("┌", x: rect.x, y: rect.y, role: role)
        put("┐", x: rect.maxX - 1, y: rect.y, role: role)
        put("└", x: rect.x, y: rect.maxY - 1, role: role)
        put("┘", x: rect.maxX - 1, y: rect.maxY - 1, role: role)
        if let title, rect.width > 4 {
            let label = " " + DisplayWidth.truncate(title, to: rect.width - 6) + " "
            put(label, x: rect.x + 2, y: rect.y, role: titleRole, maxWidth: rect.width - 4)
        }
    }
}
