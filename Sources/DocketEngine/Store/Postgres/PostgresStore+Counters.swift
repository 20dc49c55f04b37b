/// On PostgreSQL as on SQLite: dashboard counters kept in the same transaction as every change to a case or task, so backlog
/// figures never need a scan of all cases. Figures that move with the clock are kept by date
/// (open cases per due day and per opening day) and summed for "today" when read.
///
/// The tables (schema v3):
/// - counter_department: open, unassigned, on hold (SLA clock paused) and open referrals to it;
/// - counter_due: open cases not on hold per (department, due day);
/// - counter_opened: open cases per (department, opening day);
/// - counter_flow: per (department, day) new intake, routed in, reopened, closed, routed out, and
///   decisions with their total days from opening;
/// - counter_staff: per (login, department, day) open tasks by opening day and completed tasks
///   by closing day.
extension PostgresStore {
    /// Called by every insert and update of a case row, inside its transaction. `old` is nil for
    /// a new case. Skipped during a bulk load, which tallies its rows and writes the sums at the end.
    func caseChanged(from old: CaseSummary?, to new: CaseSummary) throws {
        guard !countersDeferred else { return }
        var delta = CounterDelta()
        if let old { delta.count(old, sign: -1) }
        delta.count(new, sign: 1)
        // The row was just written with the command's time: routing and reopening happen then.
        try delta.recordFlow(from: old, to: new) {
            Day(unixSeconds: try db.scalarInt("SELECT updated_at FROM cases WHERE id = ?", [.int(new.id)]) ?? 0)
        }
        try apply(delta)
    }

    /// Called by every insert of a task (`old` nil) and, before the row is written, by every
    /// update: the stored row is the old one.
    func taskChanged(from old: TaskRecord?, to new: TaskRecord) throws {
        guard !countersDeferred else { return }
        var delta = CounterDelta()
        let openedAt = old?.openedAt ?? new.openedAt
        if let old { delta.count(old, openedAt: openedAt, sign: -1) }
        delta.count(new, openedAt: openedAt, sign: 1)
        try apply(delta)
    }

    /// The update of a task about to be written: reads the stored row for the before-and-after.
    func taskChanging(to new: TaskRecord) throws {
        guard !countersDeferred else { return }
        try taskChanged(from: try task(id: new.id), to: new)
    }

    /// Adds `n` to a (department, day) count. Rows that reach zero go, so these tables stay
    /// as small as the spread of open dates.
    private func addToDayCount(_ table: String, _ dayColumn: String, _ department: String, _ day: Int, _ n: Int) throws {
        try db.run("""
            INSERT INTO \(table)(department, \(dayColumn), n) VALUES (?, ?, ?)
            ON CONFLICT(department, \(dayColumn)) DO UPDATE SET n = \(table).n + excluded.n
            """, [.text(department), .int(Int64(day)), .int(Int64(n))])
        if n < 0 {
            try db.run("DELETE FROM \(table) WHERE department = ? AND \(dayColumn) = ? AND n = 0", [.text(department), .int(Int64(day))])
        }
    }

    func apply(_ delta: CounterDelta) throws {
        for (department, d) in delta.departments where !d.isZero {
            try db.run("""
                INSERT INTO counter_department(department, open, unassigned, on_hold, referrals) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(department) DO UPDATE SET open = counter_department.open + excluded.open, unassigned = counter_department.unassigned + excluded.unassigned,
                    on_hold = counter_department.on_hold + excluded.on_hold, referrals = counter_department.referrals + excluded.referrals
                """, [.text(department), .int(Int64(d.open)), .int(Int64(d.unassigned)), .int(Int64(d.onHold)), .int(Int64(d.referrals))])
        }
        for (key, n) in delta.due where n != 0 { try addToDayCount("counter_due", "due_day", key.department, key.day, n) }
        for (key, n) in delta.opened where n != 0 { try addToDayCount("counter_opened", "opened_day", key.department, key.day, n) }
        for (key, f) in delta.flows where !f.isZero {
            try db.run("""
                INSERT INTO counter_flow(department, day, intake, routed_in, reopened, closed, routed_out, decided, decided_days)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(department, day) DO UPDATE SET intake = counter_flow.intake + excluded.intake,
                    routed_in = counter_flow.routed_in + excluded.routed_in, reopened = counter_flow.reopened + excluded.reopened,
                    closed = counter_flow.closed + excluded.closed, routed_out = counter_flow.routed_out + excluded.routed_out,
                    decided = counter_flow.decided + excluded.decided, decided_days = counter_flow.decided_days + excluded.decided_days
                """, [.text(key.department), .int(Int64(key.day)), .int(Int64(f.intake)), .int(Int64(f.routedIn)),
                      .int(Int64(f.reopened)), .int(Int64(f.closed)), .int(Int64(f.routedOut)), .int(Int64(f.decided)),
                      .int(Int64(f.decidedDays))])
        }
        for (key, s) in delta.staff where !s.isZero {
            try db.run("""
                INSERT INTO counter_staff(login, department, day, open_tasks, completed) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(login, department, day) DO UPDATE SET open_tasks = counter_staff.open_tasks + excluded.open_tasks,
                    completed = counter_staff.completed + excluded.completed
                """, [.text(key.login), .text(key.department), .int(Int64(key.day)), .int(Int64(s.openTasks)),
                      .int(Int64(s.completed))])
            if s.openTasks < 0 || s.completed < 0 {
                try db.run("DELETE FROM counter_staff WHERE login = ? AND department = ? AND day = ? AND open_tasks = 0 AND completed = 0",
                           [.text(key.login), .text(key.department), .int(Int64(key.day))])
            }
        }
    }

    /// Recomputes every counter from the case and task rows: the repair, and the reference the
    /// tests hold the kept counters (live and bulk-loaded) to.
    /// The same definitions as SQLite's, in PostgreSQL's dialect.
    func rebuildCounters() throws {
        try db.transaction {
            try db.exec("""
                DELETE FROM counter_department; DELETE FROM counter_due; DELETE FROM counter_opened;
                DELETE FROM counter_flow; DELETE FROM counter_staff;
                """)
            try db.exec(PostgresStore.counterFill)
        }
    }

    /// Fills the empty counter tables from the rows. Flows come from the history of main tasks:
    /// the first is the intake; a next one in another department is a route; a next one in the
    /// same department opened after the last one closed is a reopening (one opened at the same
    /// instant, as a state rule naming the same department leaves it, is no movement). A main
    /// task closed and not so followed is a closure, and a decision when one was recorded then.
    static let counterFill = """
        INSERT INTO counter_department(department, open, unassigned, on_hold, referrals)
            SELECT d.code, coalesce(o.open, 0), coalesce(o.unassigned, 0), coalesce(o.on_hold, 0), coalesce(r.n, 0)
            FROM department d
            LEFT JOIN (SELECT department, count(*) AS open, count(*) FILTER (WHERE assignee IS NULL) AS unassigned,
                              count(*) FILTER (WHERE hold_since IS NOT NULL) AS on_hold
                       FROM cases WHERE closed_at IS NULL GROUP BY department) o ON o.department = d.code
            LEFT JOIN (SELECT department, count(*) AS n FROM task
                       WHERE parent_id IS NOT NULL AND closed_at IS NULL GROUP BY department) r ON r.department = d.code;
        INSERT INTO counter_due(department, due_day, n)
            SELECT department, due_day, count(*) FROM cases
            WHERE closed_at IS NULL AND hold_since IS NULL GROUP BY department, due_day;
        INSERT INTO counter_opened(department, opened_day, n)
            SELECT department, opened_at / 86400, count(*) FROM cases
            WHERE closed_at IS NULL GROUP BY department, opened_at / 86400;
        INSERT INTO counter_flow(department, day, intake, routed_in, reopened, closed, routed_out, decided, decided_days)
            WITH m AS (
                SELECT case_id, department, opened_at, closed_at,
                       lag(department) OVER w AS prev, lag(closed_at) OVER w AS prev_closed,
                       lead(department) OVER w AS next, lead(opened_at) OVER w AS next_opened
                FROM task WHERE parent_id IS NULL
                WINDOW w AS (PARTITION BY case_id ORDER BY id)
            ), moves AS (
                SELECT department, opened_at / 86400 AS day,
                       CASE WHEN prev IS NULL THEN 1 ELSE 0 END AS intake,
                       CASE WHEN prev <> department THEN 1 ELSE 0 END AS routed_in,
                       CASE WHEN prev = department AND prev_closed < opened_at THEN 1 ELSE 0 END AS reopened,
                       0 AS closed, 0 AS routed_out, 0 AS decided, 0 AS decided_days
                FROM m
                UNION ALL
                SELECT department, day, 0, 0, 0, closed, routed_out, decided,
                       CASE WHEN decided = 1 THEN day - (SELECT opened_at / 86400 FROM cases c WHERE c.id = z.case_id) ELSE 0 END
                FROM (
                    SELECT case_id, department, day, closed, routed_out,
                           CASE WHEN closed = 1
                                 AND EXISTS (SELECT 1 FROM decision d WHERE d.case_id = y.case_id AND d.at = y.closed_at)
                                THEN 1 ELSE 0 END AS decided
                    FROM (
                        SELECT case_id, department, closed_at, closed_at / 86400 AS day,
                               CASE WHEN next IS NULL OR (next = department AND next_opened > closed_at) THEN 1 ELSE 0 END AS closed,
                               CASE WHEN next <> department THEN 1 ELSE 0 END AS routed_out
                        FROM m WHERE closed_at IS NOT NULL
                    ) y
                ) z
            )
            SELECT department, day, sum(intake), sum(routed_in), sum(reopened), sum(closed), sum(routed_out),
                   sum(decided), sum(decided_days)
            FROM moves GROUP BY department, day;
        INSERT INTO counter_staff(login, department, day, open_tasks, completed)
            SELECT login, department, day, sum(open_tasks), sum(completed) FROM (
                SELECT assignee AS login, department, opened_at / 86400 AS day, 1 AS open_tasks, 0 AS completed
                FROM task WHERE closed_at IS NULL AND assignee IS NOT NULL
                UNION ALL
                SELECT assignee, department, closed_at / 86400, 0, 1
                FROM task WHERE closed_at IS NOT NULL AND status = 'completed' AND assignee IS NOT NULL
            ) s GROUP BY login, department, day;
        """
}
