import XCTest
@testable import DocketEngine

final class FormValidatorTests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 22)!

    private func field(_ id: String, _ label: String, _ type: FieldType, required: Bool = false,
                       options: [String] = [], defaultValue: String? = nil, showIf: ShowIf? = nil) -> FormField {
        FormField(id: id, label: label, type: type, help: nil, required: required, pattern: nil, min: nil, max: nil,
                  maxLength: nil, options: options.map { FieldOption(value: $0, label: $0.capitalized) },
                  defaultValue: defaultValue, pii: false, showIf: showIf, identity: nil)
    }

    private lazy var form = FormDefinition(id: "t", caseType: "t", title: "Test", sections: [
        FormSection(title: "One", fields: [
            field("name", "Name", .text, required: true),
            field("plea", "Response", .choice, required: true, options: ["pay", "dispute"]),
            field("hearing", "Hearing requested", .yesNo, required: true, showIf: ShowIf(field: "plea", equals: ["dispute"])),
            field("format", "Hearing format", .choice, required: true, options: ["video", "phone"],
                  showIf: ShowIf(field: "hearing", equals: ["yes"])),
        ]),
        FormSection(title: "Two", fields: [
            field("symptoms", "Symptoms", .multiChoice, options: ["fever", "rash", "cough"]),
            field("rash_where", "Where is the rash", .text, required: true, showIf: ShowIf(field: "symptoms", equals: ["rash"])),
            field("language", "Language", .choice, required: true, options: ["en", "es"], defaultValue: "en"),
            field("count", "Contacts", .integer),
        ]),
    ])

    private func validate(_ values: [String: String]) -> FormCheck {
        FormValidator.validate(values, form: form, dateOrder: .mdy, today: today)
    }

    func testCanonicalValuesAndDefaults() {
        let check = validate(["name": " Ana ", "plea": "Dispute", "hearing": "Y", "format": "Video", "count": "007"])
        XCTAssertTrue(check.isValid, "\(check.errors)")
        XCTAssertEqual(check.canonical, ["name": "Ana", "plea": "dispute", "hearing": "yes", "format": "video",
                                         "language": "en", "count": "7"])
        XCTAssertEqual(validate(["name": "Ana", "plea": "pay", "language": "  "]).canonical["language"], "en")
        XCTAssertEqual(validate(["name": "Ana", "plea": "pay", "language": "ES"]).canonical["language"], "es")
    }

    func testRequiredFieldsInFormOrderWithUnknownKeysLast() {
        let check = validate(["zzz": "1", "count": "many", "abc": ""])
        XCTAssertEqual(check.errors.map(\.field), ["name", "plea", "count", "abc", "zzz"])
        XCTAssertEqual(check.error(for: "name"), "Name is required; expected text")
        XCTAssertEqual(check.error(for: "plea"), "Response is required; expected one of: Pay, Dispute")
        XCTAssertEqual(check.error(for: "count"), "'many' is not a whole number; expected a whole number such as 42")
        XCTAssertEqual(check.error(for: "zzz"),
                       "unknown field 'zzz' (fields: name, plea, hearing, format, symptoms, rash_where, language, count)")
    }

    func testHiddenFieldsAreDroppedAndNeverRequired() {
        // Hearing is hidden when the fine is paid, and so is the format that hangs off it.
        let paid = validate(["name": "Ana", "plea": "pay", "hearing": "yes", "format": "nonsense"])
        XCTAssertTrue(paid.isValid, "\(paid.errors)")
        XCTAssertNil(paid.canonical["hearing"])
        XCTAssertNil(paid.canonical["format"])

        let disputed = validate(["name": "Ana", "plea": "dispute"])
        XCTAssertEqual(disputed.errors.map(\.field), ["hearing"])
        XCTAssertEqual(disputed.error(for: "hearing"), "Hearing requested is required; expected yes or no (y/n)")

        let noHearing = validate(["name": "Ana", "plea": "dispute", "hearing": "no"])
        XCTAssertTrue(noHearing.isValid)
    }

    func testAMultipleChoiceControlsByAnyChosenValue() {
        let rash = validate(["name": "Ana", "plea": "pay", "symptoms": "fever; Rash"])
        XCTAssertEqual(rash.errors.map(\.field), ["rash_where"])
        let fever = validate(["name": "Ana", "plea": "pay", "symptoms": "fever", "rash_where": "arm"])
        XCTAssertTrue(fever.isValid)
        XCTAssertNil(fever.canonical["rash_where"])
    }

    func testARefusedControllerNeitherHidesNorRequires() {
        let check = validate(["name": "Ana", "plea": "dispute", "hearing": "maybe", "format": "carrier pigeon"])
        XCTAssertEqual(check.errors.map(\.field), ["hearing", "format"])
        XCTAssertEqual(check.error(for: "hearing"), "'maybe' is not yes or no; expected yes or no (y/n)")
        // Nothing typed for the dependent field: it is not reported as missing.
        XCTAssertEqual(validate(["name": "Ana", "plea": "dispute", "hearing": "maybe"]).errors.map(\.field), ["hearing"])
    }

    func testVisibleFieldsFollowWhatIsTyped() {
        let ids = { (values: [String: String]) in FormValidator.visibleFields(form: self.form, values: values).map(\.id) }
        XCTAssertEqual(ids([:]), ["name", "plea", "symptoms", "language", "count"])
        XCTAssertEqual(ids(["plea": "Dispute"]), ["name", "plea", "hearing", "symptoms", "language", "count"])
        XCTAssertEqual(ids(["plea": "dispute", "hearing": "Y"]),
                       ["name", "plea", "hearing", "format", "symptoms", "language", "count"])
        XCTAssertEqual(ids(["plea": "pay", "hearing": "yes"]), ["name", "plea", "symptoms", "language", "count"])
        XCTAssertEqual(ids(["symptoms": "cough, rash"]), ["name", "plea", "symptoms", "rash_where", "language", "count"])
    }

    func testADisabilityClaimAsAnaKeysIt() throws {
        let agency = try DemoAgencyTests.load()
        let form = try XCTUnwrap(agency.form("disability_claim"))
        let typed = [
            "given_name": "Stanisław", "family_name": "Kowalczyk", "birth_date": "14 Mar 1948",
            "national_id": "123456789", "email": "s.kowalczyk@Example.org", "phone": "(212) 555-0147",
            "address": "12 Elm Street\nSpringfield, EX 01234", "preferred_language": "Polish",
            "branch": "Army", "service_start": "6/1/1966", "service_end": "1968-05-31",
            "discharge": "honorable", "served_in_combat_zone": "y", "combat_zone_details": "Da Nang, 1967",
            "conditions_claimed": "Tinnitus; PTSD", "service_connected": "yes",
            "priority_circumstances": "85 years of age or older",
        ]
        let check = FormValidator.validate(typed, form: form, dateOrder: agency.dateOrder, today: today)
        XCTAssertTrue(check.isValid, "\(check.errors)")
        XCTAssertEqual(check.canonical["birth_date"], "1948-03-14")
        XCTAssertEqual(check.canonical["national_id"], "123-45-6789")
        XCTAssertEqual(check.canonical["preferred_language"], "pl")
        XCTAssertEqual(check.canonical["conditions_claimed"], "ptsd;tinnitus")
        XCTAssertEqual(check.canonical["priority_circumstances"], "age_85_or_older")
        XCTAssertEqual(check.canonical["direct_deposit"], "no")
        XCTAssertNil(check.canonical["bank_account_ref"])

        var wrong = typed
        wrong["national_id"] = "123-45-678"
        wrong["direct_deposit"] = "yes"
        wrong["account_type"] = "checking"
        wrong["bank_routing_ref"] = "****1234"
        wrong["bank_account_ref"] = "000123456789"
        let refused = FormValidator.validate(wrong, form: form, dateOrder: agency.dateOrder, today: today)
        XCTAssertEqual(refused.errors.map(\.field), ["national_id", "bank_account_ref"])
        XCTAssertEqual(refused.error(for: "national_id"),
                       "the value is not a national id number; expected 9 digits written as 123-45-6789")
    }
}
