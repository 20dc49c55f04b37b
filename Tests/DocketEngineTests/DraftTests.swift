import XCTest
@testable import DocketEngine

/// Drafts of partly keyed forms: saved durably, one per person and form, private, and never
/// holding a card number. (The console's own crash test — a killed terminal session — is the
/// console's; here a second engine opens the file the first one never closed.)
final class DraftTests: XCTestCase {
    func testADraftSurvivesAnEngineThatNeverClosed() throws {
        let dir = TempDir()
        let path = dir.file("d.db")
        do {
            let first = try Engine.create(path: path, agencySource: Fixtures.data(WorkflowFixture.agency()), agencyFile: "a",
                                          creator: "boss", clock: Fixtures.clock)
            let ana = try first.staffMember(login: "ana")
            try first.saveDraft(form: "claim_form", values: ["given_name": "Jan", "family_name": "Kowalcz"], focus: "family_name", as: ana)
            // Dropped without closing, as a killed process would leave it; the WAL holds the commit.
            _ = Unmanaged.passRetained(first)
        }
        let second = try Engine.open(path: path, clock: Fixtures.clock)
        let ana = try second.staffMember(login: "ana")
        let draft = try XCTUnwrap(try second.draft(form: "claim_form", as: ana))
        XCTAssertEqual(draft.values, ["given_name": "Jan", "family_name": "Kowalcz"], "to the last character")
        XCTAssertEqual(draft.focus, "family_name")
        XCTAssertEqual(draft.savedAt, Fixtures.now)
    }

    func testOnePerPersonAndFormReplacedAsTheyTypeAndPrivate() throws {
        let w = try WorkflowWorld()
        try w.engine.saveDraft(form: "claim_form", values: ["given_name": "J"], focus: "given_name", as: w.ana)
        w.time.advance(minutes: 1)
        try w.engine.saveDraft(form: "claim_form", values: ["given_name": "Jan", "notes": "line 1\nline 2"], focus: "notes", as: w.ana)
        w.time.advance(minutes: 1)
        try w.engine.saveDraft(form: "claim", values: ["family_name": "x"], focus: nil, as: w.marcus)
        try w.engine.saveDraft(form: "inquiry_form", values: ["topic": "hours"], focus: "topic", as: w.ana)
        let mine = try w.engine.drafts(as: w.ana)
        XCTAssertEqual(mine.map(\.form), ["inquiry_form", "claim_form"], "newest first")
        XCTAssertEqual(mine[1].values, ["given_name": "Jan", "notes": "line 1\nline 2"])
        XCTAssertEqual(try w.engine.drafts(as: w.marcus).map(\.form), ["claim_form"], "a case type names its form")
        XCTAssertNil(try w.engine.draft(form: "benefit_form", as: w.ana))
        XCTAssertTrue(try w.engine.discardDraft(form: "claim_form", as: w.ana))
        XCTAssertFalse(try w.engine.discardDraft(form: "claim_form", as: w.ana))
        XCTAssertNil(try w.engine.draft(form: "claim_form", as: w.ana))
        XCTAssertNotNil(try w.engine.draft(form: "claim_form", as: w.marcus), "someone else's draft is untouched")
    }

    func testCardNumbersAreNeverStoredAndBadNamesRefused() throws {
        let w = try WorkflowWorld()
        let saved = try w.engine.saveDraft(form: "claim_form", values: ["given_name": "Al", "notes": "card 4111 1111 1111 1111"],
                                           focus: "notes", as: w.ana)
        XCTAssertEqual(saved.withheld, ["notes"])
        XCTAssertEqual(try w.engine.draft(form: "claim_form", as: w.ana)?.values, ["given_name": "Al"])
        expectRefusal("usage", try w.engine.saveDraft(form: "claim_form", values: ["nope": "x"], focus: nil, as: w.ana))
        expectRefusal("usage", try w.engine.saveDraft(form: "no_form", values: [:], focus: nil, as: w.ana))
        expectRefusal("refused", try w.engine.saveDraft(form: "claim_form", values: [:], focus: nil, as: w.sam))
        // Half-typed values are kept as typed: a draft is not checked.
        try w.engine.saveDraft(form: "claim_form", values: ["birth_date": "3/1"], focus: "birth_date", as: w.ana)
        XCTAssertEqual(try w.engine.draft(form: "claim_form", as: w.ana)?.values["birth_date"], "3/1")
    }
}
