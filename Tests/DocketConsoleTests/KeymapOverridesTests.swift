@testable import DocketConsole
import XCTest

final class KeymapOverridesTests: ConsoleTestCase {
    let caseScreen = Keymap(screen: "case", bindings: [
        Binding(keys: [.character("f")], action: .command(.refer), help: "Refer to a department"),
        Binding(keys: [.function(1), .character("?")], action: .general(.help), help: "Help"),
        Binding(keys: [.character("q")], action: .queue(.back), help: "Back"),
    ])

    var keymaps: [Keymap] { [KeymapTests.queue, caseScreen] }

    func testParsesScreenActionAndKeys() throws {
        let overrides = try KeymapOverrides.parse("""
        # my keys
        queue   next-case   N, F5
        *       help        F2,h     # everywhere
        """, file: "keymap", keymaps: keymaps)
        XCTAssertEqual(overrides.entries.map(\.screen), ["queue", "*"])
        XCTAssertEqual(overrides.entries[0].keys, [.character("N"), .function(5)])
        XCTAssertEqual(overrides.entries[1].keys, [.function(2), .character("h")])
        XCTAssertEqual(overrides.entries[1].line, 3)
    }

    func testErrorsNameTheLineAndTheKnownNames() {
        let text = """
        queue   nxt        n
        desk    help       F1
        case    refer      Ctl-r
        queue   open
        *       frobnicate x
        """
        XCTAssertThrowsError(try KeymapOverrides.parse(text, file: "/home/ana/.config/docket/keymap", keymaps: keymaps)) { error in
            XCTAssertEqual((error as? ConfigFileError)?.lines, [
                "/home/ana/.config/docket/keymap:1: unknown action 'nxt' for screen 'queue' (known actions: back, down, help, next-case, open, page-down, route, search, up)",
                "/home/ana/.config/docket/keymap:2: unknown screen 'desk' (known screens: queue, case, or * for all)",
                "/home/ana/.config/docket/keymap:3: unknown key 'Ctl-r' (keys are written like \(Key.nameExamples))",
                "/home/ana/.config/docket/keymap:4: expected 'screen action key[,key…]', found 2 fields",
                "/home/ana/.config/docket/keymap:5: unknown action 'frobnicate' on any screen (known actions: back, down, help, next-case, open, page-down, refer, route, search, up)",
            ])
        }
    }

    func testApplyingReplacesKeysAndScreenLinesWinOverStar() throws {
        let overrides = try KeymapOverrides.parse("""
        queue   help   h
        *       help   F2
        queue   open   o,Enter
        case    refer  n
        """, file: "keymap", keymaps: keymaps)
        let queue = overrides.applied(to: KeymapTests.queue)
        XCTAssertEqual(queue.binding(forAction: .general(.help))?.keys, [.character("h")])
        XCTAssertEqual(queue.action(for: .character("o")), .queue(.open))
        XCTAssertEqual(queue.action(for: .character("n")), .command(.nextCase))
        let caseScreen = overrides.applied(to: caseScreen)
        XCTAssertEqual(caseScreen.binding(forAction: .general(.help))?.keys, [.function(2)])
        XCTAssertEqual(caseScreen.action(for: .character("n")), .command(.refer))
    }

    func testAKeyTakenByAnOverrideLeavesItsOldAction() throws {
        let overrides = try KeymapOverrides.parse("queue next-case j\n", file: "keymap", keymaps: keymaps)
        let queue = overrides.applied(to: KeymapTests.queue)
        XCTAssertEqual(queue.action(for: .character("j")), .command(.nextCase))
        XCTAssertEqual(queue.binding(forAction: .move(.down))?.keys, [.down])
        XCTAssertEqual(queue.conflicts(), [])
    }

    func testLoadingFromXDGConfigHome() throws {
        let config = try temporaryDirectory()
        let environment = ["XDG_CONFIG_HOME": config.path]
        XCTAssertEqual(KeymapOverrides.load(keymaps: keymaps, environment: environment).overrides, KeymapOverrides())

        try FileManager.default.createDirectory(at: config.appendingPathComponent("docket"), withIntermediateDirectories: true)
        let path = config.appendingPathComponent("docket/keymap")
        try "queue next-case F5\n".write(to: path, atomically: true, encoding: .utf8)
        let loaded = KeymapOverrides.load(keymaps: keymaps, environment: environment)
        XCTAssertEqual(loaded.overrides.entries.first?.keys, [.function(5)])
        XCTAssertEqual(loaded.problems, [])

        try "queue next-case F99\n".write(to: path, atomically: true, encoding: .utf8)
        let broken = KeymapOverrides.load(keymaps: keymaps, environment: environment)
        XCTAssertEqual(broken.overrides.entries, [])
        XCTAssertEqual(broken.problems.count, 2)
        XCTAssertTrue(broken.problems[0].hasPrefix("\(path.path):1: unknown key 'F99'"))
        XCTAssertEqual(KeymapOverrides.defaultPath(environment: ["HOME": "/home/ana"]), "/home/ana/.config/docket/keymap")
    }
}
