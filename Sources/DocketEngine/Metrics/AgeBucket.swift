/// Open cases whose age (calendar days since opening) falls in a range.
public struct AgeBucket: Sendable, Equatable {
    public var label: String
    public var fromDays: Int
    /// nil for the last bucket: older than the backlog threshold, without end.
    public var toDays: Int?
    public var count: Int

    public init(label: String, fromDays: Int, toDays: Int?, count: Int) {
        self.label = label
        self.fromDays = fromDays
        self.toDays = toDays
        self.count = count
    }

    public var isOverThreshold: Bool { toDays == nil }

    public func contains(age: Int) -> Bool { age >= fromDays && (toDays.map { age <= $0 } ?? true) }

    /// The opening times (unix seconds, inclusive) of the open cases this bucket counts on `today`:
    /// age is `max(0, today - opened_at / 86400)`, so an opening day `d` is in the bucket when
    /// today - toDays <= d <= today - fromDays, and the youngest bucket also takes days after today.
    public func openedRange(today: Day) -> ClosedRange<Int64> {
        let lower = toDays.map { Int64(today.number - $0) * 86400 } ?? Int64.min
        let upper = fromDays <= 0 ? Int64.max : Int64(today.number - fromDays) * 86400 + 86399
        return lower...max(lower, upper)
    }

    /// 0-30, 31-60, 61-90, 91-threshold, over threshold; edges at or past the threshold are dropped
    /// (a 60-day threshold gives 0-30, 31-60, over 60).
    public static func ranges(threshold: Int) -> [AgeBucket] {
        let limit = max(0, threshold)
        let edges = [30, 60, 90].filter { $0 < limit } + [limit]
        var out: [AgeBucket] = []
        var from = 0
        for edge in edges {
            out.append(AgeBucket(label: "\(from)-\(edge)", fromDays: from, toDays: edge, count: 0))
            from = edge + 1
        }
        out.append(AgeBucket(label: "over \(limit)", fromDays: limit + 1, toDays: nil, count: 0))
        return out
    }
}
