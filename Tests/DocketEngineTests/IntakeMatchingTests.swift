import XCTest
@testable import DocketEngine

/// Intake as the form screen drives it: checked like the form, linked to a person the agency
/// already knows (by national id, else by folded name and birth date), near-duplicates flagged.
final class IntakeMatchingTests: XCTestCase {
    private func person(_ given: String, _ family: String, born: String? = nil, id: String? = nil) -> [String: String] {
        var v = ["given_name": given, "family_name": family]
        if let born { v["birth_date"] = born }
        if let id { v["national_id"] = id }
        return v
    }

    func testMatchesByNationalIdWhateverTheName() throws {
        let w = try WorkflowWorld()
        let first = try w.engine.intake(type: "claim", input: person("Jan", "Kowalczyk", born: "3/14/1968", id: "123-45-6789"), as: w.ana)
        XCTAssertNil(first.matchedBy)
        XCTAssertFalse(first.matchedConstituent)
        // Typed without dashes, the name in other case: still the same person.
        let again = try w.engine.intake(type: "inquiry", input: person("JAN", "kowalczyk", id: "123456789"), as: w.ana)
        XCTAssertEqual(again.matchedBy, .nationalId)
        XCTAssertTrue(again.matchedConstituent)
        XCTAssertEqual(again.summary.constituentId, first.summary.constituentId)
        XCTAssertEqual(try w.engine.overview().constituents, 1)
        // Another name with the same id is not silently the same person: the clerk decides.
        expectRefusal("refused", try w.engine.intake(type: "inquiry", input: person("John", "Kowalczyk", id: "123456789"), as: w.ana))
        let chosen = try w.engine.intake(type: "inquiry", input: person("John", "Kowalczyk", id: "123456789"),
                                         constituentId: first.summary.constituentId, as: w.ana)
        XCTAssertEqual(chosen.matchedBy, .chosen)
    }

    func testMatchesByFoldedNameAndBirthDateWhenNoIdTellsThemApart() throws {
        let w = try WorkflowWorld()
        let first = try w.engine.intake(type: "claim", input: person("José", "García", born: "1968-03-14"), as: w.ana)
        // Another spelling of the same name (case, accents) and the date typed another way.
        let again = try w.engine.intake(type: "inquiry", input: person("JOSE", "garcia", born: "14 Mar 1968", id: "222-33-4444"), as: w.ana)
        XCTAssertEqual(again.matchedBy, .nameAndBirthDate)
        XCTAssertEqual(again.summary.constituentId, first.summary.constituentId)
        XCTAssertEqual(again.possibleDuplicates, [])
    }

    func testFlagsNearDuplicatesWithoutLinking() throws {
        let w = try WorkflowWorld()
        let anna = try w.engine.intake(type: "claim", input: person("Anna", "Nowak", born: "1970-05-02"), as: w.ana)
        // Same family name and birthday, another given name: perhaps a typo, perhaps a twin.
        let hanna = try w.engine.intake(type: "claim", input: person("Hanna", "Nowak", born: "1970-05-02"), as: w.ana)
        XCTAssertNil(hanna.matchedBy)
        XCTAssertNotEqual(hanna.summary.constituentId, anna.summary.constituentId, "a new person, not merged")
        XCTAssertEqual(hanna.possibleDuplicates.map(\.id), [anna.summary.constituentId])
        // Same name, same birth year, another day.
        let later = try w.engine.intake(type: "claim", input: person("Anna", "Nowák", born: "1970-11-30"), as: w.ana)
        XCTAssertNil(later.matchedBy)
        XCTAssertEqual(later.possibleDuplicates.map(\.id), [anna.summary.constituentId])
        // Same name and birthday but two different national ids: two people; flagged, not merged.
        let a = try w.engine.intake(type: "claim", input: person("Li", "Wei", born: "1980-01-01", id: "111-11-1111"), as: w.ana)
        let b = try w.engine.intake(type: "claim", input: person("Li", "Wei", born: "1980-01-01", id: "999-99-9999"), as: w.ana)
        XCTAssertNotEqual(a.summary.constituentId, b.summary.constituentId)
        XCTAssertEqual(b.possibleDuplicates.map(\.id), [a.summary.constituentId])
        // The event says so, for whoever reviews it later.
        let created = try w.events(b.summary.ref).first { $0.kind == "case_created" }!
        XCTAssertTrue(created.details.contains("\"possible_duplicates\":[\(a.summary.constituentId)]"), created.details)
    }

    func testPreviewSaysWhatIntakeWouldDoAndWritesNothing() throws {
        let w = try WorkflowWorld()
        let first = try w.engine.intake(type: "claim", input: person("Omar", "Haddad", born: "1955-07-09", id: "321-54-9876"), as: w.ana)
        let events = try w.eventCount()
        let preview = try w.engine.intakePreview(type: "claim", input: person("Omar", "Haddad", id: "321-54-9876").merging(["urgent": "y"]) { a, _ in a }, as: w.ana)
        XCTAssertTrue(preview.check.isValid)
        XCTAssertEqual(preview.constituent?.id, first.summary.constituentId)
        XCTAssertEqual(preview.matchedBy, .nationalId)
        XCTAssertEqual(preview.routing?.ruleName, "urgent claims")
        XCTAssertEqual(try w.eventCount(), events)
    }

    func testInvalidFormIsRefusedFieldByFieldAndNothingIsWritten() throws {
        let w = try WorkflowWorld()
        let before = try w.eventCount()
        let m = expectRefusal("refused", try w.engine.intake(type: "claim", input: ["given_name": "Al", "birth_date": "31/31/1999",
                                                                                   "national_id": "12-34", "branch": "marines"], as: w.ana))
        let lines = m.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains { $0.hasPrefix("family_name: ") }, m)
        XCTAssertTrue(lines.contains { $0.hasPrefix("birth_date: ") }, m)
        XCTAssertTrue(lines.contains { $0.hasPrefix("national_id: ") }, m)
        XCTAssertTrue(lines.contains { $0.hasPrefix("branch: ") }, m)
        XCTAssertFalse(m.contains("12-34"), "personal identifiers are not echoed")
        XCTAssertEqual(try w.eventCount(), before)
        XCTAssertEqual(try w.engine.overview().cases, 0)
    }

    func testInputIsReadAsTypedAndCanonicalValuesAreCheckedToo() throws {
        let w = try WorkflowWorld()
        let typed = try w.engine.intake(type: "benefit", input: person("Rosa", "Diaz").merging(["amount": "6,000.50"]) { a, _ in a }, as: w.ana)
        XCTAssertEqual(typed.summary.amount, 600_050, "money typed in dollars is kept in cents")
        XCTAssertEqual(typed.summary.department, "BEN")
        XCTAssertEqual(typed.summary.priority, 2, "over 5,000.00: the large-benefits rule")
        // Canonical values (cents) go through the canonical entry point unchanged.
        let canonical = try w.engine.intake(type: "benefit", form: person("Rosa", "Diaz").merging(["amount": "600050"]) { a, _ in a }, as: w.ana)
        XCTAssertEqual(canonical.summary.amount, 600_050)
        expectRefusal("refused", try w.engine.intake(type: "claim", form: person("A", "B").merging(["branch": "pirates"]) { a, _ in a }, as: w.ana))
    }
}
