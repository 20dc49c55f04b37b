import DocketEngine

/// The supervisor's dashboard as a pure drawing of a backlog report and a selection: the
/// department table, the selected row's age bars, intake and closures as sparklines, the
/// workload, and on the last line what Enter opens. No engine calls and no state of its own.
public struct DashboardView: Equatable, Sendable {
    public var report: BacklogReport
    public var selection: DashboardSelection
    /// The key that opens the selected figure, as the hint line names it.
    public var openKey = "Enter"

    public init(report: BacklogReport, selection: DashboardSelection = DashboardSelection()) {
        self.report = report
        self.selection = selection
    }

    /// What Enter opens from the selected figure.
    public var drillDown: DashboardDrillDown { DashboardDrillDown(report: report, selection: selection) }

    public func render(into frame: inout Frame, in rect: Rect) {
        guard !rect.isEmpty else { return }
        frame.fill(rect)
        let layout = DashboardLayout(rect, tableRows: report.departments.count + 1)
        let time = Timestamp.iso(report.asOf)
        let t = report.total
        let title = "Backlog · \(time.prefix(10)) \(time.dropFirst(11).prefix(5)) UTC · \(DashboardFormat.count(t.overThreshold)) of \(DashboardFormat.count(t.open)) open over \(report.thresholdDays) days"
        frame.put(DisplayWidth.truncate(title, to: layout.title.width), x: layout.title.x, y: layout.title.y, role: .title)

        DashboardDepartmentTable.table(report, selection, width: rect.width).render(into: &frame, in: layout.table)
        let cursor = frame.cursor
        let figures = selection.figures(in: report)
        let label = UntrustedText.sanitize(selection.label(in: report))
        DashboardAgePanel.render(figures, label: label, selected: selection.ageBucket, into: &frame, in: layout.ages)
        DashboardAgePanel.renderComparison(report, selection: selection, into: &frame, in: layout.ages)
        DashboardFlowPanel.render(figures, label: label, into: &frame, in: layout.flow)
        DashboardWorkloadPanel.render(figures, label: label, into: &frame, in: layout.workload)
        // The cursor stays on the selected department, where the table put it.
        frame.cursor = cursor
        if !layout.hint.isEmpty {
            frame.put(DisplayWidth.truncate(drillDown.hint(openKey: openKey), to: layout.hint.width), x: layout.hint.x, y: layout.hint.y, role: .statusBar)
        }
    }

    /// A whole frame of the dashboard (for snapshots and simple screens).
    public func frame(size: Size) -> Frame {
        var frame = Frame(size: size)
        render(into: &frame, in: frame.bounds)
        return frame
    }
}
