@testable import DocketConsole
import DocketEngine
import XCTest

/// Pickers filter as soon as a letter is typed, without `/` first (issue 14, item 7: the
/// referral picker had no type-ahead).
final class PickerTypeAheadTests: ConsoleTestCase {
    func testALetterStartsTheFilterAndMovementKeysStillMove() {
        var picker = ListPicker(title: "Refer to", items: ["INTAKE  Intake", "MED     Medical Review", "VET     Veterans"])
        XCTAssertEqual(picker.handle(.character("M")), .changed)
        XCTAssertTrue(picker.isFiltering)
        XCTAssertEqual(picker.filter.text, "M")
        XCTAssertEqual(picker.visibleItems, [1])
        XCTAssertEqual(picker.handle(.enter), .picked(1))
        // Esc clears the type-ahead first, then cancels.
        XCTAssertEqual(picker.handle(.escape), .changed)
        XCTAssertEqual(picker.visibleItems.count, 3)
        XCTAssertEqual(picker.handle(.character("j")), .changed, "j still moves")
        XCTAssertEqual(picker.selectedItem, 1)
        XCTAssertFalse(picker.isFiltering)
        XCTAssertEqual(picker.handle(.character("3")), .changed)
        XCTAssertEqual(picker.visibleItems, [], "digits filter too")
        XCTAssertEqual(picker.handle(.escape), .changed)
        XCTAssertEqual(picker.handle(.escape), .cancelled)
    }

    func testTheReferralPickerTakesTheDepartmentAsTyped() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: "Enter c f")
        terminal.type("med")
        terminal.enqueue(names: "Enter")
        terminal.type("exam needed")
        terminal.enqueue(names: "Enter")
        let runtime = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        XCTAssertNil(runtime.state.flow, runtime.state.status?.text ?? "")
        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
        let detail = try engine.caseDetail(ref: "CL-2026-000004", as: try engine.staffMember(login: "priya"), recordView: false)
        XCTAssertEqual(detail.tasks.filter { $0.isReferral && $0.isOpen }.map(\.department), ["MED"])
    }
}
