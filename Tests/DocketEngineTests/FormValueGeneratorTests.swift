import XCTest
@testable import DocketEngine

final class FormValueGeneratorTests: XCTestCase {
    var agency: Agency!

    override func setUpWithError() throws { agency = try DemoAgencyTests.load() }

    /// Every generated form passes the validator and comes back unchanged: the values are
    /// already canonical (money goes in as typed text, `1234.56`, and comes back in minor units).
    func testEveryDemoFormValidatesOverManySeeds() {
        let today = DateInput.today()
        for form in agency.forms {
            let generator = FormValueGenerator(form: form)
            for seed in 0..<400 {
                var rng = SeededRandom(seed: UInt64(seed))
                let values = generator.values(identity: [:], rng: &rng)
                let input = FormValidator.inputValues(fromCanonical: values, form: form)
                let check = FormValidator.validate(input, form: form, dateOrder: agency.dateOrder,
                                                   currency: agency.currency, today: today)
                XCTAssertTrue(check.isValid, "\(form.id) seed \(seed): \(check.errors) in \(values)")
                XCTAssertEqual(check.canonical, values, "\(form.id) seed \(seed)")
                if !check.isValid { return }
            }
        }
    }

    /// Over a few hundred seeds every field of every form is filled at least once (each show_if
    /// branch is taken) and every option of a choice turns up.
    func testEveryFieldAndOptionTurnsUp() {
        for form in agency.forms {
            let generator = FormValueGenerator(form: form)
            var seen: [String: Set<String>] = [:]
            for seed in 0..<400 {
                var rng = SeededRandom(seed: UInt64(seed))
                for (k, v) in generator.values(identity: [:], rng: &rng) { seen[k, default: []].insert(v) }
            }
            for field in form.fields {
                XCTAssertNotNil(seen[field.id], "\(form.id).\(field.id) never filled")
                if field.type == .choice {
                    XCTAssertEqual(seen[field.id] ?? [], Set(field.options.map(\.value)), "\(form.id).\(field.id)")
                }
            }
        }
    }

    func testSameSeedSameValues() throws {
        let form = try XCTUnwrap(agency.form("disability_claim"))
        var a = SeededRandom(seed: 42), b = SeededRandom(seed: 42), c = SeededRandom(seed: 43)
        let first = FormValueGenerator.values(for: form, identity: [:], rng: &a)
        XCTAssertEqual(first, FormValueGenerator(form: form).values(identity: [:], rng: &b))
        XCTAssertNotEqual(first, FormValueGenerator.values(for: form, identity: [:], rng: &c))
        // The generator leaves both sequences at the same point, so what follows matches too.
        XCTAssertEqual(a.next(), b.next())
    }

    func testIdentityValuesAreUsed() throws {
        let identity = [
            "given_name": "Layla", "family_name": "Haddad", "birth_date": "1954-07-02", "national_id": "123-45-6789",
            "email": "layla.haddad@example.org", "phone": "(212) 555-0147",
            "address": "7 Cedar Lane\nSpringfield, EX 01234", "language": "Spanish",
        ]
        for form in agency.forms {
            var rng = SeededRandom(seed: 5)
            let values = FormValueGenerator(form: form).values(identity: identity, rng: &rng)
            XCTAssertEqual(values["given_name"], "Layla")
            XCTAssertEqual(values["family_name"], "Haddad")
            XCTAssertEqual(values["birth_date"], "1954-07-02")
            XCTAssertEqual(values["national_id"], "123-45-6789")
            XCTAssertEqual(values["email"], "layla.haddad@example.org")
            XCTAssertEqual(values["phone"], "(212) 555-0147")
            XCTAssertEqual(values["address"], "7 Cedar Lane\nSpringfield, EX 01234")
            XCTAssertEqual(values["preferred_language"], "es")
            let input = FormValidator.inputValues(fromCanonical: values, form: form)
            XCTAssertTrue(FormValidator.validate(input, form: form, dateOrder: .mdy).isValid, form.id)
        }
    }

    func testDatesFollowTheStory() throws {
        let form = try XCTUnwrap(agency.form("disability_claim"))
        let generator = FormValueGenerator(form: form)
        for seed in 0..<300 {
            var rng = SeededRandom(seed: UInt64(seed))
            let v = generator.values(identity: [:], rng: &rng)
            let birth = try XCTUnwrap(Day(iso: v["birth_date"]!)), start = try XCTUnwrap(Day(iso: v["service_start"]!))
            let end = try XCTUnwrap(Day(iso: v["service_end"]!))
            XCTAssertGreaterThanOrEqual(start - birth, 18 * 365, "enlisted as an adult (seed \(seed))")
            XCTAssertLessThan(start, end, "seed \(seed)")
            XCTAssertLessThanOrEqual(end, FormValueGenerator.defaultReference)
        }
    }

    func testAnEarlierReferenceDayMovesTheDates() throws {
        let form = try XCTUnwrap(agency.form("licence_renewal"))
        let reference = Day(year: 2024, month: 3, day: 1)!
        let generator = FormValueGenerator(form: form, reference: reference)
        for seed in 0..<200 {
            var rng = SeededRandom(seed: UInt64(seed))
            let expiry = try XCTUnwrap(Day(iso: generator.values(identity: [:], rng: &rng)["expiry_date"]!))
            XCTAssertLessThanOrEqual(abs(expiry - reference), 180)
        }
    }

    func testEmailsComeFromTheNames() throws {
        let form = try XCTUnwrap(agency.form("records_request"))
        let generator = FormValueGenerator(form: form)
        var emails = 0
        for seed in 0..<50 {
            var rng = SeededRandom(seed: UInt64(seed))
            let v = generator.values(identity: ["given_name": "Łukasz", "family_name": "Wiśniewski"], rng: &rng)
            if let email = v["email"] { emails += 1; XCTAssertTrue(email.hasPrefix("lukasz.wisniewski"), email) }
            var rng2 = SeededRandom(seed: UInt64(seed))
            if let email = generator.values(identity: ["given_name": "민준", "family_name": "김"], rng: &rng2)["email"] {
                XCTAssertTrue(email.hasPrefix("resident"), email)
            }
        }
        XCTAssertGreaterThan(emails, 20)
    }

    func testDecimalText() {
        XCTAssertEqual(FormValueGenerator.decimalText(1015, scale: 10), "101.5")
        XCTAssertEqual(FormValueGenerator.decimalText(1010, scale: 10), "101")
        XCTAssertEqual(FormValueGenerator.decimalText(5, scale: 100), "0.05")
        XCTAssertEqual(FormValueGenerator.decimalText(50, scale: 100), "0.5")
        XCTAssertEqual(FormValueGenerator.decimalText(-250, scale: 100), "-2.5")
    }
}
