/// The `/` search box over the screen: the query, then one line per case found. Results
/// from an older query are shown dimmed until the new ones arrive.
enum SearchView {
    static func area(in size: Size) -> Rect {
        Rect(x: 1, y: 1, width: size.width - 2, height: max(3, size.height - 3))
    }

    /// Result lines that fit at once (for paging).
    static func visibleResults(in size: Size) -> Int {
        max(1, area(in: size).height - 4)
    }

    static func draw(_ search: SearchState, keys: Keymap = SearchKeymap.keymap, into frame: inout Frame) {
        let box = area(in: frame.size)
        guard box.width >= 8, box.height >= 3 else { return }
        frame.fill(box, role: .overlay)
        frame.box(box, role: .border, title: "Search names, refs, ids")
        let inner = box.inset(by: 1)
        let prompt = frame.put("/ ", x: inner.x, y: inner.y, role: .search)
        let note: String
        if let failure = search.failure {
            note = failure
        } else if search.input.text.trimming([" "]).isEmpty {
            note = "Type a name (any script, accents optional), a case ref or a national id"
        } else if !search.isCurrent {
            note = "Searching…"
        } else if search.results.isEmpty {
            note = "Nobody found"
        } else {
            let move = keys.binding(forAction: .search(.previousResult))?.keys.first == .up && keys.binding(forAction: .search(.nextResult))?.keys.first == .down
                ? "↑↓" : keys.spoken(.search(.previousResult)) + "/" + keys.spoken(.search(.nextResult))
            note = "\(search.results.count) result\(search.results.count == 1 ? "" : "s") · \(move) move · \(keys.spoken(.search(.open))) opens · \(keys.spoken(.search(.close))) closes"
        }
        if inner.height > 1 {
            frame.put(DisplayWidth.truncate(note, to: inner.width), x: inner.x, y: inner.y + 1,
                      role: search.failure == nil ? .muted : .error)
        }
        let listTop = inner.y + 2
        let rows = max(0, inner.maxY - listTop)
        let stale = !search.isCurrent
        let nameWidth = min(28, max(10, inner.width / 3))
        let offset = Table.scrollOffset(keeping: search.selected, visibleRows: rows, current: 0, rowCount: search.results.count)
        for (row, result) in search.results.dropFirst(offset).prefix(rows).enumerated() {
            let y = listTop + row
            let selected = offset + row == search.selected
            let role: StyleRole = selected && !stale ? .selected : (stale ? .muted : .overlay)
            frame.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: role)
            var x = inner.x
            x += frame.put(DisplayWidth.pad(result.name, to: nameWidth), x: x, y: y, role: role, maxWidth: inner.maxX - x) + 1
            if let id = result.maskedId, x < inner.maxX {
                x += frame.put(DisplayWidth.pad(id, to: 12), x: x, y: y, role: selected ? role : .masked, maxWidth: inner.maxX - x) + 1
            }
            if x < inner.maxX {
                let text = (result.ref.map { $0 + "  " } ?? "") + result.detail
                frame.put(DisplayWidth.truncate(text, to: inner.maxX - x), x: x, y: y, role: role, maxWidth: inner.maxX - x)
            }
        }
        // Typing goes to the box, so the cursor stays there.
        search.input.render(into: &frame, x: inner.x + prompt, y: inner.y, width: inner.width - prompt, role: .search)
    }
}
