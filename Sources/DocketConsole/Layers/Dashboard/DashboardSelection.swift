import DocketEngine

/// Where the supervisor's cursor is on the dashboard: a row of the department table (the last
/// row is the agency total) and one of its selectable figures.
public struct DashboardSelection: Equatable, Sendable {
    /// 0..<departments.count is a department; departments.count is the agency total.
    public var row: Int
    public var figure: BacklogFigure
    /// An age bucket of the row (index into its `ageBuckets`) chosen with 1…5 instead of the figure.
    public var ageBucket: Int?

    public init(row: Int = 0, figure: BacklogFigure = .overdue, ageBucket: Int? = nil) {
        self.row = row
        self.figure = figure
        self.ageBucket = ageBucket
    }

    /// Starts on the first department the person works in (a supervisor's own), on overdue.
    public static func initial(for report: BacklogReport, departments: [String]) -> DashboardSelection {
        DashboardSelection(row: report.departments.firstIndex { departments.contains($0.code) } ?? 0)
    }

    /// The selected department; nil on the total row.
    public func department(in report: BacklogReport) -> DepartmentBacklog? {
        report.departments.indices.contains(row) ? report.departments[row] : nil
    }

    /// The figures of the selected row.
    public func figures(in report: BacklogReport) -> BacklogFigures {
        department(in: report)?.figures ?? report.total
    }

    /// The selected row's name as the panels title it: a department code, or "agency".
    public func label(in report: BacklogReport) -> String {
        department(in: report)?.code ?? "agency"
    }

    /// Moves up or down the rows, stopping at either end.
    public mutating func moveRow(by delta: Int, in report: BacklogReport) {
        row = min(max(0, row + delta), report.departments.count)
    }

    /// Selects the row's age bucket `index` (0-based), or the figure again when it was already selected.
    public mutating func selectAgeBucket(_ index: Int, in report: BacklogReport) {
        guard figures(in: report).ageBuckets.indices.contains(index) else { return }
        ageBucket = ageBucket == index ? nil : index
    }

    /// Moves left or right over the figures, stopping at either end.
    public mutating func moveFigure(by delta: Int) {
        if ageBucket != nil {
            // Leaving the age buckets comes back to the figure that was selected.
            ageBucket = nil
            return
        }
        let all = BacklogFigure.allCases
        let i = all.firstIndex(of: figure) ?? 0
        figure = all[min(max(0, i + delta), all.count - 1)]
    }
}
