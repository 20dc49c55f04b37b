import Foundation

extension Engine {
    /// Creates a database for the demo agency filled with `cases` synthetic cases. With `force`
    /// an existing file is replaced; otherwise it is refused. The same seed and clock give the
    /// same database.
    public static func createDemo(path: String, cases: Int, seed: UInt64, force: Bool, creator: String,
                                  clock: Clock = .system, progress: @escaping (Int, Int) -> Void = { _, _ in },
                                  timed: (DemoLoadTimes) -> Void = { _ in }) throws -> Engine {
        guard cases >= 0 else { throw DocketError.usage("--cases must be 0 or more") }
        if FileManager.default.fileExists(atPath: path) {
            guard force else {
                throw DocketError.refused("\(path) already exists; `docket demo --force` replaces it (its data is lost), or choose another --db")
            }
            removeDatabaseFiles(path)
        }
        let engine = try create(path: path, agencySource: try DemoAgency.source, agencyFile: "demo-agency.json",
                                creator: creator, clock: clock)
        do {
            let times = try engine.store.bulkLoad {
                let tip = try engine.store.transaction { try EventChain.tip(of: engine.store) }
                let agency = engine.agency, now = clock.now
                // Two cores: one makes rows and continues the event chain, the other writes them.
                let handoff = BatchHandoff<DemoRows>(depth: 3)
                let producer = Thread {
                    Thread.current.name = "demo-rows"  // so profilers tell the two threads apart
                    var generator = DemoGenerator(agency: agency, now: now, cases: cases, seed: seed, actor: creator,
                                                  chain: tip)
                    while true {
                        let rows = generator.nextBatch(size: 5_000)
                        if rows.isEmpty || !handoff.put(rows) { break }
                    }
                    _ = handoff.put(DemoRows.refCounters(generator.refCounters))
                    handoff.finish()
                }
                producer.start()
                defer { handoff.cancel() }
                var written = 0
                var counts = CounterDelta()
                var counters: [(prefix: String, year: Int, last: Int)] = []
                while let rows = handoff.take() {
                    if let last = rows.refCounters { counters = last; continue }
                    counts.add(rows.counters)
                    try engine.store.transaction { try engine.store.insert(rows) }
                    written += rows.cases.count
                    progress(written, cases)
                }
                try engine.store.transaction {
                    for c in counters { try engine.store.setRefSequence(prefix: c.prefix, year: c.year, last: c.last) }
                }
                return counts
            }
            timed(times)
        } catch {
            removeDatabaseFiles(path)
            throw error
        }
        return engine
    }
}
