import XCTest
@testable import DocketEngine

/// Replacing the agency file: SLA due dates follow the new targets, and nothing cases use may go.
final class AgencyUpdateTests: XCTestCase {
    func testNewSLATargetMovesOpenDueDatesKeepingPausedDays() throws {
        let w = try WorkflowWorld()
        let c = try w.claim()
        XCTAssertEqual(c.dueDay.iso, "2026-12-03", "10 business days, Thanksgiving skipped")
        var agency = WorkflowFixture.agency()
        var policies = agency["sla_policies"] as! [[String: Any]]
        policies[0]["business_days"] = 15
        agency["sla_policies"] = policies
        let result = try w.engine.replaceAgency(source: Fixtures.data(agency), file: "v2.json", as: w.boss)
        XCTAssertGreaterThanOrEqual(result.dueDatesRecomputed, 1)
        XCTAssertEqual(try w.summary(c.ref).dueDay.iso, "2026-12-10", "15 business days")
        XCTAssertEqual(try w.summary(c.ref).version, c.version + 1)
        let reopened = try Engine.open(path: w.engine.path, clock: w.time.clock)
        XCTAssertEqual(reopened.agency.slaPolicies[0].businessDays, 15)
        XCTAssertTrue(try reopened.verifyAudit().ok)
    }

    func testDroppingWhatCasesUseIsRefusedAndOnlyAdminsMayReplace() throws {
        let w = try WorkflowWorld()
        _ = try w.claim()
        var agency = WorkflowFixture.agency()
        agency["departments"] = (agency["departments"] as! [[String: Any]]).filter { $0["code"] as? String != "BEN" }
        agency["routing_rules"] = (agency["routing_rules"] as! [[String: Any]]).filter { ($0["then"] as? [String: Any])?["department"] as? String != "BEN" }
        XCTAssertThrowsError(try w.engine.replaceAgency(source: Fixtures.data(agency), file: "v2.json", as: w.boss)) { error in
            XCTAssertTrue("\(error)".contains("department BEN"), "\(error)")
        }
        XCTAssertThrowsError(try w.engine.replaceAgency(source: Fixtures.data(WorkflowFixture.agency()), file: "v2.json", as: w.priya))
    }

    func testANewHolidayMovesOpenDueDatesAndCheckAgrees() throws {
        let w = try WorkflowWorld()
        let c = try w.claim()
        XCTAssertEqual(c.dueDay.iso, "2026-12-03")
        var agency = WorkflowFixture.agency()
        agency["holidays"] = ["2026-11-26", "2026-12-01"]
        let result = try w.engine.replaceAgency(source: Fixtures.data(agency), file: "v2.json", as: w.boss)
        XCTAssertEqual(result.dueDatesRecomputed, 1)
        XCTAssertEqual(try w.summary(c.ref).dueDay.iso, "2026-12-04", "one business day later")
        let reopened = try Engine.open(path: w.engine.path, clock: w.time.clock)
        XCTAssertEqual(try reopened.check(as: w.sam).findings, [], "due dates agree with the new calendar")
    }
}
