import XCTest
@testable import DocketEngine

/// Amounts written and read in each of the demo's six languages, in integer minor units, never rounded.
final class MoneyStyleTests: XCTestCase {
    let nbsp = "\u{00A0}"

    func testFormattingInEachLanguage() {
        let usd = { (lang: String) in MoneyStyle(currency: "USD", language: lang) }
        XCTAssertEqual(usd("en").format(123456), "$1,234.56")
        XCTAssertEqual(usd("en").format(5), "$0.05")
        XCTAssertEqual(usd("en").format(-2500), "-$25.00")
        XCTAssertEqual(usd("es").format(123456), "1234,56\(nbsp)US$", "Spanish leaves four digits ungrouped")
        XCTAssertEqual(usd("es").format(1234567), "12.345,67\(nbsp)US$")
        XCTAssertEqual(usd("it").format(123456), "1.234,56\(nbsp)USD")
        XCTAssertEqual(usd("pl").format(123456), "1234,56\(nbsp)USD")
        XCTAssertEqual(usd("pl").format(1234567), "12\(nbsp)345,67\(nbsp)USD")
        XCTAssertEqual(usd("ko").format(123456), "US$1,234.56")
        XCTAssertEqual(usd("ar").format(123456), "١٬٢٣٤٫٥٦\(nbsp)US$")
        XCTAssertEqual(MoneyStyle(currency: "EUR", language: "it").format(1050), "10,50\(nbsp)€")
        XCTAssertEqual(MoneyStyle(currency: "KRW", language: "ko").format(15000), "₩15,000", "won has no minor unit")
        XCTAssertEqual(MoneyStyle(currency: "KWD", language: "ar").format(1500), "١٫٥٠٠\(nbsp)KWD")
        XCTAssertEqual(MoneyStyle(currency: "USD", language: "es-MX").language, "es")
        XCTAssertEqual(MoneyStyle(currency: "USD", language: "fr").language, "en", "an unknown language falls back to English")
    }

    func testReadingInEachLanguage() {
        func read(_ text: String, _ lang: String, _ currency: String = "USD") -> Int64? {
            try? MoneyStyle(currency: currency, language: lang).parse(text).get()
        }
        XCTAssertEqual(read("25.00", "en"), 2500)
        XCTAssertEqual(read("$1,234.56", "en"), 123456)
        XCTAssertEqual(read("25", "en"), 2500)
        XCTAssertEqual(read("0.5", "en"), 50)
        XCTAssertEqual(read("1.234,56 US$", "es"), 123456)
        XCTAssertEqual(read("25.00", "es"), 2500, "a point with two decimals after it is a decimal mark")
        XCTAssertEqual(read("1.234", "es"), 123400, "a point before three digits groups thousands")
        XCTAssertEqual(read("1.234,56", "it"), 123456)
        XCTAssertEqual(read("12\(nbsp)345,67 USD", "pl"), 1234567)
        XCTAssertEqual(read("12 345,67", "pl"), 1234567)
        XCTAssertEqual(read("US$1,234.56", "ko"), 123456)
        XCTAssertEqual(read("١٬٢٣٤٫٥٦", "ar"), 123456)
        XCTAssertEqual(read("25.50", "ar"), 2550)
        XCTAssertEqual(read("15,000", "ko", "KRW"), 15000)
        XCTAssertEqual(read("12.340", "en"), 1234, "trailing zeros are not extra precision")
    }

    func testNeverRoundsAndSaysWhy() {
        func problem(_ text: String, _ lang: String = "en", _ currency: String = "USD") -> String {
            switch MoneyStyle(currency: currency, language: lang).parse(text) {
            case .success(let v): return "read as \(v)"
            case .failure(let e): return e.description
            }
        }
        XCTAssertTrue(problem("12.345").contains("never rounds"), problem("12.345"))
        XCTAssertTrue(problem("12,345", "it").contains("never rounds"))
        XCTAssertTrue(problem("150.5", "ko", "KRW").contains("no minor unit"), problem("150.5", "ko", "KRW"))
        XCTAssertTrue(problem("-5").contains("negative"))
        XCTAssertTrue(problem("twelve").contains("not an amount"))
        XCTAssertTrue(problem("").contains("give an amount"))
        XCTAssertTrue(problem("1.2.3", "en").contains("not an amount"))
        XCTAssertTrue(problem("$5", "it", "EUR").contains("not an amount"), "a dollar sign is no euro")
    }
}
