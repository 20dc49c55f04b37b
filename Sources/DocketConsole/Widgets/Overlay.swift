/// A centred box with a title and lines, drawn over the screen: help (`?`) and
/// confirmations of destructive actions.
public struct Overlay: Equatable, Sendable {
    public var title: String
    public var lines: [String]
    /// A line set into the bottom edge, e.g. "y Yes  n No" or "Esc close".
    public var footer: String?
    /// First line shown, for help longer than the screen.
    public var scrollOffset: Int
    public var role: StyleRole

    public init(title: String, lines: [String], footer: String? = nil, scrollOffset: Int = 0, role: StyleRole = .overlay) {
        self.title = title
        self.lines = lines
        self.footer = footer
        self.scrollOffset = scrollOffset
        self.role = role
    }

    /// A yes/no question; the screen maps y/n (and Enter/Esc) to the answer.
    /// A yes/no question; `footer` names the keys that answer it (from the confirm keymap).
    public static func confirmation(title: String, question: String, width: Int = 50, footer: String) -> Overlay {
        Overlay(title: title, lines: DisplayWidth.wrap(question, to: width), footer: footer, role: .overlay)
    }

    /// The box this overlay occupies inside `bounds`: sized to its content, at most the
    /// bounds less a one-cell margin.
    public func rect(in bounds: Rect) -> Rect {
        let contentWidth = max(lines.map { DisplayWidth.of($0) }.max() ?? 0,
                               DisplayWidth.of(title) + 4, DisplayWidth.of(footer ?? "") + 4)
        let width = min(contentWidth + 4, max(0, bounds.width - 2))
        let height = min(lines.count + 2, max(0, bounds.height - 2))
        return bounds.centered(width: width, height: height)
    }

    /// Lines that fit in the box at once.
    public func visibleLineCount(in bounds: Rect) -> Int {
        max(0, rect(in: bounds).height - 2)
    }

    public func render(into frame: inout Frame) {
        let box = rect(in: frame.bounds)
        guard box.width >= 4, box.height >= 3 else { return }
        frame.fill(box, role: role)
        frame.box(box, role: .border, title: title)
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
        let offset = min(max(0, scrollOffset), max(0, lines.count - inner.height))
        for (row, line) in lines.dropFirst(offset).prefix(inner.height).enumerated() {
            frame.put(DisplayWidth.truncate(line, to: inner.width), x: inner.x, y: inner.y + row, role: role)
        }
        var bottom = footer ?? ""
        if lines.count > inner.height {
            let position = "\(offset + 1)–\(min(lines.count, offset + inner.height))/\(lines.count)"
            bottom = bottom.isEmpty ? position : bottom + "  " + position
        }
        if !bottom.isEmpty {
            let text = " " + DisplayWidth.truncate(bottom, to: box.width - 6) + " "
            frame.put(text, x: box.maxX - 2 - DisplayWidth.of(text), y: box.maxY - 1, role: .border)
        }
        frame.cursor = Point(x: inner.x, y: inner.y)
    }
}
