import XCTest
@testable import DocketEngine

final class FieldValidatorTests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 22)!

    private func field(_ type: FieldType, required: Bool = false, pattern: String? = nil, min: Double? = nil,
                       max: Double? = nil, maxLength: Int? = nil, options: [(String, String)] = [],
                       pii: Bool = false, identity: String? = nil, help: String? = nil) -> FormField {
        FormField(id: "f", label: "Field", type: type, help: help, required: required, pattern: pattern,
                  min: min, max: max, maxLength: maxLength,
                  options: options.map { FieldOption(value: $0.0, label: $0.1) }, defaultValue: nil,
                  pii: pii, showIf: nil, identity: identity)
    }

    private func check(_ raw: String, _ f: FormField, _ order: DateOrder = .mdy) -> FieldCheck {
        FieldValidator.validate(raw, field: f, dateOrder: order, currency: "USD", today: today)
    }

    private func ok(_ raw: String, _ f: FormField, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(check(raw, f), .ok(canonical: expected), raw, file: file, line: line)
    }

    private func bad(_ raw: String, _ f: FormField, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(check(raw, f), .invalid(message: message), raw, file: file, line: line)
    }

    func testBlankIsEmptyForEveryType() {
        for type in FieldType.allCases {
            let f = field(type, options: [("a", "A")])
            XCTAssertEqual(check("", f), .empty, type.rawValue)
            XCTAssertEqual(check(" \t\n ", f), .empty, type.rawValue)
        }
    }

    func testText() {
        let f = field(.text, maxLength: 5)
        ok("  hello ", f, "hello")
        ok("a\tb", f, "a b")
        bad("abcdef", f, "'abcdef' is 6 characters long; expected at most 5 characters")
        bad("a\nb", f, "'a?b' has a line break; expected text of at most 5 characters on one line")
        bad("a\u{1B}[2Jb", field(.text), "'a?[2Jb' contains a control character; remove it (expected text)")
        bad("abc\u{202E}", field(.text), "'abc?' contains a control character; remove it (expected text)")
        bad("card 4111 1111 1111 1111", field(.text),
            "the text holds what looks like a payment card number; remove it (card numbers are never stored)")
        ok("Łukasz Żak 김민준 ليلى", field(.text), "Łukasz Żak 김민준 ليلى")
    }

    func testTextPattern() {
        let licence = field(.text, pattern: #"^[A-Z]\d{7}$"#, help: "one letter and seven digits, as D1234567")
        ok("D1234567", licence, "D1234567")
        bad("d1234567", licence, "'d1234567' does not have the expected form; expected: one letter and seven digits, as D1234567")
        bad("D123", field(.text, pattern: #"^[A-Z]\d{7}$"#), #"'D123' does not have the expected form ^[A-Z]\d{7}$"#)
        let account = field(.text, pattern: #"^\*{4}\d{4}$"#, pii: true, help: "the last four digits only, as ****1234")
        ok("****1234", account, "****1234")
        bad("12345678", account, "the value does not have the expected form; expected: the last four digits only, as ****1234")
    }

    func testMultiline() {
        let f = field(.multiline, maxLength: 20)
        ok(" line one\r\nline two\r ", f, "line one\nline two")
        bad("x\u{7}", f, "'x?' contains a control character; remove it (expected text of at most 20 characters)")
        bad("12345678901234567890123", f, "'12345678901234567890123' is 23 characters long; expected at most 20 characters")
        bad("paid with 5555 5555 5555 4444", field(.multiline),
            "the text holds what looks like a payment card number; remove it (card numbers are never stored)")
    }

    func testInteger() {
        let f = field(.integer, min: 0, max: 100)
        ok("42", f, "42")
        ok("+7", f, "7")
        ok("007", f, "7")
        ok("-0", field(.integer), "0")
        ok("1,000", field(.integer), "1000")
        bad("abc", f, "'abc' is not a whole number; expected a number from 0 to 100")
        bad("1.5", f, "'1.5' is not a whole number; expected a number from 0 to 100")
        bad("5.", f, "'5.' is not a whole number; expected a number from 0 to 100")
        bad("150", f, "'150' is more than 100; expected a number from 0 to 100")
        bad("-1", f, "'-1' is less than 0; expected a number from 0 to 100")
        bad("x", field(.integer), "'x' is not a whole number; expected a whole number such as 42")
        bad("0", field(.integer, min: 1), "'0' is less than 1; expected a whole number of at least 1")
        bad("9", field(.integer, max: 5), "'9' is more than 5; expected a whole number of at most 5")
        bad("12345678901234567890", f, "'12345678901234567890' is too large; expected a number from 0 to 100")
    }

    func testDecimal() {
        let f = field(.decimal, min: 0.01, max: 5000)
        ok("12.50", f, "12.5")
        ok("0.010", f, "0.01")
        ok("1,234.5", f, "1234.5")
        ok(".5", f, "0.5")
        ok("100.0", f, "100")
        ok("-0.0", field(.decimal), "0")
        ok("-2.25", field(.decimal), "-2.25")
        bad("abc", f, "'abc' is not a number; expected a number from 0.01 to 5000")
        bad("1e3", f, "'1e3' is not a number; expected a number from 0.01 to 5000")
        bad("0", f, "'0' is less than 0.01; expected a number from 0.01 to 5000")
        bad("5000.5", f, "'5000.5' is more than 5000; expected a number from 0.01 to 5000")
        bad("x", field(.decimal), "'x' is not a number; expected a number such as 12.5")
    }

    func testMoney() {
        let f = field(.money, min: 0, max: 5_000_000)
        ok("$1,234.56", f, "123456")
        ok("0.5", f, "50")
        bad("$60,000", f, "'$60,000' is more than $50,000.00; expected an amount from $0.00 to $50,000.00")
        bad("12.345", f, "'12.345' has more than two decimal places; expected an amount such as $1,234.56")
        bad("-5", f, "'-5' is negative; expected an amount of $0.00 or more")
        bad("0.50", field(.money, min: 100), "'0.50' is less than $1.00; expected an amount of at least $1.00")
        ok("-5", field(.money, min: -10000), "-500")
        XCTAssertEqual(FieldValidator.validate("12.50 EUR", field: field(.money), dateOrder: .dmy, currency: "EUR", today: today),
                       .ok(canonical: "1250"))
    }

    func testDate() {
        let f = field(.date)
        ok("3/14/1968", f, "1968-03-14")
        bad("14/3/1968", f, "14/3/1968 is not a date in month/day/year order; expected a date such as 3/14/1968")
        XCTAssertEqual(check("14/3/1968", f, .dmy), .ok(canonical: "1968-03-14"))
        ok("today", f, "2026-11-22")
        ok("11/22/2027", f, "2027-11-22")
        bad("1/1/1850", f, "'1/1/1850' is before 1900; expected a date from 1 Jan 1900 on")
        bad("11/23/2027", f, "'11/23/2027' is more than a year from now; expected a date no later than Mon 22 Nov 2027")
        bad("3/14/68", f, "'3/14/68' has a two-digit year; write the year in full: 1968")
        bad("soon", f, "'soon' is not a date; expected a date such as 3/14/1968 or 1968-03-14")
        let birth = field(.date, identity: "birth_date")
        bad("12/1/2026", birth, "'12/1/2026' is in the future; expected a birth date no later than today")
        let privateBirth = field(.date, pii: true, identity: "birth_date")
        bad("12/1/2026", privateBirth, "the value is in the future; expected a birth date no later than today")
        bad("3/14/68", privateBirth, "the value is not a date; expected a date such as 3/14/1968 or 1968-03-14")
        bad("14/3/1968", privateBirth, "the value is not a date in month/day/year order; expected a date such as 3/14/1968 or 1968-03-14")
    }

    func testYesNo() {
        let f = field(.yesNo)
        for yes in ["yes", "Y", "TRUE", "1", " Yes "] { ok(yes, f, "yes") }
        for no in ["no", "n", "False", "0", "NO"] { ok(no, f, "no") }
        bad("maybe", f, "'maybe' is not yes or no; expected yes or no (y/n)")
    }

    func testChoice() {
        let f = field(.choice, options: [("army", "Army"), ("air_force", "Air Force")])
        ok("Air Force", f, "air_force")
        ok("air force", f, "air_force")
        ok("AIR_FORCE", f, "air_force")
        ok("army", f, "army")
        bad("navy", f, "'navy' is not one of the choices; expected one of: Army, Air Force")
    }

    func testMultiChoice() {
        let f = field(.multiChoice, options: [("ptsd", "PTSD"), ("tinnitus", "Tinnitus"),
                                              ("hearing_loss", "Hearing loss"), ("arm", "Fracture, left arm")])
        ok("Tinnitus; ptsd", f, "ptsd;tinnitus")
        ok("tinnitus, hearing loss", f, "tinnitus;hearing_loss")
        ok("ptsd;PTSD;", f, "ptsd")
        ok("Fracture, left arm, PTSD", f, "ptsd;arm")
        ok("fracture,left arm", f, "arm")
        XCTAssertEqual(check(" ; ;", f), .empty)
        bad("ptsd; gout", f, "'gout' is not one of the choices; expected one or more of: PTSD, Tinnitus, Hearing loss, Fracture, left arm, separated by ;")
    }

    func testEmail() {
        let f = field(.email)
        ok("Ana.Kowalski@Example.ORG", f, "Ana.Kowalski@example.org")
        ok("jose+claims@correo.example.es", f, "jose+claims@correo.example.es")
        ok("josé@correo.es", f, "josé@correo.es")
        for junk in ["ana", "ana@", "@x.org", "ana@example", "ana@@example.org", "ana @example.org", "ana@exa_mple.org",
                     "ana@example.c", "ana..k@example.org", ".ana@example.org", "ana@-example.org", "ana@example.123",
                     "ana@example..org"] {
            bad(junk, f, "'\(junk)' is not an email address; expected an address such as name@example.org")
        }
    }

    func testPhone() {
        let f = field(.phone)
        ok("+1 (555) 010-0199", f, "+1 (555) 010-0199")
        ok("555.010.0199", f, "555.010.0199")
        ok(" 555   0100 ", f, "555 0100")
        ok("+48 22 123 45 67", f, "+48 22 123 45 67")
        let expected = "expected 7 to 15 digits, such as +1 555 010 0199 or (555) 010-0199"
        bad("12ab", f, "'12ab' is not a phone number; \(expected)")
        bad("555-0100+1", f, "'555-0100+1' is not a phone number; \(expected)")
        bad("(555 010 0199", f, "'(555 010 0199' is not a phone number; \(expected)")
        bad("1 ((2)) 345678", f, "'1 ((2)) 345678' is not a phone number; \(expected)")
        bad("123", f, "'123' has 3 digits; \(expected)")
        bad("1234567890123456", f, "'1234567890123456' has 16 digits; \(expected)")
    }

    func testNationalId() {
        let f = field(.nationalId, pattern: FieldValidator.defaultNationalIdPattern)
        ok("123-45-6789", f, "123-45-6789")
        ok("123456789", f, "123-45-6789")
        ok(" 123 45 6789 ", f, "123-45-6789")
        ok("123456789", field(.nationalId), "123-45-6789")
        let expected = "expected 9 digits written as 123-45-6789"
        for junk in ["12-345-6789", "1234567890", "abc-de-fghi", "123-45 6789", "12345678"] {
            bad(junk, f, "'\(junk)' is not a national id number; \(expected)")
        }
        bad("12345", field(.nationalId, pii: true), "the value is not a national id number; \(expected)")
        let custom = field(.nationalId, pattern: #"^[A-Z]{2}\d{6}$"#, help: "two letters and six digits")
        ok("AB123456", custom, "AB123456")
        bad("123456789", custom, "'123456789' does not have the expected form; expected: two letters and six digits")
    }

    func testAddress() {
        let f = field(.address)
        ok("12 Main St\nSpringfield, EX 01234", f, "12 Main St\nSpringfield, EX 01234")
        ok("  12   Main St \r\n\r\n  Apt 4 \n Springfield  ", f, "12 Main St\nApt 4\nSpringfield")
        bad("12 Main St", f, "'12 Main St' has only one line; expected a street line and a town or city line, on separate lines")
        bad("12 Main St\nSpringfield", field(.address, maxLength: 15),
            "'12 Main St?Springfield' is 22 characters long; expected at most 15 characters")
    }

    func testCanonicalValuesReadBackAsInput() {
        let money = field(.money, min: -1_000_000)
        XCTAssertEqual(FieldValidator.inputText(fromCanonical: "123456", field: money), "1234.56")
        XCTAssertEqual(FieldValidator.inputText(fromCanonical: "-5", field: money), "-0.05")
        XCTAssertEqual(FieldValidator.inputText(fromCanonical: "0", field: money), "0.00")
        for minor in [0, 5, 99, 100, 123456, -250, 99_999_999] {
            let text = FieldValidator.inputText(fromCanonical: String(minor), field: money)
            XCTAssertEqual(check(text, money), .ok(canonical: String(minor)))
        }
        XCTAssertEqual(FieldValidator.inputText(fromCanonical: "1968-03-14", field: field(.date)), "1968-03-14")
        XCTAssertEqual(check("1968-03-14", field(.date), .dmy), .ok(canonical: "1968-03-14"))
    }

    func testLongValuesAreShortenedInMessages() {
        let long = String(repeating: "x", count: 100)
        bad(long, field(.integer), "'\(String(repeating: "x", count: 40))…' is not a whole number; expected a whole number such as 42")
    }
}
