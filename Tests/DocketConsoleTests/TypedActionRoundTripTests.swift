@testable import DocketConsole
import XCTest

/// Typed actions keep today's ids in keymap files: every action of every screen, written by
/// its id, binds the same typed action; an unknown id is still a `file:line` problem.
final class TypedActionRoundTripTests: XCTestCase {
    func testEveryActionOfEveryScreenRoundTripsThroughAKeymapFile() throws {
        let standard = ConsoleKeymaps.standard
        for keymap in standard.all {
            for binding in keymap.bindings {
                let text = "\(keymap.screen)  \(binding.action.id)  F12\n"
                let overrides = try KeymapOverrides.parse(text, file: "keymap", keymaps: standard.all)
                let applied = overrides.applied(to: keymap)
                XCTAssertEqual(applied.action(for: .function(12)), binding.action, "\(keymap.screen) \(binding.action.id)")
            }
        }
    }

    func testIdsAreUniqueWithinEachScreen() {
        for keymap in ConsoleKeymaps.standard.all {
            XCTAssertEqual(Set(keymap.actionIDs).count, keymap.actionIDs.count, keymap.screen)
        }
    }

    func testTodaysIdsAreTheRawValues() {
        XCTAssertEqual(ConsoleAction.command(.nextCase).id, "next-case")
        XCTAssertEqual(ConsoleAction.command(.changeState).id, "state")
        XCTAssertEqual(ConsoleAction.move(.halfDown).id, "half-down")
        XCTAssertEqual(ConsoleAction.queue(.clearFilter).id, "clear-filter")
        XCTAssertEqual(ConsoleAction.dashboard(.ageBucket3).id, "dashboard-age-3")
        XCTAssertEqual(ConsoleAction.form(.submit).id, "form-submit")
        XCTAssertEqual(ConsoleAction.caseScreen(.editForm).id, "edit-form")
    }

    func testAnUnknownIdIsAFileLineProblem() {
        let text = "# mine\nqueue  next-case  N\ncase   teleport   T\n"
        XCTAssertThrowsError(try KeymapOverrides.parse(text, file: "keymap", keymaps: ConsoleKeymaps.standard.all)) { error in
            let lines = (error as? ConfigFileError)?.lines ?? []
            XCTAssertEqual(lines.count, 1)
            XCTAssertTrue(lines.first?.hasPrefix("keymap:3: unknown action 'teleport' for screen 'case'") ?? false, "\(lines)")
        }
    }

    /// An id shared by several screens (`back`) binds each screen's own action.
    func testAStarLineBindsEachScreensOwnAction() throws {
        let standard = ConsoleKeymaps.standard
        let overrides = try KeymapOverrides.parse("*  back  F11\n", file: "keymap", keymaps: standard.all)
        XCTAssertEqual(overrides.applied(to: standard.queue).action(for: .function(11)), .queue(.back))
        XCTAssertEqual(overrides.applied(to: standard.caseScreen).action(for: .function(11)), .caseScreen(.back))
        XCTAssertEqual(overrides.applied(to: standard.dashboard).action(for: .function(11)), .dashboard(.back))
    }
}
