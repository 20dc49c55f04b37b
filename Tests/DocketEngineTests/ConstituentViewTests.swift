import XCTest
@testable import DocketEngine

/// `constituent show`: a person is in scope when one of their cases is; identifiers masked
/// unless revealed by someone allowed to, with a reason; every look recorded.
final class ConstituentViewTests: XCTestCase {
    func world() throws -> (WorkflowWorld, CaseSummary, CaseSummary) {
        let w = try WorkflowWorld()
        let vet = try w.engine.intake(type: "claim", input: ["given_name": "Jan", "family_name": "Nowak", "birth_date": "1968-03-14",
                                                             "national_id": "123-45-6789"], as: w.ana).summary
        let ben = try w.benefit(amount: 1000)
        return (w, vet, ben)
    }

    func testScopeMaskingAndReveal() throws {
        let (w, vet, ben) = try world()
        expectRefusal("refused", try w.engine.constituentView(id: vet.constituentId, as: w.ana), "clerks")
        expectRefusal("refused", try w.engine.constituentView(id: ben.constituentId, as: w.marcus), "no case in VET")
        let seen = try w.engine.constituentView(id: vet.constituentId, as: w.marcus)
        XCTAssertEqual(seen.person.nationalId, "***-**-6789")
        XCTAssertEqual(seen.person.birthDate, "1968")
        XCTAssertEqual(seen.cases.map(\.ref), [vet.ref])
        XCTAssertFalse(seen.revealed)
        expectRefusal("refused", try w.engine.constituentView(id: vet.constituentId, reveal: "curious", as: w.marcus),
                      "not assigned to Marcus")
        expectRefusal("usage", try w.engine.constituentView(id: vet.constituentId, reveal: " ", as: w.priya), "a reason")
        try w.engine.claim(vet.ref, as: w.marcus)
        let revealed = try w.engine.constituentView(id: vet.constituentId, reveal: "he called", as: w.marcus)
        XCTAssertEqual(revealed.person.nationalId, "123-45-6789")
        XCTAssertEqual(try w.engine.constituentView(id: ben.constituentId, as: w.sam).cases.map(\.ref), [ben.ref], "auditors: anyone")
        expectRefusal("refused", try w.engine.constituentView(id: ben.constituentId, reveal: "audit", as: w.sam), "auditors never reveal")
        let looks = try w.engine.store.events(constituentId: vet.constituentId).filter { ["constituent_viewed", "pii_revealed"].contains($0.kind) }
        XCTAssertEqual(looks.map { "\($0.actor) \($0.kind) \($0.reason ?? "")" },
                       ["marcus constituent_viewed ", "marcus pii_revealed he called"])
    }
}
