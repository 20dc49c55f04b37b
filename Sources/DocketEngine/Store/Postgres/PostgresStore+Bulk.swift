/// The bulk paths on PostgreSQL: a demo's batches go in through COPY (one round trip per table
/// per batch), an import's rows through a writer that numbers ids and continues the chain in
/// memory, as SQLite's does.
extension PostgresStore {
    func eventChainTip() throws -> EventChain {
        let last = db.statement("SELECT id, hash FROM event ORDER BY id DESC LIMIT 1")
        guard try last.step() else { return EventChain(nextId: 1, lastHash: EventChain.genesisHash) }
        return EventChain(nextId: last.int(0) + 1, lastHash: last.text(1))
    }

    /// Writes a generated batch with its ids as given.
    func insert(_ batch: DemoTapes) throws {
        try db.copy("""
            COPY constituent(id, given_name, family_name, birth_date, national_id, email, phone, address, language,
                             search_terms, created_at, search) FROM STDIN
            """) { out in
            batch.constituents.forEachRow(columns: 11) { _, values in
                for v in values { PostgresStore.put(v, into: &out); out.append(0x09) }
                // The searchable words of search_terms (the tenth value).
                if case .text(let terms) = values[9] {
                    PostgresStore.put(text: Array(PostgresNameSearch.vector(String(decoding: terms, as: UTF8.self)).utf8), into: &out)
                }
                out.append(0x0A)
            }
        }
        try copy(batch.keys, columns: 2, "COPY constituent_key(constituent_id, key) FROM STDIN")
        try db.copy("""
            COPY cases(ref, type, state, priority, constituent_id, department, assignee, task_status, sla_policy,
                       opened_at, due_day, closed_at, hold_since, hold_until, hold_prior_state, held_seconds,
                       paused_days, amount, tags, version, updated_at, updated_by, id, main_task_id, form) FROM STDIN
            """) { out in
            var json: [UInt8] = []
            batch.cases.forEachRow(columns: 24) { row, values in
                for v in values { PostgresStore.put(v, into: &out); out.append(0x09) }
                json.removeAll(keepingCapacity: true)
                batch.forms[row].layout.encode(batch.forms[row].values, into: &json)
                PostgresStore.put(text: json, into: &out)
                out.append(0x0A)
            }
        }
        try copy(batch.tasks, columns: 9,
                 "COPY task(id, case_id, parent_id, department, assignee, status, reason, opened_at, closed_at) FROM STDIN")
        try copy(batch.events, columns: 10,
                 "COPY event(id, at, actor, case_id, constituent_id, kind, reason, details, prev_hash, hash) FROM STDIN")
        try copy(batch.ledger, columns: 14, """
            COPY ledger(id, case_id, at, kind, code, amount, currency, method, receipt, reference, reason, reverses,
                        department, actor) FROM STDIN
            """)
        // Decisions carry no id on the tape: numbered past the highest, as an insert would.
        var nextDecision = try nextId("decision")
        try db.copy("COPY decision(id, case_id, outcome, reason_code, rationale, at, actor, reason_codes) FROM STDIN") { out in
            batch.decisions.forEachRow(columns: 7) { _, values in
                PostgresStore.put(.int(nextDecision), into: &out)
                nextDecision += 1
                for v in values { out.append(0x09); PostgresStore.put(v, into: &out) }
                out.append(0x0A)
            }
        }
        try copy(batch.links, columns: 5, "COPY case_link(case_id, other_id, kind, at, actor) FROM STDIN")
    }

    private func copy(_ tape: RowTape, columns: Int, _ sql: String) throws {
        try db.copy(sql) { out in
            tape.forEachRow(columns: columns) { _, values in
                for (i, v) in values.enumerated() {
                    if i > 0 { out.append(0x09) }
                    PostgresStore.put(v, into: &out)
                }
                out.append(0x0A)
            }
        }
    }

    /// One value in COPY's text format: `\N` for null, text with backslash, tab and line ends escaped.
    private static func put(_ v: RowTape.Value, into out: inout [UInt8]) {
        switch v {
        case .null: out.append(0x5C); out.append(0x4E)
        case .int(let n): out.append(contentsOf: String(n).utf8)
        case .text(let bytes): put(text: bytes, into: &out)
        }
    }

    private static func put<C: Collection>(text bytes: C, into out: inout [UInt8]) where C.Element == UInt8 {
        for b in bytes {
            switch b {
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x09: out.append(0x5C); out.append(0x74)
            case 0x0A: out.append(0x5C); out.append(0x6E)
            case 0x0D: out.append(0x5C); out.append(0x72)
            default: out.append(b)
            }
        }
    }

    func bulkIntakeWriter() throws -> BulkIntakeWriter { try PostgresBulkIntakeWriter(store: self) }
}

/// Writes imported cases inside the caller's transaction (which holds the write lock): ids and
/// refs numbered in memory past the highest, events sealed onto the chain in memory, the new
/// cases' share of the counters tallied and written at each flush.
final class PostgresBulkIntakeWriter: BulkIntakeWriter {
    private let store: PostgresStore
    private var chain: EventChain
    private var nextCase: Int64
    private var nextTask: Int64
    private var nextPerson: Int64
    private var nextLedger: Int64
    private var sequences: [(prefix: String, year: Int, last: Int)] = []
    private var counters = CounterDelta()

    init(store: PostgresStore) throws {
        self.store = store
        chain = try store.eventChainTip()
        nextCase = try store.nextId("cases")
        nextTask = try store.nextId("task")
        nextPerson = try store.nextId("constituent")
        nextLedger = try store.nextLedgerId()
    }

    func addPerson(_ c: Constituent, searchTerms: String, at: Int64) throws -> Int64 {
        let id = nextPerson
        try store.db.run("""
            INSERT INTO constituent(id, given_name, family_name, birth_date, national_id, email, phone, address, language,
                                    search_terms, created_at, search)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::tsvector)
            """, [.int(id), .text(c.givenName), .text(c.familyName), c.birthDate.map(SQLValue.text) ?? .null,
                  c.nationalId.map(SQLValue.text) ?? .null, c.email.map(SQLValue.text) ?? .null,
                  c.phone.map(SQLValue.text) ?? .null, c.address.map(SQLValue.text) ?? .null,
                  c.language.map(SQLValue.text) ?? .null, .text(searchTerms), .int(at),
                  .text(PostgresNameSearch.vector(searchTerms))])
        nextPerson += 1
        return id
    }

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

    func addCase(_ c: inout CaseSummary, form: String, taskReason: String, at: Int64, actor: String) throws {
        c.id = nextCase
        c.mainTaskId = nextTask
        try store.db.run("""
            INSERT INTO cases(id, ref, type, state, priority, constituent_id, department, assignee, task_status, main_task_id,
                              sla_policy, opened_at, due_day, paused_days, amount, tags, form, version, updated_at, updated_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, 0, ?, ?, ?, 1, ?, ?)
            """, [.int(c.id), .text(c.ref), .text(c.type), .text(c.state), .int(Int64(c.priority)), .int(c.constituentId),
                  .text(c.department), .text(c.taskStatus), .int(nextTask), .text(c.slaPolicy), .int(c.openedAt),
                  .int(Int64(c.dueDay.number)), c.amount.map(SQLValue.int) ?? .null, .text(c.tags.joined(separator: ",")),
                  .text(form), .int(at), .text(actor)])
        try store.db.run("""
            INSERT INTO task(id, case_id, parent_id, department, assignee, status, reason, opened_at) VALUES (?, ?, NULL, ?, NULL, ?, ?, ?)
            """, [.int(nextTask), .int(c.id), .text(c.department), .text(c.taskStatus), .text(taskReason), .int(at)])
        nextCase += 1
        nextTask += 1
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
        let (reason, details) = try store.sealedForStorage(kind: kind, reason: reason, details: details, caseId: caseId,
                                                           constituentId: constituentId)
        try store.insert(chain.next(at: at, actor: actor, caseId: caseId, constituentId: constituentId, kind: kind,
                                    reason: reason, details: details, actingAs: actingAs))
    }

    func flush() throws {
        try store.apply(counters)
        counters = CounterDelta()
        for seq in sequences {
            try store.setRefSequence(prefix: seq.prefix, year: seq.year, last: seq.last)
        }
    }
}
