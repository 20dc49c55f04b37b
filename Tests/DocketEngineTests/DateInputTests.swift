import XCTest
@testable import DocketEngine

final class DateInputTests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 22)!
    let march14 = Day(year: 1968, month: 3, day: 14)!

    private func day(_ text: String, _ order: DateOrder = .mdy, file: StaticString = #filePath, line: UInt = #line) -> Day? {
        switch DateInput.parse(text, order: order, today: today) {
        case .success(let d): return d
        case .failure(let p): XCTFail("\(text): \(p.message)", file: file, line: line); return nil
        }
    }

    private func problem(_ text: String, _ order: DateOrder = .mdy, file: StaticString = #filePath, line: UInt = #line) -> String? {
        switch DateInput.parse(text, order: order, today: today) {
        case .success(let d): XCTFail("\(text) read as \(d)", file: file, line: line); return nil
        case .failure(let p): return p.message
        }
    }

    func testEveryWrittenFormReadsInBothOrders() {
        let forms = ["1968-03-14", "14 Mar 1968", "14 March 1968", "March 14, 1968", "Mar 14 1968",
                     "14.03.1968", "14-Mar-1968", "14th March 1968", "mar 14 1968", "  1968-03-14  ",
                     "1968/3/14", "1968 Mar 14", "Sept 1 2025"]
        for order in [DateOrder.mdy, .dmy] {
            for text in forms.dropLast() { XCTAssertEqual(day(text, order), march14, "\(text) \(order)") }
        }
        XCTAssertEqual(day("Sept 1 2025"), Day(year: 2025, month: 9, day: 1))
    }

    func testSlashesAndDashesFollowTheAgencyOrder() {
        XCTAssertEqual(day("3/14/1968", .mdy), march14)
        XCTAssertEqual(day("3-14-1968", .mdy), march14)
        XCTAssertEqual(day("14/3/1968", .dmy), march14)
        XCTAssertEqual(day("14-03-1968", .dmy), march14)
        XCTAssertEqual(day("3/4/1968", .mdy), Day(year: 1968, month: 3, day: 4))
        XCTAssertEqual(day("3/4/1968", .dmy), Day(year: 1968, month: 4, day: 3))
        // Dots are always day first, whatever the order.
        XCTAssertEqual(day("3.4.1968", .mdy), Day(year: 1968, month: 4, day: 3))
    }

    func testAnImpossibleReadingNamesTheOrderInForce() {
        XCTAssertEqual(problem("14/3/1968", .mdy),
                       "14/3/1968 is not a date in month/day/year order; expected a date such as 3/14/1968")
        XCTAssertEqual(problem("3/14/1968", .dmy),
                       "3/14/1968 is not a date in day/month/year order; expected a date such as 14/3/1968")
        XCTAssertEqual(problem("2/30/1968", .mdy),
                       "2/30/1968 is not a date in month/day/year order; expected a date such as 3/14/1968")
    }

    func testImpossibleDatesSayWhy() {
        XCTAssertEqual(problem("1968-02-30"), "'1968-02-30' is not a date: February 1968 has 29 days")
        XCTAssertEqual(problem("31 Apr 2020"), "'31 Apr 2020' is not a date: April 2020 has 30 days")
        XCTAssertEqual(problem("1968-13-01"), "'1968-13-01' is not a date: there is no month 13")
        XCTAssertEqual(problem("0 Mar 1968"), "'0 Mar 1968' is not a date: there is no day 0")
        XCTAssertEqual(problem("29.02.2023"), "'29.02.2023' is not a date: February 2023 has 28 days")
        XCTAssertEqual(day("29.02.2024"), Day(year: 2024, month: 2, day: 29))
    }

    func testTwoDigitYearsAreRefusedWithTheLikelyYear() {
        XCTAssertEqual(problem("3/14/68"), "'3/14/68' has a two-digit year; write the year in full: 1968")
        XCTAssertEqual(problem("14 Mar 68"), "'14 Mar 68' has a two-digit year; write the year in full: 1968")
        XCTAssertEqual(problem("14.03.68"), "'14.03.68' has a two-digit year; write the year in full: 1968")
        XCTAssertEqual(problem("1/2/25"), "'1/2/25' has a two-digit year; write the year in full: 2025")
    }

    func testTodayAndNonsense() {
        XCTAssertEqual(day("today"), today)
        XCTAssertEqual(day("Today"), today)
        XCTAssertEqual(problem(""), "expected a date such as 3/14/1968 or 1968-03-14")
        XCTAssertEqual(problem("   ", .dmy), "expected a date such as 14/3/1968 or 1968-03-14")
        for junk in ["abc", "Smarch 14 1968", "Ma 14 1968", "3/14-1968", "19680314", "1968-03", "3//1968",
                     "14 Mar 1968 Mar", "1968-003-14", "12345/1/1968", "yesterday"] {
            XCTAssertEqual(problem(junk), "\(InputProblem.quote(junk)) is not a date; expected a date such as 3/14/1968 or 1968-03-14", junk)
        }
    }

    func testHostileInputIsNotEchoed() {
        let message = problem("\u{1B}[2J1968")
        XCTAssertFalse(message?.unicodeScalars.contains("\u{1B}") ?? true)
    }

    func testDisplayAndISOText() {
        XCTAssertEqual(DateInput.display(march14), "Thu 14 Mar 1968")
        XCTAssertEqual(march14.iso, "1968-03-14")
        XCTAssertEqual(Day(year: 987, month: 1, day: 2)!.iso, "0987-01-02")
        // The digit-by-digit writer agrees with plain formatting across a long stretch of days.
        for n in stride(from: -30000, through: 30000, by: 37) {
            let (y, m, d) = Day(n).civil
            XCTAssertEqual(Day(n).iso, "\(ZeroPadded.string(y, width: 4))-\(ZeroPadded.string(m, width: 2))-\(ZeroPadded.string(d, width: 2))")
        }
    }
}
