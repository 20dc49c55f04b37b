import Foundation

/// The folding SQLite's FTS5 tokenizer (`unicode61 remove_diacritics 2`) does not do for
/// names, applied the same way to the indexed text and to what a person types, so that
/// `lukasz` finds Łukasz, `strasse` finds Straße and `민준` finds 김민준.
public enum NameFolding {
    /// Lower-cased, compatibility-decomposed, diacritics removed, the letters Unicode does
    /// not decompose spelled in plain letters, Arabic written without vowel marks and with
    /// one form of alef. Hangul is left as syllables (NFKD would turn it into jamo).
    public static func fold(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
        return quickFold(s) ?? foldThroughFoundation(s)
    }

    /// Text for a name's FTS5 column: the folded family and given names, plus extra tokens
    /// for scripts written without a space between them (Korean, Chinese, Japanese), so
    /// that the family name alone, the given name alone and the full name all match by
    /// prefix. Word order carries no meaning here.
    public static func searchText(given: String, family: String) -> String {
        let familyWords = words(fold(family))
        let givenWords = words(fold(given))
        let allWords = familyWords + givenWords
        var tokens = allWords

        if allWords.count > 1, allWords.allSatisfy(isWrittenWithoutSpaces) {
            // 김 + 민준 → 김민준, so the full name typed as one word matches.
            tokens.append(allWords.joined())
        }
        if allWords.count == 1, let parts = splitKoreanFullName(allWords[0]) {
            // 김민준 typed into one field → 김 and 민준 as well.
            tokens.append(parts.family)
            tokens.append(parts.given)
        }
        for word in allWords where word.unicodeScalars.contains(where: isApostrophe) {
            // FTS5 indexes O'Brien as "o" and "brien"; add "obrien" for those who type it so.
            for part in word.split(whereSeparator: { $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" }) {
                let joined = String(part.unicodeScalars.filter { !isApostrophe($0) })
                if joined != part, !joined.isEmpty { tokens.append(joined) }
            }
        }

        var unique: [String] = []
        for token in tokens where !unique.contains(token) { unique.append(token) }
        return unique.joined(separator: " ")
    }

    /// A safe FTS5 MATCH expression for what a person typed: every word folded, quoted
    /// and made a prefix, all of them required. Operators, column filters, quotes and
    /// brackets in the input are only word separators, so no input can make a syntax
    /// error. Nil when nothing searchable is left.
    public static func ftsQuery(_ input: String) -> String? {
        var terms: [String] = []
        var current = String.UnicodeScalarView()
        func endTerm() {
            if !current.isEmpty { terms.append(String(current)) }
            current.removeAll()
        }
        for scalar in fold(input).unicodeScalars {
            if isTermScalar(scalar) { current.append(scalar) } else { endTerm() }
        }
        endTerm()
        guard !terms.isEmpty else { return nil }
        // A pasted paragraph should not become a query of hundreds of terms.
        return terms.prefix(maximumQueryTerms)
            .map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }
            .joined(separator: " ")
    }

    public static let maximumQueryTerms = 16

    // MARK: - Details

    /// Folding scalar by scalar from a table, for text in the scripts names mostly come
    /// in; nil when a scalar needs the full treatment. Foundation's NFKD bridges through
    /// NSString and costs microseconds per call, which a million-row import feels.
    private static func quickFold(_ s: String) -> String? {
        let table = quickFoldTable
        var folded = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                folded.append((0x41...0x5A).contains(value) ? Unicode.Scalar(UInt8(value + 0x20)) : scalar)
            } else if (0xAC00...0xD7A3).contains(scalar.value) {
                folded.append(scalar)  // a Hangul syllable
            } else if let replacement = table.changed[scalar.value] {
                folded.append(contentsOf: replacement.unicodeScalars)
            } else if quickFoldRanges.contains(where: { $0.contains(scalar.value) }),
                      !table.needsFullFold.contains(scalar.value) {
                folded.append(scalar)
            } else {
                return nil
            }
        }
        return String(folded)
    }

    /// Code points folded by the table: Latin, Greek, Cyrillic, Arabic, general punctuation.
    private static let quickFoldRanges: [ClosedRange<UInt32>] = [
        0x0080...0x024F, 0x0300...0x052F, 0x0600...0x06FF, 0x1E00...0x1FFF, 0x2000...0x206F,
    ]

    /// Built once from the full folding itself, so the two cannot disagree: the scalars
    /// that fold to something else, and those whose result could still compose or reorder
    /// with a neighbour (those take the full path).
    private static let quickFoldTable: (changed: [UInt32: String], needsFullFold: Set<UInt32>) = {
        var changed: [UInt32: String] = [:]
        var needsFullFold = Set<UInt32>()
        for range in quickFoldRanges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let original = String(scalar)
                let folded = foldThroughFoundation(original)
                if folded.unicodeScalars.contains(where: isComposable) {
                    needsFullFold.insert(value)
                } else if folded != original {
                    changed[value] = folded
                }
            }
        }
        return (changed, needsFullFold)
    }()

    private static func foldThroughFoundation(_ s: String) -> String {
        var folded = String.UnicodeScalarView()
        var run = String.UnicodeScalarView()
        var mayRecompose = false
        func flushRun() {
            guard !run.isEmpty else { return }
            // Lower-case after NFKD: decomposition can yield capitals (ℌ → H, Ǆ → DŽ).
            let decomposed = String(run).decomposedStringWithCompatibilityMapping.lowercased()
            for scalar in decomposed.unicodeScalars where !isRemovedMark(scalar) {
                if let replacement = letterReplacements[scalar] {
                    folded.append(contentsOf: replacement.unicodeScalars)
                } else {
                    folded.append(scalar)
                    if scalar.value >= 0x0300, !mayRecompose { mayRecompose = isComposable(scalar) }
                }
            }
            run.removeAll()
        }
        for scalar in s.unicodeScalars {
            if isHangul(scalar) {
                // NFKD would take syllables apart into jamo.
                flushRun()
                folded.append(scalar)
                if !mayRecompose { mayRecompose = isComposable(scalar) }
            } else {
                run.append(scalar)
            }
        }
        flushRun()
        // Recompose what is left (kana voicing marks, Hangul typed as conjoining jamo);
        // NFC is costly, so only when something could compose.
        let result = String(folded)
        return mayRecompose ? result.precomposedStringWithCanonicalMapping : result
    }

    /// Letters with no Unicode decomposition, and Arabic letters written interchangeably.
    /// Keys are lower case: folding lower-cases first.
    private static let letterReplacements: [Unicode.Scalar: String] = [
        "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i",
        "þ": "th", "ð": "d", "ħ": "h", "ŧ": "t",
        "ς": "σ",  // Greek final sigma is the same letter as σ
        // أ إ آ → ا (NFKD already splits off their hamza or madda; listed so as not to rely on it)
        "\u{0623}": "\u{0627}", "\u{0625}": "\u{0627}", "\u{0622}": "\u{0627}",
        "\u{0671}": "\u{0627}",  // ٱ alef wasla → ا
        "\u{0649}": "\u{064A}",  // ى alef maksura → ي
        "\u{0629}": "\u{0647}",  // ة teh marbuta → ه
        "\u{06CC}": "\u{064A}",  // Persian yeh ی → ي
        "\u{06A9}": "\u{0643}",  // Persian keheh ک → ك
        "\u{0640}": "",          // tatweel only stretches a word
    ]

    /// Diacritics to drop after decomposition. Vowel signs of Indic and other scripts
    /// are letters of the spelling there and stay.
    private static func isRemovedMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F:
            return true  // the combining diacritical mark blocks (Latin, Greek, Cyrillic …)
        case 0x064B...0x065F, 0x0670:
            return true  // Arabic harakat and superscript alef
        case 0x0610...0x061A, 0x06D6...0x06ED:
            return scalar.properties.generalCategory == .nonspacingMark  // Arabic annotation marks
        case 0x0591...0x05C7:
            return scalar.properties.generalCategory == .nonspacingMark  // Hebrew points
        default:
            return false
        }
    }

    private static func isHangul(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xAC00...0xD7A3,  // syllables
             0x1100...0x11FF, 0xA960...0xA97F, 0xD7B0...0xD7FF,  // conjoining jamo
             0x3130...0x318F:  // compatibility jamo
            return true
        default:
            return false
        }
    }

    /// A word in a script that writes family and given names together (Korean, Chinese,
    /// Japanese), so that the two are one FTS5 token unless indexed apart.
    private static func isWrittenWithoutSpaces(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy { scalar in
            if isHangul(scalar) { return true }
            switch scalar.value {
            case 0x3040...0x30FF, 0x31F0...0x31FF,  // kana
                 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F,  // Han
                 0x3005:  // 々
                return true
            default:
                return false
            }
        }
    }

    /// Korean surnames of two syllables; everything else takes the first syllable.
    private static let koreanCompoundSurnames: Set<String> = [
        "남궁", "황보", "제갈", "사공", "선우", "서문", "독고", "동방",
    ]

    /// A Korean full name in one word, 3 to 5 syllables: 김민준 → (김, 민준),
    /// 남궁민수 → (남궁, 민수). Two syllables stay whole: 민준 is more likely a given name.
    private static func splitKoreanFullName(_ word: String) -> (family: String, given: String)? {
        let syllables = word.unicodeScalars
        guard (3...5).contains(syllables.count),
              syllables.allSatisfy({ (0xAC00...0xD7A3).contains($0.value) }) else { return nil }
        let familyLength = koreanCompoundSurnames.contains(String(syllables.prefix(2))) ? 2 : 1
        return (String(syllables.prefix(familyLength)), String(syllables.dropFirst(familyLength)))
    }

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
    }

    /// Whether canonical composition could change this scalar: combining marks (kana
    /// voicing, Indic vowel signs) and conjoining Hangul jamo.
    private static func isComposable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x11FF, 0xA960...0xA97F, 0xD7B0...0xD7FF:
            return true
        default:
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return false
            }
        }
    }

    private static func words(_ s: String) -> [String] {
        s.unicodeScalars.split(whereSeparator: { scalar in
            // The property lookup is slow enough to matter on a million-row import.
            scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
        }).map { String($0) }
    }

    /// Scalars that can be part of a search term: letters, digits and marks, as FTS5's
    /// unicode61 counts them (marks it splits on itself, inside the quoted term).
    static func isTermScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber,
             .nonspacingMark, .spacingMark, .enclosingMark, .privateUse:
            return true
        default:
            return false
        }
    }
}
