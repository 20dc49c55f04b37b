import Foundation

extension Engine {
    /// Creates a database for the demo agency filled with `cases` synthetic cases. With `force`
    /// an existing file is replaced; otherwise it is refused. The same seed and clock give the
    /// same database.
    ///
    /// The database is built beside `path` (see DemoBuildFile) and moved into place only when it
    /// is whole: a demo stopped half way (Ctrl-C, kill, power) leaves no half-made database that
    /// would open without its indexes, and `--force` leaves the old one as it was until the new
    /// one is ready. A console still open on the old database should be closed first: the old
    /// file's write-ahead log is removed with it.
    public static func createDemo(path: String, cases: Int, seed: UInt64, force: Bool, creator: String,
                                  clock: Clock = .system, progress: @escaping (Int, Int) -> Void = { _, _ in },
                                  timed: (DemoLoadTimes) -> Void = { _ in }) throws -> Engine {
        guard cases >= 0 else { throw DocketError.usage("--cases must be 0 or more") }
        if PostgresStore.isConnectionString(path) {
            // A server's database has no file to build beside: with --force the Docket tables go
            // first; without, creating refuses a database that holds one.
            if force {
                try PostgresStore.dropDocketTables(conninfo: path)
            } else if try PostgresStore.holdsDocket(conninfo: path) {
                throw DocketError.refused("a Docket database already exists in \(PGConnection.redacted(path)); `docket demo --force` replaces it (its data is lost), or choose another --db")
            }
            try fill(path: path, hold: {}, cases: cases, seed: seed, creator: creator, clock: clock, progress: progress, timed: timed)
            return try open(path: path, clock: clock)
        }
        DemoBuildFile.removeStopped(beside: path)
        if FileManager.default.fileExists(atPath: path) && !force {
            throw DocketError.refused("\(path) already exists; `docket demo --force` replaces it (its data is lost), or choose another --db")
        }
        let file = DemoBuildFile(beside: path)
        try fill(path: file.path, hold: file.hold, cases: cases, seed: seed, creator: creator, clock: clock, progress: progress, timed: timed)
        try file.place(replacing: force)
        return try open(path: path, clock: clock)
    }

    /// Makes the demo database in `file`, holding its lock, and closes it (the last connection
    /// closed folds its write-ahead log into the file). Nothing is left behind on failure.
    private static func fill(path: String, hold: () -> Void, cases: Int, seed: UInt64, creator: String, clock: Clock,
                             progress: @escaping (Int, Int) -> Void, timed: (DemoLoadTimes) -> Void) throws {
        let engine = try create(path: path, agencySource: try DemoAgency.source, agencyFile: "demo-agency.json",
                                creator: creator, clock: clock)
        hold()
        do {
            let times = try engine.store.bulkLoad {
                let tip = try engine.store.transaction { try engine.store.eventChainTip() }
                let agency = engine.agency, now = clock.now
                // Two cores: one makes rows and continues the event chain, the other writes them.
                let handoff = BatchHandoff<DemoHandoff>(depth: 3)
                // Written batches go back, so the generator refills memory it has rather than new
                // pages the kernel must clear first; it also frees the forms they held, which the
                // writer, the busier thread, then need not.
                let spare = BatchHandoff<DemoTapes>(depth: 4)
                let producer = Thread {
                    Thread.current.name = "demo-rows"  // so profilers tell the two threads apart
                    var generator = DemoGenerator(agency: agency, now: now, cases: cases, seed: seed, actor: creator,
                                                  chain: tip)
                    while let batch = generator.nextBatch(size: 5_000, reusing: spare.takeIfReady()) {
                        if !handoff.put(.rows(batch)) { break }
                    }
                    _ = handoff.put(.end(refCounters: generator.refCounters, receipts: generator.receiptCounters, counters: generator.counters))
                    handoff.finish()
                }
                producer.start()
                defer { handoff.cancel() }
                var written = 0
                var ending: (refCounters: [(prefix: String, year: Int, last: Int)], receipts: [Int: Int64], counters: CounterDelta)?
                // Stops at the end message rather than waiting for the producer to finish, which
                // includes freeing everything the generator kept.
                var producing = true
                while producing && ending == nil {
                    // Eight batches to a transaction: an index page that several batches change
                    // is written out once, not after each batch. For 1M cases the process wrote
                    // 3.0 GB instead of 3.9 GB (4 batches: 3.3 GB).
                    try engine.store.transaction {
                        for _ in 0..<8 where ending == nil {
                            guard let next = handoff.take() else { producing = false; return }
                            switch next {
                            case .rows(let batch):
                                try engine.store.insert(batch)
                                written += batch.caseCount
                                progress(written, cases)
                                _ = spare.offer(batch)
                            case .end(let refCounters, let receipts, let counters):
                                ending = (refCounters, receipts, counters)
                            }
                        }
                    }
                }
                guard let (counters, receipts, counts) = ending else { throw DocketError.refused("the demo generator stopped early") }
                try engine.store.transaction {
                    for c in counters { try engine.store.setRefSequence(prefix: c.prefix, year: c.year, last: c.last) }
                    try engine.store.setReceiptSequence(receipts)
                }
                return counts
            }
            timed(times)
        } catch {
            removeDatabaseFiles(path)
            throw error
        }
    }
}

/// What the generating thread hands the writer: batches of rows, then where the ref sequences
/// ended and what all the rows add to the dashboard counters.
private enum DemoHandoff {
    case rows(DemoTapes)
    case end(refCounters: [(prefix: String, year: Int, last: Int)], receipts: [Int: Int64], counters: CounterDelta)
}
