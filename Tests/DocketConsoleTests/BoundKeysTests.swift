import DocketEngine
@testable import DocketConsole
import Foundation
import XCTest

/// Keys that were written into the code now come from keymaps: a person's keymap file
/// moves them, and what the screen says follows.
final class BoundKeysTests: ConsoleTestCase {
    private func keymaps(_ text: String) throws -> ConsoleKeymaps {
        let standard = ConsoleKeymaps.standard
        return standard.applying(try KeymapOverrides.parse(text, file: "keymap", keymaps: standard.all))
    }

    func testTheTooSmallNoticeQuitsWithTheBoundQuitKey() throws {
        XCTAssertEqual(ConsoleKeymaps.standard.quitKeysWhenTooSmall, [.character("Q"), .ctrl("c")])
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let mine = try keymaps("*  quit  X\n")
        XCTAssertEqual(mine.quitKeysWhenTooSmall, [.character("X"), .ctrl("c")])

        let terminal = VirtualTerminal(width: 20, height: 6)
        let runtime = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal, keymaps: mine)
        XCTAssertTrue(terminal.text.contains("X to quit"), terminal.text)
        terminal.enqueue(names: "Q F24")
        XCTAssertNotEqual(runtime.run(), .quit, "Q is no longer the quit key")
        terminal.enqueue(names: "X F24")
        XCTAssertEqual(runtime.run(), .quit)
    }
}

extension BoundKeysTests {
    func testHelpFootersFollowThePickerKeys() throws {
        XCTAssertEqual(HelpLayer.footer(ConsoleKeymaps.standard.picker), "Esc close  j/k scroll")
        let mine = try keymaps("picker  cancel  F3\npicker  down  F2\n")
        XCTAssertEqual(HelpLayer.footer(mine.picker), "F3 close  F2/k scroll")

        // The form's help overlay (F1) says the same as it reads.
        let path = try FormFixture.makeDemo(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: FormFixture.openBenefits + " F1")
        let runtime = try ConsoleFixtures.run(path: path, login: FormFixture.clerk, terminal: terminal, keymaps: mine)
        XCTAssertEqual(runtime.state.help?.footer, "F3 close  F2/k scroll")
        terminal.enqueue(names: "F3")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertNil(runtime.state.help)
    }
}
