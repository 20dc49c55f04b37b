import CSQLite

/// The floor for `docket bench`: the same queries Docket's queues, search and dashboard make,
/// run straight through the SQLite C API with no Docket layer, so each figure can be shown as
/// a ratio to what SQLite alone needs.
public final class SQLiteFloor {
    private var db: OpaquePointer?

    public init(path: String) throws {
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else {
            throw DocketError.refused("the bench cannot open \(path) read-only")
        }
    }

    deinit { sqlite3_close(db) }

    /// Prepares, binds text parameters, steps every row reading each column, finalizes.
    @discardableResult
    public func run(_ sql: String, _ params: [String] = []) -> Int {
        var stmt: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &stmt, nil) == SQLITE_OK else { return -1 }
        defer { sqlite3_finalize(stmt) }
        for (i, p) in params.enumerated() { sqlite3_bind_text(stmt, Int32(i + 1), p, -1, docket_sqlite_transient()) }
        var rows = 0
        while sqlite3_step(stmt) == SQLITE_ROW {
            for c in 0..<sqlite3_column_count(stmt) { _ = sqlite3_column_text(stmt, c) }
            rows += 1
        }
        return rows
    }

    /// A queue's first page: one department's open cases, oldest first.
    public func queuePage(department: String, state: String?) -> Int {
        if let state {
            return run("""
                SELECT c.ref, c.type, c.state, c.priority, c.assignee, c.opened_at, c.due_day, p.given_name, p.family_name
                FROM cases c JOIN constituent p ON p.id = c.constituent_id
                WHERE c.closed_at IS NULL AND c.department = ? AND c.state = ? ORDER BY c.opened_at, c.ref LIMIT 50
                """, [department, state])
        }
        return run("""
            SELECT c.ref, c.type, c.state, c.priority, c.assignee, c.opened_at, c.due_day, p.given_name, p.family_name
            FROM cases c JOIN constituent p ON p.id = c.constituent_id
            WHERE c.closed_at IS NULL AND c.department = ? ORDER BY c.opened_at, c.ref LIMIT 50
            """, [department])
    }

    /// A name search's first page through the FTS index.
    public func nameSearch(_ match: String) -> Int {
        run("""
            SELECT c.id, c.given_name, c.family_name FROM constituent_search f JOIN constituent c ON c.id = f.rowid
            WHERE constituent_search MATCH ? ORDER BY f.rowid DESC LIMIT 50
            """, [match])
    }

    /// One case with its tasks and events, as the case screen reads it.
    public func caseOpen(ref: String) -> Int {
        run("SELECT * FROM cases WHERE ref = ?", [ref])
            + run("SELECT * FROM task WHERE case_id = (SELECT id FROM cases WHERE ref = ?)", [ref])
            + run("SELECT * FROM event WHERE case_id = (SELECT id FROM cases WHERE ref = ?)", [ref])
    }

    /// The dashboard's plainest question asked of the rows themselves: open cases by department.
    public func openByDepartment() -> Int {
        run("SELECT department, count(*) FROM cases WHERE closed_at IS NULL GROUP BY department")
    }
}
