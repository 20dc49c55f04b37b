import Foundation
@testable import DocketConsole
import XCTest

/// A toy program: a counter, a background "search" and a save-on-stop flag.
struct CounterProgram: Program {
    struct State {
        var count = 0
        var log: [String] = []
        var search = Generation()
        var results: [String] = []
        var ticks = 0
        var saved = false
        var lastSize: Size?
    }

    enum Message: Sendable {
        case increment
        case decrement
        case quit
        case resized
        case slow(String)
        case searchTwice
        case found(Generation, String)
        case laneFound(String)
        case tick
        case save
        case chain
        case escape
        case letter(Character)
        case bell
    }

    /// Background work waits on this before answering (nil: answers at once).
    var gate: DispatchSemaphore?
    var tickEvery = false

    func update(_ state: inout State, _ message: Message) -> [Effect<Message>] {
        switch message {
        case .increment:
            state.count += 1
            state.log.append("+")
        case .decrement:
            state.count -= 1
            state.log.append("-")
        case .quit:
            return [.quit]
        case .resized:
            state.log.append("resize")
        case .slow(let query):
            let generation = state.search.advance()
            let gate = self.gate
            state.log.append("search \(query)")
            return [.run {
                gate?.wait()
                return .found(generation, query.uppercased())
            }]
        case .searchTwice:
            return [
                .run(latestIn: "search") { .laneFound("old") },
                .run(latestIn: "search") { .laneFound("new") },
            ]
        case .found(let generation, let result):
            guard state.search.isCurrent(generation) else {
                state.log.append("stale \(result)")
                return []
            }
            state.results.append(result)
            state.log.append("found \(result)")
        case .laneFound(let result):
            state.results.append(result)
        case .tick:
            state.ticks += 1
        case .save:
            state.saved = true
        case .chain:
            return [.send(.increment), .send(.increment)]
        case .escape:
            state.log.append("esc")
        case .letter(let c):
            state.log.append(String(c))
        case .bell:
            return [.bell]
        }
        return []
    }

    func view(_ state: State, into frame: inout Frame) {
        frame.box(frame.bounds, title: "Counter")
        frame.put("Count: \(state.count)", x: 2, y: 1)
        frame.put("Results: \(state.results.joined(separator: ","))", x: 2, y: 2)
        frame.cursor = Point(x: 2, y: 1)
    }

    func message(for key: Key, in state: State) -> Message? {
        switch key {
        case .character("+"), .up: return .increment
        case .character("-"), .down: return .decrement
        case .character("q"): return .quit
        case .character("s"): return .slow("ab")
        case .character("t"): return .searchTwice
        case .character("c"): return .chain
        case .character("b"): return .bell
        case .character("x"), .character("y"): return .letter(key == .character("x") ? "x" : "y")
        case .escape: return .escape
        case .resize: return .resized
        default: return nil
        }
    }

    func tickMessage(in state: State) -> Message? {
        tickEvery ? .tick : nil
    }

    func stopMessage(for reason: StopRequest, in state: State) -> Message? {
        .save
    }
}

final class RuntimeTests: ConsoleTestCase {
    func makeRuntime(_ terminal: VirtualTerminal, program: CounterProgram = CounterProgram(), deterministic: Bool = true) -> Runtime<CounterProgram> {
        var options = Runtime<CounterProgram>.Options()
        options.waitsForEffectsBeforeInput = deterministic
        options.pollIntervalMs = 1
        return Runtime(program: program, state: .init(), terminal: terminal, options: options)
    }

    func testScriptedKeysDriveTheCounterAndQuit() {
        let terminal = VirtualTerminal(width: 40, height: 10)
        terminal.enqueue(names: "+ + Up - x q +")
        let runtime = makeRuntime(terminal)
        XCTAssertEqual(runtime.run(), .quit)
        XCTAssertEqual(runtime.state.count, 2)
        XCTAssertEqual(terminal.remainingKeys, [.character("+")], "keys after quit are not read")
        XCTAssertEqual(terminal.screen?.textLines()[1], "│ Count: 2                             │")
        XCTAssertEqual(terminal.cursor, Point(x: 2, y: 1))
    }

    func testOnlyChangedCellsAreWrittenBetweenFrames() {
        let terminal = VirtualTerminal(width: 40, height: 10)
        terminal.enqueue(names: "+ q")
        let runtime = makeRuntime(terminal)
        runtime.run()
        XCTAssertEqual(terminal.writesPerPresent, [400, 1, 0], "quitting redraws an unchanged frame: nothing written")
    }

    func testEffectResultsComeBackAsMessages() {
        let terminal = VirtualTerminal(width: 40, height: 10)
        terminal.enqueue(names: "s")
        let runtime = makeRuntime(terminal)
        XCTAssertEqual(runtime.run(), .stopped(.inputClosed))
        XCTAssertEqual(runtime.state.results, ["AB"])
        XCTAssertEqual(terminal.screen?.textLines()[2].hasPrefix("│ Results: AB "), true)
    }

    func testKeysKeepFlowingWhileAnEffectRuns() {
        let gate = DispatchSemaphore(value: 0)
        let terminal = VirtualTerminal(width: 40, height: 10)
        terminal.enqueue(names: "s + +")
        var reads = 0
        // The effect may only finish once both increments have been read.
        terminal.beforeEachRead = {
            reads += 1
            if reads == 3 { gate.signal() }
        }
        let runtime = makeRuntime(terminal, program: CounterProgram(gate: gate), deterministic: false)
        runtime.run()
        XCTAssertEqual(runtime.state.count, 2)
        XCTAssertEqual(runtime.state.log, ["search ab", "+", "+", "found AB"])
    }

    func testStaleResultsAreDroppedByGeneration() {
        let terminal = VirtualTerminal(width: 40, height: 10)
        let runtime = makeRuntime(terminal)
        runtime.send(.slow("a"))
        runtime.send(.slow("ab"))
        runtime.run()
        XCTAssertEqual(runtime.state.results, ["AB"])
        XCTAssertTrue(runtime.state.log.contains("stale A"))
    }

    func testANewerEffectInTheSameLaneSupersedesTheOlder() {
        let terminal = VirtualTerminal(width: 40, height: 10)
        terminal.enqueue(names: "t")
        let runtime = makeRuntime(terminal)
        runtime.run()
        XCTAssertEqual(runtime.state.results, ["new"])
    }

    func testSentMessagesAreDeliveredBeforeTheNextKey() {
        let terminal = VirtualTerminal(width: 40, height: 10)
        terminal.enqueue(names: "c -")
        let runtime = makeRuntime(terminal)
        runtime.run()
        XCTAssertEqual(runtime.state.log, ["+", "+", "-"])
    }

    func testTicksFollowTheClock() {
        let terminal = VirtualTerminal(width: 40, height: 10)
        terminal.enqueue(names: "x x x x")
        var now = 0
        terminal.beforeEachRead = { now += 600 }
        var options = Runtime<CounterProgram>.Options()
        options.tickIntervalMs = 1000
        options.waitsForEffectsBeforeInput = true
        options.clock = { now }
        let runtime = Runtime(program: CounterProgram(tickEvery: true), state: .init(), terminal: terminal, options: options)
        runtime.run()
        // Reads at 600, 1200 (tick), 1800, 2400 (tick).
        XCTAssertEqual(runtime.state.ticks, 2)
    }

    func testASignalLetsTheProgramSaveAndStops() {
        let terminal = VirtualTerminal(width: 40, height: 10, closesWhenScriptEnds: false)
        terminal.enqueue(names: "+ + +")
        var reads = 0
        terminal.beforeEachRead = {
            reads += 1
            if reads == 2 { terminal.deliverSignal(SIGHUP) }
        }
        let runtime = makeRuntime(terminal)
        XCTAssertEqual(runtime.run(), .stopped(.signal(SIGHUP)))
        XCTAssertTrue(runtime.state.saved)
        XCTAssertEqual(runtime.state.count, 2)
    }

    func testCtrlCStopsLikeSIGINTWhenTheProgramDoesNotUseIt() {
        let terminal = VirtualTerminal(width: 40, height: 10)
        terminal.enqueue(names: "+ C-c +")
        let runtime = makeRuntime(terminal)
        XCTAssertEqual(runtime.run(), .stopped(.signal(SIGINT)))
        XCTAssertTrue(runtime.state.saved)
        XCTAssertEqual(runtime.state.count, 1)
    }

    func testUnboundAltKeyIsReplayedAsEscThenTheCharacter() {
        let terminal = VirtualTerminal(width: 40, height: 10)
        terminal.enqueue([.alt("x")])
        let runtime = makeRuntime(terminal)
        runtime.run()
        XCTAssertEqual(runtime.state.log, ["esc", "x"])
    }

    func testBellEffect() {
        let terminal = VirtualTerminal(width: 40, height: 10)
        terminal.enqueue(names: "b")
        makeRuntime(terminal).run()
        XCTAssertEqual(terminal.bellCount, 1)
    }

    func testTerminalTooSmallShowsANoticeInsteadOfTheView() {
        let terminal = VirtualTerminal(width: 20, height: 6)
        terminal.enqueue(names: "+ +")
        let runtime = makeRuntime(terminal)
        runtime.run()
        XCTAssertEqual(terminal.text, """
        Terminal too small:
        need at least 40×10,
        have 20×6. Enlarge
        the window, or press
        Q to quit.

        """)
        XCTAssertNil(terminal.cursor)
        XCTAssertEqual(runtime.state.count, 0, "keys pressed blind must do nothing")
    }

    func testQQuitsWhileTooSmall() {
        let terminal = VirtualTerminal(width: 20, height: 6)
        terminal.enqueue(names: "Q +")
        XCTAssertEqual(makeRuntime(terminal).run(), .quit)
    }

    func testResizeRedrawsEverythingAtTheNewSize() {
        let terminal = VirtualTerminal(width: 20, height: 6)
        var resized = false
        terminal.beforeEachRead = {
            if !resized {
                resized = true
                terminal.resize(width: 40, height: 10)
            }
        }
        terminal.enqueue(names: "+")
        let runtime = makeRuntime(terminal)
        runtime.run()
        XCTAssertEqual(terminal.screen?.size, Size(width: 40, height: 10))
        XCTAssertEqual(terminal.writesPerPresent, [120, 400, 1])
        XCTAssertEqual(runtime.state.log, ["resize", "+"])
        XCTAssertEqual(terminal.screen?.textLines()[1], "│ Count: 1                             │")
    }
}
