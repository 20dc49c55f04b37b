import Foundation
import XCTest
@testable import DocketEngine

/// `docket check` passes on what Docket makes and names every fault planted in it.
final class CheckTests: XCTestCase {
    /// A day of work: a routed claim, one referred, one on hold, one decided, one withdrawn.
    struct Day1 {
        let w: WorkflowWorld
        let routed, referred, held, decided, withdrawn: CaseSummary
    }

    func day() throws -> Day1 {
        let w = try WorkflowWorld()
        let routed = try w.claim(in: "in_review")
        try w.engine.route(routed.ref, to: "BEN", reason: "income question", as: w.priya)
        let referred = try w.claim(in: "in_review")
        _ = try w.engine.refer(referred.ref, to: "MED", reason: "exam", as: w.priya)
        let held = try w.claim(in: "awaiting_info")
        let decided = try w.claim(in: "in_review")
        try w.engine.decide(decided.ref, outcome: "granted", reasonCode: "evidence", rationale: "Records support it.", as: w.priya)
        let withdrawn = try w.claim()
        try w.engine.changeState(withdrawn.ref, to: "withdrawn", reason: "duplicate", as: w.priya)
        try w.engine.claim(held.ref, as: w.marcus)
        return Day1(w: w, routed: routed, referred: referred, held: held, decided: decided, withdrawn: withdrawn)
    }

    func testTheDemoPassesAndNoCaseWaitingOnAReferralIsOverdue() throws {
        let dir = TempDir()
        let engine = try Fixtures.demo(dir, cases: 3000)
        let admin = try engine.staffMember(login: "tester")
        let report = try engine.check(as: admin)
        XCTAssertEqual(report.findings.map { "\($0.kind) \($0.ref ?? ""): \($0.detail)" }, [])
        XCTAssertEqual(report.cases, 3000)
        var q = CaseQuery()
        q.referrals = false
        q.overdue = true
        q.limit = 10_000
        let overdue = Set(try engine.listCases(q, as: admin).map(\.id))
        let waiting = try engine.testScalarInt("""
            SELECT count(*) FROM cases c WHERE c.closed_at IS NULL
              AND EXISTS (SELECT 1 FROM task t WHERE t.case_id = c.id AND t.parent_id IS NOT NULL AND t.closed_at IS NULL)
            """) ?? 0
        XCTAssertGreaterThan(waiting, 50, "the demo has cases waiting on referrals")
        for id in try engine.testInts("""
            SELECT c.id FROM cases c WHERE c.closed_at IS NULL
              AND EXISTS (SELECT 1 FROM task t WHERE t.case_id = c.id AND t.parent_id IS NOT NULL AND t.closed_at IS NULL)
            """) {
            XCTAssertFalse(overdue.contains(id), "a referral pauses the clock")
        }
    }

    func findings(_ w: WorkflowWorld) throws -> [Engine.CheckFinding] { try w.engine.check(as: w.sam).findings }

    func testADayOfWorkPassesAndOnlyAuditorsAndAdminsRunIt() throws {
        let d = try day()
        let report = try d.w.engine.check(as: d.w.boss)
        XCTAssertEqual(report.findings, [])
        XCTAssertEqual(report.cases, 5)
        XCTAssertGreaterThan(report.events, 20)
        expectRefusal("refused", try d.w.engine.check(as: d.w.priya))
        // Holds that came due and were resumed, reopenings: still consistent.
        d.w.time.advance(days: 10)
        try d.w.engine.resumeDueHolds()
        try d.w.engine.changeState(d.decided.ref, to: "in_review", reason: "appeal", as: d.w.priya)
        XCTAssertEqual(try findings(d.w), [])
    }

    /// Plants one fault with SQL and returns what check then says of that kind.
    func planted(_ kind: String, _ sql: (Day1) -> String) throws -> [Engine.CheckFinding] {
        let d = try day()
        var planting = sql(d)
        // PostgreSQL names the table a trigger is on.
        if TestStore.isPostgres { planting = planting.replacingOccurrences(of: "(DROP TRIGGER \\w+)", with: "$1 ON event", options: .regularExpression) }
        try d.w.engine.testExec(planting)
        let all = try findings(d.w)
        XCTAssertFalse(all.isEmpty, "\(kind): planted but not found")
        let refs = [d.routed, d.referred, d.held, d.decided, d.withdrawn].map(\.ref)
        // Named with its case (the case of a planted fault is one of the day's), or with none
        // for what is about the whole store.
        return all.filter { $0.kind == kind }.map { f in
            var f = f
            if let r = f.ref, let i = refs.firstIndex(of: r) { f.ref = ["routed", "referred", "held", "decided", "withdrawn"][i] }
            return f
        }
    }

    func id(_ c: CaseSummary) -> String { "(SELECT id FROM cases WHERE ref = '\(c.ref)')" }

    func testEachPlantedFaultIsNamedWithItsCase() throws {
        let counters = try planted("counters") { _ in "UPDATE counter_department SET open = open + 1 WHERE department = 'VET'" }
        XCTAssertTrue(counters.contains { $0.detail.hasPrefix("counter_department: kept (VET,") }, "\(counters)")

        let main = try planted("main_task") { d in
            "UPDATE task SET closed_at = NULL, status = 'assigned' WHERE case_id = \(id(d.routed)) AND department = 'VET' AND parent_id IS NULL"
        }
        XCTAssertEqual(main.map(\.ref), ["routed"])
        XCTAssertEqual(main.map(\.detail), ["open with 2 open main tasks (one expected)"])

        let clock = try planted("referral_clock") { d in "UPDATE cases SET hold_since = NULL WHERE ref = '\(d.referred.ref)'" }
        XCTAssertEqual(clock.map(\.ref), ["referred"])

        let due = try planted("sla_due") { d in "UPDATE cases SET due_day = due_day + 1 WHERE ref = '\(d.held.ref)'" }
        XCTAssertEqual(due.map(\.ref), ["held"])
        XCTAssertTrue(due[0].detail.contains("but the calendar gives"), due[0].detail)

        let state = try planted("state") { d in "UPDATE cases SET state = 'triage' WHERE ref = '\(d.referred.ref)'" }
        XCTAssertEqual(state.map(\.ref), ["referred"])
        XCTAssertEqual(state.map(\.detail), ["the case says triage, its events say in_review"])

        let decision = try planted("decision") { d in "DELETE FROM decision WHERE case_id = \(id(d.decided))" }
        XCTAssertEqual(decision.map(\.ref), ["decided"])
        XCTAssertEqual(decision.map(\.detail), ["decisions stored [], decided events [granted/evidence]"])

        let trigger = try planted("trigger") { _ in "DROP TRIGGER event_no_delete" }
        XCTAssertEqual(trigger.map(\.detail), ["event_no_delete is missing: events could be altered or removed unseen"])

        let chain = try planted("chain") { _ in
            "DROP TRIGGER event_no_update; UPDATE event SET reason = 'nothing happened' WHERE id = 5"
        }
        XCTAssertEqual(chain.map(\.detail), ["event 5 does not fit the chain: its content was altered"])
    }

    func testACorruptPageIsFoundByTheStoresOwnCheck() throws {
        let d = try day()
        let path = d.w.engine.path
        let db = try d.w.engine.sqlite.db
        try db.exec("PRAGMA wal_checkpoint(TRUNCATE)")
        let root = try XCTUnwrap(try db.scalarInt("SELECT rootpage FROM sqlite_schema WHERE name = 'task_case'"))
        let pageSize = try XCTUnwrap(try db.scalarInt("PRAGMA page_size"))
        db.resetAll()
        // Scribble over the index's page as a failing disk would.
        let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: path))
        try handle.seek(toOffset: UInt64((root - 1) * pageSize + 8))
        handle.write(Data(repeating: 0xA5, count: 64))
        try handle.close()
        let other = try Engine.open(path: path, clock: d.w.time.clock)
        let found = try other.check(as: d.w.sam).findings
        XCTAssertTrue(found.contains { $0.kind == "integrity" }, "\(found)")
    }
}
