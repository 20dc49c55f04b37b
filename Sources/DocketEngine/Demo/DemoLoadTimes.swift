/// Where the time of a bulk load went, for `docket bench`: writing the rows (with the rows
/// made on the other core), then indexing them (secondary indexes, the name search, the
/// counters and the planner's statistics), which runs on one core after the rows are in.
public struct DemoLoadTimes: Sendable, Equatable {
    public var writingMs: Double = 0
    public var indexingMs: Double = 0

    public init() {}
}
