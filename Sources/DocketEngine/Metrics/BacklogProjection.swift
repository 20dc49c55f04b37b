/// How long the open work would take to clear if the recent rate held: arrivals (intake, routed
/// in, reopened) against departures (closed, routed out) over the last `windowDays` days.
public struct BacklogProjection: Sendable, Equatable {
    public var windowDays: Int
    public var arrivals: Int
    public var departures: Int
    /// nil when the work does not shrink at that rate.
    public var projectedClearDays: Int?
    /// True when arrivals outpace departures.
    public var growing: Bool

    public init(windowDays: Int = 28, arrivals: Int = 0, departures: Int = 0, projectedClearDays: Int? = nil, growing: Bool = false) {
        self.windowDays = windowDays
        self.arrivals = arrivals
        self.departures = departures
        self.projectedClearDays = projectedClearDays
        self.growing = growing
    }

    public static func make(open: Int, arrivals: Int, departures: Int, windowDays: Int) -> BacklogProjection {
        let shrinking = departures - arrivals
        var days: Int?
        if open == 0 {
            days = 0
        } else if shrinking > 0, windowDays > 0 {
            // open ÷ (shrinking ÷ window), rounded up: a part day still has to be worked.
            days = (open * windowDays + shrinking - 1) / shrinking
        }
        return BacklogProjection(windowDays: windowDays, arrivals: arrivals, departures: departures,
                                 projectedClearDays: days, growing: arrivals > departures)
    }

    /// Net cases cleared per week at the window's rate (negative while growing).
    public var clearedPerWeek: Double {
        windowDays > 0 ? Double(departures - arrivals) * 7 / Double(windowDays) : 0
    }
}
