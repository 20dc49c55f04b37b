@testable import DocketConsole
import DocketEngine
import XCTest

/// `update` is a pure function of state and message: the terminal's size and the clock reach
/// it as messages, never as closures it calls.
final class PureUpdateTests: ConsoleTestCase {
    private final class Probe: @unchecked Sendable {
        var sizeReads = 0
        var clockReads = 0
    }

    func testUpdateReadsNeitherTheTerminalNorTheClock() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
        let session = ConsoleSession(engine: engine, actor: try engine.staffMember(login: "priya"))
        let probe = Probe()
        let program = ConsoleProgram(session: session,
                                     screenSize: { probe.sizeReads += 1; return Size(width: 100, height: 30) },
                                     monotonicMs: { probe.clockReads += 1; return 0 },
                                     themeLoader: ThemeLoader(environment: [:], executablePath: nil))
        var state = program.initialState(themeName: "default")
        let (sizeReads, clockReads) = (probe.sizeReads, probe.clockReads)
        for message: ConsoleMessage in [.start, .action(.move(.down)), .action(.general(.help)), .input(.escape),
                                        .action(.queue(.sort)), .tick(atMs: 5_000), .resized(Size(width: 60, height: 20)),
                                        .action(.move(.pageDown)), .action(.general(.command)), .input(.escape)] {
            _ = program.update(&state, message)
        }
        XCTAssertEqual(probe.sizeReads, sizeReads, "update never asks the terminal its size")
        XCTAssertEqual(probe.clockReads, clockReads, "update never reads the clock")
        XCTAssertEqual(state.screen, Size(width: 60, height: 20))
        XCTAssertEqual(state.nowMs, 5_000)
    }

    func testAResizeMessageCarriesTheNewSizeAndPagesFollowIt() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        let (program, initial) = try ConsoleFixtures.console(path: path, login: "priya", terminal: terminal)
        var state = initial
        XCTAssertEqual(state.screen, Size(width: 100, height: 30))
        terminal.resize(width: 80, height: 24)
        guard case .resized(let size)? = program.message(for: .resize, in: state) else { return XCTFail("a resize is a message") }
        XCTAssertEqual(size, Size(width: 80, height: 24))
        _ = program.update(&state, .resized(size))
        XCTAssertEqual(state.screen, Size(width: 80, height: 24))
        // Every layer pages by the new size (the queue's page is the rows it leaves).
        XCTAssertEqual(program.layerContext(state).screen, Size(width: 80, height: 24))
        XCTAssertEqual(QueueView.visibleRows(for: program.layerContext(state).screen), 20)
    }

    func testTheTickCarriesTheEnginesDate() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        let (program, initial) = try ConsoleFixtures.console(path: path, login: "priya", terminal: terminal)
        var state = initial
        XCTAssertEqual(state.today, Day(unixSeconds: ConsoleFixtures.now))
        guard case .tick(_, let today)? = program.tickMessage(in: state) else { return XCTFail("a tick") }
        XCTAssertEqual(today, Day(unixSeconds: ConsoleFixtures.now))
        let later = Day(year: 2027, month: 1, day: 4)!
        _ = program.update(&state, .tick(atMs: 1_000, today: later))
        XCTAssertEqual(state.today, later)
    }
}
