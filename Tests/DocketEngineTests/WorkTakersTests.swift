import XCTest
@testable import DocketEngine

/// One rule for who takes work, and the engine's answer for actions not about one case.
final class WorkTakersTests: XCTestCase {
    let marcus = StaffMember(login: "marcus", name: "Marcus", role: .caseworker, departments: ["VET"])
    let priya = StaffMember(login: "priya", name: "Priya", role: .supervisor, departments: ["VET", "MED"])
    let boss = StaffMember(login: "boss", name: "Boss", role: .admin, departments: ["VET"])
    let root = StaffMember(login: "root", name: "Root", role: .admin, departments: [])
    let ana = StaffMember(login: "ana", name: "Ana", role: .clerk, departments: ["INTAKE"])
    let audrey = StaffMember(login: "audrey", name: "Audrey", role: .auditor, departments: [])
    let gone = StaffMember(login: "gone", name: "Gone", role: .caseworker, departments: ["VET"], active: false)

    func testWhoTakesWorkInADepartment() {
        XCTAssertTrue(WorkTakers.takes(marcus, in: "VET"))
        XCTAssertFalse(WorkTakers.takes(marcus, in: "MED"))
        XCTAssertTrue(WorkTakers.takes(priya, in: "MED"))
        XCTAssertTrue(WorkTakers.takes(root, in: "MED"), "an admin takes work anywhere")
        XCTAssertFalse(WorkTakers.takes(ana, in: "INTAKE"), "clerks key intake")
        XCTAssertFalse(WorkTakers.takes(audrey, in: "VET"))
        XCTAssertFalse(WorkTakers.takes(gone, in: "VET"))
        XCTAssertEqual(WorkTakers.whyNot(ana), "only caseworkers, supervisors and admins take cases; ana is a clerk")
        XCTAssertNil(WorkTakers.whyNot(root))
    }

    func testSpreadingHandsWorkToTheDepartmentsOwnPeopleOnly() {
        let everyone = [marcus, priya, boss, root, ana, audrey, gone]
        XCTAssertEqual(WorkTakers.members(of: "VET", among: everyone).map(\.login), ["marcus", "priya"])
        XCTAssertEqual(WorkTakers.members(of: "MED", among: everyone).map(\.login), ["priya"])
    }

    func testStaffActionsSayWhoMayAndWhy() {
        XCTAssertNil(StaffActions.whyNot(.next, actor: marcus))
        XCTAssertEqual(StaffActions.whyNot(.next, actor: audrey), "only caseworkers, supervisors and admins take cases; audrey is a auditor")
        XCTAssertNil(StaffActions.whyNot(.rebalance, actor: priya, department: "VET"))
        XCTAssertEqual(StaffActions.whyNot(.rebalance, actor: priya, department: "TAX"),
                       "priya does not supervise TAX; ask an admin or a supervisor of TAX")
        XCTAssertEqual(StaffActions.whyNot(.reassign, actor: marcus, department: "VET"),
                       "only supervisors and admins reassign work; marcus is a caseworker")
        XCTAssertNil(StaffActions.whyNot(.reassign, actor: root, department: "TAX"))
        XCTAssertNotNil(StaffActions.whyNot(.intake, actor: audrey))
        XCTAssertNil(StaffActions.whyNot(.intake, actor: ana))
        XCTAssertNil(StaffActions.whyNot(.dashboard, actor: audrey))
        XCTAssertNotNil(StaffActions.whyNot(.dashboard, actor: marcus))
        XCTAssertNotNil(StaffActions.whyNot(.exportPersonalData, actor: marcus))
        XCTAssertEqual(StaffActions.available(for: priya, department: "VET").filter { !$0.enabled }.map(\.kind), [])
        XCTAssertEqual(Set(StaffActions.available(for: ana).filter { !$0.enabled }.map(\.kind)),
                       [.next, .rebalance, .reassign, .dashboard, .exportPersonalData])
    }
}
