import XCTest
@testable import DocketEngine

final class CardNumberGuardTests: XCTestCase {
    private func found(_ text: String) -> String? {
        CardNumberGuard.findCardNumber(in: text).map { String(text[$0]) }
    }

    // Test numbers published by the card networks; all pass Luhn.
    private let testCards = [
        "4111 1111 1111 1111",    // Visa
        "4012 8888 8888 1881",    // Visa
        "4222 2222 2222 2",       // Visa, 13 digits
        "5555 5555 5555 4444",    // Mastercard
        "5105 1051 0510 5100",    // Mastercard
        "2223 0031 2200 3222",    // Mastercard 2-series
        "3782 822463 10005",      // American Express, 4-6-5
        "3714 496353 98431",      // American Express
        "6011 1111 1111 1117",    // Discover
        "6011 0009 9013 9424",    // Discover
        "3056 930902 5904",       // Diners Club, 4-6-4
        "3530 1113 3330 0000",    // JCB
        "6011 0000 0000 0000 001", // 19 digits, 4-4-4-4-3
    ]

    func testCardsWithSpacesDashesAndNoSeparators() {
        for card in testCards {
            let dashed = card.replacingOccurrences(of: " ", with: "-")
            let solid = card.replacingOccurrences(of: " ", with: "")
            XCTAssertEqual(found(card), card)
            XCTAssertEqual(found(dashed), dashed)
            XCTAssertEqual(found(solid), solid)
        }
    }

    func testCardInsideASentenceIsLocatedExactly() {
        XCTAssertEqual(found("Please charge 4111-1111-1111-1111 for the licence fee."), "4111-1111-1111-1111")
        XCTAssertEqual(found("Card: 5555555555554444, exp 12/27"), "5555555555554444")
        XCTAssertEqual(found("paid with amex (3782 822463 10005) on 2026-03-01"), "3782 822463 10005")
        XCTAssertEqual(found("line one\ncard 6011111111111117\nline three"), "6011111111111117")
    }

    func testCardFollowedByExpiryAndSecurityCode() {
        XCTAssertEqual(found("4111 1111 1111 1111 123"), "4111 1111 1111 1111")
        XCTAssertEqual(found("4111 1111 1111 1111 12 27 123"), "4111 1111 1111 1111")
        XCTAssertEqual(found("4111 1111 1111 1111 12 2027"), "4111 1111 1111 1111")
        XCTAssertEqual(found("3782 822463 10005 1234"), "3782 822463 10005")
        XCTAssertEqual(found("4111111111111111 123"), "4111111111111111")
    }

    func testTwoCardsInOneRun() {
        XCTAssertEqual(found("4111 1111 1111 1111 5555 5555 5555 4444"), "4111 1111 1111 1111")
    }

    func testOtherDigitScriptsAndSeparators() {
        XCTAssertEqual(found("بطاقة ٤١١١ ١١١١ ١١١١ ١١١١"), "٤١١١ ١١١١ ١١١١ ١١١١")   // Arabic-Indic digits
        XCTAssertEqual(found("４１１１１１１１１１１１１１１１"), "４１１１１１１１１１１１１１１１")        // full-width
        XCTAssertEqual(found("4111\u{00A0}1111\u{00A0}1111\u{00A0}1111"), "4111\u{00A0}1111\u{00A0}1111\u{00A0}1111")
        XCTAssertEqual(found("카드번호4111111111111111"), "4111111111111111")  // glued to Hangul, not a Latin code
    }

    func testLuhnInvalidLookAlikesAreAllowed() {
        XCTAssertNil(found("4111 1111 1111 1112"))
        XCTAssertNil(found("4111-1111-1111-1113"))
        XCTAssertNil(found("5555555555554445"))
        XCTAssertNil(found("3782 822463 10006"))
    }

    func testShortAndLongRunsAreAllowed() {
        XCTAssertNil(found("123456789012"))            // 12 digits
        XCTAssertNil(found("1234 5678 9012"))
        XCTAssertNil(found("411111111111"))            // 12 digits of a test card
        XCTAssertNil(found("41111111111111110"))      // 17 digits, Luhn-invalid
        XCTAssertNil(found("00000000000000000000"))    // 20 digits (Luhn-valid, but too long)
        // 25 digits whose digits 6–21 are a Luhn-valid 16-digit window.
        XCTAssertNil(found("tracking 6178418557441598817850492"))
        // A tracking number typed in fours whose first 16 digits pass Luhn.
        XCTAssertNil(found("USPS 9400 0055 6671 3976 2851 41"))
        XCTAssertNil(found("4111 1111 1111 1111 2222"))
    }

    func testDatesPhonesAmountsAndIdsAreAllowed() {
        let benign = [
            "2026-03-01", "2024-01-15 2024-02-20 2024-03-05 2024-04-10", "01/02/2026 - 03/04/2026",
            "+1 (555) 123-4567", "+44 20 7946 0958", "+49 151 23456789", "555-123-4567 555-987-6543",
            "$1,234,567,890.12", "1 234 567 890 123 456", "€ 12.345.678.901.234,00",
            "123-45-6789", "SSN 123-45-6789 and 987-65-4321", "DC-2026-004211",
            "case DC-2026-004211 opened 2026-01-05, call 555 0100",
        ]
        for text in benign {
            XCTAssertNil(found(text), text)
        }
    }

    func testDigitsGluedToLettersAreCodes() {
        XCTAssertNil(found("ref A4111111111111111"))
        XCTAssertNil(found("4111111111111111X"))
        XCTAssertNil(found("DE89 4111 1111 1111 1111"))  // the run begins with a code
    }

    func testIBANsAreNotCards() {
        // A valid IBAN whose digit groups are card-shaped and pass Luhn.
        XCTAssertNil(found("IBAN GB64 NWBK 3796 4596 5861 68"))
        XCTAssertNil(found("IBAN GB64NWBK37964596586168, thanks"))
        XCTAssertNil(found("gb64 nwbk 3796 4596 5861 68 paid"))
        // The same digits after a mistyped IBAN are a Luhn-valid card-shaped number.
        XCTAssertEqual(found("GB65 NWBK 3796 4596 5861 68"), "3796 4596 5861 68")
        // An IBAN does not shield a card number elsewhere in the text.
        XCTAssertEqual(found("GB64 NWBK 3796 4596 5861 68 and 4111 1111 1111 1111"), "4111 1111 1111 1111")
    }

    func testSeparatorsMustBeSingle() {
        XCTAssertNil(found("4111  1111  1111  1111"))
        XCTAssertNil(found("4111 -1111 -1111 -1111"))
        XCTAssertNil(found("4111.1111.1111.1111"))
    }

    func testLongRunWithManyPossibleSplitsIsDecidedQuickly() {
        // Zeros pass Luhn in any split, so every card-shaped prefix is a candidate; the
        // trailing groups are not card data, so no split works. A search over all splits
        // would never finish; the guard must answer at once.
        let groups = (0..<3000).map { String(repeating: "0", count: 4 + $0 % 3) }
        XCTAssertNil(found(groups.joined(separator: " ") + " 77 77 77 77"))
        XCTAssertNotNil(found(groups.joined(separator: " ")))
    }

    func testTextWithoutEnoughDigits() {
        XCTAssertNil(found(""))
        XCTAssertNil(found("Kim Min-jun, 김민준, applied on 2026-03-01"))
    }

    /// Cases the form validator relies on (free-text fields refuse card numbers).
    func testFormFreeTextCases() {
        for text in ["4111111111111111", "card 4111 1111 1111 1111 exp 12/27", "4111-1111-1111-1111",
                     "Amex 3782 822463 10005", "5555555555554444."] {
            XCTAssertNotNil(CardNumberGuard.findCardNumber(in: text), text)
        }
        for text in ["4111111111111112", "Call (555) 010-0199", "4111  1111 1111 1111", "41111111111111111111",
                     "Account ****1234", "Born 1968-03-14, served 1986 to 1990", "", "123-45-6789"] {
            XCTAssertNil(CardNumberGuard.findCardNumber(in: text), text)
        }
    }
}
