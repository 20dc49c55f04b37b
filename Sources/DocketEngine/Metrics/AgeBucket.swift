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
