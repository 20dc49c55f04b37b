/// The figures of one department, or of the whole agency.
///
/// Ages are calendar days since a case opened; overdue means open, not on hold, and past its
/// SLA due day; due soon means due today or within the next five business days.
public struct BacklogFigures: Sendable, Equatable {
    public var open: Int
    public var unassigned: Int
    /// Open cases whose SLA clock is paused: in a hold state or waiting on referrals.
    public var onHold: Int
    public var overdue: Int
    public var dueSoon: Int
    /// Open referral tasks to the department (agency-wide: all of them).
    public var referralsOpen: Int
    public var ageBuckets: [AgeBucket]
    public var medianAgeDays: Int?
    public var p90AgeDays: Int?
    /// Twelve calendar weeks (Monday to Sunday), oldest first; the last is this week so far.
    public var weekly: [WeeklyFlow]
    /// Decisions in those twelve weeks, and their days from opening added up.
    public var decisions: Int
    public var decisionDays: Int
    public var projection: BacklogProjection
    /// Caseworkers and supervisors, busiest first.
    public var workload: [CaseworkerLoad]

    public init(open: Int = 0, unassigned: Int = 0, onHold: Int = 0, overdue: Int = 0, dueSoon: Int = 0, referralsOpen: Int = 0,
                ageBuckets: [AgeBucket] = [], medianAgeDays: Int? = nil, p90AgeDays: Int? = nil, weekly: [WeeklyFlow] = [],
                decisions: Int = 0, decisionDays: Int = 0, projection: BacklogProjection = BacklogProjection(),
                workload: [CaseworkerLoad] = []) {
        self.open = open
        self.unassigned = unassigned
        self.onHold = onHold
        self.overdue = overdue
        self.dueSoon = dueSoon
        self.referralsOpen = referralsOpen
        self.ageBuckets = ageBuckets
        self.medianAgeDays = medianAgeDays
        self.p90AgeDays = p90AgeDays
        self.weekly = weekly
        self.decisions = decisions
        self.decisionDays = decisionDays
        self.projection = projection
        self.workload = workload
    }

    /// Cases older than the backlog threshold (the last age bucket).
    public var overThreshold: Int { ageBuckets.last?.count ?? 0 }

    public var averageDaysToDecision: Double? {
        decisions > 0 ? Double(decisionDays) / Double(decisions) : nil
    }

    /// The share of open cases whose SLA clock runs that are past due; nil when none runs.
    public var breachRate: Double? {
        let running = open - onHold
        return running > 0 ? Double(overdue) / Double(running) : nil
    }

    /// This week's movement so far (the last of the weekly figures).
    public var thisWeek: WeeklyFlow? { weekly.last }
}
