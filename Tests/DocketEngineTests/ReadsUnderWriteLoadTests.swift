import XCTest
@testable import DocketEngine

/// A read that records a view must not fail because another process wrote meanwhile: the
/// write transaction starts from a fresh snapshot, and waits on the busy timeout if it must.
final class ReadsUnderWriteLoadTests: XCTestCase {
    func testAWriteAfterReadsSucceedsWhenAnotherConnectionCommittedInBetween() throws {
        let dir = TempDir()
        let path = dir.sqliteFile("load.db")
        let a = try Database(path: path)
        try a.exec("PRAGMA journal_mode=WAL; CREATE TABLE t(x INTEGER); INSERT INTO t VALUES (1), (2)")
        let b = try Database(path: path)
        // A reads and leaves its statement on a row, as a case's reads do before the view event.
        let read = try a.statement("SELECT x FROM t ORDER BY x")
        XCTAssertTrue(try read.step())
        // Another connection commits meanwhile.
        try b.transaction { try b.exec("INSERT INTO t VALUES (3)") }
        // A now records something: this failed with "database is locked" (a stale snapshot
        // cannot take the write lock, and SQLite does not wait for that).
        XCTAssertNoThrow(try a.transaction { try a.exec("INSERT INTO t VALUES (4)") })
        XCTAssertEqual(try b.scalarInt("SELECT count(*) FROM t"), 4)
    }

    func testOpeningACaseWhileAnotherEngineWritesRecordsTheView() throws {
        let w = try WorkflowWorld()
        let c = try w.claim()
        let other = try Engine.open(path: w.engine.path, clock: w.time.clock)
        for i in 0..<20 {
            _ = try w.engine.caseSummary(ref: c.ref, as: w.marcus)
            try other.note(c.ref, text: "note \(i)", as: w.marcus)
            XCTAssertNoThrow(try w.engine.caseDetail(ref: c.ref, as: w.marcus))
        }
        XCTAssertEqual(try w.events(c.ref).filter { $0.kind == "case_viewed" }.count, 20)
    }
}
