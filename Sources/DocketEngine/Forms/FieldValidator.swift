/// The verdict on one typed value: its canonical text (see `FormValues`), nothing at all,
/// or a message that says what is wrong and what is expected.
public enum FieldCheck: Equatable, Sendable {
    case ok(canonical: String)
    case empty
    case invalid(message: String)

    public var canonical: String? { if case .ok(let c) = self { return c } else { return nil } }
    public var message: String? { if case .invalid(let m) = self { return m } else { return nil } }
}

/// Checks and canonicalises one value for one field, by the field's type and rules. It is on
/// the import path (a million rows), so it avoids Foundation text functions and the regex
/// engine for the patterns agency files use.
public enum FieldValidator {
    public static let defaultNationalIdPattern = #"^\d{3}-\d{2}-\d{4}$"#
    /// No date before this is taken: older ones are typing mistakes in this domain.
    public static let earliestDate = Day(year: 1900, month: 1, day: 1)!
    /// How far ahead a date may lie (an expiry, an appointment): a year.
    public static let futureDays = 365

    public static func validate(_ raw: String, field: FormField, dateOrder: DateOrder,
                                currency: String = "USD", today: Day = DateInput.today()) -> FieldCheck {
        let isBlock = field.type == .multiline || field.type == .address
        let text = normalized(raw)
        if text.isEmpty { return .empty }
        // Personal identifiers are not echoed: messages end up in import reports and logs.
        let subject = field.pii ? "the value" : InputProblem.quote(text)
        let expected = expectation(for: field, dateOrder: dateOrder, currency: currency)

        if text.unicodeScalars.contains(where: { TextSafety.isUnsafe($0) && $0 != "\n" }) {
            return .invalid(message: "\(subject) contains a control character; remove it (\(expected))")
        }
        if !isBlock, text.unicodeScalars.contains("\n") {
            return .invalid(message: "\(subject) has a line break; \(expected) on one line")
        }
        if (field.type == .text || field.type == .multiline), PaymentCardCheck.containsCardNumber(text) {
            return .invalid(message: "the text holds what looks like a payment card number; remove it (card numbers are never stored)")
        }

        let check: FieldCheck
        switch field.type {
        case .text, .multiline: check = .ok(canonical: text)
        case .integer: check = integer(text, field, subject, expected)
        case .decimal: check = decimal(text, field, subject, expected)
        case .money: check = money(text, field, subject, expected, currency)
        case .date: check = date(text, field, subject, dateOrder, today)
        case .yesNo: check = yesNo(text, subject, expected)
        case .choice: check = choice(text, field, subject, expected)
        case .multiChoice: check = multiChoice(text, field, expected)
        case .email: check = email(text, subject, expected)
        case .phone: check = phone(text, subject, expected)
        case .nationalId: check = nationalId(text, field, subject, expected)
        case .address: check = address(text, subject, expected)
        }
        guard case .ok(let canonical) = check else { return check }

        if let max = field.maxLength {
            let length = canonical.count
            if length > max {
                return .invalid(message: "\(subject) is \(length) characters long; expected at most \(max) characters")
            }
        }
        if let pattern = field.pattern, field.type != .nationalId, !FieldPattern.matches(canonical, pattern: pattern) {
            return .invalid(message: patternMessage(subject, field, pattern))
        }
        return check
    }

    /// What a field expects, as the end of a message: "expected a number from 0 to 100".
    public static func expectation(for field: FormField, dateOrder: DateOrder, currency: String = "USD") -> String {
        switch field.type {
        case .text, .multiline:
            if let help = field.help, field.pattern != nil { return "expected: \(help)" }
            return field.maxLength.map { "expected text of at most \($0) characters" } ?? "expected text"
        case .integer:
            switch (field.min, field.max) {
            case let (lo?, hi?): return "expected a number from \(number(lo)) to \(number(hi))"
            case let (lo?, nil): return "expected a whole number of at least \(number(lo))"
            case let (nil, hi?): return "expected a whole number of at most \(number(hi))"
            case (nil, nil): return "expected a whole number such as 42"
            }
        case .decimal:
            switch (field.min, field.max) {
            case let (lo?, hi?): return "expected a number from \(number(lo)) to \(number(hi))"
            case let (lo?, nil): return "expected a number of at least \(number(lo))"
            case let (nil, hi?): return "expected a number of at most \(number(hi))"
            case (nil, nil): return "expected a number such as 12.5"
            }
        case .money:
            let f = { (v: Double) in MoneyInput.format(minor: Int(v), currency: currency) }
            switch (field.min, field.max) {
            case let (lo?, hi?): return "expected an amount from \(f(lo)) to \(f(hi))"
            case let (lo?, nil): return "expected an amount of at least \(f(lo))"
            case let (nil, hi?): return "expected an amount of at most \(f(hi))"
            case (nil, nil): return MoneyInput.expectation(currency: currency)
            }
        case .date: return DateInput.expectation(order: dateOrder)
        case .yesNo: return "expected yes or no (y/n)"
        case .choice: return "expected one of: \(field.options.map(\.label).joined(separator: ", "))"
        case .multiChoice:
            return "expected one or more of: \(field.options.map(\.label).joined(separator: ", ")), separated by ;"
        case .email: return "expected an address such as name@example.org"
        case .phone: return "expected 7 to 15 digits, such as +1 555 010 0199 or (555) 010-0199"
        case .nationalId:
            if isDefaultNationalId(field) { return "expected 9 digits written as 123-45-6789" }
            return field.help.map { "expected: \($0)" } ?? "expected the form \(field.pattern ?? "")"
        case .address: return "expected a street line and a town or city line, on separate lines"
        }
    }

    // MARK: per type

    private static func integer(_ text: String, _ field: FormField, _ subject: String, _ expected: String) -> FieldCheck {
        guard let parsed = signedNumber(text), parsed.fraction.isEmpty, !parsed.hasPoint else {
            return .invalid(message: "\(subject) is not a whole number; \(expected)")
        }
        guard parsed.whole.count <= 15, let magnitude = Int(parsed.whole) else {
            return .invalid(message: "\(subject) is too large; \(expected)")
        }
        let value = parsed.negative ? -magnitude : magnitude
        if let problem = bounds(Double(value), field, subject, expected) { return problem }
        return .ok(canonical: String(value))
    }

    private static func decimal(_ text: String, _ field: FormField, _ subject: String, _ expected: String) -> FieldCheck {
        guard let parsed = signedNumber(text) else { return .invalid(message: "\(subject) is not a number; \(expected)") }
        guard parsed.whole.count <= 15, parsed.fraction.count <= 9 else {
            return .invalid(message: "\(subject) has more digits than can be kept; \(expected)")
        }
        // Canonical: no leading or trailing zeros, no lone point, no negative zero.
        var fraction = parsed.fraction
        while fraction.last == "0" { fraction.removeLast() }
        var canonical = parsed.whole + (fraction.isEmpty ? "" : "." + fraction)
        if parsed.negative && canonical != "0" { canonical = "-" + canonical }
        if let problem = bounds(Double(canonical)!, field, subject, expected) { return problem }
        return .ok(canonical: canonical)
    }

    private static func money(_ text: String, _ field: FormField, _ subject: String, _ expected: String, _ currency: String) -> FieldCheck {
        switch MoneyInput.parse(text, allowNegative: (field.min ?? 0) < 0, currency: currency) {
        case .failure(let problem):
            return .invalid(message: field.pii ? "the value is not an amount; \(expected)" : problem.message)
        case .success(let minor):
            let shown = { (v: Double) in MoneyInput.format(minor: Int(v), currency: currency) }
            if let lo = field.min, Double(minor) < lo { return .invalid(message: "\(subject) is less than \(shown(lo)); \(expected)") }
            if let hi = field.max, Double(minor) > hi { return .invalid(message: "\(subject) is more than \(shown(hi)); \(expected)") }
            return .ok(canonical: String(minor))
        }
    }

    private static func date(_ text: String, _ field: FormField, _ subject: String, _ order: DateOrder, _ today: Day) -> FieldCheck {
        switch DateInput.parse(text, order: order, today: today) {
        case .failure(let problem):
            return .invalid(message: field.pii ? "the value is not a date; \(DateInput.expectation(order: order))" : problem.message)
        case .success(let day):
            if day < earliestDate {
                return .invalid(message: "\(subject) is before 1900; expected a date from 1 Jan 1900 on")
            }
            if field.identity == "birth_date", day > today {
                return .invalid(message: "\(subject) is in the future; expected a birth date no later than today")
            }
            let latest = today + futureDays
            if day > latest {
                return .invalid(message: "\(subject) is more than a year from now; expected a date no later than \(DateInput.display(latest))")
            }
            return .ok(canonical: DateInput.isoText(day))
        }
    }

    private static func yesNo(_ text: String, _ subject: String, _ expected: String) -> FieldCheck {
        switch text.lowercased() {
        case "yes", "y", "true", "1": return .ok(canonical: "yes")
        case "no", "n", "false", "0": return .ok(canonical: "no")
        default: return .invalid(message: "\(subject) is not yes or no; \(expected)")
        }
    }

    private static func choice(_ text: String, _ field: FormField, _ subject: String, _ expected: String) -> FieldCheck {
        if let option = option(matching: Substring(text), in: field.options) { return .ok(canonical: option.value) }
        return .invalid(message: "\(subject) is not one of the choices; \(expected)")
    }

    /// Values or labels separated by `;` (or `,` when a piece is not itself an option, so a label
    /// that holds a comma still reads); canonical in the options' order, each once.
    private static func multiChoice(_ text: String, _ field: FormField, _ expected: String) -> FieldCheck {
        var chosen = Set<String>()
        for piece in text.split(separator: ";") {
            let item = trimmed(piece)
            if item.isEmpty { continue }
            if let o = option(matching: item, in: field.options) { chosen.insert(o.value); continue }
            let parts = item.split(separator: ",", omittingEmptySubsequences: false).map(trimmed)
            var start = 0
            while start < parts.count {
                if parts[start].isEmpty { start += 1; continue }
                // The longest run of comma-separated parts that names an option.
                var found: (FieldOption, Int)?
                for end in stride(from: parts.count - 1, through: start, by: -1) {
                    let candidate = parts[start...end].joined(separator: ", ")
                    if let o = option(matching: Substring(candidate), in: field.options) { found = (o, end); break }
                }
                guard let (o, end) = found else {
                    return .invalid(message: "\(InputProblem.quote(String(parts[start]))) is not one of the choices; \(expected)")
                }
                chosen.insert(o.value)
                start = end + 1
            }
        }
        if chosen.isEmpty { return .empty }
        return .ok(canonical: field.options.map(\.value).filter(chosen.contains).joined(separator: ";"))
    }

    private static func option(matching text: Substring, in options: [FieldOption]) -> FieldOption? {
        if let exact = options.first(where: { $0.value == text || $0.label == text }) { return exact }
        let lower = text.lowercased()
        return options.first { $0.value.lowercased() == lower || $0.label.lowercased() == lower }
    }

    /// A sane check, not RFC 5322: one @, a plain local part, a dotted domain with a real top level.
    private static func email(_ text: String, _ subject: String, _ expected: String) -> FieldCheck {
        let bad = FieldCheck.invalid(message: "\(subject) is not an email address; \(expected)")
        let halves = text.split(separator: "@", omittingEmptySubsequences: false)
        guard halves.count == 2, text.utf8.count <= 254 else { return bad }
        let local = halves[0], domain = halves[1]
        guard (1...64).contains(local.utf8.count), local.first != ".", local.last != ".", !local.contains(".."),
              local.unicodeScalars.allSatisfy({ !$0.properties.isWhitespace && !"()<>[]:;,\\\"".unicodeScalars.contains($0) })
        else { return bad }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return bad }
        for label in labels {
            guard (1...63).contains(label.utf8.count), label.first != "-", label.last != "-",
                  label.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { return bad }
        }
        guard let top = labels.last, top.count >= 2, top.allSatisfy(\.isLetter) else { return bad }
        return .ok(canonical: "\(local)@\(domain.lowercased())")
    }

    /// Digits with an optional leading `+` and the separators people write; the person's own
    /// formatting is kept (only runs of spaces are collapsed).
    private static func phone(_ text: String, _ subject: String, _ expected: String) -> FieldCheck {
        var digits = 0
        var depth = 0
        var canonical = ""
        var lastWasSpace = false
        for (i, ch) in text.enumerated() {
            switch ch {
            case "0"..."9": digits += 1
            case "+" where i == 0: break
            case "-", ".": break
            case "(": depth += 1; if depth > 1 { return .invalid(message: "\(subject) is not a phone number; \(expected)") }
            case ")": depth -= 1; if depth < 0 { return .invalid(message: "\(subject) is not a phone number; \(expected)") }
            case " ": if lastWasSpace { continue }
            default: return .invalid(message: "\(subject) is not a phone number; \(expected)")
            }
            lastWasSpace = ch == " "
            canonical.append(ch)
        }
        guard depth == 0 else { return .invalid(message: "\(subject) is not a phone number; \(expected)") }
        guard (7...15).contains(digits) else {
            return .invalid(message: "\(subject) has \(digits) digit\(digits == 1 ? "" : "s"); \(expected)")
        }
        return .ok(canonical: canonical)
    }

    private static func nationalId(_ text: String, _ field: FormField, _ subject: String, _ expected: String) -> FieldCheck {
        guard isDefaultNationalId(field) else {
            let pattern = field.pattern ?? defaultNationalIdPattern
            if FieldPattern.matches(text, pattern: pattern) { return .ok(canonical: text) }
            return .invalid(message: patternMessage(subject, field, pattern))
        }
        // 123-45-6789, 123456789 and 123 45 6789 all mean the same number.
        let bytes = Array(text.utf8)
        let digits = bytes.filter { $0 >= 48 && $0 <= 57 }
        let shapeOK: Bool
        switch bytes.count {
        case 9: shapeOK = digits.count == 9
        case 11: shapeOK = digits.count == 9 && bytes[3] == bytes[6] && (bytes[3] == 45 || bytes[3] == 32)
        default: shapeOK = false
        }
        guard shapeOK else { return .invalid(message: "\(subject) is not a national id number; \(expected)") }
        var s = String(decoding: digits[0..<3], as: UTF8.self)
        s += "-" + String(decoding: digits[3..<5], as: UTF8.self)
        s += "-" + String(decoding: digits[5..<9], as: UTF8.self)
        return .ok(canonical: s)
    }

    private static func address(_ text: String, _ subject: String, _ expected: String) -> FieldCheck {
        var lines: [String] = []
        for line in text.split(separator: "\n") {
            let words = line.split(whereSeparator: \.isWhitespace)
            if !words.isEmpty { lines.append(words.joined(separator: " ")) }
        }
        guard lines.count >= 2 else { return .invalid(message: "\(subject) has only one line; \(expected)") }
        return .ok(canonical: lines.joined(separator: "\n"))
    }

    // MARK: helpers

    static func isDefaultNationalId(_ field: FormField) -> Bool {
        field.pattern == nil || field.pattern == defaultNationalIdPattern
    }

    private static func patternMessage(_ subject: String, _ field: FormField, _ pattern: String) -> String {
        if let help = field.help { return "\(subject) does not have the expected form; expected: \(help)" }
        return "\(subject) does not have the expected form \(pattern)"
    }

    private static func bounds(_ value: Double, _ field: FormField, _ subject: String, _ expected: String) -> FieldCheck? {
        if let lo = field.min, value < lo { return .invalid(message: "\(subject) is less than \(number(lo)); \(expected)") }
        if let hi = field.max, value > hi { return .invalid(message: "\(subject) is more than \(number(hi)); \(expected)") }
        return nil
    }

    /// A bound as people write it: 100, not 100.0.
    static func number(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
        return String(v)
    }

    /// `-1,234.50` as sign, whole digits without leading zeros or commas, and fraction digits.
    private static func signedNumber(_ text: String) -> (negative: Bool, whole: String, fraction: String, hasPoint: Bool)? {
        var s = Substring(text)
        var negative = false
        if s.first == "-" || s.first == "+" { negative = s.first == "-"; s = s.dropFirst() }
        let pieces = s.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= 2 else { return nil }
        let fraction = pieces.count == 2 ? pieces[1] : ""
        guard pieces[0].allSatisfy({ MoneyInput.isDigit($0) || $0 == "," }), fraction.allSatisfy(MoneyInput.isDigit),
              !(pieces[0].isEmpty && fraction.isEmpty), let grouped = MoneyInput.groupedDigits(pieces[0]) else { return nil }
        var whole = String(grouped.drop(while: { $0 == "0" }))
        if whole.isEmpty { whole = "0" }
        let isZero = whole == "0" && fraction.allSatisfy { $0 == "0" }
        return (negative && !isZero, whole, String(fraction), pieces.count == 2)
    }

    /// Line breaks as `\n`, tabs as spaces, and no surrounding white space.
    static func normalized(_ raw: String) -> String {
        var text = raw
        if text.utf8.contains(13) || text.utf8.contains(9) {
            var out = String.UnicodeScalarView()
            var previousCR = false
            for s in raw.unicodeScalars {
                switch s {
                case "\r": out.append("\n"); previousCR = true; continue
                case "\n" where previousCR: break
                case "\t": out.append(" ")
                default: out.append(s)
                }
                previousCR = false
            }
            text = String(out)
        }
        return String(trimmed(Substring(text)))
    }

    static func trimmed(_ s: Substring) -> Substring {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return Substring(scalars[first...last])
    }
}
