@testable import DocketConsole
import DocketEngine
import XCTest

/// Confirmations and pickers read their keys from keymaps (screens `confirm` and `picker`),
/// so a user's keymap file changes them, and their footers follow.
final class PromptKeymapTests: ConsoleTestCase {
    private func keymaps(_ text: String) throws -> ConsoleKeymaps {
        let standard = ConsoleKeymaps.standard
        return standard.applying(try KeymapOverrides.parse(text, file: "keymap", keymaps: standard.all))
    }

    private func confirmFlow() -> ActionFlow {
        ActionFlow(command: .decide, target: nil, steps: [ActionStep("confirm", .confirm(question: "Decide?"))],
                   dateOrder: .mdy, today: Day(year: 2026, month: 11, day: 18)!)
    }

    func testAConfirmationIsAnsweredByTheConfirmKeymap() throws {
        var flow = confirmFlow()
        XCTAssertEqual(flow.handle(.character("x")), .ignored)
        XCTAssertEqual(flow.handle(.character("y")), .finished)
        XCTAssertEqual(flow.answer("confirm"), "yes")

        let mine = try keymaps("confirm  yes  o\n")
        var other = confirmFlow()
        XCTAssertEqual(other.handle(.character("y"), keymaps: mine), .ignored, "y was given away")
        XCTAssertEqual(other.handle(.character("o"), keymaps: mine), .finished)
        XCTAssertEqual(PromptKeymaps.confirmFooter(mine.confirm, scrolls: false), "o Yes   n No")
        XCTAssertEqual(PromptKeymaps.confirmFooter(ConsoleKeymaps.standard.confirm, scrolls: true), "y Yes   n No   j/k scroll")
    }

    func testNoGoesBackAStep() {
        var flow = confirmFlow()
        XCTAssertEqual(flow.handle(.escape), .cancelled)
        var again = confirmFlow()
        XCTAssertEqual(again.handle(.character("n")), .cancelled)
    }

    func testAPickerMovesWithThePickerKeymap() throws {
        let mine = try keymaps("picker  down  F2\n")
        var picker = ListPicker(title: "Refer to", items: ["INTAKE", "MED", "VET"])
        XCTAssertEqual(picker.handle(.function(2), keys: mine.picker), .changed)
        XCTAssertEqual(picker.selectedItem, 1)
        // j was given to nothing: it is a letter now, and starts the filter.
        XCTAssertEqual(picker.handle(.character("j"), keys: mine.picker), .changed)
        XCTAssertTrue(picker.isFiltering)
        XCTAssertEqual(PromptKeymaps.pickerFooter(mine.picker, pick: "preview"), "F2/k choose   Enter preview   Esc cancel")
    }

    func testPromptKeymapsAreListedWithTheScreens() {
        let ids = ConsoleKeymaps.standard.all.map(\.screen)
        XCTAssertEqual(ids, ["queue", "case", "dashboard", "form", "confirm", "picker", "drafts", "search", "reason", "intake-done", "yes-no-field", "option-list", "choice-field", "text-input", "notice", "ledger", "money"])
        XCTAssertTrue(KeyTables.markdown().contains("| **Confirmations** (`confirm`) |"))
        XCTAssertTrue(KeyTables.markdown().contains("| `y`, `Y`, `Enter` | `yes` |"))
    }

    func testTheDraftsListsFooterFollowsItsKeymap() throws {
        XCTAssertEqual(PromptKeymaps.footer(ConsoleKeymaps.standard.drafts), "Enter resume  x discard  Esc close")
        let mine = try keymaps("drafts  discard  D\n")
        XCTAssertEqual(PromptKeymaps.footer(mine.drafts), "Enter resume  D discard  Esc close")
        XCTAssertEqual(mine.drafts.action(for: .character("D")), .drafts(.discard))
        XCTAssertNil(mine.drafts.action(for: .character("x")))
    }

    func testHelpScrollsWithThePickerKeysAndClosesWithTheHelpKey() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 12)
        let (program, initial) = try ConsoleFixtures.console(path: path, login: "priya", terminal: terminal)
        var state = initial
        _ = program.update(&state, .action(.general(.help)))
        XCTAssertEqual(state.help?.scrollOffset, 0)
        _ = program.update(&state, .input(.character("j")))
        XCTAssertEqual(state.help?.scrollOffset, 1)
        _ = program.update(&state, .input(.character("?")))
        XCTAssertNil(state.help, "the help key closes help again")
    }
}
