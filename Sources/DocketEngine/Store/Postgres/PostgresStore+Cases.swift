import Foundation

/// Cases and their tasks on PostgreSQL: inserts and the keyset-paged queue queries.
extension PostgresStore {
    /// The next ref for a prefix and year (DC-2026-004211), counted in the same transaction.
    func nextRef(prefix: String, year: Int) throws -> String {
        try db.run("""
            INSERT INTO case_sequence(prefix, year, last) VALUES (?, ?, 1)
            ON CONFLICT(prefix, year) DO UPDATE SET last = case_sequence.last + 1
            """, [.text(prefix), .int(Int64(year))])
        let n = try db.scalarInt("SELECT last FROM case_sequence WHERE prefix = ? AND year = ?", [.text(prefix), .int(Int64(year))]) ?? 1
        return CaseRef.format(prefix: prefix, year: year, sequence: Int(n))
    }

    /// After a bulk load that numbered refs itself: where each sequence stands.
    func setRefSequence(prefix: String, year: Int, last: Int) throws {
        try db.run("INSERT INTO case_sequence(prefix, year, last) VALUES (?, ?, ?) ON CONFLICT(prefix, year) DO UPDATE SET last = excluded.last",
                   [.text(prefix), .int(Int64(year)), .int(Int64(last))])
    }

    func insertCase(_ c: CaseSummary, form: String, at: Int64, actor: String) throws -> Int64 {
        let id = try nextId("cases")
        let s = db.statement("""
            INSERT INTO cases(id, ref, type, state, priority, constituent_id, department, assignee, task_status, sla_policy,
                              opened_at, due_day, closed_at, hold_since, hold_until, hold_prior_state, held_seconds,
                              paused_days, amount, tags, form, version, updated_at, updated_by)
            VALUES (?24, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)
            """)
        s.bind(id, at: 24)
        s.bind(c.ref, at: 1); s.bind(c.type, at: 2); s.bind(c.state, at: 3); s.bind(Int64(c.priority), at: 4)
        s.bind(c.constituentId, at: 5); s.bind(c.department, at: 6); s.bind(c.assignee, at: 7); s.bind(c.taskStatus, at: 8)
        s.bind(c.slaPolicy, at: 9); s.bind(c.openedAt, at: 10); s.bind(Int64(c.dueDay.number), at: 11); s.bind(c.closedAt, at: 12)
        s.bind(c.holdSince, at: 13); s.bind(c.holdUntil, at: 14); s.bind(c.holdPriorState, at: 15); s.bind(c.heldSeconds, at: 16)
        s.bind(Int64(c.pausedBusinessDays), at: 17); s.bind(c.amount, at: 18); s.bind(c.tags.joined(separator: ","), at: 19)
        s.bind(form, at: 20); s.bind(c.version, at: 21); s.bind(at, at: 22); s.bind(actor, at: 23)
        try s.execute()
        var added = c
        added.id = id
        try caseChanged(from: nil, to: added)
        return id
    }

    func insertTask(_ t: TaskRecord) throws -> Int64 {
        let id = try nextId("task")
        let s = db.statement("""
            INSERT INTO task(case_id, parent_id, department, assignee, status, reason, opened_at, closed_at, id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        s.bind(id, at: 9)
        s.bind(t.caseId, at: 1); s.bind(t.parentId, at: 2); s.bind(t.department, at: 3); s.bind(t.assignee, at: 4)
        s.bind(t.status, at: 5); s.bind(t.reason, at: 6); s.bind(t.openedAt, at: 7); s.bind(t.closedAt, at: 8)
        try s.execute()
        try taskChanged(from: nil, to: t)
        return id
    }

    /// Saves a new case as intake decided it: the person when new (with their event), the case,
    /// its main task and its opening events. Returns the case with its ids.
    func open(_ o: CaseOpening) throws -> CaseSummary {
        var summary = o.summary
        if var p = o.newPerson {
            p.id = try insertConstituent(p, at: o.at)
            try appendEvent(at: o.at, actor: o.actor, caseId: nil, constituentId: p.id, kind: "constituent_created", reason: nil,
                            actingAs: o.actingAs)
            summary.constituentId = p.id
        }
        summary.id = try insertCase(summary, form: o.formJSON, at: o.at, actor: o.actingAs ?? o.actor)
        let task = try insertTask(TaskRecord(id: 0, caseId: summary.id, parentId: nil, department: summary.department,
                                             assignee: nil, status: "assigned", reason: o.taskReason, openedAt: o.at, closedAt: nil))
        try setMainTask(caseId: summary.id, taskId: task)
        summary.mainTaskId = task
        try appendEvent(at: o.at, actor: o.actor, caseId: summary.id, constituentId: summary.constituentId, kind: "case_created",
                        reason: nil, details: o.createdDetails, actingAs: o.actingAs)
        try appendEvent(at: o.at, actor: o.actor, caseId: summary.id, constituentId: nil, kind: "routed",
                        reason: o.routedReason, details: o.routedDetails, actingAs: o.actingAs)
        for var charge in o.charges {
            charge.id = try nextLedgerId()
            try insertLedgerEntry(caseId: summary.id, charge)
            try appendEvent(at: o.at, actor: o.actor, caseId: summary.id, constituentId: nil, kind: "fee_charged", reason: nil,
                            details: JSONText.encode(.object(OpeningCharges.eventDetails(charge))), actingAs: o.actingAs)
        }
        return summary
    }

    func setMainTask(caseId: Int64, taskId: Int64) throws {
        try db.run("UPDATE cases SET main_task_id = ? WHERE id = ?", [.int(taskId), .int(caseId)])
    }

    static let summaryColumns = """
        c.id, c.ref, c.type, c.state, c.priority, c.department, c.assignee, c.task_status, c.main_task_id,
        c.constituent_id, p.given_name, p.family_name, p.national_id, c.opened_at, c.due_day, c.closed_at,
        c.hold_since, c.hold_until, c.hold_prior_state, c.held_seconds, c.sla_policy, c.amount, c.tags, c.version,
        c.paused_days, c.updated_at, c.updated_by, c.legal_hold_since
        """

    /// How many columns `summaryColumns` names: what a query selects after them starts here.
    static let summaryColumnCount = 28

    func readSummary(_ s: PGStatement) -> CaseSummary {
        let tags = s.text(22)
        return CaseSummary(id: s.int(0), ref: s.text(1), type: s.text(2), state: s.text(3), priority: Int(s.int(4)),
                           department: s.text(5), assignee: s.optionalText(6), taskStatus: s.text(7), mainTaskId: s.optionalInt(8),
                           constituentId: s.int(9),
                           constituentName: Constituent.displayName(given: s.text(10), family: s.text(11)),
                           nationalId: s.optionalText(12), openedAt: s.int(13), dueDay: Day(Int(s.int(14))),
                           closedAt: s.optionalInt(15), holdSince: s.optionalInt(16), holdUntil: s.optionalInt(17),
                           holdPriorState: s.optionalText(18), heldSeconds: s.int(19),
                           pausedBusinessDays: Int(s.int(24)), slaPolicy: s.text(20),
                           amount: s.optionalInt(21), tags: tags.isEmpty ? [] : tags.split(separator: ",").map(String.init),
                           version: s.int(23), updatedAt: s.int(25), updatedBy: s.text(26), legalHoldSince: s.optionalInt(27))
    }

    func caseSummary(ref: String) throws -> CaseSummary? {
        let s = db.statement("SELECT \(PostgresStore.summaryColumns) FROM cases c JOIN constituent p ON p.id = c.constituent_id WHERE c.ref = ?")
        try s.bind([.text(ref)])
        return try s.step() ? readSummary(s) : nil
    }

    func caseSummary(id: Int64) throws -> CaseSummary? {
        let s = db.statement("SELECT \(PostgresStore.summaryColumns) FROM cases c JOIN constituent p ON p.id = c.constituent_id WHERE c.id = ?")
        try s.bind([.int(id)])
        return try s.step() ? readSummary(s) : nil
    }

    func cases(constituentId: Int64) throws -> [CaseSummary] {
        let s = db.statement("""
            SELECT \(PostgresStore.summaryColumns) FROM cases c JOIN constituent p ON p.id = c.constituent_id
            WHERE c.constituent_id = ? ORDER BY c.opened_at, c.ref
            """)
        try s.bind([.int(constituentId)])
        var out: [CaseSummary] = []
        while try s.step() { out.append(readSummary(s)) }
        return out
    }

    /// How many open cases a person has (through the constituent index).
    func openCaseCount(constituentId: Int64) throws -> Int {
        Int(try db.scalarInt("SELECT count(*) FROM cases WHERE constituent_id = ? AND closed_at IS NULL", [.int(constituentId)]) ?? 0)
    }

    /// The WHERE clause of a queue: every filter is an equality or range on a partial index, so
    /// a page costs the same on ten cases or a million.
    func filter(_ query: CaseQuery, today: Day) -> (String, [SQLValue]) {
        var clauses: [String] = []
        var args: [SQLValue] = []
        if query.closedOnly { clauses.append("c.closed_at IS NOT NULL") }
        else if !query.includeClosed { clauses.append("c.closed_at IS NULL") }
        if let since = query.closedSince { clauses.append("c.closed_at >= ?"); args.append(.int(since)) }
        if let d = query.department {
            if query.referrals {
                clauses.append("c.id IN (SELECT case_id FROM task WHERE department = ? AND parent_id IS NOT NULL AND closed_at IS NULL)")
            } else {
                clauses.append("c.department = ?")
            }
            args.append(.text(d))
        }
        if let list = query.departments, !list.isEmpty {
            clauses.append("c.department IN (\(list.map { _ in "?" }.joined(separator: ", ")))")
            args += list.map(SQLValue.text)
        }
        if let scope = query.scope {
            clauses.append("c.department IN (\(scope.map { _ in "?" }.joined(separator: ", ")))")
            args += scope.map(SQLValue.text)
        }
        if let s = query.state { clauses.append("c.state = ?"); args.append(.text(s)) }
        if let t = query.type { clauses.append("c.type = ?"); args.append(.text(t)) }
        if let a = query.assignee { clauses.append("c.assignee = ?"); args.append(.text(a)) }
        if query.unassigned { clauses.append("c.assignee IS NULL") }
        if query.overdue {
            clauses.append("c.closed_at IS NULL AND c.hold_since IS NULL AND c.due_day < ?")
            args.append(.int(Int64(today.number)))
        }
        if query.onHold { clauses.append("c.hold_since IS NOT NULL") }
        if let due = query.dueBetween {
            clauses.append("c.closed_at IS NULL AND c.hold_since IS NULL AND c.due_day BETWEEN ? AND ?")
            args += [.int(Int64(due.lowerBound.number)), .int(Int64(due.upperBound.number))]
        }
        if let opened = query.openedBetween {
            clauses.append("c.closed_at IS NULL AND c.opened_at BETWEEN ? AND ?")
            args += [.int(opened.lowerBound), .int(opened.upperBound)]
        }
        return (clauses.joined(separator: " AND "), args)
    }

    /// One page of cases in the query's order, starting after (or ending before) an anchor case.
    func listCases(_ query: CaseQuery, today: Day) throws -> [CaseSummary] {
        var (whereSQL, args) = filter(query, today: today)
        let key = (query.sort.column.map { [$0] } ?? []) + ["c.opened_at", "c.ref"]
        // Reading backwards (a page before an anchor, or the last page) flips the order, then the rows.
        let backwards = query.before != nil || query.fromEnd
        let ascending = query.descending == backwards
        if let anchorRef = query.before ?? query.after {
            let anchorKey = key.map { $0.replacingOccurrences(of: "c.", with: "a.") }.joined(separator: ", ")
            let anchor = db.statement("SELECT \(anchorKey) FROM cases a WHERE a.ref = ?")
            try anchor.bind([.text(anchorRef)])
            guard try anchor.step() else {
                throw DocketError.notFound("no case \(anchorRef) to page from; use a ref from the previous page")
            }
            var values: [SQLValue] = []
            for i in 0..<key.count {
                values.append(anchor.isInteger(Int32(i)) ? .int(anchor.int(Int32(i))) : .text(anchor.text(Int32(i))))
            }
            anchor.reset()
            let op = ascending ? ">" : "<"
            let clause = "(\(key.joined(separator: ", "))) \(op) (\(key.map { _ in "?" }.joined(separator: ", ")))"
            whereSQL = whereSQL.isEmpty ? clause : whereSQL + " AND " + clause
            args += values
        }
        let order = key.map { $0 + (ascending ? "" : " DESC") }.joined(separator: ", ")
        let s = db.statement("""
            SELECT \(PostgresStore.summaryColumns) FROM cases c JOIN constituent p ON p.id = c.constituent_id
            \(whereSQL.isEmpty ? "" : "WHERE " + whereSQL) ORDER BY \(order) LIMIT ?
            """)
        try s.bind(args + [.int(Int64(query.limit))])
        var out: [CaseSummary] = []
        while try s.step() { out.append(readSummary(s)) }
        return backwards ? out.reversed() : out
    }

    /// How many cases a queue holds, counting no further than `cap` so a tab title never
    /// costs a scan of a million rows.
    func countCases(_ query: CaseQuery, today: Day, cap: Int) throws -> Int {
        let (whereSQL, args) = filter(query, today: today)
        let s = db.statement("""
            SELECT count(*) FROM (SELECT 1 FROM cases c \(whereSQL.isEmpty ? "" : "WHERE " + whereSQL) LIMIT ?) capped
            """)
        try s.bind(args + [.int(Int64(cap))])
        return try s.step() ? Int(s.int(0)) : 0
    }

    static let taskColumns = "id, case_id, parent_id, department, assignee, status, reason, opened_at, closed_at"

    /// Every task row a statement selecting `taskColumns` yields.
    func readTasks(_ s: PGStatement) throws -> [TaskRecord] {
        var out: [TaskRecord] = []
        while try s.step() {
            out.append(TaskRecord(id: s.int(0), caseId: s.int(1), parentId: s.optionalInt(2), department: s.text(3),
                                  assignee: s.optionalText(4), status: s.text(5), reason: s.optionalText(6),
                                  openedAt: s.int(7), closedAt: s.optionalInt(8)))
        }
        return out
    }

    func tasks(caseId: Int64) throws -> [TaskRecord] {
        let s = db.statement("SELECT \(PostgresStore.taskColumns) FROM task WHERE case_id = ? ORDER BY id")
        try s.bind([.int(caseId)])
        return try readTasks(s)
    }

    func formJSON(caseId: Int64) throws -> String {
        try db.scalarText("SELECT form FROM cases WHERE id = ?", [.int(caseId)]) ?? "{}"
    }

    func decisions(caseId: Int64) throws -> [DecisionRecord] {
        let s = db.statement("SELECT outcome, reason_code, rationale, at, actor, reason_codes FROM decision WHERE case_id = ? ORDER BY id")
        try s.bind([.int(caseId)])
        var out: [DecisionRecord] = []
        while try s.step() {
            var d = DecisionRecord(outcome: s.text(0), reasonCode: s.text(1), rationale: s.text(2), at: s.int(3), actor: s.text(4))
            // Rows from before schema v3, and one-code decisions, have no list.
            let all = (s.optionalText(5) ?? "").split(separator: ",").map(String.init)
            if all.count > 1 { d.reasonCode = all[0]; d.otherReasonCodes = Array(all.dropFirst()) }
            out.append(d)
        }
        return out
    }
}

extension PostgresStore {
    /// The id a new row takes: past the highest, as SQLite numbers rows. The write lock keeps
    /// it ours until the commit. Counted by the owner (`docket_next_id`): a person's role sees
    /// only its scope of the rows.
    func nextId(_ table: String) throws -> Int64 {
        (try db.scalarInt("SELECT docket_next_id(?)", [.text(table)]) ?? 1)
    }
}
