import XCTest
@testable import DocketEngine

/// The calendar against a plain day-by-day count with set lookups, which is what it promises.
final class BusinessCalendarTests: XCTestCase {
    private func plainIsBusinessDay(_ c: BusinessCalendar, _ day: Day) -> Bool {
        !c.weekend.contains(day.weekday) && !c.holidays.contains(day)
    }

    private func plainAdding(_ c: BusinessCalendar, _ count: Int, _ start: Day) -> Day {
        var day = start, left = count
        while left > 0 {
            day = day + 1
            if plainIsBusinessDay(c, day) { left -= 1 }
        }
        return day
    }

    private func plainCount(_ c: BusinessCalendar, _ from: Day, _ to: Day) -> Int {
        guard to > from else { return 0 }
        return (from.number + 1...to.number).filter { plainIsBusinessDay(c, Day($0)) }.count
    }

    private func assertMatchesPlain(_ c: BusinessCalendar, around center: Day, _ label: String,
                                    file: StaticString = #filePath, line: UInt = #line) {
        for offset in -80...80 {
            let day = center + offset
            XCTAssertEqual(c.isBusinessDay(day), plainIsBusinessDay(c, day), "\(label) \(day)", file: file, line: line)
            for count in [0, 1, 5, 6, 7, 8, 20, 61] {
                XCTAssertEqual(c.adding(businessDays: count, to: day), plainAdding(c, count, day),
                               "\(label) \(count) after \(day)", file: file, line: line)
            }
            for span in [-3, 0, 1, 9, 40] {
                XCTAssertEqual(c.businessDays(from: day, to: day + span), plainCount(c, day, day + span),
                               "\(label) \(day) + \(span)", file: file, line: line)
            }
        }
    }

    func testHolidaysAtTheTableEdgesAndBeyond() {
        let first = Day(year: 2026, month: 1, day: 1)!
        // Offsets 0, 63, 64 and 127 are the ends of the table's two words; no weekend, so only holidays count.
        let holidays: Set<Day> = [first, first + 1, first + 63, first + 64, first + 126, first + 127]
        let c = BusinessCalendar(weekend: [], holidays: holidays)
        XCTAssertTrue(c.isBusinessDay(first + -1), "the day before the first holiday")
        XCTAssertFalse(c.isBusinessDay(first))
        XCTAssertTrue(c.isBusinessDay(first + 62))
        XCTAssertFalse(c.isBusinessDay(first + 63))
        XCTAssertFalse(c.isBusinessDay(first + 64))
        XCTAssertTrue(c.isBusinessDay(first + 65))
        XCTAssertFalse(c.isBusinessDay(first + 127))
        XCTAssertTrue(c.isBusinessDay(first + 128), "the day after the last holiday")
        XCTAssertEqual(c.adding(businessDays: 1, to: first + 125), first + 128)
        XCTAssertEqual(c.businessDays(from: first + -2, to: first + 2), 2)
        assertMatchesPlain(c, around: first, "first")
        assertMatchesPlain(c, around: first + 129, "last")
        assertMatchesPlain(BusinessCalendar(), around: first, "no holidays")
        assertMatchesPlain(BusinessCalendar(holidays: [first + 3]), around: first, "one holiday")
        assertMatchesPlain(BusinessCalendar(holidays: holidays), around: first + 64, "weekend and holidays")
        assertMatchesPlain(BusinessCalendar(weekend: [5], holidays: holidays), around: first + 127, "Friday weekend")
    }

    func testFarApartHolidaysAndDaysFarAway() {
        let early = Day(year: 1971, month: 3, day: 4)!, late = Day(year: 2099, month: 12, day: 31)!
        let c = BusinessCalendar(weekend: [], holidays: [early, late])
        XCTAssertFalse(c.isBusinessDay(early))
        XCTAssertTrue(c.isBusinessDay(early + 1))
        XCTAssertFalse(c.isBusinessDay(late))
        XCTAssertTrue(c.isBusinessDay(late + 1))
        XCTAssertEqual(c.businessDays(from: early + -1, to: late + 1), late - early)
        for day in [Day(Int.min / 2), Day(-1_000_000), Day(Int.max / 2)] {
            XCTAssertEqual(c.isBusinessDay(day), plainIsBusinessDay(c, day), "\(day.number)")
        }
    }

    func testHolidaysChangedAfterInit() {
        let day = Day(year: 2026, month: 11, day: 26)!
        var c = BusinessCalendar()
        XCTAssertTrue(c.isBusinessDay(day))
        c.holidays.insert(day)
        XCTAssertFalse(c.isBusinessDay(day))
        XCTAssertEqual(c.adding(businessDays: 1, to: day + -1), day + 1)
        assertMatchesPlain(c, around: day, "inserted")
        c.holidays = [day + 1]
        XCTAssertTrue(c.isBusinessDay(day))
        XCTAssertFalse(c.isBusinessDay(day + 1))
        assertMatchesPlain(c, around: day, "replaced")
        c.holidays = []
        XCTAssertTrue(c.isBusinessDay(day + 1))
        c.weekend = [4]
        XCTAssertFalse(c.isBusinessDay(day), "a Thursday")
        assertMatchesPlain(c, around: day, "weekend changed")
    }

    func testEqualWhenWeekendAndHolidaysAre() {
        let day = Day(year: 2026, month: 12, day: 25)!
        var changed = BusinessCalendar(holidays: [day + 7])
        changed.holidays = [day]
        XCTAssertEqual(changed, BusinessCalendar(holidays: [day]))
        XCTAssertNotEqual(changed, BusinessCalendar(holidays: [day + 1]))
        XCTAssertNotEqual(BusinessCalendar(weekend: [0]), BusinessCalendar())
    }
}

/// Day's text in and out against the plain readings of `YYYY-MM-DD`.
final class DayTextTests: XCTestCase {
    private func plainParse(_ text: String) -> Day? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    func testParsesAsTheSplitReadingDoes() {
        let texts = ["2026-01-01", "2024-02-29", "2026-02-29", "2100-02-29", "2000-02-29", "2026-04-30", "2026-04-31",
                     "2026-06-31", "2026-12-31", "2026-13-01", "2026-00-10", "2026-01-00", "0000-01-01", "0001-01-01",
                     "9999-12-31", "+999-01-01", "12345-01-01", "2026-1-01", "2026-01-1", "２０２６-01-01", "2026-01-01 ",
                     " 2026-01-01", "2026/01/01", "abcd-ef-gh", "2026-0a-01", "2026--1-01", "", "2026-01-01-01", "2026-+1-01"]
        for text in texts {
            XCTAssertEqual(Day(iso: text), plainParse(text), text)
        }
        for n in stride(from: -719_162, through: 2_932_896, by: 997) {
            let text = Day(n).iso
            XCTAssertEqual(Day(iso: text), Day(n), text)
        }
    }

    func testWritesFourDigitYearsAndOthers() {
        func plain(_ day: Day) -> String {
            let (y, m, d) = day.civil
            return "\(ZeroPadded.string(y, width: 4))-\(ZeroPadded.string(m, width: 2))-\(ZeroPadded.string(d, width: 2))"
        }
        XCTAssertEqual(Day(year: 2026, month: 11, day: 20)!.iso, "2026-11-20")
        XCTAssertEqual(Day(0).iso, "1970-01-01")
        for n in stride(from: -800_000, through: 3_000_000, by: 1_013) + [-719_528, -719_529, 2_932_896, 2_932_897] {
            XCTAssertEqual(Day(n).iso, plain(Day(n)), "\(n)")
        }
    }
}
