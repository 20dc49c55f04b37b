import DocketEngine

/// Draws the queue screen: tabs with counts, the table of rows around the cursor, with
/// the hardware cursor on the selected row.
enum QueueView {
    /// Rows of the screen the queue table's data rows get (tabs, header, status and footer
    /// take the rest).
    static func visibleRows(for size: Size) -> Int {
        max(1, size.height - 4)
    }

    static func draw(_ queue: QueueState, widths: QueueColumnWidths, keys: Keymap = ConsoleKeymaps.standard.queue, into frame: inout Frame) {
        let tabs = QueueTab.allCases.map { tab in
            (title: tab.title, short: tab.shortTitle, count: QueueState.countLabel(queue.counts[tab]))
        }
        if let drill = queue.spec.drill {
            // A drill-down has no tabs: its title says which figure it lists.
            frame.fill(Rect(x: 0, y: 0, width: frame.width, height: 1), role: .normal)
            frame.put(DisplayWidth.truncate("Dashboard › " + drill.title, to: frame.width), x: 0, y: 0, role: .title)
        } else {
            QueueTabsView.draw(tabs: tabs, active: queue.spec.tab.rawValue, into: &frame, y: 0, width: frame.width)
        }

        let gap = 1
        let columns = widths.fitting(QueueColumn.columns(for: queue.spec.tab), totalWidth: frame.width, gap: gap)
        let fullDates = frame.width >= QueueColumnWidths.fullDatesFrom
        let tableColumns = columns.map { column -> TableColumn in
            let width = widths.width(of: column, fullDates: fullDates)
            switch column {
            case .constituent:
                return TableColumn(column.title, minWidth: min(width, 6), flexible: true)
            case .priority, .waiting, .onHold:
                return TableColumn(column.title, minWidth: width, maxWidth: width, alignment: .right)
            default:
                return TableColumn(column.title, minWidth: width, maxWidth: width)
            }
        }
        let visible = visibleRows(for: frame.size)
        let shown = queue.window.visibleRows(visible)
        let rows = shown.map { row in tableRow(row, columns: columns, widths: widths, fullDates: fullDates) }
        var sort: TableSort?
        if let index = columns.firstIndex(where: { $0.sort == queue.spec.sort }) {
            sort = TableSort(column: index, ascending: QueueColumn.looksAscending(queue.spec.sort, descending: queue.spec.descending))
        }
        let selected = queue.window.isEmpty ? nil : queue.window.selected - queue.window.top
        let table = Table(columns: tableColumns, rows: rows, selectedRow: selected, sort: sort, columnGap: gap,
                          emptyMessage: emptyMessage(queue, keys: keys))
        table.render(into: &frame, in: Rect(x: 0, y: 1, width: frame.width, height: visible + 1))
        if queue.window.isEmpty { frame.cursor = Point(x: 0, y: 2) }
    }

    static func tableRow(_ row: QueueRow, columns: [QueueColumn], widths: QueueColumnWidths, fullDates: Bool) -> TableRow {
        var cells: [String] = []
        var roles: [Int: StyleRole] = [:]
        for (index, column) in columns.enumerated() {
            switch column {
            case .ref: cells.append(row.ref)
            case .constituent: cells.append(row.constituent)
            case .type: cells.append(QueueLabel.fit(row.typeLabel, to: widths.width(of: .type, fullDates: fullDates)))
            case .department: cells.append(row.summary.department)
            case .state: cells.append(QueueLabel.fit(row.stateLabel, to: widths.width(of: .state, fullDates: fullDates)))
            case .priority:
                cells.append(String(row.summary.priority))
                if row.summary.priority <= 2 { roles[index] = .priorityHigh }
            case .waiting: cells.append(String(row.daysWaiting))
            case .onHold: cells.append(row.daysOnHold > 0 ? String(row.daysOnHold) : "")
            case .due:
                cells.append(row.marker.symbol + " " + date(row.summary.dueDay, full: fullDates))
                roles[index] = row.marker.role
            case .closed:
                cells.append(row.summary.closedAt.map { date(Day(unixSeconds: $0), full: fullDates) } ?? "")
            case .assignee:
                cells.append(row.assignee ?? "—")
                if row.assignee == nil { roles[index] = .muted }
            }
        }
        return TableRow(cells, cellRoles: roles)
    }

    /// `2026-11-03`, or `26-11-03` where room is short (never without the year: a case
    /// can be a year late).
    static func date(_ day: Day, full: Bool) -> String {
        full ? day.iso : String(day.iso.dropFirst(2))
    }

    static func emptyMessage(_ queue: QueueState, keys: Keymap = ConsoleKeymaps.standard.queue) -> String {
        if let failure = queue.failure { return failure }
        if queue.isLoading && !queue.hasLoaded { return "Loading…" }
        if let drill = queue.spec.drill { return "No cases: \(drill.title) (\(keys.spoken(.queue(.back))) goes back to the dashboard)." }
        if queue.spec.needsDepartment { return "Referrals are listed per department: press \(keys.spoken(.queue(.department))), or type :queue DEPT" }
        let scope = queue.spec.filter.department ?? queue.spec.scope.label
        var text: String
        switch queue.spec.tab {
        case .myWork: text = "Nothing is assigned to you. Press \(keys.spoken(.command(.nextCase))) for the next case, or \(keys.spoken(.queue(.nextTab))) for the other queues"
        case .unassigned: text = "No unassigned work in \(scope)"
        case .department: text = "No open cases in \(scope)"
        case .referrals: text = "No open referrals to \(scope)"
        case .onHold: text = "Nothing on hold in \(scope)"
        case .overdue: text = "Nothing overdue in \(scope)"
        case .recentlyClosed: text = "Nothing closed in \(scope) in the last \(QueueTab.recentlyClosedDays) days"
        }
        if !queue.spec.filter.isEmpty { text += " matching \(queue.spec.filter.text) (:filter alone clears it)" }
        return text + "."
    }

    /// The status line's left part: who and which queue.
    static func statusLeft(_ queue: QueueState, login: String) -> String {
        let spec = queue.spec
        var parts = [login]
        if let drill = spec.drill {
            parts.append(drill.query.department ?? "agency")
            parts.append("drill-down")
        } else {
            parts.append(spec.tab == .myWork ? "my work" : spec.scope.label)
        }
        if spec.drill == nil && !spec.filter.isEmpty { parts.append(spec.filter.text) }
        let arrow = QueueColumn.looksAscending(spec.sort, descending: spec.descending) ? "▲" : "▼"
        let column = QueueColumn.allCases.first { $0.sort == spec.sort }?.title.lowercased() ?? spec.sort.rawValue
        parts.append("by \(column) \(arrow)")
        return parts.joined(separator: " · ")
    }

    /// The status line's right part: where the cursor is in the whole queue.
    static func statusRight(_ queue: QueueState) -> String {
        guard !queue.window.isEmpty else { return "" }
        let total = QueueState.countLabel(queue.counts[queue.spec.tab]) ?? "…"
        let position = queue.window.selectedPosition.map { BarChart.formatted($0 + 1) } ?? "?"
        // Rows on screen are being looked up again (a new order, a refresh).
        return (queue.isLoading ? "… " : "") + "\(position)/\(total)"
    }
}
