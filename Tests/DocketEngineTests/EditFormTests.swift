import XCTest
@testable import DocketEngine

/// Correcting a form after intake: checked like the form screen, one event with before and
/// after per changed field (personal ones masked), the person's identity kept in step.
final class EditFormTests: XCTestCase {
    func testEventRecordsBeforeAndAfterWithPersonalFieldsMasked() throws {
        let w = try WorkflowWorld()
        let c = try w.engine.intake(type: "claim", input: ["given_name": "Jan", "family_name": "Kowalczyk", "birth_date": "3/14/1968",
                                                           "national_id": "123-45-6789", "branch": "army", "notes": "first"], as: w.ana).summary
        let edited = try w.engine.editForm(ref: c.ref, changes: ["branch": "Navy", "notes": "", "national_id": "987654321",
                                                                 "birth_date": "15 Mar 1968"],
                                           reason: "typo on the paper form", as: w.marcus, expectVersion: 1)
        XCTAssertEqual(edited.version, 2)
        let form = JSONText.decodeForm(try w.engine.store.formJSON(caseId: c.id))
        XCTAssertEqual(form["branch"], "navy")
        XCTAssertNil(form["notes"], "empty text clears a field")
        XCTAssertEqual(form["birth_date"], "1968-03-15")
        let event = try XCTUnwrap(try w.events(c.ref).last)
        XCTAssertEqual(event.kind, "form_edited")
        XCTAssertEqual(event.actor, "marcus")
        XCTAssertEqual(event.reason, "typo on the paper form")
        XCTAssertEqual(event.constituentId, c.constituentId, "identity changed: the person's record says so too")
        guard case .object(let top) = JSONText.parse(event.details), case .array(let changes)? = top.first(where: { $0.0 == "changes" })?.1 else {
            return XCTFail(event.details)
        }
        var byField: [String: (JSONText.Value, JSONText.Value)] = [:]
        for case .object(let pairs) in changes {
            let d = Dictionary(pairs, uniquingKeysWith: { a, _ in a })
            if case .string(let f)? = d["field"] { byField[f] = (d["before"]!, d["after"]!) }
        }
        XCTAssertEqual(Set(byField.keys), ["birth_date", "national_id", "branch", "notes"], "one entry per changed field, no others")
        XCTAssertEqual(byField["branch"]?.0, .string("army"))
        XCTAssertEqual(byField["branch"]?.1, .string("navy"))
        XCTAssertEqual(byField["notes"]?.1, .null)
        XCTAssertEqual(byField["national_id"]?.0, .string("***-**-6789"))
        XCTAssertEqual(byField["national_id"]?.1, .string("***-**-4321"))
        XCTAssertEqual(byField["birth_date"]?.0, .string("***"))
        XCTAssertFalse(event.details.contains("1968"), "no birth date in the log")
        XCTAssertFalse(event.details.contains("123-45") || event.details.contains("987-65"))
        // The person moved with the form: found by the new id, and the audit chain holds.
        let person = try XCTUnwrap(try w.engine.store.constituent(id: c.constituentId))
        XCTAssertEqual(person.nationalId, "987-65-4321")
        XCTAssertEqual(person.birthDate, "1968-03-15")
        XCTAssertTrue(try w.engine.verifyAudit().ok)
    }

    func testRefusedAsTheFormScreenRefusesAndNothingChanges() throws {
        let w = try WorkflowWorld()
        let c = try w.claim()
        let before = try w.eventCount()
        let m = expectRefusal("refused", try w.engine.editForm(ref: c.ref, changes: ["branch": "pirates", "birth_date": "31/31/1999",
                                                                                     "given_name": ""], as: w.marcus))
        let lines = m.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains { $0.hasPrefix("given_name: ") }, m)
        XCTAssertTrue(lines.contains { $0.hasPrefix("branch: ") }, m)
        XCTAssertTrue(lines.contains { $0.hasPrefix("birth_date: ") }, m)
        expectRefusal("refused", try w.engine.editForm(ref: c.ref, changes: ["nope": "x"], as: w.marcus))
        expectRefusal("refused", try w.engine.editForm(ref: c.ref, changes: ["notes": "card 4111 1111 1111 1111"], as: w.marcus))
        XCTAssertEqual(try w.eventCount(), before)
        XCTAssertEqual(try w.summary(c.ref).version, 1)
    }

    func testVersionCheckPermissionAndNoOp() throws {
        let w = try WorkflowWorld()
        let c = try w.claim()
        try w.engine.editForm(ref: c.ref, changes: ["notes": "one"], as: w.marcus, expectVersion: 1)
        expectRefusal("conflict", try w.engine.editForm(ref: c.ref, changes: ["notes": "two"], as: w.jo, expectVersion: 1))
        expectRefusal("refused", try w.engine.editForm(ref: c.ref, changes: ["notes": "two"], as: w.lee), "not in VET")
        expectRefusal("refused", try w.engine.editForm(ref: c.ref, changes: ["notes": "two"], as: w.sam), "auditors read only")
        let events = try w.eventCount()
        let same = try w.engine.editForm(ref: c.ref, changes: ["notes": "  one  ", "branch": ""], as: w.marcus)
        XCTAssertEqual(same.version, 2, "the same values: no new version")
        XCTAssertEqual(try w.eventCount(), events, "and no event")
    }

    func testAmountAndNameFollowTheFormAndSearchFindsTheNewName() throws {
        let w = try WorkflowWorld()
        let c = try w.benefit(amount: 10_000)
        let after = try w.engine.editForm(ref: c.ref, changes: ["amount": "7,500.25", "family_name": "Wójcik"], as: w.boss)
        XCTAssertEqual(after.amount, 750_025)
        XCTAssertEqual(try w.summary(c.ref).amount, 750_025, "the case row's amount mirrors the form")
        XCTAssertEqual(try w.engine.search("wojcik", as: w.boss).first?.constituent.id, c.constituentId)
        XCTAssertTrue(try w.engine.search("Family1", as: w.boss).isEmpty, "the old name left the index")
    }

    func testANationalIdOfSomeoneElseIsRefused() throws {
        let w = try WorkflowWorld()
        _ = try w.intake("claim", ["national_id": "111-11-1111"])
        let c = try w.intake("claim", ["national_id": "222-22-2222"])
        let m = expectRefusal("refused", try w.engine.editForm(ref: c.ref, changes: ["national_id": "111-11-1111"], as: w.marcus))
        XCTAssertTrue(m.contains("belongs to constituent"), m)
    }
}
