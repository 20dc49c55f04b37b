import Foundation

/// Synthetic but believable form values for demo and benchmark databases. The same seed gives
/// the same values on every machine; every value is already canonical and passes
/// `FormValidator` for its form. Making a database calls this a million times, so the form is
/// studied once in `init` and `values` uses no regex and no Foundation formatting.
public struct FormValueGenerator: Sendable {
    /// Dates are drawn around this day unless another is given: fixed, so a seed always gives
    /// the same form, and in the past, so no generated date is refused as too far ahead.
    public static let defaultReference = Day(year: 2026, month: 1, day: 1)!

    public let form: FormDefinition
    public let reference: Day
    private let plans: [Plan]

    /// `reference` is the day the form is filled in (a case's opening day, say); it must not be
    /// later than today, or an expiry date drawn after it could be refused as too far ahead.
    public init(form: FormDefinition, reference: Day = FormValueGenerator.defaultReference) {
        self.form = form
        self.reference = reference
        let fields = form.fields
        plans = fields.map { Plan(field: $0, in: fields) }
    }

    /// The same, for callers that do not keep a generator: the one made for a form is kept
    /// (by form id, checked against the form itself) so a million calls study it once.
    public static func values(for form: FormDefinition, identity: [String: String],
                              rng: inout SeededRandom) -> FormValues {
        prepared(for: form).values(identity: identity, rng: &rng)
    }

    private final class Cache: @unchecked Sendable {
        let lock = NSLock()
        var generators: [String: FormValueGenerator] = [:]
    }

    private static let cache = Cache()

    static func prepared(for form: FormDefinition) -> FormValueGenerator {
        cache.lock.lock()
        // Equal forms from the same agency share their arrays, so this comparison is quick.
        if let hit = cache.generators[form.id], hit.form == form, hit.reference == defaultReference {
            cache.lock.unlock()
            return hit
        }
        cache.lock.unlock()
        let made = FormValueGenerator(form: form)
        cache.lock.lock()
        cache.generators[form.id] = made
        cache.lock.unlock()
        return made
    }

    /// Values for one filled form. Identity fields take `identity` values (canonical text keyed
    /// by given_name, family_name, birth_date, national_id, email, phone, address, language);
    /// any that are missing are made up.
    public func values(identity: [String: String], rng: inout SeededRandom) -> FormValues {
        var out: FormValues = Dictionary(minimumCapacity: plans.count)
        var made = Made()
        for plan in plans {
            if let rule = plan.showIf {
                guard let controller = out[rule.field], rule.isMet(by: controller) else { continue }
            }
            let id = plan.id
            if let attribute = plan.identity, !identity.isEmpty, let given = identity[attribute], !given.isEmpty {
                let value = plan.type == .choice ? option(matching: given, plan) ?? make(plan, &made, &rng) : given
                out[id] = value
                made.note(plan, given: value)
                continue
            }
            if !plan.required && !rng.chance(plan.fillChance) {
                if let d = plan.defaultValue { out[id] = d; made.note(plan, given: d) }
                continue
            }
            out[id] = make(plan, &made, &rng)
        }
        return out
    }

    // MARK: values by kind

    private func make(_ plan: Plan, _ made: inout Made, _ rng: inout SeededRandom) -> String {
        switch plan.kind {
        case .pattern(let p):
            return p.sample(&rng)
        case .text(let pool):
            return rng.pick(pool)
        case .personName(let part):
            switch part {
            case .given:
                let name = rng.pick(SampleText.givenNames)
                made.givenName = name
                return name
            case .family:
                let name = rng.pick(SampleText.familyNames)
                made.familyName = name
                return name
            case .full:
                return Self.clip(rng.pick(SampleText.givenNames) + " " + rng.pick(SampleText.familyNames), plan.maxLength)
            }
        case .integer(let lo, let hi, let isYear):
            if isYear { return String(rng.int(Swift.max(lo, hi - 60)...hi)) }
            if hi - lo <= 10 { return String(rng.int(lo...hi)) }
            let u = Double.random(in: 0..<1, using: &rng)
            return String(lo + Int(Double(hi - lo) * u * u))
        case .decimal(let lo, let hi, let scale):
            return Self.decimalText(rng.int(lo...hi), scale: scale)
        case .money(let lo, let hi):
            // Most amounts are small and a few are large, as in real filings.
            let u = Double.random(in: 0..<1, using: &rng)
            var minor = lo + Int(Double(hi - lo) * u * u * u * u)
            if rng.chance(0.7) {
                let whole = (minor + 99) / 100 * 100
                if whole <= hi { minor = whole }
            }
            return String(minor)
        case .date(let rule):
            let day = date(rule, plan, &made, &rng)
            made.note(plan, day)
            return day.iso
        case .yesNo:
            return rng.chance(0.3) ? "yes" : "no"
        case .choice(let values):
            if plan.identity == "language" { return language(values, &rng) }
            return values[rng.int(0...values.count - 1)]
        case .multiChoice(let values):
            // Chosen as bits of a mask, written in the options' order (canonical).
            let count = Swift.min(1 + (rng.chance(0.4) ? 1 : 0) + (rng.chance(0.15) ? 1 : 0), values.count, 64)
            var mask: UInt64 = 0
            while mask.nonzeroBitCount < count { mask |= 1 << UInt64(rng.int(0...Swift.min(values.count, 64) - 1)) }
            var text = ""
            for i in values.indices where i < 64 && mask & (1 << UInt64(i)) != 0 {
                if !text.isEmpty { text += ";" }
                text += values[i]
            }
            return text
        case .email:
            let given = Self.asciiLetters(made.givenName ?? rng.pick(SampleText.givenNames))
            let family = Self.asciiLetters(made.familyName ?? rng.pick(SampleText.familyNames))
            var local = given.isEmpty || family.isEmpty ? "resident" + String(rng.int(100...9999)) : given + "." + family
            if rng.chance(0.3) { local += String(rng.int(1...99)) }
            return local + "@" + rng.pick(SampleText.emailDomains)
        case .phone:
            return "(" + rng.pick(SampleText.areaCodes) + ") 555-01" + Self.padded(rng.int(0...99), 2)
        case .nationalId:
            // Shaped like a real SSN (no 000, 666 or 9xx area, no 00 group, no 0000 serial).
            var area = rng.int(1...898)
            if area >= 666 { area += 1 }
            return Self.padded(area, 3) + "-" + Self.padded(rng.int(1...99), 2) + "-" + Self.padded(rng.int(1...9999), 4)
        case .address:
            var text = String(rng.int(1...9899)) + " " + rng.pick(SampleText.streets)
            if rng.chance(0.25) { text += "\n" + rng.pick(SampleText.unitWords) + " " + String(rng.int(1...40)) }
            text += "\n" + rng.pick(SampleText.towns) + ", EX " + Self.padded(rng.int(1000...99999), 5)
            return text
        }
    }

    private func date(_ rule: DateRule, _ plan: Plan, _ made: inout Made, _ rng: inout SeededRandom) -> Day {
        let year = 365
        let ref = reference
        switch rule {
        case .birth(let minimumAge):
            return ref + -rng.int(minimumAge * year...95 * year)
        case .lifeStart:
            // Service and the like begin in adulthood and end before the form is filled in.
            let latest = ref + -year
            if let birth = made.birthDate {
                let earliest = birth + 18 * year
                if earliest < latest { return earliest + rng.int(0...Swift.min(15 * year, latest - earliest)) }
            }
            return ref + -rng.int(year...30 * year)
        case .rangeStart:
            return ref + -rng.int(30...5 * year)
        case .end(let partner):
            if let start = made.dates[partner], start < ref {
                let room = ref - start - 1
                return start + 1 + rng.int(0...Swift.min(room, 20 * year))
            }
            return ref + -rng.int(0...2 * year)
        case .expiry:
            return ref + rng.int(-180...180)
        case .afterPrevious:
            if let previous = made.lastDate, previous <= ref {
                return previous + rng.int(0...Swift.min(14, ref - previous))
            }
            return ref + -rng.int(0...60)
        case .recent:
            return ref + -rng.int(0...2 * year)
        }
    }

    private func language(_ values: [String], _ rng: inout SeededRandom) -> String {
        // Most letters go out in the first listed language.
        rng.chance(0.6) ? values[0] : values[rng.int(0...values.count - 1)]
    }

    private func option(matching given: String, _ plan: Plan) -> String? {
        let options = plan.field.options
        if let exact = options.first(where: { $0.value == given || $0.label == given }) { return exact.value }
        let lower = given.lowercased()
        return options.first { $0.value.lowercased() == lower || $0.label.lowercased() == lower }?.value
    }

    static func clip(_ text: String, _ maxLength: Int?) -> String {
        guard let maxLength, text.count > maxLength else { return text }
        var cut = String(text.prefix(maxLength))
        while cut.last == " " { cut.removeLast() }
        return cut
    }

    /// A non-negative number with leading zeros to `width` digits.
    static func padded(_ n: Int, _ width: Int) -> String {
        let digits = Swift.max(width, n == 0 ? 1 : Int(log10Floor(n)) + 1)
        return String(unsafeUninitializedCapacity: digits) { buffer in
            var v = n
            for i in stride(from: digits - 1, through: 0, by: -1) {
                buffer[i] = UInt8(48 + v % 10)
                v /= 10
            }
            return digits
        }
    }

    private static func log10Floor(_ n: Int) -> Int {
        var v = n, d = 0
        while v >= 10 { v /= 10; d += 1 }
        return d
    }

    /// `scaled / scale` as canonical decimal text (no trailing zeros).
    static func decimalText(_ scaled: Int, scale: Int) -> String {
        let negative = scaled < 0
        let magnitude = abs(scaled)
        var text = String(magnitude / scale)
        var fraction = magnitude % scale
        var digits = scale == 1 ? 0 : String(scale).utf8.count - 1
        while digits > 0 && fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        if digits > 0 { text += "." + padded(fraction, digits) }
        return negative && scaled != 0 ? "-" + text : text
    }

    /// Lower-case ASCII letters of a name for an email address: `Łukasz` gives `lukasz`, Hangul gives nothing.
    static func asciiLetters(_ name: String) -> String {
        if name.utf8.allSatisfy({ ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) }) {
            return String(unsafeUninitializedCapacity: name.utf8.count) { buffer in
                for (i, b) in name.utf8.enumerated() { buffer[i] = b <= 90 ? b + 32 : b }
                return name.utf8.count
            }
        }
        var out = ""
        for scalar in name.unicodeScalars {
            let v = scalar.value
            if (65...90).contains(v) { out.unicodeScalars.append(Unicode.Scalar(v + 32)!) }
            else if (97...122).contains(v) { out.unicodeScalars.append(scalar) }
            else if let folded = foldings[scalar] { out += folded }
        }
        return out
    }

    private static let foldings: [Unicode.Scalar: String] = {
        var map: [Unicode.Scalar: String] = [:]
        let groups = ["a": "áàâäãåąÁÀÂÄÃÅĄ", "c": "çćčÇĆČ", "e": "éèêëęěÉÈÊËĘĚ", "i": "íìîïıÍÌÎÏİ",
                      "l": "łŁ", "n": "ñńňÑŃŇ", "o": "óòôöõøÓÒÔÖÕØ", "s": "śšşŚŠŞ", "u": "úùûüůÚÙÛÜŮ",
                      "z": "źżžŹŻŽ", "ss": "ß", "y": "ýÿÝ", "d": "đĐ"]
        for (plain, accented) in groups { for s in accented.unicodeScalars { map[s] = plain } }
        return map
    }()
}

// MARK: what init works out per field

extension FormValueGenerator {
    enum DateRule: Sendable {
        /// A birth date at least this many years before the reference day.
        case birth(minimumAge: Int)
        /// The start of a span in the person's life (`service_start`).
        case lifeStart
        /// The start of a range of dates asked about (`records_from`).
        case rangeStart
        case expiry, afterPrevious, recent
        /// The end of a span whose start is the named field.
        case end(String)
    }

    enum NamePart: Sendable { case given, family, full }

    enum Kind: Sendable {
        case pattern(SimplePattern)
        case text([String])
        case personName(NamePart)
        case integer(Int, Int, isYear: Bool)
        /// Bounds in units of 1/scale.
        case decimal(Int, Int, scale: Int)
        case money(Int, Int)
        case date(DateRule)
        case yesNo
        case choice([String])
        case multiChoice([String])
        case email, phone, nationalId, address
    }

    /// A show_if condition with its values made canonical for the controlling field, so the
    /// generator compares plain strings.
    struct Condition: Sendable {
        let field: String
        let values: [String]
        func isMet(by value: String) -> Bool {
            if values.contains(value) { return true }
            return value.utf8.contains(59) && value.split(separator: ";").contains { values.contains(String($0)) }
        }
    }

    /// A class so the per-field loop shares it instead of copying a field full of strings.
    final class Plan: Sendable {
        let field: FormField
        // Copied out of `field` so the hot loop reads them without copying the whole field.
        let id: String
        let identity: String?
        let type: FieldType
        let required: Bool
        let maxLength: Int?
        let kind: Kind
        let showIf: Condition?
        let defaultValue: String?
        let fillChance: Double
        /// Another field's date is drawn after this one (`service_start` for `service_end`).
        let isSpanStart: Bool

        init(field: FormField, in fields: [FormField]) {
            self.field = field
            id = field.id
            identity = field.identity
            type = field.type
            required = field.required
            maxLength = field.maxLength
            kind = Plan.kind(of: field, in: fields)
            let check = { (raw: String, f: FormField) in
                FieldValidator.validate(raw, field: f, dateOrder: .mdy, today: FormValueGenerator.defaultReference).canonical
            }
            defaultValue = field.defaultValue.flatMap { check($0, field) }
            if let rule = field.showIf, let controller = fields.first(where: { $0.id == rule.field }) {
                showIf = Condition(field: rule.field, values: rule.equals.map { check($0, controller) ?? $0 })
            } else {
                showIf = nil
            }
            isSpanStart = field.type == .date && fields.contains {
                guard $0.type == .date, case .end(let partner) = Plan.dateRule($0, fields) else { return false }
                return partner == field.id
            }
            switch field.type {
            case .multiChoice: fillChance = 0.15 // priority circumstances and the like are rare
            case .yesNo: fillChance = 0.5
            default: fillChance = 0.75
            }
        }

        static func kind(of field: FormField, in fields: [FormField]) -> Kind {
            if let pattern = field.pattern, !(field.type == .nationalId && FieldValidator.isDefaultNationalId(field)),
               let simple = SimplePattern(pattern) {
                return .pattern(simple)
            }
            switch field.type {
            case .text, .multiline:
                if field.identity == "given_name" { return .personName(.given) }
                if field.identity == "family_name" { return .personName(.family) }
                if let pool = SampleText.byField[field.id] { return .text(pool.map { clip($0, field.maxLength) }) }
                if field.type == .text && field.id.hasSuffix("_name") { return .personName(.full) }
                return .text(SampleText.generic.map { clip($0, field.maxLength) })
            case .integer:
                let lo = field.min.map { Int($0.rounded(.up)) } ?? 0
                let hi = field.max.map { Int($0.rounded(.down)) } ?? lo + 10
                return .integer(lo, Swift.max(lo, hi), isYear: field.id.contains("year"))
            case .decimal:
                let lo = field.min ?? 0, hi = field.max ?? lo + 100
                let scale = hi - lo >= 10 ? 10 : 100
                let a = Int((lo * Double(scale)).rounded(.up)), b = Int((hi * Double(scale)).rounded(.down))
                return .decimal(a, Swift.max(a, b), scale: scale)
            case .money:
                let lo = field.min.map { Int($0.rounded(.up)) } ?? 0
                let hi = field.max.map { Int($0.rounded(.down)) } ?? lo + 500_000
                return .money(lo, Swift.max(lo, hi))
            case .date:
                return .date(dateRule(field, fields))
            case .yesNo: return .yesNo
            case .choice: return .choice(field.options.map(\.value))
            case .multiChoice: return .multiChoice(field.options.map(\.value))
            case .email: return .email
            case .phone: return .phone
            case .nationalId: return .nationalId
            case .address: return .address
            }
        }

        /// Reads a date field's id for what kind of date it is: `service_start`/`service_end`,
        /// `records_from`/`records_to`, `expiry_date`, `symptom_onset` …
        static func dateRule(_ field: FormField, _ fields: [FormField]) -> DateRule {
            let id = field.id
            if field.identity == "birth_date" || id.contains("birth") {
                // Old enough for the life events the form asks about to have begun and ended.
                let hasLifeSpan = fields.contains { $0.type == .date && $0.id.hasSuffix("_start") }
                return .birth(minimumAge: hasLifeSpan ? 21 : 18)
            }
            for (start, end) in [("_start", "_end"), ("_from", "_to")] where id.hasSuffix(end) {
                let partner = String(id.dropLast(end.count)) + start
                if fields.contains(where: { $0.id == partner }) { return .end(partner) }
            }
            if id.hasSuffix("_start") { return .lifeStart }
            if id.hasSuffix("_from") { return .rangeStart }
            if id.contains("expir") { return .expiry }
            if id.contains("onset") { return .afterPrevious }
            return .recent
        }
    }

    /// What earlier fields of this form produced, for the fields that depend on them.
    struct Made {
        var givenName: String?
        var familyName: String?
        var birthDate: Day?
        var lastDate: Day?
        var dates: [String: Day] = [:]

        /// A value that was given or defaulted rather than made here.
        mutating func note(_ plan: Plan, given value: String) {
            switch plan.identity {
            case "given_name": givenName = value
            case "family_name": familyName = value
            default: break
            }
            if plan.type == .date, let day = Day(iso: value) { note(plan, day) }
        }

        mutating func note(_ plan: Plan, _ day: Day) {
            if plan.identity == "birth_date" { birthDate = day }
            lastDate = day
            if plan.isSpanStart { dates[plan.id] = day }
        }
    }
}
