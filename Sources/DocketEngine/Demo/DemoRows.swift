/// One batch of generated rows with their ids already assigned, ready to be written in one
/// transaction. Generation fills batches on one thread while the store writes on another.
struct DemoRows {
    var constituents: [(Constituent, terms: String, at: Int64)] = []
    var cases: [(CaseSummary, form: String, actor: String)] = []
    var tasks: [TaskRecord] = []
    var events: [EventRecord] = []
    var ledger: [(caseId: Int64, entry: LedgerEntry)] = []
    var decisions: [(caseId: Int64, decision: DecisionRecord)] = []
    /// What these rows add to the dashboard counters, tallied as they are made.
    var counters = CounterDelta()

    /// The last message of a run: where each ref sequence ended.
    var refCounters: [(prefix: String, year: Int, last: Int)]?

    var isEmpty: Bool { cases.isEmpty && constituents.isEmpty }

    static func refCounters(_ counters: [(prefix: String, year: Int, last: Int)]) -> DemoRows {
        var rows = DemoRows()
        rows.refCounters = counters
        return rows
    }
}

/// Row ids handed out in order, as SQLite would on a fresh table.
struct DemoIds {
    var constituent: Int64 = 0
    var kase: Int64 = 0
    var task: Int64 = 0
    var ledger: Int64 = 0

    static func next(_ counter: inout Int64) -> Int64 {
        counter += 1
        return counter
    }
}
