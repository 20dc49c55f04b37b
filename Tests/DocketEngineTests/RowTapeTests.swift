import XCTest
@testable import DocketEngine

/// Rows put on a tape on one side must come out of the table exactly as they went in: nulls,
/// negative and large integers, empty and non-Latin text, and values larger than the tape's
/// first allocation, which makes it grow while rows are still being added.
final class RowTapeTests: XCTestCase {
    func testRowsWrittenFromATapeAreStoredExactly() throws {
        let dir = TempDir()
        let db = try Database(path: dir.file("t.db"))
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
        try db.transaction { try tape.write(columns: 4, through: db.statement("INSERT INTO t(id, n, a, b) VALUES (?, ?, ?, ?)")) }

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
        let db = try Database(path: dir.file("t.db"))
        try db.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, a TEXT NOT NULL)")
        let tape = RowTape()
        tape.put(Int64(1)); tape.put("fine"); tape.endRow()
        tape.put(Int64(2)); tape.put(nil as String?); tape.endRow()
        XCTAssertThrowsError(try db.transaction {
            try tape.write(columns: 2, through: db.statement("INSERT INTO t(id, a) VALUES (?, ?)"))
        }) { error in
            XCTAssertTrue("\(error)".contains("NOT NULL"), "\(error)")
        }
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM t"), 0, "the transaction rolled back")
    }
}
