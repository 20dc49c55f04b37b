@testable import DocketConsole
@testable import DocketEngine
import Foundation
import XCTest

/// A console action after the database server was lost: it goes through on the new
/// connection and its one answer says the connection moved. With DOCKET_TEST_PG only.
final class ActionFailoverTests: XCTestCase {
    func testAnActionAfterALostServerLandsAndSaysTheConnectionMoved() throws {
        guard let server = ProcessInfo.processInfo.environment["DOCKET_TEST_PG"], !server.isEmpty else {
            throw XCTSkip("PostgreSQL only: set DOCKET_TEST_PG to a server where tests may create databases")
        }
        let scratch = try PostgresScratchDatabase(server: server, prefix: "docket_console_failover")
        defer { scratch.drop() }
        let engine = try Engine.createDemo(path: scratch.conninfo, cases: 20, seed: 3, force: false, creator: "tester",
                                           clock: .fixed(ConsoleFixtures.now))
        let tester = try engine.staffMember(login: "tester")
        let session = ConsoleSession(engine: engine, actor: tester)
        let summary = try XCTUnwrap(try engine.listCases(CaseQuery(), as: tester).first)

        // The server end of the console's connection goes, as when its primary dies.
        let store = engine.store as! PostgresStore
        let pid = try XCTUnwrap(try store.db.scalarInt("SELECT pg_backend_pid()"))
        try PGConnection(conninfo: scratch.conninfo).exec("SELECT pg_terminate_backend(\(pid))")

        let outcome = ActionRequest.run(.note, target: ActionTarget(summary: summary, fromCaseScreen: true),
                                        answers: ["text": "after the loss"], nextDepartment: nil, session: session)
        guard case .success(let success) = outcome.result else { return XCTFail("\(outcome.result)") }
        XCTAssertTrue(success.message.hasPrefix("\(summary.ref): note added, version \(summary.version + 1)"), success.message)
        XCTAssertTrue(success.message.contains("the database connection moved to"), success.message)
        XCTAssertNil(engine.takeMoveNotice(), "said once: the status line's tick has nothing left to say")
        let notes = try engine.caseDetail(ref: summary.ref, as: tester, recordView: false).timeline.filter { $0.reason == "after the loss" }
        XCTAssertEqual(notes.count, 1)

        // An ordinary action afterwards says nothing about connections.
        let again = ActionRequest.run(.note, target: ActionTarget(summary: success.summary, fromCaseScreen: true),
                                      answers: ["text": "later"], nextDepartment: nil, session: session)
        guard case .success(let later) = again.result else { return XCTFail("\(again.result)") }
        XCTAssertFalse(later.message.contains("connection"), later.message)
    }

    /// An action cut off after the server had answered part of it: its request id, looked up on
    /// the new connection, says whether it was saved; nothing is done again.
    func testACutOffActionIsSettledByItsRequestId() throws {
        guard let server = ProcessInfo.processInfo.environment["DOCKET_TEST_PG"], !server.isEmpty else {
            throw XCTSkip("PostgreSQL only: set DOCKET_TEST_PG to a server where tests may create databases")
        }
        let scratch = try PostgresScratchDatabase(server: server, prefix: "docket_console_settle")
        defer { scratch.drop() }
        let engine = try Engine.createDemo(path: scratch.conninfo, cases: 20, seed: 3, force: false, creator: "tester",
                                           clock: .fixed(ConsoleFixtures.now))
        let tester = try engine.staffMember(login: "tester")
        let ref = try XCTUnwrap(try engine.listCases(CaseQuery(), as: tester).first?.ref)
        XCTAssertNil(try engine.begin(request: "console-saved", command: "console note \(ref)", as: tester))
        let saved = try engine.note(ref, text: "committed before the loss", as: tester)
        let lost = DocketError.refused("lost the connection to PostgreSQL at x (server closed the connection unexpectedly); …")
        let store = engine.store as! PostgresStore

        func loseTheServer() throws {
            let pid = try XCTUnwrap(try store.db.scalarInt("SELECT pg_backend_pid()"))
            try PGConnection(conninfo: scratch.conninfo).exec("SELECT pg_terminate_backend(\(pid))")
            _ = try? store.db.exec("SELECT 1")  // the client learns it is gone
            XCTAssertTrue(store.connectionLost)
        }

        try loseTheServer()
        guard case .saved(let message, let summary)? = ActionFailover.settle(requestId: "console-saved", command: .note, ref: ref,
                                                                               engine: engine, actor: tester, error: lost) else {
            return XCTFail("a recorded request is saved")
        }
        XCTAssertTrue(message.hasPrefix("the database connection moved to "), message)
        XCTAssertTrue(message.hasSuffix("your action (add a note on \(ref)) was saved, version \(saved.version)"), message)
        XCTAssertEqual(summary?.version, saved.version)

        try loseTheServer()
        guard case .notSaved(let notSaved)? = ActionFailover.settle(requestId: "console-never-recorded", command: .note, ref: ref,
                                                                     engine: engine, actor: tester, error: lost) else {
            return XCTFail("a request never recorded is not saved")
        }
        XCTAssertTrue(notSaved.hasSuffix("was NOT saved: do it again"), notSaved)
        XCTAssertEqual(try engine.caseDetail(ref: ref, as: tester, recordView: false).summary.version, saved.version, "nothing done again")

        XCTAssertNil(ActionFailover.settle(requestId: "x", command: .note, ref: ref, engine: engine, actor: tester,
                                           error: DocketError.conflict("changed since you saw it")), "other failures are said as they are")
    }
}
