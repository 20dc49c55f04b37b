@testable import DocketConsole
import XCTest

final class FrameTests: ConsoleTestCase {
    func testPutReturnsColumnsUsedAndClipsAtTheRightEdge() {
        var frame = Frame(width: 10, height: 2)
        XCTAssertEqual(frame.put("Hello", x: 0, y: 0), 5)
        XCTAssertEqual(frame.put("Overflowing", x: 4, y: 1), 6)
        XCTAssertEqual(frame.textLines(), ["Hello", "    Overfl"])
    }

    func testPutHonoursMaxWidth() {
        var frame = Frame(width: 10, height: 1)
        XCTAssertEqual(frame.put("abcdef", x: 1, y: 0, maxWidth: 3), 3)
        XCTAssertEqual(frame.text, " abc")
    }

    func testWideCharactersTakeTwoCellsWithAContinuation() {
        var frame = Frame(width: 6, height: 1)
        XCTAssertEqual(frame.put("김a", x: 0, y: 0), 3)
        XCTAssertEqual(frame[0, 0].grapheme, "김")
        XCTAssertEqual(frame[0, 0].width, 2)
        XCTAssertTrue(frame[1, 0].isContinuation)
        XCTAssertEqual(frame[2, 0].grapheme, "a")
        XCTAssertEqual(frame.text, "김a")
    }

    func testAWideCharacterIsNeverSplitAtTheEdgeButPaddedWithASpace() {
        var frame = Frame(width: 5, height: 1)
        frame.fill(frame.bounds, with: "x")
        // "ab" then 김 would need columns 4–5; only column 4 exists.
        XCTAssertEqual(frame.put("ab민준", x: 2, y: 0), 3)
        XCTAssertEqual(frame.textLines(trimmingTrailingSpaces: false), ["xxab "])
        XCTAssertFalse(frame[4, 0].isContinuation)

        var limited = Frame(width: 10, height: 1)
        limited.fill(limited.bounds, with: "x")
        XCTAssertEqual(limited.put("민준", x: 0, y: 0, maxWidth: 3), 3)
        XCTAssertEqual(limited.text, "민 xxxxxxx")
    }

    func testOverwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var frame = Frame(width: 6, height: 1)
        frame.put("김민준", x: 0, y: 0)
        frame.put("a", x: 1, y: 0)   // the right half of 김
        frame.put("b", x: 2, y: 0)   // the left half of 민
        XCTAssertEqual(frame.textLines(trimmingTrailingSpaces: false), [" ab 준"])
        XCTAssertFalse(frame.cells.enumerated().contains { index, cell in
            cell.isContinuation && frame.cells[index - 1].width != 2
        })
    }

    func testWideCharacterStraddlingTheLeftEdgeLeavesABlank() {
        var frame = Frame(width: 4, height: 1)
        XCTAssertEqual(frame.put("김ab", x: -1, y: 0), 3)
        XCTAssertEqual(frame.text, " ab")
    }

    func testControlCharactersAndLoneMarksAreNotDrawn() {
        var frame = Frame(width: 10, height: 1)
        XCTAssertEqual(frame.put("a\u{1B}[31mb\tc\u{0301}", x: 0, y: 0), 7)
        XCTAssertEqual(frame.text, "a[31mbc\u{0301}")
    }

    func testRowsOutsideTheFrameDrawNothing() {
        var frame = Frame(width: 4, height: 1)
        XCTAssertEqual(frame.put("abc", x: 0, y: 3), 0)
        XCTAssertEqual(frame.put("abc", x: 0, y: -1), 0)
        XCTAssertEqual(frame.put("abc", x: 9, y: 0), 0)
        XCTAssertEqual(frame.text, "")
    }

    func testBoxWithTitle() {
        var frame = Frame(width: 16, height: 4)
        frame.box(Rect(x: 0, y: 0, width: 16, height: 4), title: "Help")
        frame.put("inside", x: 2, y: 1)
        XCTAssertEqual(frame.text, """
        ┌─ Help ───────┐
        │ inside       │
        │              │
        └──────────────┘
        """)
        XCTAssertEqual(frame[3, 0].role, .title)
        XCTAssertEqual(frame[0, 0].role, .border)
    }

    func testFillAndSetRoleStayInsideTheFrame() {
        var frame = Frame(width: 4, height: 2)
        frame.fill(Rect(x: 2, y: 1, width: 10, height: 10), role: .selected, with: "#")
        XCTAssertEqual(frame.text, "\n  ##")
        frame.setRole(.error, in: Rect(x: -3, y: 0, width: 4, height: 1))
        XCTAssertEqual(frame.roles(inRow: 0), [.error, .normal, .normal, .normal])
    }

    func testCursorIsPartOfTheFrame() {
        var a = Frame(width: 3, height: 1)
        let b = a
        a.cursor = Point(x: 1, y: 0)
        XCTAssertNotEqual(a, b)
    }
}
