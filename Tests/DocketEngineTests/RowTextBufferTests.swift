import XCTest
@testable import DocketEngine

/// Text bound through the row buffer must reach the table exactly, row after row, whatever its
/// length: the buffer is reused from the start for each row, and a value too long for the room
/// left falls back to SQLite's own copy.
final class RowTextBufferTests: XCTestCase {
    func testRowsBoundThroughTheBufferAreStoredExactly() throws {
        let dir = TempDir()
        let db = try Database(path: dir.sqliteFile("t.db"))
        try db.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, a TEXT, b TEXT, c TEXT)")
        let buffer = RowTextBuffer(capacity: 64)
        let insert = try db.statement(rowText: buffer, "INSERT INTO t(id, a, b, c) VALUES (?, ?, ?, ?)")
        let long = String(repeating: "é", count: 50)  // 100 bytes: more than the whole buffer
        let rows: [(String, String?, String)] = [
            ("Łukasz", "", "김민준"),
            ("short", nil, long),
            (long, "x", "after a long one"),
            ("تجربة", "a;b", "last"),
        ]
        for (i, row) in rows.enumerated() {
            insert.reset()
            insert.bind(Int64(i), at: 1); insert.bind(row.0, at: 2); insert.bind(row.1, at: 3); insert.bind(row.2, at: 4)
            XCTAssertFalse(try insert.step())
        }
        let read = try db.statement("SELECT a, b, c FROM t ORDER BY id")
        var stored: [(String, String?, String)] = []
        while try read.step() { stored.append((read.text(0), read.optionalText(1), read.text(2))) }
        XCTAssertEqual(stored.count, rows.count)
        for (got, want) in zip(stored, rows) {
            XCTAssertEqual(got.0, want.0)
            XCTAssertEqual(got.1, want.1)
            XCTAssertEqual(got.2, want.2)
        }
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM t WHERE b = ''"), 1, "an empty string stays text, not NULL")
        XCTAssertEqual(try db.scalarInt("SELECT length(CAST(c AS BLOB)) FROM t WHERE id = 1"), 100, "the long value whole")
    }
}
