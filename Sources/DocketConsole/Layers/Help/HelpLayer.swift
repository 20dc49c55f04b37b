/// The `?` overlay as a layer: the keys of the screen in front, scrolled with the picker's
/// keys, closed with Esc, Enter or that screen's help key.
struct HelpLayer: ConsoleLayer {
    var overlay: Overlay

    mutating func update(_ message: LayerMessage, id: LayerID, context: LayerContext) -> LayerUpdate {
        guard case .key(let key) = message else { return .stays }
        if context.screenKeymap.binding(for: key)?.action == .general(.help) { return .popped }
        guard case .picker(let action)? = context.keymaps.picker.action(for: key) else { return .stays }
        let page = max(1, overlay.visibleLineCount(in: Rect(x: 0, y: 0, width: context.screen.width, height: context.screen.height)))
        let limit = max(0, overlay.lines.count - page)
        switch action {
        case .down: overlay.scrollOffset += 1
        case .up: overlay.scrollOffset -= 1
        case .pageDown: overlay.scrollOffset += page
        case .pageUp: overlay.scrollOffset -= page
        case .top: overlay.scrollOffset = 0
        case .bottom: overlay.scrollOffset = limit
        case .pick, .cancel: return .popped
        case .filter: return .stays
        }
        overlay.scrollOffset = min(limit, max(0, overlay.scrollOffset))
        return .stays
    }

    /// `Esc close  j/k scroll`, from the picker keys the overlay reads.
    static func footer(_ picker: Keymap) -> String {
        let name = { (action: PickerAction) in picker.binding(forAction: .picker(action))?.keys.first?.name }
        var parts: [String] = []
        if let close = name(.cancel) { parts.append("\(close) close") }
        if let down = name(.down), let up = name(.up) { parts.append("\(down)/\(up) scroll") }
        return parts.joined(separator: "  ")
    }

    func view(into frame: inout Frame, keymaps: ConsoleKeymaps) {
        overlay.render(into: &frame)
    }
}
