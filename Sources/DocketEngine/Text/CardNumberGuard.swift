/// Card numbers are never stored (PCI DSS): free text that holds one is refused. This
/// finds them as people type them — `4111 1111 1111 1111`, `4111-1111-1111-1111`,
/// `4111111111111111`, `3782 822463 10005` — while leaving alone the other long numbers
/// case notes are full of.
///
/// The rules, and why:
/// - Digits come in groups; groups joined by one space or dash form a run.
/// - A card number is where a run begins: one group of 13–19 digits, or groups of 4–6
///   digits with a last group of 1–6 (4-4-4-4, 4-6-5, 4-4-4-4-3 …), 13–19 digits in all,
///   passing the Luhn check.
/// - What may follow it in the same run is card data (expiry `MM YY`, a security code) or
///   another card number. Anything else means the card-shaped digits are only the start of
///   a longer number: a 22-digit tracking number typed in fours is not refused although
///   its first 16 digits pass Luhn one time in ten. Windows inside a run are not searched
///   for the same reason, and a single group longer than 19 digits is never a card.
/// - Digits touching a Latin letter (`DE89…`, `A1234…`) belong to a code, and so does
///   the run they are in; so do valid IBANs, whose digit groups are often card-shaped.
/// - Dates (4-2-2), US SSNs (3-2-4), phone numbers and amounts (groups of 2–3, or `.`
///   and `,` between groups) never take the card shape.
public enum CardNumberGuard {
    /// The first card number in the text, from its first digit to its last.
    public static func findCardNumber(in text: String) -> Range<String.Index>? {
        guard decimalDigitCount(text) >= minimumDigits else { return nil }
        let groups = digitGroups(in: text)
        var ibans: [Range<String.Index>]?  // looked for only when a card-shaped run turns up
        var runStart = 0
        while runStart < groups.count {
            var runEnd = runStart
            while groups[runEnd].joinsNext, runEnd + 1 < groups.count { runEnd += 1 }
            let run = groups[runStart...runEnd]
            if !run.contains(where: \.touchesLatinLetter), let card = cardStarting(run) {
                if ibans == nil { ibans = ibanRanges(in: text) }
                let runRange = run.first!.range.lowerBound..<run.last!.range.upperBound
                if !ibans!.contains(where: { $0.overlaps(runRange) }) { return card }
            }
            runStart = runEnd + 1
        }
        return nil
    }

    private static let minimumDigits = 13
    private static let maximumDigits = 19

    // MARK: - Runs

    /// A maximal sequence of decimal digits (any script's) in the text.
    private struct DigitGroup {
        var digits: [UInt8]
        var range: Range<String.Index>
        /// Glued to a letter, as in `DE89…` or `A1234`: part of a code, not a number.
        var touchesLatinLetter: Bool
        /// Followed by exactly one separator and then the next group.
        var joinsNext: Bool
    }

    /// The card number at the start of the run, if the run begins with one and continues
    /// only with card data or further card numbers.
    private static func cardStarting(_ run: ArraySlice<DigitGroup>) -> Range<String.Index>? {
        // cardEnd[i]: the last group of a card number that begins at group i and is followed
        // only by card data or more such cards. Decided from the end of the run backwards,
        // so a long run of groups costs linear time, never a search over all splits.
        var cardEnd: [Int: Int] = [:]
        for start in run.indices.reversed() {
            var digits: [UInt8] = []
            for end in start..<run.endIndex {
                digits += run[end].digits
                if digits.count > maximumDigits { break }
                guard digits.count >= minimumDigits, hasCardShape(run[start...end]), passesLuhn(digits) else { continue }
                let rest = run[(end + 1)...]
                if rest.isEmpty || isCardData(rest, afterCardOf: digits.count) || cardEnd[end + 1] != nil {
                    cardEnd[start] = end
                    break
                }
            }
        }
        guard let end = cardEnd[run.startIndex] else { return nil }
        return run[run.startIndex].range.lowerBound..<run[end].range.upperBound
    }

    private static func hasCardShape(_ groups: ArraySlice<DigitGroup>) -> Bool {
        if groups.count == 1 { return true }  // the digit count is checked by the caller
        return groups.dropLast().allSatisfy { (4...6).contains($0.digits.count) }
            && (1...6).contains(groups.last!.digits.count)
    }

    /// What people type after a card number: expiry as `MM YY` or `MM YYYY`, then a
    /// security code of 3 digits (4 after a 15-digit American Express number).
    private static func isCardData(_ groups: ArraySlice<DigitGroup>, afterCardOf cardDigits: Int) -> Bool {
        guard groups.count <= 3 else { return false }
        var lengths = groups.map(\.digits.count)[...]
        if lengths.count >= 2, lengths[lengths.startIndex] == 2, [2, 4].contains(lengths[lengths.startIndex + 1]) {
            lengths = lengths.dropFirst(2)
        }
        switch Array(lengths) {
        case [], [3]: return true
        case [4]: return cardDigits == 15
        default: return false
        }
    }

    private static func passesLuhn(_ digits: [UInt8]) -> Bool {
        var sum = 0
        for (position, digit) in digits.reversed().enumerated() {
            var value = Int(digit)
            if position % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return sum % 10 == 0
    }

    // MARK: - Scanning

    private static func digitGroups(in text: String) -> [DigitGroup] {
        var groups: [DigitGroup] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard let first = digitValue(text[index]) else {
                index = text.index(after: index)
                continue
            }
            let start = index
            var digits = [first]
            index = text.index(after: index)
            while index < text.endIndex, let digit = digitValue(text[index]) {
                digits.append(digit)
                index = text.index(after: index)
            }
            let before = start > text.startIndex ? text[text.index(before: start)] : nil
            let after = index < text.endIndex ? text[index] : nil
            var joinsNext = false
            if let after, separators.contains(after) {
                let next = text.index(after: index)
                joinsNext = next < text.endIndex && digitValue(text[next]) != nil
            }
            groups.append(DigitGroup(
                digits: digits, range: start..<index,
                touchesLatinLetter: isLatinLetter(before) || isLatinLetter(after),
                joinsNext: joinsNext))
        }
        return groups
    }

    /// Space and the dashes people put between groups (no-break space and non-breaking
    /// hyphen come from word processors).
    private static let separators: Set<Character> = [" ", "\u{00A0}", "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}"]

    /// Cheap count before the real scan: most text has too few digits to hold a card.
    private static func decimalDigitCount(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                if (0x30...0x39).contains(scalar.value) { count += 1 }
            } else if scalar.properties.numericType == .decimal {
                count += 1
            }
        }
        return count
    }

    private static func digitValue(_ character: Character) -> UInt8? {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return nil }
        if (0x30...0x39).contains(scalar.value) { return UInt8(scalar.value - 0x30) }
        guard scalar.value >= 0x80, scalar.properties.numericType == .decimal,
              let value = scalar.properties.numericValue else { return nil }
        return UInt8(value)
    }

    private static func isLatinLetter(_ character: Character?) -> Bool {
        guard let character, let ascii = character.asciiValue else { return false }
        return (0x41...0x5A).contains(ascii) || (0x61...0x7A).contains(ascii)
    }

    // MARK: - IBANs

    /// Valid IBANs (two letters, two check digits, up to 30 letters and digits, written
    /// solid or in groups separated by single spaces), recognised by their mod-97 check.
    private static func ibanRanges(in text: String) -> [Range<String.Index>] {
        let characters = Array(text)
        let indices = Array(text.indices)
        var ranges: [Range<String.Index>] = []
        var start = 0
        while start + 4 <= characters.count {
            guard isLatinLetter(characters[start]), isLatinLetter(characters[start + 1]),
                  isASCIIDigit(characters[start + 2]), isASCIIDigit(characters[start + 3]),
                  start == 0 || !isAlphanumericASCII(characters[start - 1]) else {
                start += 1
                continue
            }
            // Letters and digits, stepping over single spaces; note where a chunk ends,
            // since the IBAN ends at one of those.
            var compact: [Character] = []
            var chunkEnds: [(position: Int, length: Int)] = []
            var i = start
            while i < characters.count, compact.count < 34 {
                if isAlphanumericASCII(characters[i]) {
                    compact.append(characters[i])
                    if i + 1 == characters.count || !isAlphanumericASCII(characters[i + 1]) {
                        chunkEnds.append((i, compact.count))
                    }
                } else if !(characters[i] == " " && i + 1 < characters.count && isAlphanumericASCII(characters[i + 1])) {
                    break
                }
                i += 1
            }
            // Longest first: a word may follow the IBAN after a single space.
            let valid = chunkEnds.last { (15...34).contains($0.length) && hasValidIBANCheck(compact.prefix($0.length)) }
            if let valid {
                ranges.append(indices[start]..<text.index(after: indices[valid.position]))
                start = valid.position + 1
            } else {
                start += 1
            }
        }
        return ranges
    }

    private static func isASCIIDigit(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return (0x30...0x39).contains(ascii)
    }

    private static func isAlphanumericASCII(_ character: Character) -> Bool {
        isLatinLetter(character) || isASCIIDigit(character)
    }

    /// ISO 13616: move the first four characters to the end, read letters as 10–35; the
    /// number must leave remainder 1 when divided by 97.
    private static func hasValidIBANCheck(_ iban: ArraySlice<Character>) -> Bool {
        var remainder = 0
        for character in iban.dropFirst(4) + iban.prefix(4) {
            guard var ascii = character.asciiValue else { return false }
            if (0x30...0x39).contains(ascii) {
                remainder = (remainder * 10 + Int(ascii - 0x30)) % 97
            } else {
                if ascii >= 0x61 { ascii -= 0x20 }  // lower case
                remainder = (remainder * 100 + Int(ascii - 0x41 + 10)) % 97
            }
        }
        return remainder == 1
    }
}
