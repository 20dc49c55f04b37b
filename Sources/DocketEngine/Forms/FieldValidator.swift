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
        let c = Context(text: text, dateOrder: dateOrder, currency: currency)
        let scan = Scan(text)
        if scan.hasUnsafe { return .invalid(message: "\(c.subject(field)) contains a control character; remove it (\(c.expected(field)))") }
        if !isBlock, scan.hasLineBreak { return .invalid(message: "\(c.subject(field)) has a line break; \(c.expected(field)) on one line") }
        if (field.type == .text || field.type == .multiline), CardNumberGuard.findCardNumber(in: text) != nil {
            return .invalid(message: "the text holds what looks like a payment card number; remove it (card numbers are never stored)")
        }

        let check: FieldCheck
        switch field.type {
        case .text, .multiline: check = .ok(canonical: text)
        case .integer: check = integer(c, field)
        case .decimal: check = decimal(c, field)
        case .money: check = money(c, field)
        case .date: check = date(c, field, today)
        case .yesNo: check = yesNo(c, field)
        case .choice: check = choice(c, field)
        case .multiChoice: check = multiChoice(c, field)
        case .email: check = email(c, field, ascii: scan.isASCII)
        case .phone: check = phone(c, field)
        case .nationalId: check = nationalId(c, field)
        case .address: check = address(c, field)
        }
        guard case .ok(let canonical) = check else { return check }

        if let max = field.maxLength {
            let length = scan.isASCII && canonical.utf8.count == text.utf8.count ? text.utf8.count : canonical.count
            if length > max {
                return .invalid(message: "\(c.subject(field)) is \(length) characters long; expected at most \(max) characters")
            }
        }
        if let pattern = field.pattern, field.type != .nationalId, !FieldPattern.matches(canonical, pattern: pattern) {
            return .invalid(message: patternMessage(c, field, pattern))
        }
        return check
    }

    /// What a message needs, worked out only when there is a message to write: most values are fine.
    struct Context {
        let text: String
        let dateOrder: DateOrder
        let currency: String
        /// Personal identifiers are not echoed: messages end up in import reports and logs.
        func subject(_ field: FormField) -> String { field.pii ? "the value" : InputProblem.quote(text) }
        func expected(_ field: FormField) -> String {
            FieldValidator.expectation(for: field, dateOrder: dateOrder, currency: currency)
        }
    }

    /// One pass over the bytes: control and bidi characters, line breaks, and whether all is ASCII.
    struct Scan {
        var hasUnsafe = false, hasLineBreak = false, isASCII = true
        init(_ text: String) {
            var previous: UInt8 = 0, beforePrevious: UInt8 = 0
            for b in text.utf8 {
                if b < 0x20 || b == 0x7F {
                    if b == 10 { hasLineBreak = true } else { hasUnsafe = true }
                } else if b >= 0x80 {
                    isASCII = false
                    // C1 controls (C2 80–9F) and bidi embeddings, overrides and isolates
                    // (E2 80 AA–AE, E2 81 A6–A9), by their UTF-8 bytes.
                    if previous == 0xC2 && b <= 0x9F { hasUnsafe = true }
                    if beforePrevious == 0xE2 && previous == 0x80 && (0xAA...0xAE).contains(b) { hasUnsafe = true }
                    if beforePrevious == 0xE2 && previous == 0x81 && (0xA6...0xA9).contains(b) { hasUnsafe = true }
                }
                beforePrevious = previous
                previous = b
            }
        }
    }

    /// Text that reads back to `canonical` when typed or imported: the same text for every type
    /// but money, whose canonical minor units (`123456`) are written as `1234.56` — typed
    /// `123456` means dollars. Use it to prefill a field for editing and to export for re-import.
    public static func inputText(fromCanonical canonical: String, field: FormField) -> String {
        guard field.type == .money, let minor = Int(canonical) else { return canonical }
        let cents = Int(minor.magnitude % 100)
        let text = String(minor.magnitude / 100) + (cents < 10 ? ".0\(cents)" : ".\(cents)")
        return minor < 0 ? "-" + text : text
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

    private static func integer(_ c: Context, _ field: FormField) -> FieldCheck {
        guard let parsed = signedNumber(c.text), parsed.fraction.isEmpty, !parsed.hasPoint else {
            return .invalid(message: "\(c.subject(field)) is not a whole number; \(c.expected(field))")
        }
        guard parsed.whole.utf8.count <= 15, let magnitude = Int(parsed.whole) else {
            return .invalid(message: "\(c.subject(field)) is too large; \(c.expected(field))")
        }
        let value = parsed.negative ? -magnitude : magnitude
        if let problem = bounds(Double(value), c, field) { return problem }
        return .ok(canonical: String(value))
    }

    private static func decimal(_ c: Context, _ field: FormField) -> FieldCheck {
        guard let parsed = signedNumber(c.text) else { return .invalid(message: "\(c.subject(field)) is not a number; \(c.expected(field))") }
        guard parsed.whole.utf8.count <= 15, parsed.fraction.utf8.count <= 9 else {
            return .invalid(message: "\(c.subject(field)) has more digits than can be kept; \(c.expected(field))")
        }
        // Canonical: no leading or trailing zeros, no lone point, no negative zero.
        var fraction = parsed.fraction
        while fraction.last == "0" { fraction.removeLast() }
        var canonical = parsed.whole + (fraction.isEmpty ? "" : "." + fraction)
        if parsed.negative && canonical != "0" { canonical = "-" + canonical }
        if let problem = bounds(Double(canonical)!, c, field) { return problem }
        return .ok(canonical: canonical)
    }

    private static func money(_ c: Context, _ field: FormField) -> FieldCheck {
        switch MoneyInput.parse(c.text, allowNegative: (field.min ?? 0) < 0, currency: c.currency) {
        case .failure(let problem):
            return .invalid(message: field.pii ? "the value is not an amount; \(c.expected(field))" : problem.message)
        case .success(let minor):
            let shown = { (v: Double) in MoneyInput.format(minor: Int(v), currency: c.currency) }
            if let lo = field.min, Double(minor) < lo { return .invalid(message: "\(c.subject(field)) is less than \(shown(lo)); \(c.expected(field))") }
            if let hi = field.max, Double(minor) > hi { return .invalid(message: "\(c.subject(field)) is more than \(shown(hi)); \(c.expected(field))") }
            return .ok(canonical: String(minor))
        }
    }

    private static func date(_ c: Context, _ field: FormField, _ today: Day) -> FieldCheck {
        switch DateInput.parse(c.text, order: c.dateOrder, today: today) {
        case .failure(let problem):
            guard field.pii else { return .invalid(message: problem.message) }
            // The value is not echoed, but a date read in the other order still gets its reason.
            let other: DateOrder = c.dateOrder == .mdy ? .dmy : .mdy
            if case .success = DateInput.parse(c.text, order: other, today: today) {
                let order = c.dateOrder == .mdy ? "month/day/year" : "day/month/year"
                return .invalid(message: "the value is not a date in \(order) order; \(DateInput.expectation(order: c.dateOrder))")
            }
            return .invalid(message: "the value is not a date; \(DateInput.expectation(order: c.dateOrder))")
        case .success(let day):
            if day < earliestDate {
                return .invalid(message: "\(c.subject(field)) is before 1900; expected a date from 1 Jan 1900 on")
            }
            if field.identity == "birth_date", day > today {
                return .invalid(message: "\(c.subject(field)) is in the future; expected a birth date no later than today")
            }
            let latest = today + futureDays
            if day > latest {
                return .invalid(message: "\(c.subject(field)) is more than a year from now; expected a date no later than \(DateInput.display(latest))")
            }
            return .ok(canonical: day.iso)
        }
    }

    private static func yesNo(_ c: Context, _ field: FormField) -> FieldCheck {
        switch c.text {
        case "yes": return .ok(canonical: "yes")
        case "no": return .ok(canonical: "no")
        default: break
        }
        switch c.text.lowercased() {
        case "yes", "y", "true", "1": return .ok(canonical: "yes")
        case "no", "n", "false", "0": return .ok(canonical: "no")
        default: return .invalid(message: "\(c.subject(field)) is not yes or no; \(c.expected(field))")
        }
    }

    private static func choice(_ c: Context, _ field: FormField) -> FieldCheck {
        if let option = option(matching: Substring(c.text), in: field.options) { return .ok(canonical: option.value) }
        return .invalid(message: "\(c.subject(field)) is not one of the choices; \(c.expected(field))")
    }

    /// Values or labels separated by `;` (or `,` when a piece is not itself an option, so a label
    /// that holds a comma still reads); canonical in the options' order, each once.
    private static func multiChoice(_ c: Context, _ field: FormField) -> FieldCheck {
        // Canonical already (values in the options' order, `;` between): keep it.
        var next = 0
        var canonical = true
        for piece in c.text.utf8.split(separator: 59, omittingEmptySubsequences: false) {
            guard let i = field.options[next...].firstIndex(where: { $0.value.utf8.elementsEqual(piece) }) else {
                canonical = false
                break
            }
            next = i + 1
        }
        if canonical { return .ok(canonical: c.text) }
        var chosen = Set<String>()
        for piece in c.text.split(separator: ";") {
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
                    return .invalid(message: "\(InputProblem.quote(String(parts[start]))) is not one of the choices; \(c.expected(field))")
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
    private static func email(_ c: Context, _ field: FormField, ascii: Bool) -> FieldCheck {
        let text = c.text
        let bad = { FieldCheck.invalid(message: "\(c.subject(field)) is not an email address; \(c.expected(field))") }
        if ascii {
            guard let canonical = asciiEmail(text) else { return bad() }
            return .ok(canonical: canonical)
        }
        let halves = text.split(separator: "@", omittingEmptySubsequences: false)
        guard halves.count == 2, text.utf8.count <= 254 else { return bad() }
        let local = halves[0], domain = halves[1]
        guard (1...64).contains(local.utf8.count), local.utf8.first != 46, local.utf8.last != 46 else { return bad() }
        var previousDot = false
        for s in local.unicodeScalars {
            if s == "." { if previousDot { return bad() }; previousDot = true; continue }
            previousDot = false
            if s.value <= 32 || "()<>[]:;,\\\"".unicodeScalars.contains(s) || (!ascii && s.properties.isWhitespace) { return bad() }
        }
        var labelLength = 0, labels = 0, topIsLetters = true
        var previous: Character = "."
        for ch in domain {
            if ch == "." {
                if labelLength == 0 || previous == "-" { return bad() }
                labels += 1; labelLength = 0; topIsLetters = true
            } else {
                let isLetter = ch.isLetter
                guard isLetter || ch.isNumber || ch == "-" else { return bad() }
                if labelLength == 0 && ch == "-" { return bad() }
                if !isLetter { topIsLetters = false }
                labelLength += 1
                if labelLength > 63 { return bad() }
            }
            previous = ch
        }
        guard labelLength >= 2, previous != "-", labels >= 1, topIsLetters else { return bad() }
        let hasUpper = domain.utf8.contains { $0 >= 65 && $0 <= 90 } || !ascii
        return .ok(canonical: hasUpper ? "\(local)@\(domain.lowercased())" : text)
    }

    /// The same rules as `email` on the bytes of an all-ASCII address: the common case.
    private static func asciiEmail(_ text: String) -> String? {
        let bytes = text.utf8
        guard bytes.count <= 254, let at = bytes.firstIndex(of: 64) else { return nil }
        let local = bytes[..<at], domain = bytes[bytes.index(after: at)...]
        guard (1...64).contains(local.count), local.first != 46, local.last != 46 else { return nil }
        var previous: UInt8 = 0
        for b in local {
            if b <= 32 || b == 127 || b == 64 || (b == 46 && previous == 46) { return nil }
            switch b {
            case 40, 41, 60, 62, 91, 93, 58, 59, 44, 92, 34: return nil // ()<>[]:;,\"
            default: break
            }
            previous = b
        }
        var labelLength = 0, dots = 0, topIsLetters = true, hasUpper = false
        previous = 46
        for b in domain {
            let isLetter = (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
            if b == 46 {
                if labelLength == 0 || previous == 45 { return nil }
                dots += 1; labelLength = 0; topIsLetters = true
            } else {
                guard isLetter || (b >= 48 && b <= 57) || b == 45 else { return nil }
                if labelLength == 0 && b == 45 { return nil }
                if !isLetter { topIsLetters = false }
                if b <= 90 && b >= 65 { hasUpper = true }
                labelLength += 1
                if labelLength > 63 { return nil }
            }
            previous = b
        }
        guard labelLength >= 2, previous != 45, dots >= 1, topIsLetters else { return nil }
        guard hasUpper else { return text }
        return String(Substring(local)) + "@" + String(Substring(domain)).lowercased()
    }

    /// Digits with an optional leading `+` and the separators people write; the person's own
    /// formatting is kept (only runs of spaces are collapsed).
    private static func phone(_ c: Context, _ field: FormField) -> FieldCheck {
        let notPhone = { FieldCheck.invalid(message: "\(c.subject(field)) is not a phone number; \(c.expected(field))") }
        var digits = 0, depth = 0
        var doubleSpace = false
        var previous: UInt8 = 0
        for (i, b) in c.text.utf8.enumerated() {
            switch b {
            case 48...57: digits += 1
            case 43 where i == 0: break // +
            case 45, 46: break // - .
            case 40: depth += 1; if depth > 1 { return notPhone() }
            case 41: depth -= 1; if depth < 0 { return notPhone() }
            case 32: if previous == 32 { doubleSpace = true }
            default: return notPhone()
            }
            previous = b
        }
        guard depth == 0 else { return notPhone() }
        guard (7...15).contains(digits) else {
            return .invalid(message: "\(c.subject(field)) has \(digits) digit\(digits == 1 ? "" : "s"); \(c.expected(field))")
        }
        // The person's own formatting is kept; only runs of spaces are collapsed.
        if !doubleSpace { return .ok(canonical: c.text) }
        return .ok(canonical: c.text.split(separator: " ").joined(separator: " "))
    }

    private static func nationalId(_ c: Context, _ field: FormField) -> FieldCheck {
        let text = c.text
        guard isDefaultNationalId(field) else {
            let pattern = field.pattern ?? defaultNationalIdPattern
            if FieldPattern.matches(text, pattern: pattern) { return .ok(canonical: text) }
            return .invalid(message: patternMessage(c, field, pattern))
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
        guard shapeOK else { return .invalid(message: "\(c.subject(field)) is not a national id number; \(c.expected(field))") }
        if bytes.count == 11 && bytes[3] == 45 { return .ok(canonical: text) }
        var s = String(decoding: digits[0..<3], as: UTF8.self)
        s += "-" + String(decoding: digits[3..<5], as: UTF8.self)
        s += "-" + String(decoding: digits[5..<9], as: UTF8.self)
        return .ok(canonical: s)
    }

    private static func address(_ c: Context, _ field: FormField) -> FieldCheck {
        let text = c.text
        // Already clean (one space between words, no blank lines): keep it as it is.
        var clean = true, breaks = 0
        var previous: UInt8 = 10
        for b in text.utf8 {
            if b == 10 { breaks += 1; if previous == 10 || previous == 32 { clean = false } }
            else if b == 32 && (previous == 32 || previous == 10) { clean = false }
            previous = b
        }
        if clean && breaks >= 1 && previous != 32 { return .ok(canonical: text) }
        var lines: [String] = []
        for line in text.split(separator: "\n") {
            let words = line.split(whereSeparator: \.isWhitespace)
            if !words.isEmpty { lines.append(words.joined(separator: " ")) }
        }
        guard lines.count >= 2 else { return .invalid(message: "\(c.subject(field)) has only one line; \(c.expected(field))") }
        return .ok(canonical: lines.joined(separator: "\n"))
    }

    // MARK: helpers

    static func isDefaultNationalId(_ field: FormField) -> Bool {
        field.pattern == nil || field.pattern == defaultNationalIdPattern
    }

    private static func patternMessage(_ c: Context, _ field: FormField, _ pattern: String) -> String {
        if let help = field.help { return "\(c.subject(field)) does not have the expected form; expected: \(help)" }
        return "\(c.subject(field)) does not have the expected form \(pattern)"
    }

    private static func bounds(_ value: Double, _ c: Context, _ field: FormField) -> FieldCheck? {
        if let lo = field.min, value < lo { return .invalid(message: "\(c.subject(field)) is less than \(number(lo)); \(c.expected(field))") }
        if let hi = field.max, value > hi { return .invalid(message: "\(c.subject(field)) is more than \(number(hi)); \(c.expected(field))") }
        return nil
    }

    /// A bound as people write it: 100, not 100.0.
    static func number(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
        return String(v)
    }

    /// `-1,234.50` as sign, whole digits without leading zeros or commas, and fraction digits.
    private static func signedNumber(_ text: String) -> (negative: Bool, whole: String, fraction: String, hasPoint: Bool)? {
        var bytes = Substring(text).utf8[...]
        var negative = false
        if let first = bytes.first, first == 45 || first == 43 { negative = first == 45; bytes = bytes.dropFirst() }
        let point = bytes.firstIndex(of: 46)
        let wholeBytes = point.map { bytes[..<$0] } ?? bytes
        let fractionBytes = point.map { bytes[bytes.index(after: $0)...] } ?? bytes[bytes.endIndex...]
        guard wholeBytes.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 44 }), fractionBytes.allSatisfy({ $0 >= 48 && $0 <= 57 }),
              !(wholeBytes.isEmpty && fractionBytes.isEmpty) else { return nil }
        var digits = Substring(wholeBytes)
        if wholeBytes.contains(44) {
            guard let grouped = MoneyInput.groupedDigits(digits) else { return nil }
            digits = grouped
        }
        var whole = String(digits.drop(while: { $0 == "0" }))
        if whole.isEmpty { whole = "0" }
        let fraction = String(Substring(fractionBytes))
        let isZero = whole == "0" && fractionBytes.allSatisfy { $0 == 48 }
        return (negative && !isZero, whole, fraction, point != nil)
    }

    /// Line breaks as `\n`, tabs as spaces, and no surrounding white space.
    static func normalized(_ raw: String) -> String {
        var text = raw
        if raw.utf8.contains(where: { $0 == 13 || $0 == 9 }) {
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
        let cut = trimmed(Substring(text))
        return cut.utf8.count == text.utf8.count ? text : String(cut)
    }

    static func trimmed(_ s: Substring) -> Substring {
        // Plain ASCII ends decide without Unicode property lookups.
        if let head = s.utf8.first, let tail = s.utf8.last, head > 32, head < 128, tail > 32, tail < 128 { return s }
        let scalars = s.unicodeScalars
        guard let head = scalars.first, let tail = scalars.last else { return s }
        if !head.properties.isWhitespace && !tail.properties.isWhitespace { return s }
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return Substring(scalars[first...last])
    }
}
