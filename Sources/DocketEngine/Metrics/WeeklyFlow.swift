/// What came into and went out of a department's open work in one calendar week.
public struct WeeklyFlow: Sendable, Equatable {
    /// The Monday the week starts on.
    public var weekStart: Day
    /// New cases entering the agency here.
    public var intake: Int
    public var routedIn: Int
    public var reopened: Int
    public var closed: Int
    public var routedOut: Int

    public init(weekStart: Day, intake: Int = 0, routedIn: Int = 0, reopened: Int = 0, closed: Int = 0, routedOut: Int = 0) {
        self.weekStart = weekStart
        self.intake = intake
        self.routedIn = routedIn
        self.reopened = reopened
        self.closed = closed
        self.routedOut = routedOut
    }

    public var arrivals: Int { intake + routedIn + reopened }
    public var departures: Int { closed + routedOut }
    /// How much the open work grew (negative: shrank) that week.
    public var net: Int { arrivals - departures }

    /// The Monday on or before `day`.
    public static func weekStart(of day: Day) -> Day { day + -((day.weekday + 6) % 7) }
}
