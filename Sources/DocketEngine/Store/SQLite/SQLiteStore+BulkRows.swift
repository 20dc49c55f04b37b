/// A generated batch as one tape per table, each in the column order of its INSERT below.
/// Rows go onto the tapes as they are made, on the generating thread, while their strings are
/// still in cache; of the batch's Swift objects the writing thread touches only the forms.
struct DemoTapes {
    let constituents: RowTape
    let cases: RowTape
    let tasks: RowTape
    let events: RowTape
    let ledger: RowTape
    let decisions: RowTape
    /// Each new person's key for sealing free text about them (SQLiteStore+PersonalKeys).
    let keys: RowTape
    /// Appeals and the cases they appeal, one row each way.
    let links: RowTape

    /// Each case's form with its type's JSON layout, in the order of `cases`: encoded as JSON
    /// by the writer, which shares the work with the generator that way.
    private(set) var forms: [(values: FormValues, layout: FormJSONLayout)] = []

    var caseCount: Int { cases.rows }

    /// Empties every tape, keeping their memory, and lets the forms go: the generator reuses a
    /// written batch this way, filling pages it already has instead of new ones.
    mutating func clear() {
        for tape in [constituents, cases, tasks, events, ledger, decisions, keys, links] { tape.clear() }
        forms.removeAll(keepingCapacity: true)
    }

    /// Room for about `expectedCases` cases and what comes with them, so each tape is
    /// allocated once.
    init(expectedCases n: Int) {
        constituents = RowTape(reservingCapacity: n * 200)
        cases = RowTape(reservingCapacity: n * 300)  // the form is not on the tape
        tasks = RowTape(reservingCapacity: n * 140)
        events = RowTape(reservingCapacity: n * 1_600)
        ledger = RowTape(reservingCapacity: n * 140)
        decisions = RowTape(reservingCapacity: n * 80)
        keys = RowTape(reservingCapacity: n * 80)
        links = RowTape(reservingCapacity: n / 20 + 64)
        forms.reserveCapacity(n)
    }

    func add(_ p: Constituent, terms: String, at: Int64) {
        constituents.put(p.id); constituents.put(p.givenName); constituents.put(p.familyName)
        constituents.put(p.birthDate); constituents.put(p.nationalId); constituents.put(p.email)
        constituents.put(p.phone); constituents.put(p.address); constituents.put(p.language)
        constituents.put(terms); constituents.put(at)
        constituents.endRow()
    }

    /// In the order of SQLiteStore.demoCaseInsert, the form last; the case was last updated when it
    /// opened.
    mutating func add(_ c: CaseSummary, form: FormValues, layout: FormJSONLayout, actor: String) {
        cases.put(c.ref); cases.put(c.type); cases.put(c.state); cases.put(c.priority)
        cases.put(c.constituentId); cases.put(c.department); cases.put(c.assignee); cases.put(c.taskStatus)
        cases.put(c.slaPolicy); cases.put(c.openedAt); cases.put(c.dueDay.number); cases.put(c.closedAt)
        cases.put(c.holdSince); cases.put(c.holdUntil); cases.put(c.holdPriorState); cases.put(c.heldSeconds)
        cases.put(c.pausedBusinessDays); cases.put(c.amount); cases.put(c.tags.joined(separator: ","))
        cases.put(c.version); cases.put(c.openedAt); cases.put(actor); cases.put(c.id); cases.put(c.mainTaskId)
        cases.endRow()
        forms.append((form, layout))
    }

    func addKey(_ key: [UInt8], constituent id: Int64) {
        keys.put(id); keys.put(HexBytes.encode(key))
        keys.endRow()
    }

    func add(_ t: TaskRecord) {
        tasks.put(t.id); tasks.put(t.caseId); tasks.put(t.parentId); tasks.put(t.department); tasks.put(t.assignee)
        tasks.put(t.status); tasks.put(t.reason); tasks.put(t.openedAt); tasks.put(t.closedAt)
        tasks.endRow()
    }

    func add(_ entry: LedgerEntry, caseId: Int64) {
        ledger.put(entry.id); ledger.put(caseId); ledger.put(entry.at); ledger.put(entry.kind); ledger.put(entry.code)
        ledger.put(entry.amount); ledger.put(entry.currency); ledger.put(entry.method); ledger.put(entry.receipt)
        ledger.put(entry.reference); ledger.put(entry.reason); ledger.put(entry.reverses); ledger.put(entry.department)
        ledger.put(entry.actor)
        ledger.endRow()
    }

    func add(_ d: DecisionRecord, caseId: Int64) {
        decisions.put(caseId); decisions.put(d.outcome); decisions.put(d.reasonCode); decisions.put(d.rationale)
        decisions.put(d.at); decisions.put(d.actor); decisions.put(d.reasonCodes.joined(separator: ","))
        decisions.endRow()
    }

    /// An appeal linked to the case it appeals, both ways.
    func addAppealLink(appeal: Int64, original: Int64, at: Int64, actor: String) {
        for (from, to, kind) in [(appeal, original, CaseLink.Kind.appealOf), (original, appeal, .appealedBy)] {
            links.put(from); links.put(to); links.put(kind.rawValue); links.put(at); links.put(actor)
            links.endRow()
        }
    }
}

extension SQLiteStore {
    static let demoCaseInsert = """
        INSERT INTO cases(ref, type, state, priority, constituent_id, department, assignee, task_status, sla_policy,
                          opened_at, due_day, closed_at, hold_since, hold_until, hold_prior_state, held_seconds,
                          paused_days, amount, tags, version, updated_at, updated_by, id, main_task_id, form)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// Writes a generated batch with its ids as given.
    func insert(_ batch: DemoTapes) throws {
        try batch.constituents.write("""
            INSERT INTO constituent(id, given_name, family_name, birth_date, national_id, email, phone, address, language,
                                    search_terms, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, columns: 11, in: db)
        try batch.keys.write("INSERT INTO constituent_key(constituent_id, key) VALUES (?, ?)", columns: 2, in: db)
        try batch.forms.withUnsafeBufferPointer { forms in
            try batch.cases.write(SQLiteStore.demoCaseInsert, columns: 24, in: db) { row, json in
                forms[row].layout.encode(forms[row].values, into: &json)
            }
        }
        try batch.tasks.write("""
            INSERT INTO task(id, case_id, parent_id, department, assignee, status, reason, opened_at, closed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, columns: 9, in: db)
        try batch.events.write(SQLiteStore.demoEventInsert, columns: 10, in: db)
        try batch.ledger.write("""
            INSERT INTO ledger(id, case_id, at, kind, code, amount, currency, method, receipt, reference, reason, reverses,
                               department, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, columns: 14, in: db)
        try batch.decisions.write(SQLiteStore.decisionInsert, columns: 7, in: db)
        try batch.links.write("INSERT INTO case_link(case_id, other_id, kind, at, actor) VALUES (?, ?, ?, ?, ?)", columns: 5, in: db)
    }
}
