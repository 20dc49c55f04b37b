import XCTest
@testable import DocketEngine

final class PaymentCardCheckTests: XCTestCase {
    func testCardNumbersAsPeopleWriteThem() {
        for text in ["4111111111111111", "card 4111 1111 1111 1111 exp 12/27", "4111-1111-1111-1111",
                     "Amex 3782 822463 10005", "5555555555554444.", "ref: 4111 1111 1111 1111 2026"] {
            XCTAssertTrue(PaymentCardCheck.containsCardNumber(text), text)
        }
    }

    func testOtherNumbersPass() {
        for text in ["4111111111111112", "Call (555) 010-0199", "4111  1111 1111 1111", "41111111111111111111",
                     "Account ****1234", "Born 1968-03-14, served 1986 to 1990", "", "123-45-6789"] {
            XCTAssertFalse(PaymentCardCheck.containsCardNumber(text), text)
        }
    }
}
