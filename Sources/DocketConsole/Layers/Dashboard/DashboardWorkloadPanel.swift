import DocketEngine

/// Each caseworker's open tasks, tasks completed this week and oldest open task, busiest first;
/// who does not fit is counted on the last line.
enum DashboardWorkloadPanel {
    static func render(_ f: BacklogFigures, label: String, into frame: inout Frame, in rect: Rect) {
        guard !rect.isEmpty else { return }
        frame.fill(rect)
        frame.put(DisplayWidth.truncate("Workload · \(label)", to: rect.width), x: rect.x, y: rect.y, role: .title)
        guard rect.height > 1 else { return }
        var shown = f.workload
        let room = rect.height - 2
        var hidden = 0
        if shown.count > room {
            hidden = shown.count - max(0, room - 1)
            shown = Array(shown.prefix(max(0, room - 1)))
        }
        let table = Table(
            columns: [TableColumn("Login", minWidth: 5, flexible: true), TableColumn("Active", alignment: .right),
                      TableColumn("Week", alignment: .right), TableColumn("Oldest", alignment: .right)],
            rows: shown.map { w in
                TableRow([UntrustedText.sanitize(w.login) + awayMark(w), DashboardFormat.count(w.activeTasks),
                          DashboardFormat.count(w.closedThisWeek), DashboardFormat.days(w.oldestTaskAgeDays)])
            },
            emptyMessage: "nobody works here")
        let tableRect = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: min(rect.height - 1, shown.count + 1 + (shown.isEmpty ? 1 : 0)))
        table.render(into: &frame, in: tableRect)
        if hidden > 0 {
            frame.put(DisplayWidth.truncate("+\(hidden) more", to: rect.width), x: rect.x, y: rect.maxY - 1, role: .muted)
        }
    }

    /// ` (away until 12-20)`: a supervisor sees at once why someone is handed no work.
    static func awayMark(_ load: CaseworkerLoad) -> String {
        load.awayUntil.map { " (away until \($0.iso.dropFirst(5)))" } ?? ""
    }
}
