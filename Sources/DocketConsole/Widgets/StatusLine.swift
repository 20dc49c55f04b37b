/// The status line: where you are on the left, a message in the middle (an error,
/// a confirmation), counts or the clock on the right.
public struct StatusLine: Equatable, Sendable {
    public var left: String
    public var message: String?
    /// The message's role (`error`, `success`, `warning`); the line itself is `statusBar`.
    public var messageRole: StyleRole
    public var right: String

    public init(left: String = "", message: String? = nil, messageRole: StyleRole = .statusBar, right: String = "") {
        self.left = left
        self.message = message
        self.messageRole = messageRole
        self.right = right
    }

    /// Draws the line; the right part is kept whole, then the message, then the left.
    public func render(into frame: inout Frame, y: Int, x: Int = 0, width: Int? = nil) {
        let width = width ?? frame.width - x
        guard width > 0 else { return }
        frame.fill(Rect(x: x, y: y, width: width, height: 1), role: .statusBar)
        let right = DisplayWidth.truncate(self.right, to: width)
        let rightWidth = DisplayWidth.of(right)
        frame.put(right, x: x + width - rightWidth, y: y, role: .statusBar)
        var room = width - rightWidth - (rightWidth > 0 ? 1 : 0)
        let leftText = DisplayWidth.truncate(left, to: message == nil ? room : min(DisplayWidth.of(left), room / 2))
        let used = frame.put(leftText, x: x, y: y, role: .statusBar, maxWidth: room)
        room -= used
        if let message, room > 2 {
            let start = x + used + (used > 0 ? 2 : 0)
            frame.put(DisplayWidth.truncate(message, to: room - (used > 0 ? 2 : 0)), x: start, y: y, role: messageRole)
        }
    }
}
