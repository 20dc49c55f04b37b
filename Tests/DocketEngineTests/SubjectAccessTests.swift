import Foundation
import XCTest
@testable import DocketEngine

/// Subject access: everything held about the person, nothing about anyone else.
final class SubjectAccessTests: XCTestCase {
    func testTheExportHoldsEverythingAboutThePersonAndNothingAboutAnother() throws {
        let w = try WorkflowWorld()
        let jan = ["given_name": "Jan", "family_name": "Nowak", "birth_date": "1968-03-14", "national_id": "123-45-6789"]
        let first = try w.engine.intake(type: "claim", input: jan, as: w.ana).summary
        let second = try w.engine.intake(type: "inquiry", input: jan, as: w.ana).summary
        let other = try w.engine.intake(type: "claim", input: ["given_name": "Olga", "family_name": "Berg", "national_id": "987-65-4321"],
                                        as: w.ana).summary
        try w.engine.note(first.ref, text: "Jan called about his exam", as: w.priya)
        try w.engine.note(other.ref, text: "Olga's private matter", as: w.priya)
        _ = try w.engine.caseDetail(ref: first.ref, as: w.marcus)
        _ = try w.engine.saveDraft(form: "claim_form", case: first.ref, values: ["family_name": "Nowak-Kowalska"], focus: nil, as: w.priya)

        expectRefusal("refused", try w.engine.subjectAccessExport(constituent: first.constituentId, as: w.priya), "auditors and admins")
        let doc = JSONText.encode(try w.engine.subjectAccessExport(constituent: first.constituentId, as: w.sam))
        let parsed = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(doc.utf8)) as? [String: Any])
        let person = try XCTUnwrap(parsed["constituent"] as? [String: Any])
        XCTAssertEqual(person["national_id"] as? String, "123-45-6789", "the whole record: it is theirs")
        let cases = try XCTUnwrap(parsed["cases"] as? [[String: Any]])
        XCTAssertEqual(Set(cases.compactMap { $0["ref"] as? String }), [first.ref, second.ref])
        for c in cases {
            let ref = c["ref"] as! String
            let stored = try w.events(ref).count
            XCTAssertEqual((c["events"] as? [Any])?.count, stored, "every event of \(ref)")
        }
        XCTAssertTrue(doc.contains("Jan called about his exam"))
        XCTAssertTrue(doc.contains("Nowak-Kowalska"), "the draft of a correction to their case")
        let log = try XCTUnwrap(parsed["access_log"] as? [[String: Any]])
        XCTAssertTrue(log.contains { ($0["actor"] as? String) == "marcus" && ($0["kind"] as? String) == "case_viewed" }, "\(log)")
        for theirs in ["Olga", "Berg", "987-65-4321", other.ref, "private matter"] {
            XCTAssertFalse(doc.contains(theirs), "nothing about anyone else: \(theirs)")
        }
        let recorded = try XCTUnwrap(try w.engine.store.events(constituentId: first.constituentId).last)
        XCTAssertEqual("\(recorded.actor) \(recorded.kind)", "sam subject_access_exported")
    }
}
