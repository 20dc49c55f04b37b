import XCTest
@testable import DocketEngine

final class NameFoldingTests: XCTestCase {
    func testLatinDiacriticsAndUndecomposedLetters() {
        let cases: [(String, String)] = [
            ("García", "garcia"), ("Müller", "muller"), ("Łukasz", "lukasz"), ("Søren", "soren"),
            ("Đorđe", "dorde"), ("Straße", "strasse"), ("Ærø", "aero"), ("Işık", "isik"),
            ("İstanbul", "istanbul"), ("ŒUVRE", "oeuvre"), ("Þórður", "thordur"),
            ("Nguyễn Văn Đức", "nguyen van duc"), ("STRAẞE", "strasse"), ("François", "francois"),
            ("JOSÉ", "jose"), ("Håkon", "hakon"), ("Zoë", "zoe"), ("Ñúñez", "nunez"),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(NameFolding.fold(input), expected, input)
        }
    }

    func testCompatibilityFormsAndGreek() {
        XCTAssertEqual(NameFolding.fold("ﬁnn"), "finn")           // ligature
        XCTAssertEqual(NameFolding.fold("ＭＡＲＩＡ"), "maria")      // full-width
        XCTAssertEqual(NameFolding.fold("ℌans"), "hans")          // capital only after NFKD
        XCTAssertEqual(NameFolding.fold("Σοφίας"), NameFolding.fold("σοφιασ"))
    }

    func testTableFoldingAgreesWithFullFolding() {
        // A trailing ligature (outside the table's ranges) sends the whole name down the
        // full NFKD path; the result must be the same as the table's.
        for name in ["García", "Łukasz Wałęsa", "Nguyễn Đức", "Σοφίας", "Дмитрий", "مُحَمَّد", "İğneada", "Ǆ Ø Þ"] {
            XCTAssertEqual(NameFolding.fold(name + "ﬁ"), NameFolding.fold(name) + "fi", name)
        }
    }

    func testDecomposedInputFoldsLikeComposed() {
        XCTAssertEqual(NameFolding.fold("Garci\u{301}a"), "garcia")
    }

    func testArabicLosesHarakatTatweelAndVariantLetters() {
        XCTAssertEqual(NameFolding.fold("مُحَمَّد"), "محمد")
        XCTAssertEqual(NameFolding.fold("أحمد"), "احمد")
        XCTAssertEqual(NameFolding.fold("إبراهيم"), "ابراهيم")
        XCTAssertEqual(NameFolding.fold("آمنة"), "امنه")
        XCTAssertEqual(NameFolding.fold("مصطفى"), "مصطفي")
        XCTAssertEqual(NameFolding.fold("عبـــدالله"), "عبدالله")
        XCTAssertEqual(NameFolding.fold("فَاطِمَة"), NameFolding.fold("فاطمه"))
    }

    func testHangulStaysAsSyllables() {
        XCTAssertEqual(NameFolding.fold("김민준"), "김민준")
        XCTAssertEqual(NameFolding.fold("김민준").unicodeScalars.count, 3)
        XCTAssertEqual(NameFolding.fold("Kim 김민준 Müller"), "kim 김민준 muller")
        // Typed as conjoining jamo, it is recomposed into the same syllables.
        XCTAssertEqual(NameFolding.fold("\u{1100}\u{1175}\u{11B7}"), "김")
    }

    func testOtherScriptsKeepTheirSpelling() {
        XCTAssertEqual(NameFolding.fold("がくせい"), "がくせい")
        XCTAssertEqual(NameFolding.fold("王小明"), "王小明")
        XCTAssertEqual(NameFolding.fold("हिन्दी"), "हिन्दी")
        XCTAssertEqual(NameFolding.fold("Дмитрий"), "дмитрии")
    }

    // MARK: searchText

    func testSearchTextForLatinNames() {
        XCTAssertEqual(tokens(NameFolding.searchText(given: "José", family: "García Márquez")),
                       ["garcia", "marquez", "jose"])
        XCTAssertEqual(tokens(NameFolding.searchText(given: "Łukasz", family: "")), ["lukasz"])
    }

    func testSearchTextForKoreanInTwoFields() {
        XCTAssertEqual(NameFolding.searchText(given: "민준", family: "김"), "김 민준 김민준")
    }

    func testSearchTextForKoreanFullNameInOneField() {
        for (given, family) in [("", "김민준"), ("김민준", "")] {
            let terms = tokens(NameFolding.searchText(given: given, family: family))
            XCTAssertEqual(Set(terms), ["김민준", "김", "민준"])
        }
        XCTAssertEqual(Set(tokens(NameFolding.searchText(given: "", family: "남궁민수"))), ["남궁민수", "남궁", "민수"])
        XCTAssertEqual(Set(tokens(NameFolding.searchText(given: "민수", family: "남궁"))), ["남궁민수", "남궁", "민수"])
        // Two syllables alone are more likely a given name than a full one: not split.
        XCTAssertEqual(NameFolding.searchText(given: "민준", family: ""), "민준")
    }

    func testKoreanQueriesMatchIndexedTokensByPrefix() {
        let indexed = tokens(NameFolding.searchText(given: "", family: "김민준"))
        for typed in ["김", "민준", "김민준", "김민", "민"] {
            let query = NameFolding.ftsQuery(typed)!
            let term = String(query.dropFirst().dropLast(2))  // "…"* → …
            XCTAssertTrue(indexed.contains { $0.hasPrefix(term) }, typed)
        }
    }

    func testSearchTextForChineseAndJapaneseNamesAddsFullName() {
        XCTAssertEqual(NameFolding.searchText(given: "小明", family: "王"), "王 小明 王小明")
        XCTAssertEqual(NameFolding.searchText(given: "はると", family: "佐藤"), "佐藤 はると 佐藤はると")
    }

    func testSearchTextAddsNamesWithoutApostrophes() {
        let terms = tokens(NameFolding.searchText(given: "Seán", family: "O’Brien-D'Arcy"))
        XCTAssertTrue(terms.contains("obrien"))
        XCTAssertTrue(terms.contains("darcy"))
        XCTAssertTrue(terms.contains("sean"))
        XCTAssertEqual(terms.count, Set(terms).count, "no duplicates")
    }

    // MARK: ftsQuery

    func testQueryQuotesFoldsAndPrefixesEveryWord() {
        XCTAssertEqual(NameFolding.ftsQuery("García Łukasz"), #""garcia"* "lukasz"*"#)
        XCTAssertEqual(NameFolding.ftsQuery("  strasse\tSTRAßE "), #""strasse"* "strasse"*"#)
        XCTAssertEqual(NameFolding.ftsQuery("김민준"), #""김민준"*"#)
        XCTAssertEqual(NameFolding.ftsQuery("O'Brien"), #""o"* "brien"*"#)
        XCTAssertEqual(NameFolding.ftsQuery("DC-2026-004211"), #""dc"* "2026"* "004211"*"#)
    }

    func testQueryOnHostileInput() {
        let cases: [(String, String?)] = [
            ("\"", nil),
            ("\"abc", #""abc"*"#),
            (#"a" OR "b"#, #""a"* "or"* "b"*"#),
            ("(a OR b)", #""a"* "or"* "b"*"#),
            ("NEAR(a b, 2)", #""near"* "a"* "b"* "2"*"#),
            ("a AND", #""a"* "and"*"#),
            ("NOT", #""not"*"#),
            ("*", nil),
            ("a*b", #""a"* "b"*"#),
            ("terms:x", #""terms"* "x"*"#),
            ("{a b}:c", #""a"* "b"* "c"*"#),
            ("^a -b +c", #""a"* "b"* "c"*"#),
            ("x\"\"y", #""x"* "y"*"#),
            ("＂ＡＮＤ＂", #""and"*"#),
            ("a\u{0}b", #""a"* "b"*"#),
            ("\u{1B}[31m", #""31m"*"#),
            ("", nil), ("   \n\t", nil), ("!!!", nil), ("😀", nil), ("\u{301}", nil), ("'", nil),
        ]
        for (input, expected) in cases {
            let query = NameFolding.ftsQuery(input)
            XCTAssertEqual(query, expected, input.debugDescription)
            if let query { assertWellFormed(query) }
        }
    }

    func testQueryShapeHoldsForArbitraryInput() {
        var random = SeededRandom(seed: 7)
        let alphabet = Array("\"'()*:^-+{},.;NEARORANDNOT aZz09 \t\n\\/[]|&!?%$#@~`<>=ł김😀\u{301}\u{64E}\u{0}\u{1B}\u{202E}ｎＡ＂")
        for _ in 0..<2000 {
            let input = String((0..<random.int(0...12)).map { _ in random.pick(alphabet) })
            if let query = NameFolding.ftsQuery(input) { assertWellFormed(query) }
        }
    }

    func testLongInputIsCapped() {
        let query = NameFolding.ftsQuery(String(repeating: "word ", count: 100))!
        XCTAssertEqual(query.components(separatedBy: " ").count, NameFolding.maximumQueryTerms)
    }

    // MARK: helpers

    private func tokens(_ text: String) -> [String] {
        text.split(separator: " ").map(String.init)
    }

    /// Every term is `"…"*` with no quote inside, terms separated by one space: the only
    /// FTS5 syntax the query uses.
    private func assertWellFormed(_ query: String, file: StaticString = #filePath, line: UInt = #line) {
        for term in query.split(separator: " ", omittingEmptySubsequences: false) {
            XCTAssertTrue(term.hasPrefix("\"") && term.hasSuffix("\"*") && term.count > 3,
                          "bad term \(term) in \(query)", file: file, line: line)
            XCTAssertFalse(term.dropFirst().dropLast(2).contains("\""), "quote inside \(term)", file: file, line: line)
        }
    }
}
