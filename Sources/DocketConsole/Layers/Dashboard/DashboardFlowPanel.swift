import DocketEngine

/// Intake against closures for twelve weeks as two sparklines on one scale, the net change,
/// and how long the open work would take to clear at the recent rate; with room, the weeks as
/// a table.
enum DashboardFlowPanel {
    static func render(_ f: BacklogFigures, label: String, into frame: inout Frame, in rect: Rect) {
        guard !rect.isEmpty else { return }
        frame.fill(rect)
        frame.put(DisplayWidth.truncate("Intake vs closed · \(f.weekly.count) weeks · \(label)", to: rect.width),
                  x: rect.x, y: rect.y, role: .title)
        let intake = f.weekly.map(\.intake), closed = f.weekly.map(\.closed)
        // One scale for both, so equal heights mean equal counts.
        let top = max(intake.max() ?? 0, closed.max() ?? 0)
        let totals = [intake.reduce(0, +), closed.reduce(0, +)].map(DashboardFormat.count)
        let numberWidth = totals.map(\.count).max() ?? 1
        let spark = max(0, min(f.weekly.count, rect.width - 7 - numberWidth))
        for (i, (name, series)) in [("in", intake), ("out", closed)].enumerated() where rect.y + 1 + i < rect.maxY {
            let y = rect.y + 1 + i
            frame.put(name, x: rect.x, y: y, role: .normal)
            Sparkline.draw(series, into: &frame, x: rect.x + 4, y: y, width: spark, maximum: top)
            frame.put(DisplayWidth.pad(totals[i], to: numberWidth, alignment: .right), x: rect.x + 5 + spark, y: y,
                      role: .normal, maxWidth: rect.maxX - rect.x - 5 - spark)
        }
        let net = f.weekly.reduce(0) { $0 + $1.net }
        var lines = ["net \(DashboardFormat.signed(net))  clear \(DashboardFormat.clear(f.projection))"]
        lines.append("cleared/wk \(DashboardFormat.decimal(f.projection.clearedPerWeek)) over \(f.projection.windowDays)d")
        if let first = f.weekly.first, let last = f.weekly.last {
            lines.append("weeks of \(first.weekStart.iso) to \(last.weekStart.iso)")
        }
        for (i, line) in lines.enumerated() where rect.y + 3 + i < rect.maxY {
            frame.put(DisplayWidth.truncate(line, to: rect.width), x: rect.x, y: rect.y + 3 + i, role: .normal)
        }
        let tableTop = rect.y + 3 + lines.count + 1
        guard rect.maxY - tableTop >= f.weekly.count + 1 else { return }
        let weeks = Table(
            columns: [TableColumn("Week of"), TableColumn("In", alignment: .right), TableColumn("Out", alignment: .right),
                      TableColumn("Moved", alignment: .right), TableColumn("Net", alignment: .right)],
            rows: f.weekly.map { w in
                TableRow([w.weekStart.iso, DashboardFormat.count(w.intake), DashboardFormat.count(w.closed),
                          DashboardFormat.signed(w.routedIn + w.reopened - w.routedOut), DashboardFormat.signed(w.net)])
            })
        weeks.render(into: &frame, in: Rect(x: rect.x, y: tableTop, width: rect.width, height: f.weekly.count + 1))
    }
}
