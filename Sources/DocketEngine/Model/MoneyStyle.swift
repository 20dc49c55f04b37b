import Foundation

/// Amounts of one currency written and read as one language writes them: the minor units the
/// currency has (cents; none for won and yen), the decimal mark, how thousands are grouped,
/// the digits and where the currency's sign goes. Money is integer minor units throughout;
/// this type never rounds: an amount with more decimals than the currency has is refused.
public struct MoneyStyle: Sendable, Equatable {
    public let currency: String
    public let language: String

    public init(currency: String, language: String = "en") {
        self.currency = currency.uppercased()
        let base = language.lowercased().split(separator: "-").first.map(String.init) ?? "en"
        self.language = MoneyStyle.conventions[base] == nil ? "en" : base
    }

    /// How many minor units a major unit has, as a power of ten (ISO 4217).
    public var minorDigits: Int {
        switch currency {
        case "JPY", "KRW", "ISK", "CLP", "VND", "XAF", "XOF", "UGX", "PYG": return 0
        case "BHD", "KWD", "OMR", "JOD", "TND", "LYD", "IQD": return 3
        default: return 2
        }
    }

    struct Convention {
        var decimal: Character
        var group: Character
        /// Spanish and Polish leave four-digit numbers ungrouped (1234,56 but 12.345,67).
        var minimumGrouping: Int
        /// Arabic writes Arabic-Indic digits.
        var arabicDigits: Bool
        var symbolFirst: Bool
    }

    static let conventions: [String: Convention] = [
        "en": Convention(decimal: ".", group: ",", minimumGrouping: 1, arabicDigits: false, symbolFirst: true),
        "ko": Convention(decimal: ".", group: ",", minimumGrouping: 1, arabicDigits: false, symbolFirst: true),
        "es": Convention(decimal: ",", group: ".", minimumGrouping: 2, arabicDigits: false, symbolFirst: false),
        "it": Convention(decimal: ",", group: ".", minimumGrouping: 1, arabicDigits: false, symbolFirst: false),
        "pl": Convention(decimal: ",", group: "\u{00A0}", minimumGrouping: 2, arabicDigits: false, symbolFirst: false),
        "ar": Convention(decimal: "\u{066B}", group: "\u{066C}", minimumGrouping: 1, arabicDigits: true, symbolFirst: false),
    ]

    var convention: Convention { MoneyStyle.conventions[language]! }

    /// The currency's sign as this language writes it: `$` at home in English, `US$` where a
    /// dollar needs its country, the ISO code where the language uses that.
    public var symbol: String {
        switch (currency, language) {
        case ("USD", "en"): return "$"
        case ("USD", "it"), ("USD", "pl"): return "USD"
        case ("USD", _): return "US$"
        case ("EUR", _): return "€"
        case ("GBP", _): return "£"
        case ("KRW", _): return "₩"
        case ("JPY", "ko"), ("JPY", "en"): return "¥"
        case ("PLN", "pl"): return "zł"
        default: return currency
        }
    }

    /// `$1,234.56` (en), `1234,56 US$` and `12.345,67 US$` (es), `1.234,56 USD` (it),
    /// `1234,56 USD` (pl, with no-break spaces), `US$1,234.56` (ko), `١٬٢٣٤٫٥٦ US$` (ar).
    public func format(_ minor: Int64) -> String {
        let c = convention
        let magnitude = minor.magnitude
        var scale: UInt64 = 1
        for _ in 0..<minorDigits { scale *= 10 }
        let whole = String(magnitude / scale)
        var number = MoneyStyle.grouped(whole, by: c.group, minimum: c.minimumGrouping)
        if minorDigits > 0 {
            let fraction = String(magnitude % scale)
            number += String(c.decimal) + String(repeating: "0", count: minorDigits - fraction.count) + fraction
        }
        if c.arabicDigits { number = MoneyStyle.arabicIndic(number) }
        let sign = minor < 0 ? "-" : ""
        return c.symbolFirst ? sign + symbol + number : sign + number + "\u{00A0}" + symbol
    }

    /// Reads an amount as a person of this language types it — with or without the currency's
    /// sign or code, grouped or not, in Arabic-Indic digits too — into minor units. A comma
    /// language also takes a point as the decimal mark when it is followed by one or two digits
    /// only (`25.00`), as people type on an English keyboard. Negative amounts and amounts with
    /// more decimals than the currency has are refused, saying why.
    public func parse(_ raw: String) -> Result<Int64, DocketError> {
        let example = format(123456)
        var text = MoneyStyle.latinDigits(raw).trimmingCharacters(in: .whitespaces)
        // The currency's own sign or code only: `$5` is not an amount of euros.
        for mark in [symbol, currency] + (currency == "USD" ? ["US$", "$"] : []) {
            if text.hasPrefix(mark) { text = String(text.dropFirst(mark.count)) }
            if text.hasSuffix(mark) { text = String(text.dropLast(mark.count)) }
        }
        text = text.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{00A0}\u{202F}")))
        let quoted = "'\(raw)'"
        guard !text.isEmpty else { return .failure(.usage("give an amount, such as \(example)")) }
        if text.hasPrefix("-") { return .failure(.usage("\(quoted) is negative; amounts are positive (a refund or a reversal gives money back)")) }
        let c = convention
        var decimal = c.decimal
        let groups: Set<Character> = c.decimal == "," ? [".", " ", "\u{00A0}", "\u{202F}", "'"] : [",", "\u{066C}", " ", "\u{00A0}"]
        if c.decimal == ",", !text.contains(","), let dot = text.lastIndex(of: "."),
           text.filter({ $0 == "." }).count == 1, (1...2).contains(text.distance(from: text.index(after: dot), to: text.endIndex)) {
            decimal = "."
        }
        if c.arabicDigits, !text.contains("٫"), text.contains(".") { decimal = "." }
        let parts = text.split(separator: decimal, omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return .failure(.usage("\(quoted) is not an amount; write it as \(example)")) }
        let wholePart = parts[0].filter { !groups.contains($0) }
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        guard !wholePart.isEmpty || !fraction.isEmpty, wholePart.allSatisfy({ $0.isASCII && $0.isNumber }),
              fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return .failure(.usage("\(quoted) is not an amount; write it as \(example)"))
        }
        let significant = fraction.count > minorDigits ? fraction.dropFirst(minorDigits) : ""
        if significant.contains(where: { $0 != "0" }) {
            let what = minorDigits == 0 ? "\(currency) has no minor unit" : "\(currency) has \(minorDigits) decimal places"
            return .failure(.usage("\(quoted) has more decimals than the currency allows (\(what)); Docket never rounds money: write it as \(example)"))
        }
        let digits = wholePart.drop { $0 == "0" }
        guard digits.count <= 13 else { return .failure(.usage("\(quoted) is too large for an amount of money")) }
        var minor: Int64 = 0
        for ch in digits { minor = minor * 10 + Int64(ch.asciiValue! - 48) }
        let kept = fraction.prefix(minorDigits)
        for i in 0..<minorDigits {
            let d = i < kept.count ? Int64(kept[kept.index(kept.startIndex, offsetBy: i)].asciiValue! - 48) : 0
            minor = minor * 10 + d
        }
        return .success(minor)
    }

    /// `1234567` as `1,234,567` with this separator; left alone below the minimum grouping.
    static func grouped(_ digits: String, by separator: Character, minimum: Int) -> String {
        let chars = Array(digits)
        guard chars.count > 3 + (minimum - 1) else { return digits }
        var out = ""
        for (i, d) in chars.enumerated() {
            if i > 0 && (chars.count - i) % 3 == 0 { out.append(separator) }
            out.append(d)
        }
        return out
    }

    static func arabicIndic(_ s: String) -> String {
        String(s.map { ch -> Character in
            guard let v = ch.asciiValue, v >= 48, v <= 57 else { return ch }
            return Character(Unicode.Scalar(0x0660 + UInt32(v - 48))!)
        })
    }

    /// Arabic-Indic and Persian digits as ASCII digits.
    static func latinDigits(_ s: String) -> String {
        String(s.unicodeScalars.map { u -> Character in
            switch u.value {
            case 0x0660...0x0669: return Character(Unicode.Scalar(48 + u.value - 0x0660)!)
            case 0x06F0...0x06F9: return Character(Unicode.Scalar(48 + u.value - 0x06F0)!)
            default: return Character(u)
            }
        })
    }
}
