import XCTest
@testable import DocketEngine

/// Rows put on a tape on one side must come out of the table exactly as they went in: nulls,
/// negative and large integers, empty and non-Latin text, and values larger than the tape's
/// first allocation, which makes it grow while rows are still being added.
final class RowTapeTests: XCTestCase {
    func testRowsWrittenFromATapeAreStoredExactly() throws {
        let dir = TempDir()
        let db = try Database(path: dir.sqliteFile("t.db"))
        try db.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, n INTEGER, a TEXT, b TEXT)")
        let long = String(repeating: "é", count: 5_000)  // 10,000 bytes: far past the first 64
        let rows: [(Int64, Int64?, String, String?)] = [
            (1, 0, "Łukasz", ""),
            (2, nil, "김민준", nil),
            (3, Int64.min, long, "after a long one"),
            (4, Int64.max, "تجربة", long),
            (5, -1, "", "last"),
        ]
        let tape = RowTape(reservingCapacity: 64)
        for row in rows {
            tape.put(row.0); tape.put(row.1); tape.put(row.2); tape.put(row.3)
            tape.endRow()
        }
        XCTAssertEqual(tape.rows, rows.count)
        try db.transaction { try tape.write("INSERT INTO t(id, n, a, b) VALUES (?, ?, ?, ?)", columns: 4, in: db) }

        let read = try db.statement("SELECT id, n, a, b FROM t ORDER BY id")
        var stored: [(Int64, Int64?, String, String?)] = []
        while try read.step() { stored.append((read.int(0), read.optionalInt(1), read.text(2), read.optionalText(3))) }
        XCTAssertEqual(stored.count, rows.count)
        for (got, want) in zip(stored, rows) {
            XCTAssertEqual(got.0, want.0)
            XCTAssertEqual(got.1, want.1)
            XCTAssertEqual(got.2, want.2)
            XCTAssertEqual(got.3, want.3)
        }
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM t WHERE a = '' OR b = ''"), 2, "empty strings stay text, not NULL")
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM t WHERE n IS NULL"), 1)
        XCTAssertEqual(try db.scalarInt("SELECT length(CAST(b AS BLOB)) FROM t WHERE id = 4"), 10_000, "the long value whole")
    }

    func testAFailingRowStopsTheWriteWithTheDatabasesError() throws {
        let dir = TempDir()
        let db = try Database(path: dir.sqliteFile("t.db"))
        try db.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, a TEXT NOT NULL)")
        let tape = RowTape()
        tape.put(Int64(1)); tape.put("fine"); tape.endRow()
        tape.put(Int64(2)); tape.put(nil as String?); tape.endRow()
        XCTAssertThrowsError(try db.transaction {
            try tape.write("INSERT INTO t(id, a) VALUES (?, ?)", columns: 2, in: db)
        }) { error in
            XCTAssertTrue("\(error)".contains("NOT NULL"), "\(error)")
        }
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM t"), 0, "the transaction rolled back")
    }

    /// Whole groups of rows go through one multi-row INSERT and the rest one by one: every row
    /// must land once, in order, with the text that follows the tape bound to its own row.
    func testGroupsOfRowsAndTheRemainderAllLandWithTheirLastText() throws {
        let dir = TempDir()
        let db = try Database(path: dir.sqliteFile("t.db"))
        try db.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, a TEXT, form TEXT NOT NULL)")
        let count = RowTape.rowsPerStep * 2 + 5
        let tape = RowTape()
        for i in 1...count {
            tape.put(Int64(i)); tape.put(i % 3 == 0 ? nil : "row \(i)"); tape.endRow()
        }
        try db.transaction {
            try tape.write("INSERT INTO t(id, a, form) VALUES (?, ?, ?)", columns: 2, in: db) { row, utf8 in utf8 += "{\"n\":\(row + 1)}".utf8 }
        }
        let read = try db.statement("SELECT id, a, form FROM t ORDER BY id")
        var n = 0
        while try read.step() {
            n += 1
            XCTAssertEqual(read.int(0), Int64(n))
            XCTAssertEqual(read.optionalText(1), n % 3 == 0 ? nil : "row \(n)")
            XCTAssertEqual(read.text(2), "{\"n\":\(n)}", "row \(n) has its own form")
        }
        XCTAssertEqual(n, count)
    }

    /// A bad row inside a group fails the group with SQLite's own message.
    func testABadRowInsideAGroupFailsWithTheDatabasesError() throws {
        let dir = TempDir()
        let db = try Database(path: dir.sqliteFile("t.db"))
        try db.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, a TEXT NOT NULL)")
        let tape = RowTape()
        for i in 1...RowTape.rowsPerStep {
            tape.put(Int64(i)); tape.put(i == 7 ? nil : "fine"); tape.endRow()
        }
        XCTAssertThrowsError(try db.transaction { try tape.write("INSERT INTO t(id, a) VALUES (?, ?)", columns: 2, in: db) }) { error in
            XCTAssertTrue("\(error)".contains("NOT NULL"), "\(error)")
        }
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM t"), 0)
    }

    func testTheValueListIsRepeatedForAGroup() {
        XCTAssertEqual(RowTape.repeatingValues(of: "INSERT INTO t(a, b)\n VALUES (?, ?)\n", 3),
                       "INSERT INTO t(a, b)\n VALUES (?, ?), (?, ?), (?, ?)")
    }

    /// A cleared tape is refilled from its start: only the new rows are written.
    func testAClearedTapeWritesOnlyWhatWasPutSince() throws {
        let dir = TempDir()
        let db = try Database(path: dir.sqliteFile("t.db"))
        try db.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, a TEXT)")
        let tape = RowTape(reservingCapacity: 64)
        for i in 1...40 { tape.put(Int64(i)); tape.put(String(repeating: "x", count: i)); tape.endRow() }
        tape.clear()
        XCTAssertEqual(tape.rows, 0)
        tape.put(Int64(100)); tape.put("again"); tape.endRow()
        try db.transaction { try tape.write("INSERT INTO t(id, a) VALUES (?, ?)", columns: 2, in: db) }
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM t"), 1)
        XCTAssertEqual(try db.scalarText("SELECT a FROM t WHERE id = 100"), "again")
    }
}
