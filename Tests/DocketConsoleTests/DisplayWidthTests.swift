@testable import DocketConsole
import XCTest

final class DisplayWidthTests: ConsoleTestCase {
    func testWidthsOfMixedScripts() {
        XCTAssertEqual(DisplayWidth.of("Marcus"), 6)
        XCTAssertEqual(DisplayWidth.of("김민준"), 6)
        XCTAssertEqual(DisplayWidth.of("محمد"), 4)
        XCTAssertEqual(DisplayWidth.of("Łukasz Wójcik"), 13)
        XCTAssertEqual(DisplayWidth.of("José Núñez"), 10)
        XCTAssertEqual(DisplayWidth.of("中文"), 4)
        XCTAssertEqual(DisplayWidth.of("😀"), 2)
    }

    func testCombiningMarksAndJoinersAddNothing() {
        let decomposed = "Jose\u{0301} Nu\u{0303}n\u{0303}ez"
        XCTAssertEqual(DisplayWidth.of(decomposed), 10)
        XCTAssertEqual(DisplayWidth.of(grapheme: "e\u{0301}"), 1)
        XCTAssertEqual(DisplayWidth.of(scalar: "\u{0301}"), 0)
        XCTAssertEqual(DisplayWidth.of(scalar: "\u{200D}"), 0)
        XCTAssertEqual(DisplayWidth.of(scalar: "\u{FE0F}"), 0)
        XCTAssertEqual(DisplayWidth.of(scalar: "\u{202E}"), 0)
        // A ZWJ sequence counts as its first emoji.
        XCTAssertEqual(DisplayWidth.of("👩‍💻"), 2)
    }

    func testControlsAreZeroAndUnknownIsOne() {
        XCTAssertEqual(DisplayWidth.of("\u{7}\u{1B}\n\t\u{9B}"), 0)
        XCTAssertEqual(DisplayWidth.of(scalar: "\u{10FFFF}"), 1)
        XCTAssertEqual(DisplayWidth.of(scalar: "\u{E000}"), 1)
    }

    func testTruncateByDisplayWidthWithEllipsis() {
        XCTAssertEqual(DisplayWidth.truncate("Wójcik", to: 10), "Wójcik")
        XCTAssertEqual(DisplayWidth.truncate("Łukasz Wójcik", to: 8), "Łukasz …")
        XCTAssertEqual(DisplayWidth.truncate("김민준", to: 5), "김민…")
        XCTAssertEqual(DisplayWidth.truncate("김민준", to: 4), "김…")
        XCTAssertEqual(DisplayWidth.truncate("abc", to: 1), "…")
        XCTAssertEqual(DisplayWidth.truncate("abc", to: 0), "")
    }

    func testPadIsAlwaysExact() {
        XCTAssertEqual(DisplayWidth.pad("김민준", to: 8), "김민준  ")
        XCTAssertEqual(DisplayWidth.pad("김민준", to: 5), "김민…")
        XCTAssertEqual(DisplayWidth.pad("김민준", to: 4), "김… ")
        XCTAssertEqual(DisplayWidth.pad("42", to: 5, alignment: .right), "   42")
        XCTAssertEqual(DisplayWidth.pad("ab", to: 5, alignment: .center), " ab  ")
        for width in 0...8 {
            XCTAssertEqual(DisplayWidth.of(DisplayWidth.pad("김민준 محمد", to: width)), width)
        }
    }

    func testWrapByWords() {
        XCTAssertEqual(DisplayWidth.wrap("the quick brown fox", to: 10), ["the quick", "brown fox"])
        XCTAssertEqual(DisplayWidth.wrap("abcdefghij", to: 4), ["abcd", "efgh", "ij"])
        XCTAssertEqual(DisplayWidth.wrap("김민준 님께", to: 6), ["김민준", "님께"])
        XCTAssertEqual(DisplayWidth.wrap("one\ntwo", to: 10), ["one", "two"])
    }

    func testPrepareLocaleEndsInUTF8() {
        XCTAssertEqual(DisplayWidth.prepareLocale(), "UTF-8")
        setlocale(LC_ALL, "C.UTF-8")
    }
}
