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
        try w.engine.saveDraft(form: "claim", values: ["family_name": "x"], focus: nil, as: w.priya)
        try w.engine.saveDraft(form: "inquiry_form", values: ["topic": "hours"], focus: "topic", as: w.ana)
        let mine = try w.engine.drafts(as: w.ana)
        XCTAssertEqual(mine.map(\.form), ["inquiry_form", "claim_form"], "newest first")
        XCTAssertEqual(mine[1].values, ["given_name": "Jan", "notes": "line 1\nline 2"])
        XCTAssertEqual(try w.engine.drafts(as: w.priya).map(\.form), ["claim_form"], "a case type names its form")
        XCTAssertNil(try w.engine.draft(form: "benefit_form", as: w.ana))
        XCTAssertTrue(try w.engine.discardDraft(form: "claim_form", as: w.ana))
        XCTAssertFalse(try w.engine.discardDraft(form: "claim_form", as: w.ana))
        XCTAssertNil(try w.engine.draft(form: "claim_form", as: w.ana))
        XCTAssertNotNil(try w.engine.draft(form: "claim_form", as: w.priya), "someone else's draft is untouched")
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

    // MARK: corrections

    /// A correction keeps its own draft, per case, beside the intake draft of the same form:
    /// neither overwrites the other, and each is found, listed and discarded on its own.
    func testACorrectionDraftSitsBesideTheIntakeDraftOfTheSameForm() throws {
        let w = try WorkflowWorld()
        let first = try w.claim(), second = try w.claim()
        try w.engine.saveDraft(form: "claim_form", values: ["given_name": "New"], focus: "given_name", as: w.priya)
        w.time.advance(minutes: 1)
        try w.engine.saveDraft(form: "claim_form", case: first.ref, caseVersion: first.version,
                               values: ["branch": "navy", "notes": ""], focus: "branch", as: w.priya)
        w.time.advance(minutes: 1)
        try w.engine.saveDraft(form: "claim", case: second.ref.lowercased(), values: ["notes": "second"], focus: nil, as: w.priya)

        let intake = try XCTUnwrap(try w.engine.draft(form: "claim_form", as: w.priya))
        XCTAssertEqual(intake.values, ["given_name": "New"], "the intake draft is untouched")
        XCTAssertNil(intake.caseRef)
        XCTAssertFalse(intake.isCorrection)
        let correction = try XCTUnwrap(try w.engine.draft(form: "claim_form", case: first.ref, as: w.priya))
        XCTAssertEqual(correction.values, ["branch": "navy", "notes": ""], "a cleared field is a change, kept as empty text")
        XCTAssertEqual(correction.caseRef, first.ref)
        XCTAssertEqual(correction.caseVersion, first.version)
        XCTAssertEqual(correction.focus, "branch")
        XCTAssertEqual(try w.engine.draft(form: "claim_form", case: second.ref, as: w.priya)?.caseVersion, second.version,
                       "without a version given, the case's own")

        // Typing on replaces the correction's draft, not the intake's.
        w.time.advance(minutes: 1)
        try w.engine.saveDraft(form: "claim_form", case: first.ref, caseVersion: first.version,
                               values: ["branch": "marines"], focus: "branch", as: w.priya)
        let listed = try w.engine.drafts(as: w.priya)
        XCTAssertEqual(listed.map(\.caseRef), [first.ref, second.ref, nil], "newest first")
        XCTAssertEqual(listed[0].values, ["branch": "marines"])
        XCTAssertEqual(try w.engine.drafts(as: w.jo), [], "private to the person who typed it")
        XCTAssertNil(try w.engine.draft(form: "claim_form", case: first.ref, as: w.jo))

        XCTAssertTrue(try w.engine.discardDraft(form: "claim_form", case: first.ref, as: w.priya))
        XCTAssertFalse(try w.engine.discardDraft(form: "claim_form", case: first.ref, as: w.priya))
        XCTAssertNil(try w.engine.draft(form: "claim_form", case: first.ref, as: w.priya))
        XCTAssertEqual(try w.engine.draft(form: "claim_form", as: w.priya)?.values, ["given_name": "New"])
        XCTAssertTrue(try w.engine.discardDraft(form: "claim_form", as: w.priya), "the intake draft goes on its own")
        XCTAssertEqual(try w.engine.drafts(as: w.priya).map(\.caseRef), [second.ref])
    }

    /// Only someone who may correct the case keeps a draft of correcting it, and a correction
    /// draft holds the intake draft's protections: no card numbers, a size cap, no auditors.
    /// A personal value shown masked is never stored as if it were the value.
    func testACorrectionDraftIsCheckedLikeTheCorrectionAndNeverHoldsAMask() throws {
        let w = try WorkflowWorld()
        let c = try w.claim(["national_id": "123-45-6789", "birth_date": "3/14/1968"])
        expectRefusal("refused", try w.engine.saveDraft(form: "claim_form", case: c.ref, values: ["notes": "x"], focus: nil, as: w.lee),
                      "the case is in VET, not MED")
        expectRefusal("refused", try w.engine.draft(form: "claim_form", case: c.ref, as: w.lee) as Any)
        expectRefusal("refused", try w.engine.saveDraft(form: "claim_form", case: c.ref, values: [:], focus: nil, as: w.sam),
                      "auditors keep no drafts")
        expectRefusal("notFound", try w.engine.saveDraft(form: "claim_form", case: "CL-2026-999999", values: [:], focus: nil, as: w.marcus))
        expectRefusal("usage", try w.engine.saveDraft(form: "inquiry_form", case: c.ref, values: [:], focus: nil, as: w.marcus),
                      "not the case's form")
        expectRefusal("refused", try w.engine.saveDraft(form: "claim_form", case: c.ref,
                                                        values: ["notes": String(repeating: "x", count: 5 << 20)], focus: nil, as: w.marcus))
        XCTAssertEqual(try w.engine.drafts(as: w.lee), [])

        let saved = try w.engine.saveDraft(form: "claim_form", case: c.ref,
                                           values: ["notes": "card 4111 1111 1111 1111", "national_id": "***-**-6789",
                                                    "birth_date": "•••", "branch": "navy"], focus: "notes", as: w.marcus)
        XCTAssertEqual(saved.withheld, ["notes"])
        XCTAssertEqual(try w.engine.draft(form: "claim_form", case: c.ref, as: w.marcus)?.values, ["branch": "navy"],
                       "neither the card number nor the masks are kept")
        // A personal value really retyped is the clerk's, and kept as an intake draft keeps it.
        try w.engine.saveDraft(form: "claim_form", case: c.ref, values: ["national_id": "987-65-4321"], focus: nil, as: w.marcus)
        XCTAssertEqual(try w.engine.draft(form: "claim_form", case: c.ref, as: w.marcus)?.values, ["national_id": "987-65-4321"])
        // Whoever typed it throws it away.
        XCTAssertTrue(try w.engine.discardDraft(form: "claim_form", case: c.ref, as: w.marcus))
    }
}
