import Foundation

extension Engine {
    /// Creates a database for the demo agency filled with `cases` synthetic cases. With `force`
    /// an existing file is replaced; otherwise it is refused. The same seed and clock give the
    /// same database.
    public static func createDemo(path: String, cases: Int, seed: UInt64, force: Bool, creator: String,
                                  clock: Clock = .system, progress: @escaping (Int, Int) -> Void = { _, _ in }) throws -> Engine {
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
            var generator = DemoGenerator(agency: engine.agency, store: engine.store, now: clock.now, cases: cases,
                                          seed: seed, progress: progress)
            try engine.store.bulkLoad { try generator.run(actor: creator) }
        } catch {
            removeDatabaseFiles(path)
            throw error
        }
        return engine
    }
}
