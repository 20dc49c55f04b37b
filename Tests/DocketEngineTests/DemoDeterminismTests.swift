import XCTest
@testable import DocketEngine

final class DemoDeterminismTests: XCTestCase {
    private func fingerprint(_ engine: Engine) throws -> [String] {
        var rows: [String] = []
        let s = try engine.sqlite.db.statement(
            "SELECT ref, type, state, department, coalesce(assignee,''), priority, opened_at, due_day, form FROM cases ORDER BY id")
        while try s.step() { rows.append((0..<9).map { s.text(Int32($0)) }.joined(separator: "|")) }
        // Events as people read them: the sealed bytes (and so the hashes) differ from one
        // database to the next, since every person's key is random, as it must be for an
        // erasure to mean anything.
        try engine.store.forEachEvent(opened: true) { e in
            rows.append("\(e.id)|\(e.at)|\(e.actor)|\(e.kind)|\(e.reason ?? "-")|\(e.details)")
            return true
        }
        XCTAssertNil(try engine.verifyAudit().firstBroken)
        return rows
    }

    func testSameSeedSameDatabase() throws {
        try TestStore.requireSQLite("compares the two SQLite files' rows with foreign_key_check")
        let dir = TempDir()
        let a = try Fixtures.demo(dir, cases: 250, seed: 7, name: "a.db")
        let b = try Fixtures.demo(dir, cases: 250, seed: 7, name: "b.db")
        XCTAssertEqual(try fingerprint(a), try fingerprint(b))
        let c = try Fixtures.demo(dir, cases: 250, seed: 8, name: "c.db")
        XCTAssertNotEqual(try fingerprint(a), try fingerprint(c))
    }

    func testDemoSpreadsWorkEverywhere() throws {
        try TestStore.requireSQLite("reads its figures through SQLite's SQL")
        let dir = TempDir()
        let engine = try Fixtures.demo(dir, cases: 3000)
        let db = try engine.sqlite.db
        for type in engine.agency.caseTypes {
            XCTAssertGreaterThan(try db.scalarInt("SELECT count(*) FROM cases WHERE type = ?", [.text(type.code)]) ?? 0, 0, type.code)
        }
        let routedTo = Set(engine.agency.routingRules.map(\.action.department))
        for dept in routedTo {
            let unassigned = try db.scalarInt("SELECT count(*) FROM cases WHERE department = ? AND closed_at IS NULL AND assignee IS NULL",
                                              [.text(dept)]) ?? 0
            XCTAssertGreaterThan(unassigned, 0, "unassigned work in \(dept)")
        }
        let maxAge = try db.scalarInt("SELECT (? - min(opened_at)) / 86400 FROM cases", [.int(Fixtures.now)]) ?? 0
        XCTAssertTrue((600...700).contains(maxAge), "ages reach toward 700 days, got \(maxAge)")
        XCTAssertGreaterThan(try db.scalarInt("SELECT count(*) FROM cases WHERE hold_since IS NOT NULL") ?? 0, 0, "holds")
        XCTAssertGreaterThan(try db.scalarInt("SELECT count(*) FROM task WHERE parent_id IS NOT NULL AND closed_at IS NULL") ?? 0, 0, "referrals")
        XCTAssertGreaterThan(try db.scalarInt("SELECT count(*) FROM event WHERE kind = 'note'") ?? 0, 0, "notes")
        XCTAssertGreaterThan(try db.scalarInt("SELECT count(*) FROM cases WHERE closed_at IS NOT NULL") ?? 0, 0, "closed cases")
        // Every open case has exactly one open main task, and the case row mirrors it.
        XCTAssertEqual(try db.scalarInt("""
            SELECT count(*) FROM cases c WHERE c.closed_at IS NULL AND 1 != (
              SELECT count(*) FROM task t WHERE t.case_id = c.id AND t.parent_id IS NULL AND t.closed_at IS NULL)
            """), 0)
        XCTAssertEqual(try db.scalarInt("""
            SELECT count(*) FROM cases c JOIN task t ON t.id = c.main_task_id
            WHERE c.department != t.department OR coalesce(c.assignee,'') != coalesce(t.assignee,'') OR c.task_status != t.status
            """), 0)
        // The bulk load writes with reference checks off: every reference must hold anyway.
        let check = try db.statement("PRAGMA foreign_key_check")
        var broken: [String] = []
        while try check.step() { broken.append("\(check.text(0)) row \(check.int(1)) -> \(check.text(2))") }
        XCTAssertEqual(broken, [], "rows referring to rows that do not exist")
        XCTAssertEqual(try db.scalarInt("PRAGMA foreign_keys"), 1, "checks are back on after the load")
    }
}
