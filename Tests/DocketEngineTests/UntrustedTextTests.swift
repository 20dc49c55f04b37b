import XCTest
@testable import DocketEngine

final class UntrustedTextTests: XCTestCase {
    private func clean(_ s: String, keepNewlines: Bool = false) -> String {
        UntrustedText.sanitize(s, keepNewlines: keepNewlines)
    }

    // MARK: Escape sequences

    func testOSC52ClipboardWriteIsRemovedWhole() {
        XCTAssertEqual(clean("Ana\u{1B}]52;c;ZWNobw==\u{07}Lopez"), "AnaLopez")
        XCTAssertEqual(clean("Ana\u{1B}]52;c;ZWNobw==\u{1B}\\Lopez"), "AnaLopez")
        XCTAssertEqual(clean("\u{1B}]0;pwned title\u{07}Smith"), "Smith")
        XCTAssertEqual(clean("\u{1B}]8;;https://evil.example\u{1B}\\click\u{1B}]8;;\u{1B}\\"), "click")
    }

    func testCSIColourAndCursorMovesAreRemoved() {
        XCTAssertEqual(clean("\u{1B}[31mRed\u{1B}[0m name"), "Red name")
        XCTAssertEqual(clean("a\u{1B}[2J\u{1B}[H\u{1B}[10;20Hb"), "ab")
        XCTAssertEqual(clean("x\u{1B}[38;5;196my"), "xy")
        XCTAssertEqual(clean("x\u{1B}[?1049hy\u{1B}[?25l"), "xy")
        XCTAssertEqual(clean("up\u{1B}[1Aover"), "upover")
    }

    func testEightBitC1FormsAreRemovedWithTheirParameters() {
        XCTAssertEqual(clean("\u{9B}31mRed"), "Red")
        XCTAssertEqual(clean("a\u{9B}2Jb"), "ab")
        XCTAssertEqual(clean("a\u{9D}52;c;ZWNobw==\u{07}b"), "ab")
        XCTAssertEqual(clean("a\u{9D}0;title\u{9C}b"), "ab")
        XCTAssertEqual(clean("a\u{90}1;2|payload\u{9C}b"), "ab")
        XCTAssertEqual(clean("a\u{85}b\u{8D}c"), "abc")  // NEL, RI
    }

    func testStringCommandsAndShortEscapes() {
        XCTAssertEqual(clean("a\u{1B}P1;1|secret\u{1B}\\b"), "ab")   // DCS
        XCTAssertEqual(clean("a\u{1B}_apc\u{1B}\\b"), "ab")          // APC
        XCTAssertEqual(clean("a\u{1B}^pm\u{1B}\\b"), "ab")           // PM
        XCTAssertEqual(clean("a\u{1B}Xsos\u{1B}\\b"), "ab")          // SOS
        XCTAssertEqual(clean("a\u{1B}7b\u{1B}8c\u{1B}cd"), "abcd")   // save, restore, reset
        XCTAssertEqual(clean("a\u{1B}(0b\u{1B}#8c"), "abc")          // charset, DEC test
    }

    func testMalformedEscapesLoseOnlyTheEscape() {
        XCTAssertEqual(clean("trailing\u{1B}"), "trailing")
        XCTAssertEqual(clean("a\u{1B}\u{1B}[1mb"), "ab")
        XCTAssertEqual(clean("a\u{1B}ñb"), "añb")
        XCTAssertEqual(clean("a\u{1B}ob"), "ab")  // ESC o is a complete escape (LS3)
        // An unterminated OSC: the introducer goes, the words stay (now harmless).
        XCTAssertEqual(clean("a\u{1B}]0;rest of the note"), "a0;rest of the note")
        // A CSI cut short by a newline ends there.
        XCTAssertEqual(clean("a\u{1B}[12\nb"), "a b")
    }

    func testNoEscapeOrControlSurvives() {
        let hostile = "\u{1B}[1;31m\u{9B}2J\u{1B}]52;c;x\u{07}\u{9D}0;t\u{9C}\u{1B}P\u{1B}\\\u{0}\u{7}\u{8}\u{7F}"
        let result = clean("ok" + hostile + "ok\u{1B}")
        XCTAssertEqual(result, "okok")
        XCTAssertFalse(result.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    // MARK: Controls and whitespace

    func testControlCharactersAndTabs() {
        XCTAssertEqual(clean("a\u{0}b"), "ab")
        XCTAssertEqual(clean("a\u{7}b\u{8}c\u{7F}d"), "abcd")
        XCTAssertEqual(clean("a\tb"), "a b")
        XCTAssertEqual(clean("a\t\tb"), "a  b")
    }

    func testNewlinesBecomeSpacesInSingleLineFields() {
        XCTAssertEqual(clean("line one\nline two"), "line one line two")
        XCTAssertEqual(clean("a\r\nb"), "a b")
        XCTAssertEqual(clean("a\rb"), "a b")
        XCTAssertEqual(clean("a\u{2028}b\u{2029}c"), "a b c")
    }

    func testNewlinesKeptAndLimitedInMultiLineFields() {
        XCTAssertEqual(clean("a\r\nb\rc\nd", keepNewlines: true), "a\nb\nc\nd")
        XCTAssertEqual(clean("a\n\n\n\n\nb", keepNewlines: true), "a\n\nb")
        XCTAssertEqual(clean("a  \n \t \n\n  b", keepNewlines: true), "a\n\n  b")
        XCTAssertEqual(clean("a\u{2028}b", keepNewlines: true), "a\nb")
        XCTAssertEqual(clean("\n\nnote\n\n", keepNewlines: true), "note")
    }

    func testLeadingAndTrailingWhitespaceIsTrimmed() {
        XCTAssertEqual(clean("  García  "), "García")
        XCTAssertEqual(clean("\u{3000}김민준\u{00A0}"), "김민준")
        XCTAssertEqual(clean(" \t\n "), "")
        XCTAssertEqual(clean(""), "")
    }

    // MARK: Invisible characters

    func testBidiControlsAreRemoved() {
        XCTAssertEqual(clean("invoice\u{202E}fdp.exe"), "invoicefdp.exe")
        for control in ["\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}",
                        "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{061C}"] {
            XCTAssertEqual(clean("a" + control + "b"), "ab", control.unicodeScalars.first!.debugDescription)
        }
    }

    func testZeroWidthJoinerSplitsJoinedEmoji() {
        XCTAssertEqual(clean("👩\u{200D}💻"), "👩💻")
        XCTAssertEqual(clean("👨\u{200D}👩\u{200D}👧"), "👨👩👧")
        XCTAssertEqual(clean("👩‍💻").count, 2)
    }

    func testBOMAndOtherInvisiblesAreRemoved() {
        XCTAssertEqual(clean("\u{FEFF}Smith"), "Smith")
        XCTAssertEqual(clean("Sm\u{200B}ith"), "Smith")         // zero-width space
        XCTAssertEqual(clean("Sm\u{2060}ith"), "Smith")         // word joiner
        XCTAssertEqual(clean("Sm\u{00AD}ith"), "Smith")         // soft hyphen
        XCTAssertEqual(clean("\u{3164}\u{FFA0}"), "")           // Hangul fillers as a "blank" name
        XCTAssertEqual(clean("a\u{E0041}\u{E0042}b"), "ab")     // tag characters
        XCTAssertEqual(clean("a\u{FFF9}hidden\u{FFFA}x\u{FFFB}b"), "ahiddenxb")
    }

    func testStackedCombiningMarksAreCapped() {
        let zalgo = "Z" + String(repeating: "\u{0336}", count: 40) + "a"
        XCTAssertEqual(clean(zalgo), "Z" + String(repeating: "\u{0336}", count: UntrustedText.maximumMarksPerBase) + "a")
    }

    // MARK: Ordinary text survives

    func testNamesInEveryScriptSurviveUnchanged() {
        let names = [
            "김민준", "남궁 민수", "مُحَمَّد بن سلمان", "عبدالله", "Łukasz Wałęsa", "Żaneta Świątek",
            "José García Núñez", "Müller-Lüdenscheidt", "O'Brien", "Nguyễn Văn Đức", "Søren Kierkegaard",
            "王小明", "山田 はると", "Дмитрий", "हिन्दी", "שָׁלוֹם", "Zoë 😀", "❤️ Ana", "👍🏽", "🇰🇷",
            "Garci\u{301}a", "می\u{200C}خواهم", "1\u{FE0F}\u{20E3}", "Tiếng Việt",
        ]
        for name in names {
            XCTAssertEqual(clean(name), name, name)
            XCTAssertEqual(clean(name, keepNewlines: true), name, name)
        }
    }

    func testMultiLineAddressSurvives() {
        let address = "Calle Mayor 5, 2º B\n28013 Madrid\nEspaña"
        XCTAssertEqual(clean(address, keepNewlines: true), address)
    }

    func testSanitizingTwiceChangesNothing() {
        let inputs = ["\u{1B}[31mx\u{1B}[0m", "a\n\n\nb", " 👩\u{200D}💻 ", "\u{1B}\u{1B}[[31m", "a\u{9B}\u{1B}\\b"]
        for input in inputs {
            for keep in [false, true] {
                let once = clean(input, keepNewlines: keep)
                XCTAssertEqual(clean(once, keepNewlines: keep), once, input.debugDescription)
            }
        }
    }
}
