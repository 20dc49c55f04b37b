import DocketEngine
/// What a key did to a ListPicker.
public enum ListPickerEvent: Equatable, Sendable {
    /// Enter on an item: its index in `items`.
    case picked(Int)
    case cancelled
    /// The selection or filter changed.
    case changed
    case ignored
}

/// A list to move in and pick from, with a filter.
///
/// Its keys are the picker keymap's (by default j/k or arrows move, g/G or Home/End jump,
/// PgUp/PgDn and C-u/C-d page, Enter picks). `/`, or any other letter or digit, starts
/// typing a filter (accent- and case-insensitive); while filtering, letters go into the
/// filter, Enter picks, and Esc clears the filter; otherwise Esc cancels.
public struct ListPicker: Sendable {
    public var title: String
    public private(set) var items: [String]
    public private(set) var filter: TextInput
    public private(set) var isFiltering: Bool
    /// Index into `visibleItems` of the highlighted entry.
    public private(set) var selection: Int
    /// Rows a page move jumps; set from the drawn height.
    public var pageSize: Int

    public init(title: String, items: [String], pageSize: Int = 10) {
        self.title = title
        self.items = items
        self.filter = TextInput()
        self.isFiltering = false
        self.selection = 0
        self.pageSize = max(1, pageSize)
    }

    /// Indices into `items` that match the filter, in order.
    public var visibleItems: [Int] {
        let needle = NameFolding.fold(filter.text)
        guard !needle.isEmpty else { return Array(items.indices) }
        return items.indices.filter { NameFolding.fold(items[$0]).contains(needle) }
    }

    /// The index in `items` of the highlighted entry, if any.
    public var selectedItem: Int? {
        let visible = visibleItems
        return visible.indices.contains(selection) ? visible[selection] : nil
    }

    /// A key, read through the picker keymap (`keys`): while the filter is being typed,
    /// printable keys type into it (its editing keys are the text boxes', `text`) and only
    /// the others keep their bound meaning.
    mutating func handle(_ key: Key, keys: Keymap = PromptKeymaps.picker, text: Keymap = TextInput.standardKeys) -> ListPickerEvent {
        let count = visibleItems.count
        var printable = false
        if case .character = key { printable = true }
        if !(isFiltering && printable), case .picker(let action)? = keys.action(for: key) {
            switch action {
            case .pick:
                return selectedItem.map { .picked($0) } ?? .ignored
            case .cancel:
                if isFiltering || !filter.text.isEmpty {
                    isFiltering = false
                    filter.setText("")
                    selection = 0
                    return .changed
                }
                return .cancelled
            case .down: return select(selection + 1, count: count)
            case .up: return select(selection - 1, count: count)
            case .pageDown: return select(selection + pageSize, count: count)
            case .pageUp: return select(selection - pageSize, count: count)
            case .top: return select(0, count: count)
            case .bottom: return select(count - 1, count: count)
            case .filter:
                isFiltering = true
                return .changed
            }
        }
        if !isFiltering {
            // Type-ahead: any other letter or digit starts the filter with itself.
            guard case .character(let c) = key, c.isLetter || c.isNumber else { return .ignored }
            isFiltering = true
        }
        switch filter.handle(key, keys: text) {
        case .edited:
            selection = 0
            return .changed
        case .moved:
            return .changed
        default:
            return .ignored
        }
    }

    private mutating func select(_ index: Int, count: Int) -> ListPickerEvent {
        guard count > 0 else { return .ignored }
        let clamped = min(max(0, index), count - 1)
        guard clamped != selection else { return .ignored }
        selection = clamped
        return .changed
    }

    /// Draws the picker in a box filling `rect`: the filter line (when filtering or set),
    /// then the matching items with the highlighted one selected.
    public func render(into frame: inout Frame, in rect: Rect) {
        guard rect.width >= 4, rect.height >= 3 else { return }
        frame.fill(rect, role: .overlay)
        let visible = visibleItems
        frame.box(rect, role: .border, title: "\(title) (\(visible.count)/\(items.count))")
        var inner = rect.inset(by: 1)
        if isFiltering || !filter.text.isEmpty {
            let used = frame.put("/", x: inner.x, y: inner.y, role: .search)
            filter.render(into: &frame, x: inner.x + used, y: inner.y, width: inner.width - used, role: .search, showsCursor: isFiltering)
            inner = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        }
        guard inner.height > 0 else { return }
        if visible.isEmpty {
            frame.put(DisplayWidth.truncate("No matches", to: inner.width), x: inner.x, y: inner.y, role: .muted)
            return
        }
        let offset = Table.scrollOffset(keeping: selection, visibleRows: inner.height, current: 0, rowCount: visible.count)
        for (row, index) in visible[offset..<min(visible.count, offset + inner.height)].enumerated() {
            let selected = offset + row == selection
            let y = inner.y + row
            let line = DisplayWidth.pad(items[index], to: inner.width)
            frame.put(line, x: inner.x, y: y, role: selected ? .selected : .overlay, maxWidth: inner.width)
            if selected && !isFiltering { frame.cursor = Point(x: inner.x, y: y) }
        }
    }
}
