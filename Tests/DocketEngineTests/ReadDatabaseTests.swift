import Foundation
import XCTest
@testable import DocketEngine

/// `--read-db`: reports read from the read database, which refuses writes; when it cannot be
/// reached the primary answers and the caller is told. And a lost server is connected to again.
final class ReadDatabaseTests: XCTestCase {
    private let unreachable = "host=127.0.0.1 port=1 dbname=docket connect_timeout=2"

    func testAFileIsNoReadDatabase() {
        XCTAssertThrowsError(try ReadDatabase("/var/lib/docket/docket.db")) {
            XCTAssertEqual($0 as? DocketError, .usage("--read-db (or DOCKET_READ_DB) takes a PostgreSQL connection string (a standby: `postgresql://host/db` or `host=… dbname=…`); an SQLite database has no standby: leave it out"))
        }
    }

    func testAnUnreachableReadDatabaseLeavesTheReportToThePrimaryAndSaysSo() throws {
        let dir = TempDir()
        let primary = try Fixtures.demo(dir, cases: 40)
        let tester = try primary.staffMember(login: "tester")
        let reads = try ReadDatabase(unreachable, clock: Fixtures.clock)
        let (report, notice) = try reads.read(primary: primary) { try $0.backlogReport(as: tester) }
        XCTAssertEqual(report, try primary.backlogReport(as: tester))
        let said = try XCTUnwrap(notice)
        XCTAssertTrue(said.contains("read from the primary (--db) instead"), said)
        XCTAssertTrue(said.contains("--read-db (or DOCKET_READ_DB)") && !said.contains("--db (or DOCKET_DB)"), said)
    }

    func testAReportNotForThisPersonIsRefusedNotFallenBackFrom() throws {
        let dir = TempDir()
        let primary = try Fixtures.demo(dir, cases: 20)
        let clerk = StaffMember(login: "c", name: "C", role: .clerk, departments: [])
        let reads = try ReadDatabase(unreachable, clock: Fixtures.clock)
        XCTAssertThrowsError(try reads.read(primary: primary) { try $0.backlogReport(as: clerk) }) {
            XCTAssertTrue("\($0)".contains("for supervisors, admins and auditors"), "\($0)")
        }
    }

    func testNoPrimaryAmongTheHostsSaysAFailoverMayBeUnderWay() {
        let refusal = PGConnection.connectRefusal("connection to server at \"a\", port 1 failed: Connection refused\nconnection to server at \"b\", port 2 failed: session is read-only", target: "host=a,b")
        XCTAssertTrue(refusal.description.hasPrefix("no server in host=a,b accepts writes now"), refusal.description)
        XCTAssertTrue(refusal.description.contains("once a standby is promoted"), refusal.description)
    }

    // MARK: against a server

    private func requirePostgres() throws {
        if !TestStore.isPostgres { throw XCTSkip("PostgreSQL only: set DOCKET_TEST_PG to a server where tests may create databases") }
    }

    func testReportsReadTheReadDatabaseAndItRefusesWrites() throws {
        try requirePostgres()
        let dir = TempDir()
        // Two different Dockets: the figures show which one answered.
        let primary = try Fixtures.demo(dir, cases: 300, name: "primary.db")
        let other = try Fixtures.demo(dir, cases: 30, name: "standby.db")
        let tester = try primary.staffMember(login: "tester")
        let reads = try ReadDatabase(dir.file("standby.db"), clock: Fixtures.clock)
        let (report, notice) = try reads.read(primary: primary) { try $0.backlogReport(as: tester) }
        XCTAssertNil(notice)
        XCTAssertEqual(report.total.open, try other.backlogReport(as: tester).total.open)
        XCTAssertNotEqual(report.total.open, try primary.backlogReport(as: tester).total.open)

        let ref = try XCTUnwrap(try other.listCases(CaseQuery(), as: tester).first?.ref)
        let events = try other.store.count(.event)
        XCTAssertThrowsError(try reads.read(primary: primary) { try $0.note(ref, text: "sent the wrong way", as: tester) }) {
            XCTAssertTrue("\($0)".contains("only reads"), "\($0)")
        }
        XCTAssertEqual(try other.store.count(.event), events, "nothing was written through the read database")
    }

    func testACallTheLostServerAnsweredNothingOfRunsAgainOnTheNewConnection() throws {
        try requirePostgres()
        let dir = TempDir()
        let engine = try Fixtures.demo(dir, cases: 20)
        let tester = try engine.staffMember(login: "tester")
        let ref = try XCTUnwrap(try engine.listCases(CaseQuery(), as: tester).first?.ref)
        func notes() throws -> Int { try engine.caseDetail(ref: ref, as: tester, recordView: false).timeline.filter { $0.kind == "note" }.count }
        let notesAtFirst = try notes()
        let store = engine.store as! PostgresStore
        let pid = try XCTUnwrap(try store.db.scalarInt("SELECT pg_backend_pid()"))
        try PGConnection(conninfo: store.conninfo).exec("SELECT pg_terminate_backend(\(pid))")
        let epoch = engine.connectionEpoch
        XCTAssertNil(engine.takeMoveNotice())

        // Its first statement found the connection gone: nothing was done, so it was done again.
        _ = try engine.note(ref, text: "after the loss", as: tester)
        XCTAssertEqual(try notes(), notesAtFirst + 1)
        XCTAssertEqual(engine.connectionEpoch, epoch + 1)
        XCTAssertNotEqual(try store.db.scalarInt("SELECT pg_backend_pid()"), pid)
        XCTAssertNotNil(engine.takeMoveNotice(), "the move is there to be told")
        XCTAssertNil(engine.takeMoveNotice(), "and told once")
    }

    func testACallCutOffAfterTheServerAnsweredIsNotRunAgainAndItsRequestIdSettlesIt() throws {
        try requirePostgres()
        let dir = TempDir()
        let engine = try Fixtures.demo(dir, cases: 20)
        let tester = try engine.staffMember(login: "tester")
        let ref = try XCTUnwrap(try engine.listCases(CaseQuery(), as: tester).first?.ref)
        XCTAssertNil(try engine.begin(request: "saved-1", command: "note", as: tester))
        _ = try engine.note(ref, text: "before", as: tester)

        let store = engine.store as! PostgresStore
        var runs = 0
        // The server goes while the call is under way (its BEGIN was answered).
        XCTAssertThrowsError(try engine.locked {
            try store.transaction {
                runs += 1
                try store.db.exec("SELECT pg_terminate_backend(pg_backend_pid())")
            }
        }) {
            XCTAssertTrue(($0 as? DocketError)?.isAboutReachingTheServer == true, "\($0)")
            XCTAssertTrue("\($0)".contains("run it again with the same --request-id"), "\($0)")
        }
        XCTAssertEqual(runs, 1, "a call the server had answered part of is never run again behind the caller's back")
        XCTAssertTrue(engine.connectionLost == false, "the next call connected again")
        XCTAssertTrue(try engine.requestWasDone("saved-1"))
        XCTAssertFalse(try engine.requestWasDone("never-given"))
    }
}
