import XCTest
@testable import DocketEngine

final class EventChainTests: XCTestCase {
    /// Databases written before keep verifying: the hash is SHA-256 over the fields in their
    /// documented text form, whatever code builds the bytes.
    func testTheHashIsTakenOverEveryFieldInItsDocumentedForm() {
        let sep = "\u{1F}"
        let full = EventRecord(id: 42, at: -5, actor: "zoë", caseId: 7, constituentId: 1_234_567_890_123, kind: "note",
                               reason: "naïve 김 \u{1F}", details: "{\"a\":1}", prevHash: "ab", hash: "")
        XCTAssertEqual(EventHash.hash(of: full),
                       SHA256.hex("42\(sep)-5\(sep)zoë\(sep)7\(sep)1234567890123\(sep)note\(sep)naïve 김 \u{1F}\(sep){\"a\":1}\(sep)ab"))
        let bare = EventRecord(id: 1, at: 0, actor: "", caseId: nil, constituentId: nil, kind: "k",
                               reason: nil, details: "", prevHash: "", hash: "")
        XCTAssertEqual(EventHash.hash(of: bare), SHA256.hex("1\(sep)0\(sep)\(sep)\(sep)\(sep)k\(sep)\(sep)\(sep)"))
    }

    func testEventsCannotBeUpdatedOrDeleted() throws {
        let dir = TempDir()
        let engine = try Fixtures.demo(dir, cases: 10)
        XCTAssertThrowsError(try engine.testRun("UPDATE event SET reason = 'edited' WHERE id = 2")) { error in
            XCTAssertTrue("\(error)".contains("append-only"), "\(error)")
        }
        XCTAssertThrowsError(try engine.testRun("DELETE FROM event WHERE id = 2")) { error in
            XCTAssertTrue("\(error)".contains("append-only"), "\(error)")
        }
    }

    func testIntactChainVerifies() throws {
        let dir = TempDir()
        let engine = try Fixtures.demo(dir, cases: 50)
        let report = try engine.verifyAudit()
        XCTAssertTrue(report.ok, "\(String(describing: report.firstBroken))")
        XCTAssertEqual(report.eventsChecked, try engine.store.count(.event))
        XCTAssertGreaterThan(report.eventsChecked, 50)
    }

    /// Someone with the file and the sqlite3 shell drops the trigger and edits history.
    func testAlteredEventIsNamed() throws {
        let dir = TempDir()
        let engine = try Fixtures.demo(dir, cases: 30)
        try engine.testDropEventTrigger("event_no_update")
        try engine.testRun("UPDATE event SET reason = 'nothing to see' WHERE id = 17")
        let report = try engine.verifyAudit()
        XCTAssertEqual(report.firstBroken?.id, 17)
        XCTAssertTrue(report.firstBroken?.why.contains("altered") ?? false)
    }

    func testRemovedEventBreaksTheChainAtItsSuccessor() throws {
        let dir = TempDir()
        let engine = try Fixtures.demo(dir, cases: 30)
        try engine.testDropEventTrigger("event_no_delete")
        try engine.testRun("DELETE FROM event WHERE id = 9")
        XCTAssertEqual(try engine.verifyAudit().firstBroken?.id, 10)
    }

    func testRehashedForgeryStillBreaksAtTheNextEvent() throws {
        let dir = TempDir()
        let engine = try Fixtures.demo(dir, cases: 30)
        try engine.testDropEventTrigger("event_no_update")
        // The forger recomputes the altered event's own hash, but cannot fix every later link.
        var e = try engine.store.events(caseId: 3).first!
        e.reason = "forged"
        e.hash = EventHash.hash(of: e)
        try engine.testRun("UPDATE event SET reason = ?, hash = ? WHERE id = ?", [.text("forged"), .text(e.hash), .int(e.id)])
        XCTAssertEqual(try engine.verifyAudit().firstBroken?.id, e.id + 1)
    }

    func testAppendLinksToThePreviousHash() throws {
        let dir = TempDir()
        let engine = try Fixtures.demo(dir, cases: 3)
        let before = try engine.testScalarText("SELECT hash FROM event ORDER BY id DESC LIMIT 1")
        let e = try engine.store.transaction {
            try engine.store.appendEvent(at: Fixtures.now, actor: "tester", caseId: nil, constituentId: nil, kind: "test", reason: "x")
        }
        XCTAssertEqual(e.prevHash, before)
        XCTAssertEqual(e.hash.count, 64)
        XCTAssertTrue(try engine.verifyAudit().ok)
    }

    /// A bulk load seals events straight onto its tape; they must be the very events the record
    /// path makes, linked the same way, from any starting tip (here one not 64 digits long).
    func testEventsSealedOntoATapeMatchTheRecordPath() throws {
        var byRecord = EventChain(nextId: 9, lastHash: "start")
        var byTape = EventChain(nextId: 9, lastHash: "start")
        let tape = RowTape(reservingCapacity: 64)
        var records: [EventRecord] = []
        for (i, reason) in ["first", nil, "naïve 김"].enumerated() {
            let constituent: Int64? = i == 1 ? 77 : nil
            records.append(byRecord.next(at: Int64(-i), actor: "zoë", caseId: Int64(i), constituentId: constituent,
                                         kind: "note", reason: reason, details: "{\"n\":\(i)}"))
            byTape.seal(at: Int64(-i), actor: "zoë", caseId: Int64(i), constituentId: constituent, kind: "note",
                        reason: reason, details: "{\"n\":\(i)}", onto: tape)
        }
        XCTAssertEqual(byTape.lastHash, byRecord.lastHash)
        XCTAssertEqual(byTape.nextId, 12)
        let dir = TempDir()
        let db = try Database(path: dir.sqliteFile("t.db"))
        try db.exec("""
            CREATE TABLE event(id INTEGER PRIMARY KEY, at INTEGER, actor TEXT, case_id INTEGER, constituent_id INTEGER,
                               kind TEXT, reason TEXT, details TEXT, prev_hash TEXT, hash TEXT)
            """)
        try db.transaction { try tape.write(SQLiteStore.demoEventInsert, columns: 10, in: db) }
        let read = try db.statement("SELECT id, at, actor, case_id, constituent_id, kind, reason, details, prev_hash, hash FROM event ORDER BY id")
        var stored: [EventRecord] = []
        while try read.step() {
            stored.append(EventRecord(id: read.int(0), at: read.int(1), actor: read.text(2), caseId: read.optionalInt(3),
                                      constituentId: read.optionalInt(4), kind: read.text(5), reason: read.optionalText(6),
                                      details: read.text(7), prevHash: read.text(8), hash: read.text(9)))
        }
        XCTAssertEqual(stored, records)
        XCTAssertEqual(stored.first?.prevHash, "start")
    }
}
