import CNCursesW
@testable import DocketConsole
import Foundation
import XCTest

/// Everything that touches ncurses lives in this one class: XCTest runs a class's tests
/// one after another, and ncurses crashes when driven from parallel tests. Each test
/// opens an off-screen session on /dev/null and shuts it down.
final class CursesTerminalTests: ConsoleTestCase {
    override class func setUp() {
        super.setUp()
        setenv("TERM", "xterm-256color", 1)
    }

    func withTerminal(width: Int = 40, height: Int = 10, term: String = "xterm-256color", theme: Theme = .default,
                      _ body: (CursesTerminal) throws -> Void) throws {
        let terminal = try CursesTerminal.offscreen(width: width, height: height, term: term, theme: theme)
        defer { terminal.shutdown() }
        try body(terminal)
    }

    func testOffscreenSessionHasTheRequestedSizeAndColours() throws {
        try withTerminal(width: 132, height: 43) { terminal in
            XCTAssertEqual(terminal.size, Size(width: 132, height: 43))
            XCTAssertEqual(terminal.colorCount, 256)
            XCTAssertTrue(terminal.supportsColor)
        }
    }

    func testPresentWritesWideAndCombiningTextWhereTheFrameSays() throws {
        try withTerminal { terminal in
            var frame = Frame(width: 40, height: 10)
            frame.put("김민준 | محمد | Łukasz | Jose\u{0301}", x: 0, y: 0)
            frame.put("😀 ok", x: 2, y: 1)
            XCTAssertEqual(terminal.present(frame), 400 - 4, "four wide characters: their right halves are not written")
            let screen = terminal.screenText()
            XCTAssertEqual(screen[0], "김민준 | محمد | Łukasz | Jose\u{0301}")
            XCTAssertEqual(screen[1], "  😀 ok")
            XCTAssertEqual(terminal.cellOnScreen(x: 2, y: 0).text, "민")
            XCTAssertEqual(terminal.cellOnScreen(x: 6, y: 0).text, " ")
            XCTAssertEqual(terminal.cellOnScreen(x: 28, y: 0).text, "e\u{0301}")
        }
    }

    func testOnlyChangedCellsAreWritten() throws {
        try withTerminal { terminal in
            var frame = Frame(width: 40, height: 10)
            frame.put("Count: 1", x: 0, y: 0)
            XCTAssertEqual(terminal.present(frame), 400)
            XCTAssertEqual(terminal.present(frame), 0)
            frame.put("2", x: 7, y: 0)
            XCTAssertEqual(terminal.present(frame), 1)
            XCTAssertEqual(terminal.screenText()[0], "Count: 2")
            terminal.invalidate()
            XCTAssertEqual(terminal.present(frame), 400)
        }
    }

    func testReplacingAWideCharacterWithNarrowOnesLeavesNoHalf() throws {
        try withTerminal { terminal in
            var frame = Frame(width: 40, height: 10)
            frame.put("김민준", x: 0, y: 0)
            terminal.present(frame)
            frame.put("abc", x: 1, y: 0)
            terminal.present(frame)
            XCTAssertEqual(terminal.screenText()[0], " abc준")
        }
    }

    func testRolesBecomeAttributesAndColourPairs() throws {
        try withTerminal { terminal in
            var frame = Frame(width: 40, height: 10)
            frame.put("sel", x: 0, y: 0, role: .selected)
            frame.put("late", x: 0, y: 1, role: .overdue)
            terminal.present(frame)
            let selected = terminal.cellOnScreen(x: 0, y: 0)
            let overdue = terminal.cellOnScreen(x: 0, y: 1)
            XCTAssertNotEqual(selected.pair, 0)
            XCTAssertNotEqual(selected.pair, overdue.pair)
            XCTAssertEqual(overdue.attributes & docket_attr_bold(), docket_attr_bold())
            XCTAssertEqual(terminal.colorPair(of: .selected).foreground, 0)
            XCTAssertEqual(terminal.colorPair(of: .selected).background, 110)
            XCTAssertEqual(terminal.colorPair(of: .normal).foreground, -1, "default colours keep the terminal's own background")
        }
    }

    func testMonochromeThemeUsesAttributesOnly() throws {
        try withTerminal(theme: .monochrome) { terminal in
            var frame = Frame(width: 40, height: 10)
            frame.put("sel", x: 0, y: 0, role: .selected)
            frame.put("late", x: 0, y: 1, role: .overdue)
            terminal.present(frame)
            XCTAssertEqual(terminal.cellOnScreen(x: 0, y: 0).attributes & docket_attr_reverse(), docket_attr_reverse())
            XCTAssertEqual(terminal.cellOnScreen(x: 0, y: 1).attributes & docket_attr_underline(), docket_attr_underline())
            XCTAssertEqual(terminal.colorPair(of: .selected).foreground, -1)
            XCTAssertEqual(terminal.colorPair(of: .selected).background, -1)
        }
    }

    func testEightColourTerminalGetsApproximatedColours() throws {
        try withTerminal(term: "xterm") { terminal in
            XCTAssertEqual(terminal.colorCount, 8)
            XCTAssertEqual(terminal.colorPair(of: .selected).background, 7, "color110 (light steel blue) is nearest white")
            terminal.apply(theme: BuiltInThemes.theme(named: "high-contrast"))
            XCTAssertEqual(terminal.colorPair(of: .selected).background, 3, "bright-yellow falls back to yellow")
        }
    }

    func testTerminalWithoutColoursStillDrawsAttributes() throws {
        try withTerminal(term: "vt100") { terminal in
            XCTAssertFalse(terminal.supportsColor)
            var frame = Frame(width: 40, height: 10)
            frame.put("sel", x: 0, y: 0, role: .header)
            terminal.present(frame)
            let cell = terminal.cellOnScreen(x: 0, y: 0)
            XCTAssertEqual(cell.pair, 0)
            XCTAssertEqual(cell.attributes & docket_attr_bold(), docket_attr_bold())
        }
    }

    func testADifferentSizeFrameRedrawsEverything() throws {
        try withTerminal { terminal in
            terminal.present(Frame(width: 40, height: 10))
            resizeterm(12, 50)
            XCTAssertEqual(terminal.size, Size(width: 50, height: 12))
            var frame = Frame(width: 50, height: 12)
            frame.put("wider", x: 45, y: 11)
            XCTAssertEqual(terminal.present(frame), 600)
            XCTAssertEqual(terminal.screenText()[11], String(repeating: " ", count: 45) + "wider")
        }
    }

    func testOnlyOneSessionAtATime() throws {
        try withTerminal { _ in
            XCTAssertThrowsError(try CursesTerminal.offscreen(width: 40, height: 10)) { error in
                XCTAssertEqual(error as? TerminalError, .alreadyActive)
            }
        }
        // After shutdown a new session can start.
        try withTerminal { terminal in XCTAssertEqual(terminal.size.width, 40) }
    }

    func testUnknownAndDumbTerminalsAreRefusedWithAdvice() {
        XCTAssertThrowsError(try CursesTerminal.offscreen(width: 40, height: 10, term: "no-such-terminal")) { error in
            XCTAssertEqual(error as? TerminalError, .unknownTerminal("no-such-terminal"))
            XCTAssertTrue("\(error)".contains("docket --help"))
        }
        XCTAssertThrowsError(try CursesTerminal.offscreen(width: 40, height: 10, term: "dumb")) { error in
            XCTAssertEqual(error as? TerminalError, .cannotAddressCursor("dumb"))
            XCTAssertTrue("\(error)".contains("docket --help"))
        }
    }

    func testANonTerminalIsRefusedBeforeCursesStarts() throws {
        let devNull = open("/dev/null", O_RDWR)
        defer { close(devNull) }
        XCTAssertThrowsError(try CursesTerminal(input: devNull, output: devNull)) { error in
            XCTAssertEqual(error as? TerminalError, .notInteractive(stream: "the input"))
            XCTAssertEqual("\(error)", "The Docket console needs an interactive terminal, but the input is not one. To work from scripts, cron or a pipe, use the command-line subcommands: see `docket --help`.")
        }
    }

    func testSIGTERMBecomesAStopRequestAndShutdownRestoresHandlers() throws {
        var before = sigaction()
        sigaction(SIGTERM, nil, &before)
        try withTerminal { terminal in
            XCTAssertNil(terminal.stopRequest)
            raise(SIGTERM)
            XCTAssertEqual(terminal.stopRequest, .signal(SIGTERM))
        }
        var after = sigaction()
        sigaction(SIGTERM, nil, &after)
        XCTAssertEqual(unsafeBitCast(after.__sigaction_handler.sa_handler, to: Int.self),
                       unsafeBitCast(before.__sigaction_handler.sa_handler, to: Int.self))
        try withTerminal { terminal in XCTAssertNil(terminal.stopRequest, "a new session starts without the old signal") }
    }

    func testReadingWithNoInputReturnsNil() throws {
        try withTerminal { terminal in
            XCTAssertNil(terminal.readKey(timeoutMs: 0))
        }
    }

    func testRuntimeRunsOnCurses() throws {
        try withTerminal { terminal in
            let runtime = Runtime(program: CounterProgram(), state: .init(), terminal: terminal)
            runtime.send(.increment)
            runtime.render()
            XCTAssertEqual(terminal.screenText()[1], "│ Count: 1                             │")
        }
    }
}
