import Foundation

/// A calendar date as a count of days since 1970-01-01 (UTC); all SLA arithmetic is on these.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var number: Int
    public init(_ number: Int) { self.number = number }
    public init(unixSeconds: Int64) { number = Int((Double(unixSeconds) / 86400).rounded(.down)) }

    /// Parses `YYYY-MM-DD`; nil for anything else or an impossible date.
    public init?(iso text: String) {
        // Ten bytes of digits and dashes are read directly: generated and imported forms hold
        // millions of dates, and splitting the text cost thousands of instructions each.
        if let day = Day(plainISO: text) {
            self = day
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              let n = Day.daysFromCivil(y, m, d) else { return nil }
        number = n
    }

    /// Exactly `DDDD-DD-DD` (ASCII digits), read from the bytes; nil for any other text or an
    /// impossible date. What imports, forms and stored values mostly hold.
    init?(plainISO text: String) {
        guard let (y, m, d) = Day.plainISOParts(text), let n = Day.daysFromCivil(y, m, d) else { return nil }
        number = n
    }

    private static func plainISOParts(_ text: String) -> (Int, Int, Int)? {
        text.withUTF8Bytes { bytes in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var n = 0
                for i in range {
                    let digit = bytes[i] &- UInt8(ascii: "0")
                    guard digit < 10 else { return nil }
                    n = n * 10 + Int(digit)
                }
                return n
            }
            guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
            return (y, m, d)
        }
    }

    public init?(year: Int, month: Int, day: Int) {
        guard let n = Day.daysFromCivil(year, month, day) else { return nil }
        number = n
    }

    public static func < (a: Day, b: Day) -> Bool { a.number < b.number }
    public static func + (a: Day, n: Int) -> Day { Day(a.number + n) }
    public static func - (a: Day, b: Day) -> Int { a.number - b.number }

    /// 0 = Sunday … 6 = Saturday.
    public var weekday: Int { ((number % 7) + 7 + 4) % 7 }
    public var unixSeconds: Int64 { Int64(number) * 86400 }
    public var description: String { iso }

    public var iso: String {
        let (y, m, d) = civil
        guard (0...9999).contains(y) else {
            return "\(ZeroPadded.string(y, width: 4))-\(ZeroPadded.string(m, width: 2))-\(ZeroPadded.string(d, width: 2))"
        }
        // Four-digit years (every real date) are written digit by digit: demos, imports and
        // validation write millions of dates, and interpolation costs far more.
        return String(unsafeUninitializedCapacity: 10) { text in
            func put(_ value: Int, at start: Int, width: Int) {
                var rest = value
                for i in stride(from: start + width - 1, through: start, by: -1) {
                    text[i] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(y, at: 0, width: 4)
            text[4] = UInt8(ascii: "-")
            put(m, at: 5, width: 2)
            text[7] = UInt8(ascii: "-")
            put(d, at: 8, width: 2)
            return 10
        }
    }

    public var civil: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil-from-days algorithm.
        let z = number + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int? {
        guard (1...12).contains(month), day >= 1, year >= 1, year <= 9999 else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        // A switch rather than a table in an array literal, which would be allocated on every call.
        let length: Int
        switch month {
        case 2: length = leap ? 29 : 28
        case 4, 6, 9, 11: length = 30
        default: length = 31
        }
        guard day <= length else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
}

/// Working days: the agency's weekend and holidays are not counted toward an SLA.
public struct BusinessCalendar: Sendable, Equatable {
    /// Weekdays that are not worked, 0 = Sunday … 6 = Saturday.
    public var weekend: Set<Int> { didSet { weekendBits = Self.bits(weekend) } }
    public var holidays: Set<Day> { didSet { holidayTable = HolidayTable(holidays) } }
    /// The weekend as bits (1 << weekday) and the holidays as a table: due dates are counted a
    /// day at a time, for every case a demo or an import makes, and bit tests are much cheaper
    /// than set lookups.
    private var weekendBits: UInt8
    private var holidayTable: HolidayTable

    public init(weekend: Set<Int> = [0, 6], holidays: Set<Day> = []) {
        self.weekend = weekend
        self.holidays = holidays
        weekendBits = Self.bits(weekend)
        holidayTable = HolidayTable(holidays)
    }

    private static func bits(_ weekdays: Set<Int>) -> UInt8 {
        weekdays.reduce(0) { (0...6).contains($1) ? $0 | UInt8(1) << UInt8($1) : $0 }
    }

    public func isBusinessDay(_ day: Day) -> Bool {
        isBusinessDay(day.number, weekday: day.weekday)
    }

    private func isBusinessDay(_ day: Int, weekday: Int) -> Bool {
        weekendBits & (UInt8(1) << UInt8(weekday)) == 0 && !holidayTable.contains(day)
    }

    /// The day `count` business days after `start` (the start day itself is not counted).
    public func adding(businessDays count: Int, to start: Day) -> Day {
        guard weekend.count < 7 else { return start + count }
        // The weekday is stepped along with the day rather than worked out by division each time.
        var day = start.number, weekday = start.weekday
        var left = count
        while left > 0 {
            day += 1
            weekday = weekday == 6 ? 0 : weekday + 1
            if isBusinessDay(day, weekday: weekday) { left -= 1 }
        }
        return Day(day)
    }

    /// Business days after `from` up to and including `to` (0 when `to` is not after `from`).
    public func businessDays(from: Day, to: Day) -> Int {
        guard to > from else { return 0 }
        var n = 0
        var day = from.number, weekday = from.weekday
        while day < to.number {
            day += 1
            weekday = weekday == 6 ? 0 : weekday + 1
            if isBusinessDay(day, weekday: weekday) { n += 1 }
        }
        return n
    }

    public static let weekdayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
}
