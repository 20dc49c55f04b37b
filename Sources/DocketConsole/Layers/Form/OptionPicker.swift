import DocketEngine

/// The list a choice field opens: the clerk moves to an option and picks it (Enter), or, for
/// a multiple choice, ticks options with Space and confirms with Enter. Nobody types an
/// option's stored value.
struct OptionPicker: Sendable, Equatable {
    enum Event: Equatable {
        case changed
        /// The field's new value as the validator reads it (values in option order, `;` between).
        case picked(String)
        case cancelled
        case ignored
    }

    let field: String
    let title: String
    let options: [FieldOption]
    let multiple: Bool
    private(set) var selection: Int
    private(set) var chosen: Set<String>

    /// `current` is the field's value (canonical values); the selection starts on it.
    init(field: FormField, current: [String]) {
        self.field = field.id
        self.title = field.label
        self.options = field.options
        self.multiple = field.type == .multiChoice
        self.chosen = Set(current)
        self.selection = field.options.firstIndex { current.contains($0.value) } ?? 0
    }

    var value: String { options.filter { chosen.contains($0.value) }.map(\.value).joined(separator: ";") }

    /// A key, read through the `option-list` keymap; a letter bound to nothing there jumps.
    mutating func handle(_ key: Key, keys: Keymap) -> Event {
        if case .optionList(let action)? = keys.action(for: key) {
            switch action {
            case .next: return select(selection + 1)
            case .previous: return select(selection - 1)
            case .first: return select(0)
            case .last: return select(options.count - 1)
            case .cancel: return .cancelled
            case .tick where multiple:
                guard options.indices.contains(selection) else { return .ignored }
                let value = options[selection].value
                if chosen.contains(value) { chosen.remove(value) } else { chosen.insert(value) }
                return .changed
            case .tick, .pick:
                guard options.indices.contains(selection) else { return .ignored }
                if multiple { return .picked(value) }
                return .picked(options[selection].value)
            }
        }
        switch key {
        case .character(let c):
            // A letter jumps to the next option whose label starts with it.
            let letter = String(c).lowercased()
            let order = (1...max(1, options.count)).map { (selection + $0) % max(1, options.count) }
            if let next = order.first(where: { options.indices.contains($0) && options[$0].label.lowercased().hasPrefix(letter) }) {
                return select(next)
            }
            return .ignored
        default:
            return .ignored
        }
    }

    private mutating func select(_ index: Int) -> Event {
        guard !options.isEmpty else { return .ignored }
        let clamped = min(max(0, index), options.count - 1)
        guard clamped != selection else { return .ignored }
        selection = clamped
        return .changed
    }

    /// `Space tick  Enter done  Esc cancel` (multiple choice) or `Enter pick  Esc cancel`, as bound.
    func footer(_ keys: Keymap) -> String {
        let name = { (action: OptionListAction) in keys.binding(forAction: .optionList(action))?.keys.first?.name }
        let parts = multiple
            ? [name(.tick).map { "\($0) tick" }, name(.pick).map { "\($0) done" }, name(.cancel).map { "\($0) cancel" }]
            : [name(.pick).map { "\($0) pick" }, name(.cancel).map { "\($0) cancel" }]
        return parts.compactMap { $0 }.joined(separator: "  ")
    }

    func render(into frame: inout Frame, keys: Keymap) {
        let footer = footer(keys)
        let bounds = frame.bounds
        let labels = options.map { (multiple ? (chosen.contains($0.value) ? "[x] " : "[ ] ") : "") + UntrustedText.sanitize($0.label) }
        let widest = max(labels.map { DisplayWidth.of($0) }.max() ?? 0, DisplayWidth.of(title) + 10, DisplayWidth.of(footer) + 4)
        let width = min(widest + 4, max(0, bounds.width - 2))
        let height = min(options.count + 2, max(0, bounds.height - 2))
        let box = bounds.centered(width: width, height: height)
        guard box.width >= 6, box.height >= 3 else { return }
        frame.fill(box, role: .overlay)
        frame.box(box, role: .border, title: DisplayWidth.truncate(title, to: box.width - 6))
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
        let offset = Table.scrollOffset(keeping: selection, visibleRows: inner.height, current: 0, rowCount: labels.count)
        for row in 0..<min(inner.height, labels.count - offset) {
            let index = offset + row
            let selected = index == selection
            frame.put(DisplayWidth.pad(DisplayWidth.truncate(labels[index], to: inner.width), to: inner.width),
                      x: inner.x, y: inner.y + row, role: selected ? .selected : .overlay, maxWidth: inner.width)
            if selected { frame.cursor = Point(x: inner.x, y: inner.y + row) }
        }
        let text = " " + DisplayWidth.truncate(footer, to: max(0, box.width - 6)) + " "
        frame.put(text, x: box.maxX - 2 - DisplayWidth.of(text), y: box.maxY - 1, role: .border)
    }
}
