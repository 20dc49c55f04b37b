import XCTest
@testable import DocketEngine

final class MoneyInputTests: XCTestCase {
    private func minor(_ text: String, negative: Bool = false, currency: String = "USD",
                       file: StaticString = #filePath, line: UInt = #line) -> Int? {
        switch MoneyInput.parse(text, allowNegative: negative, currency: currency) {
        case .success(let m): return m
        case .failure(let p): XCTFail("\(text): \(p.message)", file: file, line: line); return nil
        }
    }

    private func problem(_ text: String, negative: Bool = false, currency: String = "USD",
                         file: StaticString = #filePath, line: UInt = #line) -> String? {
        switch MoneyInput.parse(text, allowNegative: negative, currency: currency) {
        case .success(let m): XCTFail("\(text) read as \(m)", file: file, line: line); return nil
        case .failure(let p): return p.message
        }
    }

    func testTheWaysPeopleWriteAmounts() {
        XCTAssertEqual(minor("$1,234.56"), 123456)
        XCTAssertEqual(minor("1234.56"), 123456)
        XCTAssertEqual(minor("1234"), 123400)
        XCTAssertEqual(minor("1,234"), 123400)
        XCTAssertEqual(minor("0.5"), 50)
        XCTAssertEqual(minor(".5"), 50)
        XCTAssertEqual(minor("12."), 1200)
        XCTAssertEqual(minor("  $0.05 "), 5)
        XCTAssertEqual(minor("1,234,567.89"), 123456789)
        XCTAssertEqual(minor("$ 12"), 1200)
        XCTAssertEqual(minor("12 USD"), 1200)
        XCTAssertEqual(minor("-0"), 0)
        XCTAssertEqual(minor("9999999999999.99"), 999999999999999)
    }

    func testTooManyDecimalsAndMisplacedCommas() {
        XCTAssertEqual(problem("12.345"), "'12.345' has more than two decimal places; expected an amount such as $1,234.56")
        let comma = "has a comma in the wrong place; write thousands as 1,234 and cents after a point, as in $1,234.56"
        for text in ["1,23", "12,34,567", "1234,567", ",123", "1,2345", "1,234,56"] {
            XCTAssertEqual(problem(text), "'\(text)' \(comma)")
        }
    }

    func testNegativeOnlyWhenAllowed() {
        XCTAssertEqual(problem("-5"), "'-5' is negative; expected an amount of $0.00 or more")
        XCTAssertEqual(problem("-$5.25"), "'-$5.25' is negative; expected an amount of $0.00 or more")
        XCTAssertEqual(minor("-5", negative: true), -500)
        XCTAssertEqual(minor("-$5.25", negative: true), -525)
        XCTAssertEqual(minor("$-5.25", negative: true), -525)
    }

    func testNotAnAmount() {
        for text in ["abc", "$", "1.2.3", "12a", "--5", "$$5", "1e5", "+"] {
            XCTAssertEqual(problem(text), "'\(text)' is not an amount; expected an amount such as $1,234.56", text)
        }
        XCTAssertEqual(problem(""), "expected an amount such as $1,234.56")
        XCTAssertEqual(problem("99999999999999"), "'99999999999999' is too large; expected an amount below $10,000,000,000,000.00")
    }

    func testOtherCurrencies() {
        XCTAssertEqual(minor("EUR 12.50", currency: "EUR"), 1250)
        XCTAssertEqual(minor("12.50 eur", currency: "EUR"), 1250)
        XCTAssertEqual(minor("€12.50", currency: "EUR"), 1250)
        XCTAssertEqual(minor("12.50", currency: "EUR"), 1250)
        XCTAssertEqual(problem("$5", currency: "EUR"), "'$5' is not in EUR; expected an amount such as 1,234.56 EUR")
    }

    func testFormat() {
        XCTAssertEqual(MoneyInput.format(minor: 123456, currency: "USD"), "$1,234.56")
        XCTAssertEqual(MoneyInput.format(minor: 0, currency: "USD"), "$0.00")
        XCTAssertEqual(MoneyInput.format(minor: 5, currency: "USD"), "$0.05")
        XCTAssertEqual(MoneyInput.format(minor: 100, currency: "USD"), "$1.00")
        XCTAssertEqual(MoneyInput.format(minor: -123456, currency: "USD"), "-$1,234.56")
        XCTAssertEqual(MoneyInput.format(minor: 100_000_000, currency: "USD"), "$1,000,000.00")
        XCTAssertEqual(MoneyInput.format(minor: 123456, currency: "EUR"), "1,234.56 EUR")
        XCTAssertEqual(MoneyInput.format(minor: 99, currency: "GBP"), "0.99 GBP")
    }

    func testFormatThenParseRoundTrips() {
        var rng = SeededRandom(seed: 7)
        for _ in 0..<2000 {
            let m = rng.int(0...10_000_000_000)
            XCTAssertEqual(minor(MoneyInput.format(minor: m, currency: "USD")), m)
            XCTAssertEqual(minor(MoneyInput.format(minor: m, currency: "EUR"), currency: "EUR"), m)
        }
    }
}
