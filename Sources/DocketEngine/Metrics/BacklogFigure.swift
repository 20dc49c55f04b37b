/// A figure of the backlog report that can be selected, and the queue of cases it counts.
public enum BacklogFigure: String, CaseIterable, Sendable {
    case open
    case unassigned
    case onHold = "on_hold"
    case overdue
    case dueSoon = "due_soon"
    case referrals = "referrals_open"

    public var title: String {
        switch self {
        case .open: return "open"
        case .unassigned: return "unassigned"
        case .onHold: return "on hold"
        case .overdue: return "overdue"
        case .dueSoon: return "due soon"
        case .referrals: return "referrals"
        }
    }

    public func value(in f: BacklogFigures) -> Int {
        switch self {
        case .open: return f.open
        case .unassigned: return f.unassigned
        case .onHold: return f.onHold
        case .overdue: return f.overdue
        case .dueSoon: return f.dueSoon
        case .referrals: return f.referralsOpen
        }
    }

    /// The queue that lists the cases this figure counts (`department` nil: the whole agency);
    /// its count equals the figure. nil where no queue filter says it yet: due soon (a due-date
    /// range) and referrals agency-wide (the referral filter needs a department).
    /// Referrals count tasks and the queue lists cases: they agree while a case has at most one
    /// open referral to a department.
    public func query(department: String?, dueSoon: ClosedRange<Day>? = nil) -> CaseQuery? {
        var q = CaseQuery()
        q.department = department
        switch self {
        case .open: break
        case .unassigned: q.unassigned = true
        case .onHold: q.onHold = true
        case .overdue: q.overdue = true
        case .dueSoon:
            guard let dueSoon else { return nil }
            q.dueBetween = dueSoon
        case .referrals:
            guard department != nil else { return nil }
            q.referrals = true
        }
        return q
    }
}
