@testable import DocketConsole
import XCTest

final class TableTests: ConsoleTestCase {
    /// A queue page whose names come from many scripts.
    func makeQueue() -> Table {
        Table(
            columns: [
                TableColumn("Ref", minWidth: 14),
                TableColumn("Constituent", minWidth: 8, flexible: true),
                TableColumn("State", minWidth: 6, maxWidth: 12),
                TableColumn("Days", minWidth: 4, alignment: .right),
            ],
            rows: [
                TableRow(["DC-2026-000001", "김민준", "intake", "3"]),
                TableRow(["DC-2026-000002", "محمد حداد", "review", "127"], role: .overdue),
                TableRow(["DC-2026-000003", "Łukasz Wójcik", "on hold", "45"], role: .onHold),
                TableRow(["DC-2026-000004", "José Núñez", "decided", "12"]),
                TableRow(["DC-2026-000005", "😀 Emoji Person", "intake", "0"]),
            ],
            selectedRow: 1,
            sort: TableSort(column: 3, ascending: false))
    }

    func testMixedScriptsLineUpAt80Columns() {
        let table = makeQueue()
        var frame = Frame(width: 80, height: 7)
        table.render(into: &frame, in: frame.bounds)
        XCTAssertEqual(frame.text, """
        Ref            Constituent                                        State   Days ▼
        DC-2026-000001 김민준                                             intake       3
        DC-2026-000002 محمد حداد                                          review     127
        DC-2026-000003 Łukasz Wójcik                                      on hold     45
        DC-2026-000004 José Núñez                                         decided     12
        DC-2026-000005 😀 Emoji Person                                    intake       0

        """)
        assertColumnsLineUp(frame, rows: 0..<6, starts: [0, 15, 66, 74])
    }

    func testMixedScriptsLineUpAt132Columns() {
        let table = makeQueue()
        var frame = Frame(width: 132, height: 7)
        table.render(into: &frame, in: frame.bounds)
        let lines = frame.textLines(trimmingTrailingSpaces: false)
        for line in lines.prefix(6) {
            XCTAssertEqual(DisplayWidth.of(line), 132)
        }
        XCTAssertTrue(lines[2].hasPrefix("DC-2026-000002 محمد حداد "))
        XCTAssertTrue(lines[0].hasSuffix("State   Days ▼"))
        assertColumnsLineUp(frame, rows: 0..<6, starts: [0, 15, 118, 126])
    }

    /// Every row has a cell boundary (a non-continuation cell after a space or at the
    /// start) at each column start, whatever script the previous cell used.
    func assertColumnsLineUp(_ frame: Frame, rows: Range<Int>, starts: [Int], file: StaticString = #filePath, line: UInt = #line) {
        for y in rows {
            for x in starts {
                XCTAssertFalse(frame[x, y].isContinuation, "row \(y) column \(x) is inside a wide character", file: file, line: line)
                if x > 0 {
                    XCTAssertEqual(frame[x - 1, y].grapheme, " ", "row \(y): no gap before column \(x)", file: file, line: line)
                }
            }
        }
    }

    func testSelectedRowIsHighlightedAndHoldsTheCursor() {
        let table = makeQueue()
        var frame = Frame(width: 80, height: 7)
        table.render(into: &frame, in: frame.bounds)
        XCTAssertEqual(Set(frame.roles(inRow: 2)), [.selected])
        XCTAssertEqual(Set(frame.roles(inRow: 3)), [.onHold])
        XCTAssertEqual(Set(frame.roles(inRow: 0)), [.header])
        XCTAssertEqual(frame.cursor, Point(x: 0, y: 2))
    }

    func testCellRoleOverridesRowRole() {
        var table = makeQueue()
        table.selectedRow = nil
        table.rows[0].cellRoles = [3: .overdue]
        var frame = Frame(width: 80, height: 7)
        table.render(into: &frame, in: frame.bounds)
        XCTAssertEqual(frame[79, 1].role, .overdue)
        XCTAssertEqual(frame[0, 1].role, .normal)
    }

    func testNarrowTableShrinksTheFlexibleColumnThenHidesColumnsFromTheRight() {
        let table = makeQueue()
        XCTAssertEqual(table.columnWidths(totalWidth: 40), [14, 10, 7, 6])
        var frame = Frame(width: 40, height: 3)
        table.render(into: &frame, in: frame.bounds)
        XCTAssertEqual(frame.textLines()[0...2], [
            "Ref            Constitue… State   Days ▼",
            "DC-2026-000001 김민준     intake       3",
            "DC-2026-000002 محمد حداد  review     127",
        ])
        XCTAssertEqual(table.columnWidths(totalWidth: 30), [14, 8, 6, 0])
        XCTAssertEqual(table.columnWidths(totalWidth: 10), [10, 0, 0, 0])
    }

    func testScrollKeepsTheSelectionVisible() {
        var table = makeQueue()
        table.selectedRow = 4
        var frame = Frame(width: 80, height: 3)
        table.render(into: &frame, in: frame.bounds)
        XCTAssertEqual(frame.textLines().map { $0.split(separator: " ").first.map(String.init) }, ["Ref", "DC-2026-000004", "DC-2026-000005"])
        XCTAssertEqual(Table.scrollOffset(keeping: 0, visibleRows: 2, current: 3, rowCount: 5), 0)
        XCTAssertEqual(Table.scrollOffset(keeping: nil, visibleRows: 10, current: 3, rowCount: 5), 0)
    }

    func testEmptyTableShowsItsMessage() {
        var table = makeQueue()
        table.rows = []
        table.emptyMessage = "No open work in VET"
        var frame = Frame(width: 40, height: 3)
        table.render(into: &frame, in: frame.bounds)
        XCTAssertEqual(frame.textLines()[1], "No open work in VET")
        XCTAssertEqual(frame[0, 1].role, .muted)
    }
}
