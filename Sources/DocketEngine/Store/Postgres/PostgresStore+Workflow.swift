/// Writes behind the workflow commands. Each runs inside the command's transaction.
extension PostgresStore {
    /// Saves a changed case, bumping its version; fails when someone else saved it first.
    func updateCase(_ c: CaseSummary, previous: CaseSummary, expectedVersion: Int64, at: Int64, actor: String) throws {
        try db.run("""
            UPDATE cases SET state = ?, priority = ?, department = ?, assignee = ?, task_status = ?, main_task_id = ?,
                sla_policy = ?, due_day = ?, closed_at = ?, hold_since = ?, hold_until = ?, hold_prior_state = ?,
                held_seconds = ?, paused_days = ?, tags = ?, version = version + 1, updated_at = ?, updated_by = ?
            WHERE id = ? AND version = ?
            """, [.text(c.state), .int(Int64(c.priority)), .text(c.department), c.assignee.map(SQLValue.text) ?? .null,
                  .text(c.taskStatus), c.mainTaskId.map(SQLValue.int) ?? .null, .text(c.slaPolicy), .int(Int64(c.dueDay.number)),
                  c.closedAt.map(SQLValue.int) ?? .null, c.holdSince.map(SQLValue.int) ?? .null,
                  c.holdUntil.map(SQLValue.int) ?? .null, c.holdPriorState.map(SQLValue.text) ?? .null,
                  .int(c.heldSeconds), .int(Int64(c.pausedBusinessDays)), .text(c.tags.joined(separator: ",")),
                  .int(at), .text(actor), .int(c.id), .int(expectedVersion)])
        if db.changes != 1 {
            throw DocketError.conflict("\(c.ref) was changed by someone else while this command ran; reload it and try again")
        }
        try caseChanged(from: previous, to: c)
    }

    /// What a workflow rule needs to decide a command on one case, read inside its transaction.
    /// New tasks are numbered from past the highest id: the write lock keeps that block ours.
    func caseForChange(_ summary: CaseSummary) throws -> CaseRead {
        CaseRead(summary: summary, tasks: try tasks(caseId: summary.id), person: try constituent(id: summary.constituentId),
                 form: JSONText.decodeForm(try formJSON(caseId: summary.id)),
                 nextTaskId: try nextId("task"))
    }

    /// Saves everything one command changed, inside its transaction: the case (refused when its
    /// version moved on), its tasks, decisions, form, person, the events onto the chain, and the
    /// counters.
    func save(_ change: CaseChange) throws {
        let c = change.after
        try db.run("""
            UPDATE cases SET state = ?, priority = ?, department = ?, assignee = ?, task_status = ?, main_task_id = ?,
                sla_policy = ?, due_day = ?, closed_at = ?, hold_since = ?, hold_until = ?, hold_prior_state = ?,
                held_seconds = ?, paused_days = ?, tags = ?, version = ?, updated_at = ?, updated_by = ?, legal_hold_since = ?
            WHERE id = ? AND version = ?
            """, [.text(c.state), .int(Int64(c.priority)), .text(c.department), c.assignee.map(SQLValue.text) ?? .null,
                  .text(c.taskStatus), c.mainTaskId.map(SQLValue.int) ?? .null, .text(c.slaPolicy), .int(Int64(c.dueDay.number)),
                  c.closedAt.map(SQLValue.int) ?? .null, c.holdSince.map(SQLValue.int) ?? .null,
                  c.holdUntil.map(SQLValue.int) ?? .null, c.holdPriorState.map(SQLValue.text) ?? .null,
                  .int(c.heldSeconds), .int(Int64(c.pausedBusinessDays)), .text(c.tags.joined(separator: ",")),
                  .int(c.version), .int(change.at), .text(change.actor), c.legalHoldSince.map(SQLValue.int) ?? .null,
                  .int(c.id), .int(change.before.version)])
        if db.changes != 1 {
            throw DocketError.conflict("\(c.ref) was changed by someone else while this command ran; reload it and try again")
        }
        for t in change.insertedTasks {
            let s = db.statement("""
                INSERT INTO task(id, case_id, parent_id, department, assignee, status, reason, opened_at, closed_at, closed_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            s.bind(t.id, at: 1); s.bind(t.caseId, at: 2); s.bind(t.parentId, at: 3); s.bind(t.department, at: 4)
            s.bind(t.assignee, at: 5); s.bind(t.status, at: 6); s.bind(t.reason, at: 7); s.bind(t.openedAt, at: 8)
            s.bind(t.closedAt, at: 9); s.bind(change.closedBy(t), at: 10)
            _ = try s.step()
        }
        for t in change.updatedTasks { try writeTask(t, closedBy: change.closedBy(t)) }
        for d in change.decisions { try insertDecision(caseId: c.id, d) }
        for e in change.ledger { try insertLedgerEntry(caseId: c.id, e) }
        if let form = change.form { try updateCaseForm(caseId: c.id, form: form.json, amount: form.amount) }
        if let p = change.person { try updateConstituentIdentity(p) }
        for e in change.events {
            try appendEvent(at: e.at, actor: e.actor, caseId: e.caseId, constituentId: e.constituentId, kind: e.kind,
                            reason: e.reason, details: e.details, actingAs: e.actingAs)
        }
        if !countersDeferred { try apply(change.counters) }
    }

    func updateTask(_ t: TaskRecord, closedBy: String?) throws {
        try taskChanging(to: t)
        try writeTask(t, closedBy: closedBy)
    }

    private func writeTask(_ t: TaskRecord, closedBy: String?) throws {
        try db.run("UPDATE task SET department = ?, assignee = ?, status = ?, closed_at = ?, closed_by = ?, parent_id = ? WHERE id = ?",
                   [.text(t.department), t.assignee.map(SQLValue.text) ?? .null, .text(t.status),
                    t.closedAt.map(SQLValue.int) ?? .null, closedBy.map(SQLValue.text) ?? .null,
                    t.parentId.map(SQLValue.int) ?? .null, .int(t.id)])
        // A row the policies hide would be passed over without a word: never let that pass.
        if db.changes != 1 {
            throw DocketError.refused("task #\(t.id) could not be changed through this connection (out of its role's reach?); nothing was saved")
        }
    }

    func task(id: Int64) throws -> TaskRecord? {
        let s = db.statement("SELECT \(PostgresStore.taskColumns) FROM task WHERE id = ?")
        try s.bind([.int(id)])
        return try readTasks(s).first
    }

    static let decisionInsert = "INSERT INTO decision(case_id, outcome, reason_code, rationale, at, actor, reason_codes, id) VALUES (?, ?, ?, ?, ?, ?, ?, docket_next_id('decision'))"

    func insertDecision(caseId: Int64, _ d: DecisionRecord) throws {
        try db.run(PostgresStore.decisionInsert,
                   [.int(caseId), .text(d.outcome), .text(d.reasonCode), .text(d.rationale), .int(d.at), .text(d.actor),
                    .text(d.reasonCodes.joined(separator: ","))])
    }

    /// Open, claimable main tasks of a department that `next` hands out before this case's:
    /// the same order as `nextClaimable` (priority, due date, age, then the row).
    func queuePosition(of c: CaseSummary) throws -> Int {
        Int(try db.scalarInt("""
            SELECT count(*) FROM cases
            WHERE department = ? AND closed_at IS NULL AND assignee IS NULL AND task_status = 'assigned'
              AND (priority, due_day, opened_at, id) < (?, ?, ?, ?)
            """, [.text(c.department), .int(Int64(c.priority)), .int(Int64(c.dueDay.number)), .int(c.openedAt), .int(c.id)]) ?? 0)
    }

    func linkAppeal(_ appeal: Int64, to original: Int64, at: Int64, actor: String) throws {
        let sql = "INSERT INTO case_link(case_id, other_id, kind, at, actor) VALUES (?, ?, ?, ?, ?)"
        try db.run(sql, [.int(appeal), .int(original), .text(CaseLink.Kind.appealOf.rawValue), .int(at), .text(actor)])
        try db.run(sql, [.int(original), .int(appeal), .text(CaseLink.Kind.appealedBy.rawValue), .int(at), .text(actor)])
    }

    func caseLinks(caseId: Int64) throws -> [CaseLink] {
        let s = db.statement("""
            SELECT l.kind, c.ref, l.at FROM case_link l JOIN cases c ON c.id = l.other_id WHERE l.case_id = ? ORDER BY l.at, c.ref
            """)
        try s.bind([.int(caseId)])
        var out: [CaseLink] = []
        while try s.step() {
            if let kind = CaseLink.Kind(rawValue: s.text(0)) { out.append(CaseLink(kind: kind, otherRef: s.text(1), at: s.int(2))) }
        }
        return out
    }

    /// The best unassigned, claimable main task in a department: priority, then due date, then
    /// age. The row is locked for the claiming transaction; one another transaction holds is
    /// passed over (SKIP LOCKED), so contenders each get a different case instead of queueing.
    func nextClaimable(department: String) throws -> (id: Int64, priority: Int, due: Int, opened: Int64)? {
        let s = db.statement("""
            SELECT id, priority, due_day, opened_at FROM cases
            WHERE department = ? AND closed_at IS NULL AND assignee IS NULL AND task_status = 'assigned'
            ORDER BY priority, due_day, opened_at LIMIT 1
            \(db.inTransaction ? "FOR UPDATE SKIP LOCKED" : "")
            """)
        try s.bind([.text(department)])
        guard try s.step() else { return nil }
        return (s.int(0), Int(s.int(1)), Int(s.int(2)), s.int(3))
    }

    /// Cases whose hold date has come.
    func expiredHolds(now: Int64) throws -> [Int64] {
        let s = db.statement("SELECT id FROM cases WHERE hold_until IS NOT NULL AND hold_until <= ? AND closed_at IS NULL ORDER BY id")
        try s.bind([.int(now)])
        var out: [Int64] = []
        while try s.step() { out.append(s.int(0)) }
        return out
    }

    /// Open tasks per person in a department (main tasks and referrals), for spreading work.
    func activeTaskCounts(department: String) throws -> [String: Int] {
        let s = db.statement("""
            SELECT assignee, count(*) FROM task WHERE closed_at IS NULL AND assignee IS NOT NULL AND department = ? GROUP BY assignee
            """)
        try s.bind([.text(department)])
        var out: [String: Int] = [:]
        while try s.step() { out[s.text(0)] = Int(s.int(1)) }
        return out
    }

    /// Every open task assigned to a person, oldest first.
    func openTasks(assignee: String) throws -> [TaskRecord] {
        let s = db.statement("SELECT \(PostgresStore.taskColumns) FROM task WHERE assignee = ? AND closed_at IS NULL ORDER BY opened_at, id")
        try s.bind([.text(assignee)])
        return try readTasks(s)
    }

    func openCaseIds(slaPolicy: String) throws -> [Int64] {
        let s = db.statement("SELECT id FROM cases WHERE closed_at IS NULL AND sla_policy = ?")
        try s.bind([.text(slaPolicy)])
        var out: [Int64] = []
        while try s.step() { out.append(s.int(0)) }
        return out
    }

    func replaceAgencySource(_ source: String) throws {
        try db.run("UPDATE agency SET source = ? WHERE id = 1", [.text(source)])
    }
}

extension PostgresStore {
    /// Each (case type, state) pair some case is in: a new agency file must keep them all.
    func typeStatesInUse() throws -> [(String, String)] {
        let s = db.statement("SELECT DISTINCT type, state FROM cases")
        var out: [(String, String)] = []
        while try s.step() { out.append((s.text(0), s.text(1))) }
        return out
    }

    func addDepartment(_ d: Department) throws {
        try db.run("INSERT INTO department(code, name) VALUES (?, ?)", [.text(d.code), .text(d.name)])
    }
}
