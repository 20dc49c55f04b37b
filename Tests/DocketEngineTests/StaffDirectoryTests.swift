import XCTest
@testable import DocketEngine

/// staff set, deactivate, away and back: who may, what follows, and that each is an event.
final class StaffDirectoryTests: XCTestCase {
    func testAdminsChangeRolesAndDepartmentsAndEveryChangeIsAnEvent() throws {
        let w = try WorkflowWorld()
        expectRefusal("refused", try w.engine.setStaff("jo", role: .supervisor, departments: nil, as: w.priya), "supervisors do not")
        expectRefusal("usage", try w.engine.setStaff("jo", role: nil, departments: ["NOPE"], as: w.boss), "unknown department")
        let jo = try w.engine.setStaff("jo", role: .supervisor, departments: ["VET", "BEN"], as: w.boss)
        XCTAssertEqual(jo.role, .supervisor)
        XCTAssertEqual(try w.engine.staffMember(login: "jo").departments, ["BEN", "VET"])
        expectRefusal("refused", try w.engine.setStaff("boss", role: .clerk, departments: nil, as: w.boss), "not their own admin role")
        let e = try XCTUnwrap(try w.engine.auditLog(ref: nil, viewsOnly: false, as: w.sam).last)
        XCTAssertEqual(e.kind, "staff_changed")
        XCTAssertTrue(e.details.contains(#""was_role":"caseworker""#), e.details)
    }

    func testADeactivatedLoginIsRefusedAndTheirOpenWorkListed() throws {
        let w = try WorkflowWorld()
        let c = try w.claim()
        try w.engine.claim(c.ref, as: w.marcus)
        expectRefusal("refused", try w.engine.deactivateStaff("marcus", as: w.priya))
        let open = try w.engine.deactivateStaff("marcus", as: w.boss)
        XCTAssertEqual(open.map(\.caseId), [c.id])
        let why = expectRefusal("refused", try w.engine.staffMember(login: "marcus"))
        XCTAssertTrue(why.contains("no longer active"), why)
        expectRefusal("refused", try w.engine.deactivateStaff("marcus", as: w.boss), "already")
        expectRefusal("refused", try w.engine.deactivateStaff("boss", as: w.boss), "not themselves")
    }

    func testSomeoneAwayGetsNoWorkFromNextUntilTheyAreBack() throws {
        let w = try WorkflowWorld()
        try w.claim()
        let until = w.time.today + 14
        expectRefusal("refused", try w.engine.markAway("marcus", until: until, as: w.lee), "a caseworker of MED does not")
        expectRefusal("usage", try w.engine.markAway("marcus", until: w.time.today, as: w.priya), "a date after today")
        try w.engine.markAway("marcus", until: until, as: w.priya)
        let away = try w.engine.staffMember(login: "marcus")
        XCTAssertTrue(away.isAway(on: w.time.today))
        XCTAssertTrue(expectRefusal("refused", try w.engine.next(as: away)).contains("marked away until \(until.iso)"))
        try w.engine.markBack("marcus", as: w.priya)
        XCTAssertNoThrow(try w.engine.next(as: try w.engine.staffMember(login: "marcus")))
        expectRefusal("refused", try w.engine.markBack("marcus", as: w.priya), "not away")
        // Away ends by itself on the day they are back.
        try w.engine.markAway("jo", until: w.time.today + 2, as: w.boss)
        w.time.advance(days: 2)
        XCTAssertFalse(try w.engine.staffMember(login: "jo").isAway(on: w.time.today))
        let kinds = try w.engine.auditLog(ref: nil, viewsOnly: false, as: w.sam).map(\.kind).filter { $0.hasPrefix("staff_") }
        XCTAssertEqual(kinds, ["staff_away", "staff_back", "staff_away"])
    }

    func testSpreadingSkipsAwayAndDeactivatedPeopleAndSaysWho() throws {
        let w = try WorkflowWorld()
        for _ in 0..<4 { try w.claim() }
        try w.engine.markAway("jo", until: w.time.today + 10, as: w.priya)
        let plan = try w.engine.rebalance(department: "VET", oldestUnassigned: 4, preview: true, as: w.priya)
        XCTAssertEqual(Set(plan.map(\.to)), ["marcus"], "jo is away: nothing for jo")
        XCTAssertEqual(try w.engine.skippedForWork(in: ["VET"]).map { "\($0.login): \($0.why)" },
                       ["jo: away until \((w.time.today + 10).iso)"])
        // Marcus's work, reassigned, goes to nobody away; marcus deactivated is named too.
        let c = try w.claim()
        try w.engine.claim(c.ref, as: w.marcus)
        _ = try w.engine.deactivateStaff("marcus", as: w.boss)
        let moves = try w.engine.reassign(from: "marcus", preview: true, as: w.priya)
        XCTAssertEqual(moves.map(\.to), [Optional("priya")], "not jo (away), not marcus (deactivated)")
        XCTAssertEqual(Set(try w.engine.skippedForWork(in: ["VET"]).map(\.login)), ["jo", "marcus"])
    }
}
