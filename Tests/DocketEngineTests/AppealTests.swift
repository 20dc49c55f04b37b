import Foundation
import XCTest
@testable import DocketEngine

/// `case appeal`: linked both ways, routed by the rules, the window in business days from the
/// decision, `--late` for supervisors, the §6 cells.
final class AppealTests: XCTestCase {
    private var dir: TempDir!
    private var clock: TestClock!
    private var engine: Engine!

    override func setUpWithError() throws {
        dir = TempDir()
        clock = TestClock()
        engine = try Engine.createDemo(path: dir.file("a.db"), cases: 400, seed: 9, force: false, creator: "tester", clock: clock.clock)
    }

    private func staff(_ login: String) throws -> StaffMember { try engine.staffMember(login: login) }

    /// A VET case decided (denied) today by the admin.
    private func decidedVETCase() throws -> CaseSummary {
        let admin = try staff("robin.admin")
        var q = CaseQuery()
        q.department = "VET"
        q.limit = 500
        for c in try engine.listCases(q, as: admin)
        where try engine.availableActions(ref: c.ref, as: admin).contains(where: { $0.kind == .decide && $0.enabled }) {
            return try engine.decide(c.ref, outcome: "denied", reasonCode: "no_nexus", rationale: "No link shown.", as: admin)
        }
        throw XCTSkip("no decidable VET case in this demo")
    }

    func testAnAppealOpensForTheSamePersonLinkedBothWaysAndRoutedByTheRules() throws {
        let original = try decidedVETCase()
        let r = try engine.appeal(original.ref, reason: "The exam report was not considered.", as: try staff("ana.kowalski"))
        XCTAssertFalse(r.late)
        XCTAssertEqual(r.appeal.type, engine.agency.notices!.appealCaseType)
        XCTAssertEqual(r.appeal.constituentId, original.constituentId)
        XCTAssertEqual(r.appeal.department, "APPEALS", "routed by the rules (decision appeals to Appeals)")
        let admin = try staff("robin.admin")
        let appeal = try engine.caseDetail(ref: r.appeal.ref, as: admin, recordView: false)
        let decided = try engine.caseDetail(ref: original.ref, as: admin, recordView: false)
        XCTAssertEqual(appeal.appealOf, original.ref)
        XCTAssertEqual(decided.appeals, [r.appeal.ref])
        XCTAssertEqual(appeal.form["original_case_ref"], original.ref)
        XCTAssertEqual(appeal.form["appeal_statement"], "The exam report was not considered.")
        XCTAssertTrue(decided.timeline.contains { $0.kind == "appealed" && $0.details.contains(r.appeal.ref) })
        // One open appeal at a time.
        XCTAssertThrowsError(try engine.appeal(original.ref, reason: "again", as: admin)) { e in
            XCTAssertTrue("\(e)".contains(r.appeal.ref), "\(e)")
        }
        XCTAssertTrue(try engine.check(as: admin).findings.isEmpty, "check finds nothing wrong after an appeal")

        // A link that lost its mirror is a finding of `docket check`.
        try engine.testExec("DELETE FROM case_link WHERE kind = 'appealed_by' AND case_id = \(original.id)")
        let findings = try engine.check(as: admin).findings.filter { $0.kind == "link" }
        XCTAssertEqual(findings.map(\.ref), [r.appeal.ref])
        XCTAssertTrue(findings.first?.detail.contains("one way only") ?? false, "\(findings)")
    }

    func testTheWindowRunsInBusinessDaysFromTheDecisionAndLateNeedsASupervisor() throws {
        let original = try decidedVETCase()
        let settings = engine.agency.notices!
        let last = AppealWindow.appealBy(decidedAt: clock.now, windowBusinessDays: settings.appealWindowBusinessDays,
                                         calendar: engine.agency.calendar)
        XCTAssertEqual(engine.agency.calendar.businessDays(from: clock.today, to: last), settings.appealWindowBusinessDays)
        // The last day of the window is still inside it.
        clock.set(last.iso + "T16:00:00Z")
        let marcus = try staff("marcus.reyes")
        let inside = try engine.appeal(original.ref, reason: "Inside the window.", as: marcus)
        XCTAssertFalse(inside.late)

        let second = try decidedVETCase()
        let lastForSecond = AppealWindow.appealBy(decidedAt: clock.now, windowBusinessDays: settings.appealWindowBusinessDays,
                                                  calendar: engine.agency.calendar)
        clock.set((lastForSecond + 1).iso + "T09:00:00Z")
        XCTAssertThrowsError(try engine.appeal(second.ref, reason: "Too late.", as: marcus)) { e in
            XCTAssertTrue("\(e)".contains("closed on \(lastForSecond.iso)"), "\(e)")
            XCTAssertTrue("\(e)".contains("--late"), "\(e)")
        }
        XCTAssertThrowsError(try engine.appeal(second.ref, reason: "Too late.", late: true, as: marcus)) { e in
            XCTAssertTrue("\(e)".contains("only a supervisor"), "a caseworker may not accept a late appeal: \(e)")
        }
        XCTAssertThrowsError(try engine.appeal(second.ref, reason: "Too late.", late: true, as: try staff("elena.popescu")),
                             "a supervisor of other departments may not")
        let late = try engine.appeal(second.ref, reason: "Accepted late: hospital stay.", late: true, as: try staff("priya.shah"))
        XCTAssertTrue(late.late)
        XCTAssertEqual(try engine.caseDetail(ref: late.appeal.ref, as: try staff("robin.admin"), recordView: false).appealOf, second.ref)
    }

    func testWhoMayAppealFollowsTheMatrix() throws {
        let original = try decidedVETCase()
        XCTAssertThrowsError(try engine.appeal(original.ref, reason: "x", as: try staff("sam.okafor"))) { e in
            XCTAssertTrue("\(e)".contains("read-only"), "\(e)")
        }
        XCTAssertThrowsError(try engine.appeal(original.ref, reason: "x", as: try staff("kenji.watanabe")), "a caseworker of another department")
        XCTAssertThrowsError(try engine.appeal(original.ref, reason: "   ", as: try staff("ana.kowalski")), "grounds are required")
        // An open case cannot be appealed.
        var q = CaseQuery()
        q.department = "VET"
        let open = try XCTUnwrap(engine.listCases(q, as: try staff("robin.admin")).first)
        XCTAssertThrowsError(try engine.appeal(open.ref, reason: "x", as: try staff("robin.admin"))) { e in
            XCTAssertTrue("\(e)".contains("only a decided case"), "\(e)")
        }
        XCTAssertNoThrow(try engine.appeal(original.ref, reason: "Admin files it.", as: try staff("robin.admin")))
    }

    func testTheDemoHasAppealsLinkedToDenialsWithinTheirWindow() throws {
        let admin = try staff("robin.admin")
        let settings = engine.agency.notices!
        var q = CaseQuery()
        q.type = settings.appealCaseType
        q.includeClosed = true
        q.limit = 500
        var linked = 0
        for c in try engine.listCases(q, as: admin) {
            let d = try engine.caseDetail(ref: c.ref, as: admin, recordView: false)
            guard let of = d.appealOf else { continue }
            linked += 1
            let original = try engine.caseDetail(ref: of, as: admin, recordView: false)
            XCTAssertTrue(original.appeals.contains(c.ref), "linked both ways")
            XCTAssertEqual(original.constituent.id, d.constituent.id)
            let decision = try XCTUnwrap(original.decisions.last)
            XCTAssertTrue(["denied", "partially_granted"].contains(decision.outcome))
            let last = AppealWindow.appealBy(decidedAt: decision.at, windowBusinessDays: settings.appealWindowBusinessDays,
                                             calendar: engine.agency.calendar)
            XCTAssertLessThanOrEqual(Day(unixSeconds: c.openedAt), last)
            XCTAssertLessThan(decision.at, c.openedAt)
        }
        XCTAssertGreaterThan(linked, 0, "the demo has appeals")
    }
}
