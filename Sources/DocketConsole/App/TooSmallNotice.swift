/// What the runtime shows instead of the program's view when the terminal is smaller
/// than the screens can be drawn in.
enum TooSmallNotice {
    static func draw(into frame: inout Frame, minimum: Size, quitKey: Key?) {
        var text = "Terminal too small: need at least \(minimum), have \(frame.size)."
        text += " Enlarge the window"
        text += quitKey.map { ", or press \($0.name) to quit." } ?? "."
        let lines = DisplayWidth.wrap(text, to: frame.width)
        let top = max(0, (frame.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let role: StyleRole = index == 0 ? .warning : .normal
            frame.put(line, x: 0, y: top + index, role: role)
        }
        frame.cursor = nil
    }
}
