/// Reads an amount of money as typed (`$1,234.56`, `1234`, `0.5`) into integer minor units,
/// and writes minor units back for display. Amounts have two decimal places.
public enum MoneyInput {
    /// The symbols accepted in front of an amount, by currency; other currencies are written
    /// with their code (`1,234.56 EUR`).
    static let symbols: [String: Character] = ["USD": "$", "EUR": "€", "GBP": "£"]
    /// Keeps every amount far inside Int64 and inside what a double can count exactly.
    static let maxWholeDigits = 13

    public static func example(currency: String) -> String { format(minor: 123456, currency: currency) }

    public static func expectation(currency: String) -> String {
        "expected an amount such as \(example(currency: currency))"
    }

    public static func parse(_ text: String, allowNegative: Bool = false, currency: String = "USD") -> Result<Int, InputProblem> {
        if let minor = plainAmount(text) { return .success(minor) }
        var s = FieldValidator.trimmed(Substring(text))
        if s.isEmpty { return .failure(InputProblem(expectation(currency: currency))) }
        let quoted = InputProblem.quote(String(s))
        let notAmount = InputProblem("\(quoted) is not an amount; \(expectation(currency: currency))")

        // The currency code may stand before or after the number: `EUR 12.50`, `12.50 eur`.
        let code = currency.uppercased()
        if s.count > 3, s.prefix(3).uppercased() == code { s = s.dropFirst(3) }
        else if s.count > 3, s.suffix(3).uppercased() == code { s = s.dropLast(3) }
        s = s.drop(while: \.isWhitespace)
        while s.last?.isWhitespace == true { s = s.dropLast() }

        var negative = false
        if s.first == "-" { negative = true; s = s.dropFirst() }
        if let symbol = symbols[code], s.first == symbol { s = s.dropFirst() }
        else if let other = s.first, symbols.values.contains(other) {
            return .failure(InputProblem("\(quoted) is not in \(code); \(expectation(currency: currency))"))
        }
        s = s.drop(while: \.isWhitespace)
        if !negative, s.first == "-" { negative = true; s = s.dropFirst() }
        guard !s.isEmpty else { return .failure(notAmount) }

        let pieces = s.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= 2 else { return .failure(notAmount) }
        let whole = pieces[0]
        let fraction = pieces.count == 2 ? pieces[1] : ""
        guard whole.allSatisfy({ isDigit($0) || $0 == "," }), fraction.allSatisfy(isDigit),
              !(whole.isEmpty && fraction.isEmpty) else { return .failure(notAmount) }
        if fraction.count > 2 {
            return .failure(InputProblem("\(quoted) has more than two decimal places; \(expectation(currency: currency))"))
        }
        guard let digits = groupedDigits(whole) else {
            return .failure(InputProblem("\(quoted) has a comma in the wrong place; write thousands as 1,234 and cents after a point, as in \(example(currency: currency))"))
        }
        let wholeDigits = digits.drop(while: { $0 == "0" })
        if wholeDigits.count > maxWholeDigits {
            return .failure(InputProblem("\(quoted) is too large; expected an amount below \(format(minor: 1_000_000_000_000_000, currency: currency))"))
        }
        var minor = 0
        for ch in wholeDigits { minor = minor * 10 + digitValue(ch) }
        let cents = fraction.count == 0 ? 0 : fraction.count == 1 ? digitValue(fraction.first!) * 10 : Int(fraction)!
        minor = minor * 100 + cents
        if negative && minor != 0 {
            guard allowNegative else {
                return .failure(InputProblem("\(quoted) is negative; expected an amount of \(format(minor: 0, currency: currency)) or more"))
            }
            minor = -minor
        }
        return .success(minor)
    }

    /// `1234.56`, `1234`, `0.5` read straight from the bytes (what imports and re-imports hold);
    /// nil for anything else, which the full reader then handles or explains.
    private static func plainAmount(_ text: String) -> Int? {
        var minor = 0, wholeDigits = 0, fractionDigits = 0
        var seenPoint = false
        for b in text.utf8 {
            if b == 46 {
                if seenPoint { return nil }
                seenPoint = true
            } else if b >= 48 && b <= 57 {
                if seenPoint {
                    fractionDigits += 1
                    if fractionDigits > 2 { return nil }
                } else {
                    wholeDigits += 1
                    if wholeDigits > maxWholeDigits { return nil }
                }
                minor = minor * 10 + Int(b - 48)
            } else {
                return nil
            }
        }
        guard wholeDigits + fractionDigits > 0 else { return nil }
        for _ in fractionDigits..<2 { minor *= 10 }
        return minor
    }

    /// `$1,234.56` for dollars, `1,234.56 EUR` for any other currency; negative amounts lead with `-`.
    public static func format(minor: Int, currency: String) -> String {
        let magnitude = minor.magnitude
        let cents = Int(magnitude % 100)
        var text = grouped(magnitude / 100) + (cents < 10 ? ".0\(cents)" : ".\(cents)")
        if currency == "USD" { text = "$" + text } else { text += " " + currency }
        return minor < 0 ? "-" + text : text
    }

    /// `1234567` as `1,234,567`.
    static func grouped(_ n: UInt) -> String {
        let digits = Array(String(n))
        var out = ""
        out.reserveCapacity(digits.count + digits.count / 3)
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }

    /// The digits of `1,234,567` or `1234567`; nil when commas are not every three digits from the right.
    static func groupedDigits(_ s: Substring) -> Substring? {
        guard s.utf8.contains(44) else { return s }
        let groups = s.split(separator: ",", omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count),
              groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        return Substring(groups.joined())
    }

    static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
    static func digitValue(_ c: Character) -> Int { Int(c.asciiValue! - 48) }
}
