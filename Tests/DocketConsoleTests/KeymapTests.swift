@testable import DocketConsole
import XCTest

final class KeymapTests: ConsoleTestCase {
    static let queue = Keymap(screen: "queue", bindings: [
        Binding(keys: [.character("j"), .down], action: .move(.down), help: "Next row", group: "Navigation"),
        Binding(keys: [.character("k"), .up], action: .move(.up), help: "Previous row", group: "Navigation"),
        Binding(keys: [.ctrl("d"), .pageDown], action: .move(.pageDown), help: "Half a page down", group: "Navigation"),
        Binding(keys: [.enter], action: .queue(.open), help: "Open the case", group: "Case", footerLabel: "Open"),
        Binding(keys: [.character("n")], action: .command(.nextCase), help: "Claim the next case", group: "Case", footerLabel: "Next"),
        Binding(keys: [.character("/")], action: .general(.search), help: "Search by name or ref", group: "Case", footerLabel: "Search"),
        Binding(keys: [.character("r")], action: .command(.route), help: "Route to another department", group: "Case", footerLabel: "Route",
                disabledReason: "no case selected"),
        Binding(keys: [.function(1), .character("?")], action: .general(.help), help: "Keys on this screen", group: "General", footerLabel: "Help"),
        Binding(keys: [.character("q"), .escape], action: .queue(.back), help: "Back", group: "General", footerLabel: "Back"),
    ])

    func testLookupSkipsDisabledActionsButStillFindsTheirBinding() {
        let keymap = Self.queue
        XCTAssertEqual(keymap.action(for: .down), .move(.down))
        XCTAssertEqual(keymap.action(for: .character("?")), .general(.help))
        XCTAssertNil(keymap.action(for: .character("r")))
        XCTAssertEqual(keymap.binding(for: .character("r"))?.disabledReason, "no case selected")
        XCTAssertNil(keymap.action(for: .character("z")))
    }

    func testSetDisabled() {
        var keymap = Self.queue
        keymap.setDisabled(.command(.route), reason: nil)
        XCTAssertEqual(keymap.action(for: .character("r")), .command(.route))
        keymap.setDisabled(.queue(.open), reason: "the list is empty")
        XCTAssertNil(keymap.action(for: .enter))
    }

    func testHelpLinesAreGrouped() {
        XCTAssertEqual(Self.queue.helpLines().joined(separator: "\n"), """
        Navigation
          j, Down    Next row
          k, Up      Previous row
          C-d, PgDn  Half a page down

        Case
          Enter      Open the case
          n          Claim the next case
          /          Search by name or ref
          r          Route to another department (unavailable: no case selected)

        General
          F1, ?      Keys on this screen
          q, Esc     Back
        """)
    }

    func testFooterHintsPutFunctionKeysFirstAndFitTheWidth() {
        let keymap = Self.queue
        XCTAssertEqual(keymap.footerHints(width: 80).map { "\($0.key) \($0.label)" },
                       ["F1 Help", "Enter Open", "n Next", "/ Search", "q Back"])
        let narrow = keymap.footerHints(width: 20)
        XCTAssertEqual(narrow.map(\.key), ["F1", "Enter"])
        XCTAssertLessThanOrEqual(narrow.reduce(0) { $0 + $1.width } + Keymap.footerHintGap * (narrow.count - 1), 20)
    }

    func testConflicts() {
        var keymap = Self.queue
        XCTAssertEqual(keymap.conflicts(), [])
        keymap.bindings.append(Binding(keys: [.character("n")], action: .command(.note), help: "Add a note"))
        XCTAssertEqual(keymap.conflicts(), ["queue: n is bound to next-case and note"])
    }
}
