import XCTest
@testable import DocketEngine

/// A hold's end written without a year is the next such date after today, read in the
/// agency's day/month order (the hold prompt's own example `12/31` must read).
final class UpcomingDateTests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 22)!

    private func upcoming(_ text: String, _ order: DateOrder, file: StaticString = #filePath, line: UInt = #line) -> Day? {
        switch DateInput.parseUpcoming(text, order: order, today: today) {
        case .success(let d): return d
        case .failure(let p): XCTFail("\(text): \(p.message)", file: file, line: line); return nil
        }
    }

    private func problem(_ text: String, _ order: DateOrder, file: StaticString = #filePath, line: UInt = #line) -> String? {
        switch DateInput.parseUpcoming(text, order: order, today: today) {
        case .success(let d): XCTFail("\(text) read as \(d.iso)", file: file, line: line); return nil
        case .failure(let p): return p.message
        }
    }

    func testThePromptsOwnExampleReadsInEachOrder() {
        XCTAssertEqual(upcoming(DateInput.upcomingExample(order: .mdy), .mdy), Day(year: 2026, month: 12, day: 31))
        XCTAssertEqual(upcoming(DateInput.upcomingExample(order: .dmy), .dmy), Day(year: 2026, month: 12, day: 31))
        XCTAssertEqual(upcoming("12/31", .mdy), Day(year: 2026, month: 12, day: 31))
        XCTAssertEqual(upcoming("31/12", .dmy), Day(year: 2026, month: 12, day: 31))
    }

    func testTheAgencyOrderDecidesWhichNumberIsTheMonth() {
        XCTAssertEqual(upcoming("1/2", .mdy), Day(year: 2027, month: 1, day: 2))
        XCTAssertEqual(upcoming("1/2", .dmy), Day(year: 2027, month: 2, day: 1))
        XCTAssertEqual(upcoming("12-5", .mdy), Day(year: 2026, month: 12, day: 5))
        XCTAssertEqual(upcoming("12-5", .dmy), Day(year: 2027, month: 5, day: 12))
        // Dots are day first in either order, as in a full date.
        XCTAssertEqual(upcoming("5.12", .mdy), Day(year: 2026, month: 12, day: 5))
        XCTAssertEqual(upcoming("5.12", .dmy), Day(year: 2026, month: 12, day: 5))
    }

    func testADateAlreadyPassedThisYearMeansNextYear() {
        XCTAssertEqual(upcoming("3/1", .mdy), Day(year: 2027, month: 3, day: 1))
        XCTAssertEqual(upcoming("1/3", .dmy), Day(year: 2027, month: 3, day: 1))
        // Today itself is not ahead: the next one is a year on.
        XCTAssertEqual(upcoming("11/22", .mdy), Day(year: 2027, month: 11, day: 22))
        XCTAssertEqual(upcoming("22/11", .dmy), Day(year: 2027, month: 11, day: 22))
        XCTAssertEqual(upcoming("11/23", .mdy), Day(year: 2026, month: 11, day: 23))
    }

    func testMonthNamesNeedNoOrder() {
        for order in [DateOrder.mdy, .dmy] {
            XCTAssertEqual(upcoming("Dec 31", order), Day(year: 2026, month: 12, day: 31))
            XCTAssertEqual(upcoming("31 December", order), Day(year: 2026, month: 12, day: 31))
            XCTAssertEqual(upcoming("2nd Jan", order), Day(year: 2027, month: 1, day: 2))
        }
    }

    func testTheNextTwentyNinthOfFebruaryIsALeapYears() {
        XCTAssertEqual(upcoming("2/29", .mdy), Day(year: 2028, month: 2, day: 29))
        XCTAssertEqual(upcoming("29/2", .dmy), Day(year: 2028, month: 2, day: 29))
    }

    func testFullDatesStillReadAsBefore() {
        XCTAssertEqual(upcoming("2026-12-31", .mdy), Day(year: 2026, month: 12, day: 31))
        XCTAssertEqual(upcoming("12/31/2026", .mdy), Day(year: 2026, month: 12, day: 31))
        XCTAssertEqual(upcoming("31/12/2026", .dmy), Day(year: 2026, month: 12, day: 31))
    }

    func testAnImpossibleDayAndMonthNamesTheOrderAndAnExample() {
        XCTAssertEqual(problem("31/12", .mdy),
                       "'31/12' is not a date in month/day order; expected a date such as 12/31 or 3/14/1968")
        XCTAssertEqual(problem("12/31", .dmy),
                       "'12/31' is not a date in day/month order; expected a date such as 31/12 or 14/3/1968")
        XCTAssertNotNil(problem("soon", .mdy))
    }

    /// Year-less dates are for dates ahead only: a birth date still needs its year.
    func testAFormDateStillNeedsItsYear() {
        if case .success(let d) = DateInput.parse("12/31", order: .mdy, today: today) {
            XCTFail("a form date without a year read as \(d.iso)")
        }
    }
}
