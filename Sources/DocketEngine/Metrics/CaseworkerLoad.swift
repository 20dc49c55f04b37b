/// One person's work: open tasks (main tasks and referrals), tasks completed this week, and
/// how long the oldest open task has waited.
public struct CaseworkerLoad: Sendable, Equatable {
    public var login: String
    public var name: String
    public var activeTasks: Int
    public var closedThisWeek: Int
    /// Calendar days since the oldest open task was opened; nil with none open.
    public var oldestTaskAgeDays: Int?
    /// The day they are back, while they are marked away (they are handed no work meanwhile).
    public var awayUntil: Day? = nil

    public init(login: String, name: String, activeTasks: Int = 0, closedThisWeek: Int = 0, oldestTaskAgeDays: Int? = nil) {
        self.login = login
        self.name = name
        self.activeTasks = activeTasks
        self.closedThisWeek = closedThisWeek
        self.oldestTaskAgeDays = oldestTaskAgeDays
    }
}
