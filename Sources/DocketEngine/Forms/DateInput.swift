import Foundation

/// Reads a date as a clerk types it from paper: ISO, slashes or dashes in the agency's
/// order, dots (always day first), month names in either position, or `today`.
public enum DateInput {
    static let monthNames = ["january", "february", "march", "april", "may", "june", "july",
                             "august", "september", "october", "november", "december"]
    static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let weekdayAbbreviations = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    /// The date on the wall calendar where Docket runs (local time, not UTC).
    public static func today() -> Day {
        let now = Date()
        let offset = TimeZone.current.secondsFromGMT(for: now)
        return Day(unixSeconds: Int64(now.timeIntervalSince1970.rounded(.down)) + Int64(offset))
    }

    /// A sample date written in the agency's order, for hints: `3/14/1968` or `14/3/1968`.
    public static func example(order: DateOrder) -> String {
        order == .mdy ? "3/14/1968" : "14/3/1968"
    }

    /// What a date field expects, as the end of a message.
    public static func expectation(order: DateOrder) -> String {
        "expected a date such as \(example(order: order)) or 1968-03-14"
    }

    /// The unambiguous form shown back to the clerk after parsing: `Thu 14 Mar 1968`.
    public static func display(_ day: Day) -> String {
        let (y, m, d) = day.civil
        return "\(weekdayAbbreviations[day.weekday]) \(d) \(monthAbbreviations[m - 1]) \(y)"
    }

    public static func parse(_ text: String, order: DateOrder, today: Day = DateInput.today()) -> Result<Day, InputProblem> {
        if let day = Day(plainISO: text) { return .success(day) }
        let trimmed = String(FieldValidator.trimmed(Substring(text)))
        if trimmed.isEmpty { return .failure(InputProblem(expectation(order: order))) }
        let lower = trimmed.lowercased()
        if lower == "today" { return .success(today) }
        let unknown = InputProblem("\(InputProblem.quote(trimmed)) is not a date; \(expectation(order: order))")
        if lower.contains(where: { $0.isLetter }) {
            return parseWithMonthName(trimmed, lower: lower, order: order, today: today) ?? .failure(unknown)
        }
        return parseNumeric(trimmed, order: order, today: today) ?? .failure(unknown)
    }

    /// A date ahead, as a clerk writes a hold's end: any full date, or a day and month
    /// without a year (`12/31` in month-first order, `31/12` day-first, `31.12`, `Dec 31`),
    /// which means the next such date after today.
    public static func parseUpcoming(_ text: String, order: DateOrder, today: Day = DateInput.today()) -> Result<Day, InputProblem> {
        let trimmed = String(FieldValidator.trimmed(Substring(text)))
        guard let (month, dayOfMonth) = monthAndDay(trimmed.lowercased(), order: order) else {
            return parse(text, order: order, today: today)
        }
        let thisYear = today.civil.year
        // Four years reach the next 29 February; any other day comes within one.
        for year in thisYear...(thisYear + 4) {
            if let candidate = Day(year: year, month: month, day: dayOfMonth), candidate > today { return .success(candidate) }
        }
        let name = order == .mdy ? "month/day" : "day/month"
        return .failure(InputProblem("\(InputProblem.quote(trimmed)) is not a date in \(name) order; expected a date such as \(upcomingExample(order: order)) or \(example(order: order))"))
    }

    /// A year-less sample in the agency's order, for hints: `12/31` or `31/12`.
    public static func upcomingExample(order: DateOrder) -> String {
        order == .mdy ? "12/31" : "31/12"
    }

    /// The month and day of a year-less date (`12/31`, `31.12`, `Dec 31`, `31 December`); nil for any other shape.
    private static func monthAndDay(_ lower: String, order: DateOrder) -> (Int, Int)? {
        if lower.contains(where: { $0.isLetter }) {
            let tokens = lower.split(whereSeparator: { " ,-/.".contains($0) || $0.isWhitespace })
            guard tokens.count == 2 else { return nil }
            let (name, number) = tokens[0].first!.isLetter ? (tokens[0], tokens[1]) : (tokens[1], tokens[0])
            let digits = stripOrdinal(number)
            guard let month = monthNumber(name), digits.count <= 2, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let dayOfMonth = Int(digits) else { return nil }
            return (month, dayOfMonth)
        }
        let separators = Set(lower.filter { !$0.isNumber })
        guard separators.count == 1, let sep = separators.first, "/-.".contains(sep) else { return nil }
        let parts = lower.split(separator: sep, omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCII) }),
              let a = Int(parts[0]), let b = Int(parts[1]) else { return nil }
        if sep == "." || order == .dmy { return (b, a) }
        return (a, b)
    }

    /// `1968-03-14`, `3/14/1968`, `3-14-1968`, `14.03.1968`; nil when it is none of these shapes.
    private static func parseNumeric(_ text: String, order: DateOrder, today: Day) -> Result<Day, InputProblem>? {
        let separators = Set(text.filter { !$0.isNumber })
        guard separators.count == 1, let sep = separators.first, "/-.".contains(sep) else { return nil }
        let parts = text.split(separator: sep, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
              let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        let widths = parts.map(\.count)
        if widths[0] == 4 {
            // Year first is never ambiguous: 1968-03-14, also 1968/3/14.
            guard widths[1] <= 2, widths[2] <= 2 else { return nil }
            return day(year: a, month: b, day: c, text: text)
        }
        guard widths[0] <= 2, widths[1] <= 2 else { return nil }
        if widths[2] == 2 { return .failure(twoDigitYear(text, c, today: today)) }
        guard widths[2] == 4 else { return nil }
        if sep == "." { return day(year: c, month: b, day: a, text: text) }
        let (month, dayOfMonth) = order == .mdy ? (a, b) : (b, a)
        if let d = Day(year: c, month: month, day: dayOfMonth) { return .success(d) }
        let name = order == .mdy ? "month/day/year" : "day/month/year"
        return .failure(InputProblem("\(text) is not a date in \(name) order; expected a date such as \(example(order: order))"))
    }

    /// `14 Mar 1968`, `14 March 1968`, `March 14, 1968`, `Mar 14 1968`, `14-Mar-1968`, `14th March 1968`.
    private static func parseWithMonthName(_ text: String, lower: String, order: DateOrder, today: Day) -> Result<Day, InputProblem>? {
        let tokens = lower.split(whereSeparator: { " ,-/.".contains($0) || $0.isWhitespace })
        guard tokens.count == 3 else { return nil }
        var month: Int?
        var numbers: [Substring] = []
        for token in tokens {
            if token.first!.isLetter {
                guard month == nil, let m = monthNumber(token) else { return nil }
                month = m
            } else {
                numbers.append(stripOrdinal(token))
            }
        }
        guard let month, numbers.count == 2,
              numbers.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        // The year is whichever number is written with four digits; 1968 Mar 14 also reads.
        let (yearText, dayText) = numbers[0].count == 4 ? (numbers[0], numbers[1]) : (numbers[1], numbers[0])
        guard dayText.count <= 2, let dayOfMonth = Int(dayText), let year = Int(yearText) else { return nil }
        if yearText.count == 2 { return .failure(twoDigitYear(text, year, today: today)) }
        guard yearText.count == 4 else { return nil }
        return day(year: year, month: month, day: dayOfMonth, text: text)
    }

    /// Full names, three-letter abbreviations and `sept`; any unambiguous prefix of three or more letters.
    private static func monthNumber(_ token: Substring) -> Int? {
        guard token.count >= 3 else { return nil }
        if token == "sept" { return 9 }
        let hits = monthNames.indices.filter { monthNames[$0].hasPrefix(token) }
        return hits.count == 1 ? hits[0] + 1 : nil
    }

    private static func stripOrdinal(_ token: Substring) -> Substring {
        for suffix in ["st", "nd", "rd", "th"] where token.count > 2 && token.hasSuffix(suffix) {
            return token.dropLast(2)
        }
        return token
    }

    private static func day(year: Int, month: Int, day: Int, text: String) -> Result<Day, InputProblem> {
        if let d = Day(year: year, month: month, day: day) { return .success(d) }
        let why: String
        if !(1...12).contains(month) {
            why = "there is no month \(month)"
        } else if day < 1 {
            why = "there is no day \(day)"
        } else if let first = Day(year: year, month: month, day: 1),
                  let next = month == 12 ? Day(year: year + 1, month: 1, day: 1) : Day(year: year, month: month + 1, day: 1) {
            why = "\(monthNames[month - 1].capitalized) \(year) has \(next - first) days"
        } else {
            why = "the year is out of range"
        }
        return .failure(InputProblem("\(InputProblem.quote(text)) is not a date: \(why)"))
    }

    /// Refuses `3/14/68` and says which year was probably meant (the last one not in the future).
    private static func twoDigitYear(_ text: String, _ yy: Int, today: Day) -> InputProblem {
        let century = 2000 + yy <= today.civil.year ? 2000 : 1900
        return InputProblem("\(InputProblem.quote(text)) has a two-digit year; write the year in full: \(century + yy)")
    }
}
