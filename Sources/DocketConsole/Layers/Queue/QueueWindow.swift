/// A few hundred rows around the cursor out of a queue of any length. Pages are fetched
/// by keyset (after the last ref, before the first) as the cursor nears an edge, and rows
/// far from the cursor are dropped, so a million-row queue scrolls like ten.
struct QueueWindow: Equatable, Sendable {
    static let pageSize = 100
    /// Fetch the next page when the cursor comes this close to the end of the window.
    static let nearEdge = 40
    /// Rows kept at most; the far side is trimmed beyond this.
    static let maxRows = 400

    private(set) var rows: [QueueRow] = []
    /// Index into `rows` of the selected row.
    private(set) var selected = 0
    /// Index into `rows` of the first row on screen (kept so the selection stays put).
    private(set) var top = 0
    /// Nothing comes before `rows[0]` / after the last row.
    private(set) var reachedStart = true
    private(set) var reachedEnd = true
    /// The queue position of `rows[0]` (0-based) when known; unknown after jumping to the end
    /// of a queue too long to count.
    private(set) var startPosition: Int? = 0

    var isEmpty: Bool { rows.isEmpty }
    var selectedRow: QueueRow? { rows.indices.contains(selected) ? rows[selected] : nil }
    var firstRef: String? { rows.first?.ref }
    var lastRef: String? { rows.last?.ref }

    /// The selected row's position in the whole queue (0-based), when known.
    var selectedPosition: Int? { startPosition.map { $0 + selected } }

    /// Whether the cursor is close enough to an edge that the next page should be fetched.
    var wantsNext: Bool { !reachedEnd && !rows.isEmpty && rows.count - 1 - selected < QueueWindow.nearEdge }
    var wantsPrevious: Bool { !reachedStart && !rows.isEmpty && selected < QueueWindow.nearEdge }

    /// Starts over with `rows`, selecting `selecting` and showing it `screenRow` rows below
    /// the top of a `visibleRows`-row viewport.
    mutating func replace(rows: [QueueRow], selecting: Int, screenRow: Int = 0, visibleRows: Int,
                          reachedStart: Bool, reachedEnd: Bool, startPosition: Int?) {
        self.rows = rows
        self.reachedStart = reachedStart
        self.reachedEnd = reachedEnd
        self.startPosition = startPosition
        selected = rows.isEmpty ? 0 : min(max(0, selecting), rows.count - 1)
        top = max(0, selected - max(0, screenRow))
        clampTop(visibleRows: visibleRows)
    }

    /// Moves the selection by `delta` rows within the window. Returns the part of the move
    /// that ran past the window's edge while more rows exist beyond it (to be made when the
    /// next page arrives); 0 when the move is done or the queue really ends there.
    @discardableResult
    mutating func move(by delta: Int, visibleRows: Int) -> Int {
        guard !rows.isEmpty else { return 0 }
        let wanted = selected + delta
        selected = min(max(0, wanted), rows.count - 1)
        keepSelectionVisible(visibleRows: visibleRows)
        return remainder(wanted)
    }

    /// Moves the selection and the viewport together (C-d / C-u keep the cursor's screen
    /// row). Returns what is left over, as `move` does.
    @discardableResult
    mutating func scroll(by delta: Int, visibleRows: Int) -> Int {
        guard !rows.isEmpty else { return 0 }
        let wanted = selected + delta
        let screenRow = selected - top
        selected = min(max(0, wanted), rows.count - 1)
        top = max(0, selected - screenRow)
        clampTop(visibleRows: visibleRows)
        return remainder(wanted)
    }

    private func remainder(_ wanted: Int) -> Int {
        if wanted > selected && !reachedEnd { return wanted - selected }
        if wanted < selected && !reachedStart { return wanted - selected }
        return 0
    }

    /// Appends the page that follows the last row; trims the front if the window grew too big.
    mutating func append(_ page: [QueueRow], visibleRows: Int) {
        let known = Set(rows.map(\.ref))
        rows += page.filter { !known.contains($0.ref) }
        reachedEnd = page.count < QueueWindow.pageSize
        let excess = rows.count - QueueWindow.maxRows
        // Never trim rows the person is looking at.
        let drop = min(max(0, excess), max(0, top))
        if drop > 0 {
            rows.removeFirst(drop)
            selected -= drop
            top -= drop
            reachedStart = false
            startPosition = startPosition.map { $0 + drop }
        }
    }

    /// Puts the page that comes before the first row in front; trims the back if needed.
    mutating func prepend(_ page: [QueueRow], visibleRows: Int) {
        let known = Set(rows.map(\.ref))
        let fresh = page.filter { !known.contains($0.ref) }
        rows = fresh + rows
        selected += fresh.count
        top += fresh.count
        if page.count < QueueWindow.pageSize {
            reachedStart = true
            startPosition = 0
        } else {
            startPosition = startPosition.map { max(0, $0 - fresh.count) }
        }
        let excess = rows.count - QueueWindow.maxRows
        let lastVisible = top + visibleRows
        let drop = min(max(0, excess), max(0, rows.count - lastVisible))
        if drop > 0 {
            rows.removeLast(drop)
            reachedEnd = false
        }
    }

    /// Replaces one row in place (after an action changed it); nothing if it is not here.
    mutating func update(_ row: QueueRow) {
        guard let index = rows.firstIndex(where: { $0.ref == row.ref }) else { return }
        rows[index] = row
    }

    /// Keeps the selection on screen after the viewport changed size.
    mutating func fit(visibleRows: Int) {
        clampTop(visibleRows: visibleRows)
    }

    /// The rows on screen, from `top`.
    func visibleRows(_ count: Int) -> ArraySlice<QueueRow> {
        guard !rows.isEmpty, count > 0 else { return [] }
        let start = min(top, rows.count)
        return rows[start..<min(rows.count, start + count)]
    }

    private mutating func keepSelectionVisible(visibleRows: Int) {
        top = Table.scrollOffset(keeping: selected, visibleRows: max(1, visibleRows), current: top, rowCount: rows.count)
    }

    private mutating func clampTop(visibleRows: Int) {
        let visible = max(1, visibleRows)
        top = min(top, max(0, rows.count - visible))
        if selected < top { top = selected }
        if selected >= top + visible { top = selected - visible + 1 }
        top = max(0, top)
    }
}
