import DocketEngine

/// The selected row's open cases by age as horizontal bars. The bar over the backlog threshold
/// is drawn in the overdue role and its label starts with a marker (kept when the label is cut); under the bars, the median and
/// 90th-percentile ages, the SLA breach rate and the average days to a decision. With room to
/// spare, every department's count over the threshold, side by side.
enum DashboardAgePanel {
    static func chart(_ f: BacklogFigures, selected: Int? = nil) -> BarChart {
        BarChart(bars: f.ageBuckets.enumerated().map { i, b in
            i == selected
                ? BarChart.Bar("> \(i + 1) \(b.label)", value: b.count, role: .chartBarAlt)
                : b.isOverThreshold
                ? BarChart.Bar("\(DashboardFormat.attention) \(b.label)", value: b.count, role: .overdue)
                : BarChart.Bar(b.label, value: b.count, role: .chartBar)
        })
    }

    static func render(_ f: BacklogFigures, label: String, selected: Int? = nil, into frame: inout Frame, in rect: Rect) {
        guard !rect.isEmpty else { return }
        frame.fill(rect)
        frame.put(DisplayWidth.truncate("Age of open cases · \(label)", to: rect.width), x: rect.x, y: rect.y, role: .title)
        let bars = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: min(f.ageBuckets.count, rect.height - 1))
        chart(f, selected: selected).render(into: &frame, in: bars)
        let lines = [
            "median \(DashboardFormat.days(f.medianAgeDays))  p90 \(DashboardFormat.days(f.p90AgeDays))",
            "SLA breach \(DashboardFormat.percent(f.breachRate))  decision \(f.averageDaysToDecision.map { DashboardFormat.decimal($0) + "d" } ?? "-")",
        ]
        for (i, line) in lines.enumerated() where bars.maxY + i < rect.maxY {
            frame.put(DisplayWidth.truncate(line, to: rect.width), x: rect.x, y: bars.maxY + i, role: .normal)
        }
    }

    /// Rows the first part (heading, bars, two lines) takes.
    static func height(_ f: BacklogFigures) -> Int { 1 + f.ageBuckets.count + 2 }

    /// Below the selected row's ages, when the panel is tall enough: the count over the
    /// threshold per department (what the director asks about), the selected one marked.
    static func renderComparison(_ report: BacklogReport, selection: DashboardSelection, into frame: inout Frame, in rect: Rect) {
        let top = rect.y + height(selection.figures(in: report)) + 1
        guard rect.maxY - top >= report.departments.count + 1 else { return }
        frame.put(DisplayWidth.truncate("Over \(report.thresholdDays) days by department", to: rect.width), x: rect.x, y: top, role: .title)
        let chart = BarChart(bars: report.departments.enumerated().map { i, d in
            BarChart.Bar((i == selection.row ? "> " : "  ") + UntrustedText.sanitize(d.code), value: d.figures.overThreshold,
                         role: i == selection.row ? .chartBarAlt : .chartBar)
        })
        chart.render(into: &frame, in: Rect(x: rect.x, y: top + 1, width: rect.width, height: report.departments.count))
    }
}
