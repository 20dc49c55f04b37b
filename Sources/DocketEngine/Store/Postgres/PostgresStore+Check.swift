/// What `docket check` asks the PostgreSQL store: its triggers and revoked rights, and the
/// invariants that can be put as one query each (the same queries as on SQLite).
extension PostgresStore {
    /// PostgreSQL checks its own pages as it reads them (with data checksums when the cluster
    /// has them); what can be asked here is that every table the schema made is still there.
    func integrityProblems() throws -> [String] {
        var out: [String] = []
        for t in PostgresSchema.tables where try db.scalarInt("SELECT count(*) FROM pg_class WHERE oid = to_regclass(?)", [.text("public." + t)]) != 1 {
            out.append("table \(t) is missing")
        }
        return out
    }

    /// The triggers that keep events and ledger entries append-only (and reversals pointing at
    /// an entry), when any is missing.
    func missingTriggers() throws -> [String] {
        let expected = [("event", "event_no_update"), ("event", "event_no_delete"), ("event", "event_no_truncate"),
                        ("ledger", "ledger_no_update"), ("ledger", "ledger_no_delete"), ("ledger", "ledger_no_truncate"),
                        ("ledger", "ledger_reverses_known")]
        var missing = try expected.filter { table, name in
            (try db.scalarInt("SELECT count(*) FROM pg_trigger WHERE tgrelid = ?::regclass AND tgname = ? AND tgenabled <> 'D'",
                              [.text(table), .text(name)]) ?? 0) == 0
        }.map(\.1)
        // The rights revoked behind them: no role but a superuser may change or remove an event.
        let granted = try db.scalarText("""
            SELECT string_agg(DISTINCT grantee || ' ' || privilege_type, ', ') FROM information_schema.role_table_grants
            WHERE table_schema = 'public' AND table_name = 'event' AND privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
            """)
        if let granted { missing.append("revoked rights on event (granted again: \(granted))") }
        return missing
    }

    /// Appeal links that do not hold: one without its mirror, or an appeal for another person
    /// than the case it appeals.
    func linkProblems() throws -> [(ref: String, detail: String)] {
        let s = db.statement("""
            SELECT a.ref, o.ref, NOT EXISTS (SELECT 1 FROM case_link m WHERE m.case_id = l.other_id AND m.other_id = l.case_id
                                             AND m.kind = CASE l.kind WHEN 'appeal_of' THEN 'appealed_by' ELSE 'appeal_of' END)
            FROM case_link l JOIN cases a ON a.id = l.case_id JOIN cases o ON o.id = l.other_id
            WHERE NOT EXISTS (SELECT 1 FROM case_link m WHERE m.case_id = l.other_id AND m.other_id = l.case_id
                              AND m.kind = CASE l.kind WHEN 'appeal_of' THEN 'appealed_by' ELSE 'appeal_of' END)
               OR (l.kind = 'appeal_of' AND a.constituent_id <> o.constituent_id)
            ORDER BY a.ref
            """)
        var out: [(ref: String, detail: String)] = []
        while try s.step() {
            let ref = s.text(0), other = s.text(1)
            out.append((ref, s.int(2) == 1 ? "linked to \(other) one way only: an appeal and its case name each other"
                                          : "appeals \(other), which is another person's case"))
        }
        return out
    }

    /// Open cases without exactly one open main task (or whose row names another), and closed
    /// cases that still have open tasks.
    func mainTaskProblems() throws -> [(ref: String, detail: String)] {
        let s = db.statement("""
            SELECT c.ref, c.closed_at IS NULL, c.main_task_id,
                   (SELECT count(*) FROM task t WHERE t.case_id = c.id AND t.parent_id IS NULL AND t.closed_at IS NULL),
                   (SELECT min(t.id) FROM task t WHERE t.case_id = c.id AND t.parent_id IS NULL AND t.closed_at IS NULL),
                   (SELECT count(*) FROM task t WHERE t.case_id = c.id AND t.closed_at IS NULL)
            FROM cases c
            """)
        defer { s.reset() }
        var out: [(String, String)] = []
        while try s.step() {
            let open = s.int(1) == 1, mainOpen = s.int(3), anyOpen = s.int(5)
            if open && mainOpen != 1 {
                out.append((s.text(0), "open with \(mainOpen) open main tasks (one expected)"))
            } else if open, s.optionalInt(2) != s.optionalInt(4) {
                out.append((s.text(0), "its row names main task #\(s.optionalInt(2).map(String.init) ?? "none"), but the open one is #\(s.optionalInt(4).map(String.init) ?? "none")"))
            } else if !open && anyOpen > 0 {
                out.append((s.text(0), "closed with \(anyOpen) open task\(anyOpen == 1 ? "" : "s")"))
            }
        }
        return out
    }

    /// Open cases waiting on an open referral whose SLA clock runs (they would count overdue).
    func referralClockProblems() throws -> [String] {
        let s = db.statement("""
            SELECT c.ref FROM cases c
            WHERE c.closed_at IS NULL AND c.hold_since IS NULL
              AND EXISTS (SELECT 1 FROM task t WHERE t.case_id = c.id AND t.parent_id IS NOT NULL AND t.closed_at IS NULL)
            ORDER BY c.id
            """)
        defer { s.reset() }
        var out: [String] = []
        while try s.step() { out.append(s.text(0)) }
        return out
    }

    /// The kept counters against a recount from the rows (the same statements a rebuild uses,
    /// into temporary tables): each row that differs, as `table: kept … / recounted …`.
    func counterDifferences() throws -> [String] {
        let tables = ["counter_department", "counter_due", "counter_opened", "counter_flow", "counter_staff"]
        for t in tables {
            try db.exec("DROP TABLE IF EXISTS pg_temp.re_\(t); CREATE TEMP TABLE re_\(t) AS SELECT * FROM public.\(t) WHERE false")
        }
        defer {
            for t in tables { try? db.exec("DROP TABLE IF EXISTS pg_temp.re_\(t)") }
        }
        try db.exec(PostgresStore.counterFill.replacingOccurrences(of: "INSERT INTO counter_", with: "INSERT INTO pg_temp.re_counter_"))
        // Rows whose every count is zero mean nothing, kept or not.
        let nonZero = [
            "counter_department": "open <> 0 OR unassigned <> 0 OR on_hold <> 0 OR referrals <> 0",
            "counter_due": "n <> 0", "counter_opened": "n <> 0",
            "counter_flow": "intake <> 0 OR routed_in <> 0 OR reopened <> 0 OR closed <> 0 OR routed_out <> 0 OR decided <> 0 OR decided_days <> 0",
            "counter_staff": "open_tasks <> 0 OR completed <> 0",
        ]
        var out: [String] = []
        for t in tables {
            let filter = nonZero[t]!
            for (label, a, b) in [("kept", "public.\(t)", "pg_temp.re_\(t)"), ("recounted", "pg_temp.re_\(t)", "public.\(t)")] {
                let s = db.statement("(SELECT * FROM \(a) WHERE \(filter) EXCEPT SELECT * FROM \(b) WHERE \(filter)) LIMIT 20")
                defer { s.reset() }
                while try s.step() {
                    let n = s.columnCount
                    let row = (0..<n).map { s.isInteger($0) ? String(s.int($0)) : s.text($0) }.joined(separator: ", ")
                    out.append("\(t): \(label) (\(row)) has no equal on the other side")
                }
            }
        }
        return out
    }

    /// Every open case's SLA clock, to hold its due date against the calendar's.
    func openCaseClocks() throws -> [CaseClock] {
        let s = db.statement("""
            SELECT ref, opened_at, sla_policy, department, paused_days, due_day FROM cases WHERE closed_at IS NULL ORDER BY id
            """)
        defer { s.reset() }
        var out: [CaseClock] = []
        while try s.step() {
            out.append(CaseClock(ref: s.text(0), openedAt: s.int(1), slaPolicy: s.text(2), department: s.text(3),
                                 pausedBusinessDays: Int(s.int(4)), dueDay: Int(s.int(5))))
        }
        return out
    }

    /// Each case's id, ref, type and state; each decision's case, outcome and reason code.
    func caseStates() throws -> [Int64: (ref: String, type: String, state: String)] {
        let s = db.statement("SELECT id, ref, type, state FROM cases")
        defer { s.reset() }
        var out: [Int64: (String, String, String)] = [:]
        while try s.step() { out[s.int(0)] = (s.text(1), s.text(2), s.text(3)) }
        return out
    }

    func allDecisions() throws -> [(caseId: Int64, outcome: String, reasonCode: String)] {
        let s = db.statement("SELECT case_id, outcome, reason_code FROM decision ORDER BY id")
        defer { s.reset() }
        var out: [(Int64, String, String)] = []
        while try s.step() { out.append((s.int(0), s.text(1), s.text(2))) }
        return out
    }
}
