/// Writes imported cases in bulk inside the caller's transaction: one statement per table,
/// prepared once and re-run; ids numbered in memory (the next after the largest, as SQLite
/// itself would, so the main task's id is known before the case row is written); refs
/// numbered in memory and saved once; events appended to the hash chain without reading its
/// tip back each time; and the batch's new people added to the name index in one statement
/// instead of one index update per row. Each new case's share of the dashboard counters is
/// tallied in memory, as `caseChanged` would count it, and applied at each flush: a handful of
/// counter rows per transaction instead of several upserts per case.
final class SQLiteBulkIntakeWriter: BulkIntakeWriter {
    private let store: SQLiteStore
    private let chain: EventChainWriter
    private var nextCase: Int64
    private var nextTask: Int64
    private var nextPerson: Int64
    private var nextLedger: Int64
    private var unindexedPerson: Int64
    private var sequences: [(prefix: String, year: Int, last: Int)] = []
    /// The counters' share of the cases written since the last flush.
    private var counters = CounterDelta()
    private let caseInsert: Statement
    private let taskInsert: Statement
    private let personInsert: Statement

    /// Call inside a transaction that holds the write lock (`SQLiteStore.transaction`).
    init(store: SQLiteStore) throws {
        self.store = store
        chain = try EventChainWriter(store: store)
        nextCase = (try store.db.scalarInt("SELECT max(id) FROM cases") ?? 0) + 1
        nextTask = (try store.db.scalarInt("SELECT max(id) FROM task") ?? 0) + 1
        nextPerson = (try store.db.scalarInt("SELECT max(id) FROM constituent") ?? 0) + 1
        nextLedger = try store.nextLedgerId()
        unindexedPerson = nextPerson
        caseInsert = try store.db.statement(rowText: store.rowText, """
            INSERT INTO cases(id, ref, type, state, priority, constituent_id, department, assignee, task_status, main_task_id,
                              sla_policy, opened_at, due_day, paused_days, amount, tags, form, version, updated_at, updated_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, 0, ?, ?, ?, 1, ?, ?)
            """)
        taskInsert = try store.db.statement(rowText: store.rowText, """
            INSERT INTO task(id, case_id, parent_id, department, assignee, status, reason, opened_at) VALUES (?, ?, NULL, ?, NULL, ?, ?, ?)
            """)
        personInsert = try store.db.statement(rowText: store.rowText, """
            INSERT INTO constituent(id, given_name, family_name, birth_date, national_id, email, phone, address, language,
                                    search_terms, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    /// `searchTerms` is NameFolding.searchText of the names, worked out by the caller.
    func addPerson(_ c: Constituent, searchTerms: String, at: Int64) throws -> Int64 {
        let id = nextPerson
        let s = personInsert
        s.bind(id, at: 1); s.bind(c.givenName, at: 2); s.bind(c.familyName, at: 3); s.bind(c.birthDate, at: 4)
        s.bind(c.nationalId, at: 5); s.bind(c.email, at: 6); s.bind(c.phone, at: 7); s.bind(c.address, at: 8)
        s.bind(c.language, at: 9); s.bind(searchTerms, at: 10)
        s.bind(at, at: 11)
        _ = try s.step()
        s.reset()
        nextPerson += 1
        return id
    }

    /// The next ref for a prefix and year, counted from the stored sequence. (A short list, not
    /// a dictionary: an import has one prefix and year, and this runs once per row.)
    func ref(prefix: String, year: Int) throws -> String {
        var i = sequences.firstIndex { $0.prefix == prefix && $0.year == year }
        if i == nil {
            let last = try store.db.scalarInt("SELECT last FROM case_sequence WHERE prefix = ? AND year = ?",
                                              [.text(prefix), .int(Int64(year))]) ?? 0
            sequences.append((prefix, year, Int(last)))
            i = sequences.count - 1
        }
        sequences[i!].last += 1
        return CaseRef.format(prefix: prefix, year: year, sequence: sequences[i!].last)
    }

    /// Writes the case, its main task, and its events; sets the summary's ids.
    func addCase(_ c: inout CaseSummary, form: String, taskReason: String, at: Int64, actor: String) throws {
        c.id = nextCase
        c.mainTaskId = nextTask
        let s = caseInsert
        s.bind(c.id, at: 1); s.bind(c.ref, at: 2); s.bind(c.type, at: 3); s.bind(c.state, at: 4)
        s.bind(Int64(c.priority), at: 5); s.bind(c.constituentId, at: 6); s.bind(c.department, at: 7)
        s.bind(c.taskStatus, at: 8); s.bind(c.mainTaskId, at: 9); s.bind(c.slaPolicy, at: 10); s.bind(c.openedAt, at: 11)
        s.bind(Int64(c.dueDay.number), at: 12); s.bind(c.amount, at: 13); s.bind(c.tags.joined(separator: ","), at: 14)
        s.bind(form, at: 15); s.bind(at, at: 16); s.bind(actor, at: 17)
        _ = try s.step()
        s.reset()
        let t = taskInsert
        t.bind(nextTask, at: 1); t.bind(c.id, at: 2); t.bind(c.department, at: 3); t.bind(c.taskStatus, at: 4)
        t.bind(taskReason, at: 5); t.bind(at, at: 6)
        _ = try t.step()
        t.reset()
        nextCase += 1
        nextTask += 1
        // What `caseChanged(from: nil, to: c)` counts; the main task (no assignee, no parent) counts nothing.
        if !store.countersDeferred {
            counters.count(c, sign: 1)
            counters.recordFlow(from: nil, to: c) { Day(unixSeconds: at) }
        }
    }

    func addCharge(_ e: LedgerEntry, caseId: Int64) throws -> Int64 {
        var entry = e
        entry.id = nextLedger
        nextLedger += 1
        try store.insertLedgerEntry(caseId: caseId, entry)
        return entry.id
    }

    func event(at: Int64, actor: String, caseId: Int64?, constituentId: Int64?, kind: String, reason: String?,
               details: String, actingAs: String?) throws {
        try chain.append(at: at, actor: actor, caseId: caseId, constituentId: constituentId, kind: kind, reason: reason,
                         details: details, actingAs: actingAs)
    }

    /// Before a commit (and now and then in a long transaction): where each ref sequence
    /// stands, the counters tallied since the last flush, and the people added since then in
    /// the name index, all in one statement, so what is committed is searchable and counted.
    func flush() throws {
        try store.apply(counters)
        counters = CounterDelta()
        for seq in sequences {
            try store.setRefSequence(prefix: seq.prefix, year: seq.year, last: seq.last)
        }
        if nextPerson > unindexedPerson {
            try store.db.run("""
                INSERT INTO constituent_search(rowid, search_terms)
                SELECT id, search_terms FROM constituent WHERE id >= ? AND id < ?
                """, [.int(unindexedPerson), .int(nextPerson)])
            unindexedPerson = nextPerson
        }
    }
}

extension SQLiteStore {
    func bulkIntakeWriter() throws -> BulkIntakeWriter { try SQLiteBulkIntakeWriter(store: self) }

    /// Runs a bulk write with a page cache big enough (256 MB) that a long transaction does not
    /// spill and rewrite pages, then hands the memory back.
    func withLargeCache<T>(_ body: () throws -> T) throws -> T {
        try db.exec("PRAGMA cache_size=-262144")
        defer { try? db.exec("PRAGMA cache_size=-2000") }
        return try body()
    }

    /// After a large import: fold the write-ahead log into the database and shrink it, when no
    /// reader holds it (else SQLite does it later by itself).
    func checkpointAfterBulk() {
        try? db.exec("PRAGMA wal_checkpoint(TRUNCATE)")
    }
}
