/// Rows and columns measured by display width, so Korean, Arabic, Polish and emoji
/// names line up. The selected row is highlighted and carries the hardware cursor.
public struct Table: Equatable, Sendable {
    public var columns: [TableColumn]
    public var rows: [TableRow]
    /// Index into `rows` of the selected row.
    public var selectedRow: Int?
    /// The first row shown; adjusted when drawing so the selected row is visible.
    public var scrollOffset: Int
    public var showsHeader: Bool
    public var sort: TableSort?
    /// Columns between cells.
    public var columnGap: Int
    /// Shown (muted) when there are no rows.
    public var emptyMessage: String?

    public init(columns: [TableColumn], rows: [TableRow] = [], selectedRow: Int? = nil, scrollOffset: Int = 0,
                showsHeader: Bool = true, sort: TableSort? = nil, columnGap: Int = 1, emptyMessage: String? = nil) {
        self.columns = columns
        self.rows = rows
        self.selectedRow = selectedRow
        self.scrollOffset = scrollOffset
        self.showsHeader = showsHeader
        self.sort = sort
        self.columnGap = max(0, columnGap)
        self.emptyMessage = emptyMessage
    }

    /// A column's heading as drawn, with the sort indicator when sorted by it.
    public func heading(ofColumn index: Int) -> String {
        guard let sort, sort.column == index else { return columns[index].title }
        return columns[index].title + " " + sort.indicator
    }

    /// Column widths for a table `totalWidth` columns wide (0 for a hidden column).
    public func columnWidths(totalWidth: Int) -> [Int] {
        let natural = columns.indices.map { index in
            rows.reduce(showsHeader ? DisplayWidth.of(heading(ofColumn: index)) : 0) { widest, row in
                index < row.cells.count ? max(widest, DisplayWidth.of(row.cells[index])) : widest
            }
        }
        return TableLayout.widths(columns: columns, naturalWidths: natural, totalWidth: totalWidth, gap: columnGap)
    }

    /// The first row to show so that `selected` is visible in `visibleRows` rows, moving
    /// as little as possible from `current`.
    public static func scrollOffset(keeping selected: Int?, visibleRows: Int, current: Int, rowCount: Int) -> Int {
        guard visibleRows > 0, rowCount > 0 else { return 0 }
        var offset = min(max(0, current), max(0, rowCount - visibleRows))
        if let selected {
            if selected < offset { offset = selected }
            if selected >= offset + visibleRows { offset = selected - visibleRows + 1 }
        }
        return max(0, offset)
    }

    /// How many data rows fit in a region of `height` rows.
    public func visibleRowCount(height: Int) -> Int {
        max(0, height - (showsHeader ? 1 : 0))
    }

    /// Draws the table into `rect` of `frame`; puts the cursor on the selected row.
    public func render(into frame: inout Frame, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let widths = columnWidths(totalWidth: rect.width)
        var y = rect.y
        if showsHeader {
            drawLine(into: &frame, cells: columns.indices.map(heading(ofColumn:)), widths: widths,
                     x: rect.x, y: y, width: rect.width, role: .header, cellRoles: [:])
            y += 1
        }
        let visible = visibleRowCount(height: rect.height)
        if rows.isEmpty {
            if let emptyMessage, visible > 0 {
                frame.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .normal)
                frame.put(DisplayWidth.truncate(emptyMessage, to: rect.width), x: rect.x, y: y, role: .muted, maxWidth: rect.width)
            }
            return
        }
        let offset = Table.scrollOffset(keeping: selectedRow, visibleRows: visible, current: scrollOffset, rowCount: rows.count)
        for index in offset..<min(rows.count, offset + visible) {
            let row = rows[index]
            let selected = index == selectedRow
            drawLine(into: &frame, cells: row.cells, widths: widths, x: rect.x, y: y, width: rect.width,
                     role: selected ? .selected : row.role, cellRoles: selected ? [:] : row.cellRoles)
            if selected { frame.cursor = Point(x: rect.x, y: y) }
            y += 1
        }
    }

    private func drawLine(into frame: inout Frame, cells: [String], widths: [Int], x: Int, y: Int, width: Int,
                          role: StyleRole, cellRoles: [Int: StyleRole]) {
        frame.fill(Rect(x: x, y: y, width: width, height: 1), role: role)
        var column = x
        for (index, cellWidth) in widths.enumerated() where cellWidth > 0 {
            let text = index < cells.count ? cells[index] : ""
            let padded = DisplayWidth.pad(text, to: cellWidth, alignment: columns[index].alignment)
            frame.put(padded, x: column, y: y, role: cellRoles[index] ?? role, maxWidth: min(cellWidth, x + width - column))
            column += cellWidth + columnGap
        }
    }
}
