import DocketEngine

/// What Enter opens from the selected figure: the queue of exactly the cases it counts.
public struct DashboardDrillDown: Equatable, Sendable {
    /// The figure's value: the queue's count equals it.
    public var count: Int
    public var figure: BacklogFigure
    /// nil for the agency total.
    public var department: String?
    /// The queue to open; nil when no queue filter expresses the figure yet (see BacklogFigure.query).
    public var query: CaseQuery?
    /// The age bucket selected instead of a figure (its cases are a part of the open ones).
    public var ageBucket: AgeBucket?

    public init(report: BacklogReport, selection: DashboardSelection) {
        let figures = selection.figures(in: report)
        figure = selection.figure
        count = selection.figure.value(in: figures)
        department = selection.department(in: report)?.code
        query = selection.figure.query(department: department, dueSoon: report.dueSoonThrough.map { report.today...$0 })
        if let i = selection.ageBucket, figures.ageBuckets.indices.contains(i) {
            let bucket = figures.ageBuckets[i]
            ageBucket = bucket
            figure = .open
            count = bucket.count
            var q = CaseQuery()
            q.department = department
            q.openedBetween = bucket.openedRange(today: report.today)
            query = q
        }
    }

    /// "37 overdue cases in VET", "1,204 open cases in the agency".
    public var title: String {
        let noun = count == 1 ? "case" : "cases"
        let place = department.map { "in \($0)" } ?? "in the agency"
        if let bucket = ageBucket {
            let age = bucket.toDays == nil ? "older than \(bucket.fromDays - 1) days" : "\(bucket.fromDays)-\(bucket.toDays ?? 0) days old"
            return "\(BarChart.formatted(count)) open \(noun) \(age) \(place)"
        }
        switch figure {
        case .referrals: return "\(BarChart.formatted(count)) open \(count == 1 ? "referral" : "referrals") to \(department ?? "any department")"
        case .open: return "\(BarChart.formatted(count)) open \(noun) \(place)"
        default: return "\(BarChart.formatted(count)) \(figure.title) \(noun) \(place)"
        }
    }

    /// The line under the dashboard saying what the open key (`openKey`) does.
    public func hint(openKey: String = "Enter") -> String {
        query == nil ? "\(title): no queue lists these yet" : "\(openKey): open the \(title)"
    }
}
