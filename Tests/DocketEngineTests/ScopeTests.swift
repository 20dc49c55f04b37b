import XCTest
@testable import DocketEngine

/// Department scope is enforced by the engine: what a person may list, open and find.
final class ScopeTests: XCTestCase {
    func testCaseworkersSeeTheirDepartmentsOnly() throws {
        let w = try WorkflowWorld()
        let vet = try w.claim()
        let ben = try w.benefit(amount: 1000)
        var all = CaseQuery()
        all.limit = 100
        XCTAssertEqual(Set(try w.engine.listCases(all, as: w.marcus).map(\.department)), ["VET"])
        XCTAssertEqual(Set(try w.engine.listCases(all, as: w.boss).map(\.ref)), [vet.ref, ben.ref])
        XCTAssertEqual(try w.engine.countCases(all, as: w.marcus), 1)
        var other = CaseQuery()
        other.department = "BEN"
        expectRefusal("refused", try w.engine.listCases(other, as: w.marcus))
        XCTAssertThrowsError(try w.engine.caseDetail(ref: ben.ref, as: w.marcus)) { error in
            XCTAssertTrue("\(error)".contains("outside marcus's departments"), "\(error)")
        }
        XCTAssertNoThrow(try w.engine.caseDetail(ref: ben.ref, as: w.sam), "auditors read everything")
    }

    func testAReferralOpensTheCaseToTheReferredDepartment() throws {
        let w = try WorkflowWorld()
        let c = try w.claim(in: "in_review")
        XCTAssertThrowsError(try w.engine.caseDetail(ref: c.ref, as: w.lee))
        let task = try w.engine.refer(c.ref, to: "MED", reason: "exam", as: w.marcus)
        XCTAssertNoThrow(try w.engine.caseDetail(ref: c.ref, as: w.lee))
        try w.engine.completeTask(c.ref, taskId: task.id, note: "done", as: w.lee)
        XCTAssertThrowsError(try w.engine.caseDetail(ref: c.ref, as: w.lee), "closed referral: back out of scope")
    }

    func testSearchShowsOnlyVisibleCases() throws {
        let w = try WorkflowWorld()
        let ben = try w.benefit(amount: 1000)
        let name = ben.constituentName.split(separator: " ").last.map(String.init)!
        XCTAssertEqual(try w.engine.search(name, as: w.marcus).count, 0)
        XCTAssertEqual(try w.engine.search(name, as: w.boss).first?.cases.map(\.ref), [ben.ref])
    }
}
