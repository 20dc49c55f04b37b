@testable import DocketConsole
import XCTest

final class WidgetTests: ConsoleTestCase {
    func testStatusLineKeepsTheRightPartWhole() {
        var frame = Frame(width: 40, height: 1)
        StatusLine(left: "VET · My work", message: "Claimed DC-2026-000002", messageRole: .success, right: "3 open").render(into: &frame, y: 0)
        XCTAssertEqual(frame.text, "VET · My work  Claimed DC-2026-0… 3 open")
        XCTAssertEqual(frame[15, 0].role, .success)
        XCTAssertEqual(frame[39, 0].role, .statusBar)

        var narrow = Frame(width: 12, height: 1)
        StatusLine(left: "Veterans Claims", right: "12:04").render(into: &narrow, y: 0)
        XCTAssertEqual(narrow.text, "Veter… 12:04")
    }

    func testFooterDrawsKeyHints() {
        var frame = Frame(width: 40, height: 1)
        Footer(keymap: KeymapTests.queue, width: 40).render(into: &frame, y: 0)
        XCTAssertEqual(frame.text, "F1 Help  Enter Open  n Next  / Search")
        XCTAssertEqual(frame[0, 0].role, .footerKey)
        XCTAssertEqual(frame[2, 0].role, .footerText)
        XCTAssertEqual(frame[39, 0].role, .footerText)
    }

    func testOverlayIsCentredAndScrolls() {
        var frame = Frame(width: 30, height: 9)
        frame.fill(frame.bounds, with: ".")
        let overlay = Overlay(title: "Help", lines: ["j  Next row", "k  Previous row", "n  Next case", "/  Search", "q  Back"], footer: "Esc close")
        overlay.render(into: &frame)
        XCTAssertEqual(frame.text, """
        ..............................
        .....┌─ Help ──────────┐......
        .....│ j  Next row     │......
        .....│ k  Previous row │......
        .....│ n  Next case    │......
        .....│ /  Search       │......
        .....│ q  Back         │......
        .....└───── Esc close ─┘......
        ..............................
        """)
    }

    func testConfirmationOverlay() {
        var frame = Frame(width: 40, height: 8)
        Overlay.confirmation(title: "Reassign", question: "Move 41 open tasks from marcus to others?", width: 30,
                             footer: PromptKeymaps.confirmFooter(PromptKeymaps.confirm, scrolls: false)).render(into: &frame)
        XCTAssertEqual(frame.text, """


           ┌─ Reassign ─────────────────────┐
           │ Move 41 open tasks from marcus │
           │ to others?                     │
           └───────────────── y Yes   n No ─┘


        """)
    }

    func testListPickerMovesFiltersAndPicks() {
        var picker = ListPicker(title: "Constituent", items: ["Łukasz Wójcik", "José Núñez", "김민준", "محمد حداد", "Luke Skywalker"])
        XCTAssertEqual(picker.handle(.character("j")), .changed)
        XCTAssertEqual(picker.handle(.down), .changed)
        XCTAssertEqual(picker.selectedItem, 2)
        XCTAssertEqual(picker.handle(.character("G")), .changed)
        XCTAssertEqual(picker.selectedItem, 4)
        XCTAssertEqual(picker.handle(.character("j")), .ignored)
        XCTAssertEqual(picker.handle(.character("/")), .changed)
        for c in "lukasz" { _ = picker.handle(.character(c)) }
        XCTAssertEqual(picker.visibleItems, [0])
        XCTAssertEqual(picker.handle(.enter), .picked(0))
        XCTAssertEqual(picker.handle(.escape), .changed)
        XCTAssertEqual(picker.visibleItems.count, 5)
        XCTAssertEqual(picker.handle(.escape), .cancelled)
    }

    func testListPickerFoldsAccentsAndFindsOtherScripts() {
        var picker = ListPicker(title: "People", items: ["Łukasz Wójcik", "José Núñez", "김민준"])
        _ = picker.handle(.character("/"))
        for c in "NUNEZ" { _ = picker.handle(.character(c)) }
        XCTAssertEqual(picker.visibleItems, [1])
        picker = ListPicker(title: "People", items: ["Łukasz Wójcik", "José Núñez", "김민준"])
        _ = picker.handle(.character("/"))
        _ = picker.handle(.character("민"))
        XCTAssertEqual(picker.visibleItems, [2])
        _ = picker.handle(.character("x"))
        XCTAssertEqual(picker.handle(.enter), .ignored)
    }

    func testListPickerRendersInABox() {
        var picker = ListPicker(title: "Department", items: ["Intake", "Veterans Claims", "Medical Review", "Payments"])
        _ = picker.handle(.down)
        var frame = Frame(width: 24, height: 6)
        picker.render(into: &frame, in: frame.bounds)
        XCTAssertEqual(frame.text, """
        ┌─ Department (4/4) ───┐
        │Intake                │
        │Veterans Claims       │
        │Medical Review        │
        │Payments              │
        └──────────────────────┘
        """)
        XCTAssertEqual(frame[1, 2].role, .selected)
        XCTAssertEqual(frame.cursor, Point(x: 1, y: 2))
    }
}
