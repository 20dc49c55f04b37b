import XCTest
@testable import DocketEngine

/// An admin acting as someone (`--as`) is recorded as it happened: the admin typed it, for them.
final class ImpersonationTests: XCTestCase {
    func testEventsNameWhoTypedItAndWhomItWasFor() throws {
        let w = try WorkflowWorld()
        let c = try w.claim()
        var asPriya = w.priya
        asPriya.impersonatedBy = "boss"
        let claimed = try w.engine.claim(c.ref, as: asPriya)
        XCTAssertEqual(claimed.assignee, "priya", "the work is Priya's")
        _ = try w.engine.caseDetail(ref: c.ref, as: asPriya)
        try w.engine.note(c.ref, text: "called", as: w.priya)
        let events = try w.events(c.ref).suffix(3)
        XCTAssertEqual(events.map { "\($0.actor)|\($0.actingAs ?? "-")|\($0.kind)" },
                       ["boss|priya|claimed", "boss|priya|case_viewed", "priya|-|note"])
        let views = try w.engine.auditLog(ref: c.ref, viewsOnly: true, as: w.sam)
        XCTAssertEqual(views.map { "\($0.actor) as \($0.actingAs ?? "")" }, ["boss as priya"], "who looked at her file: the admin, for Priya")
        XCTAssertTrue(try w.engine.verifyAudit().ok, "acting_as is part of what the chain covers")
        let id = try XCTUnwrap(events.first?.id)
        try w.engine.testDropEventTrigger("event_no_update")
        try w.engine.testRun("UPDATE event SET acting_as = NULL WHERE id = ?", [.int(id)])
        XCTAssertEqual(try w.engine.verifyAudit().firstBroken?.id, id, "removing whom it was for breaks the chain")
    }

    func testIntakeAndImportByAnAdminActingAsAClerk() throws {
        let w = try WorkflowWorld()
        var asAna = w.ana
        asAna.impersonatedBy = "boss"
        let made = try w.engine.intake(type: "claim", input: ["given_name": "Jan", "family_name": "Nowak"], as: asAna)
        let created = try XCTUnwrap(try w.events(made.summary.ref).first { $0.kind == "case_created" })
        XCTAssertEqual(created.actor, "boss")
        XCTAssertEqual(created.actingAs, "ana")
        let path = w.file("claims.csv", ImportTests.header + "Ola,Berg,1970-01-01,,army,no,\r\n")
        let report = try w.importing(path, as: asAna)
        let imported = try XCTUnwrap(try w.events(XCTUnwrap(report.firstRef)).first { $0.kind == "case_created" })
        XCTAssertEqual("\(imported.actor) as \(imported.actingAs ?? "")", "boss as ana")
        XCTAssertTrue(try w.engine.verifyAudit().ok)
    }
}
