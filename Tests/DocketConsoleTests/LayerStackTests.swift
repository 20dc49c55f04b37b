@testable import DocketConsole
import DocketEngine
import XCTest

/// The stack of layers: the top layer takes the keys, Esc pops exactly one, answers find the
/// layer that asked or are dropped, and the stack is drawn from the bottom.
final class LayerStackTests: ConsoleTestCase {
    /// A layer that writes its name on its own row, counts the keys and answers it got, and
    /// pops on Esc.
    struct Probe: ConsoleLayer {
        var name: String
        var row: Int
        var keys: [Key] = []
        var answers: [String] = []

        mutating func update(_ message: LayerMessage, id: LayerID, context: LayerContext) -> LayerUpdate {
            switch message {
            case .key(.escape): return .popped
            case .key(let key): keys.append(key)
            case .answer(let answer): answers.append(answer as? String ?? "?")
            case .action, .tick, .resized, .stopping: break
            }
            return .stays
        }

        func view(into frame: inout Frame, keymaps: ConsoleKeymaps) {
            frame.put(name, x: 0, y: row, role: .normal)
            // Every layer also writes the top line: the last drawn wins.
            frame.put(name, x: 0, y: 0, role: .normal)
        }
    }

    private var context: LayerContext!

    override func setUpWithError() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
        context = LayerContext(screen: Size(width: 20, height: 5), keymaps: .standard, screenKeymap: ConsoleKeymaps.standard.queue,
                               session: ConsoleSession(engine: engine, actor: try engine.staffMember(login: "priya")),
                               today: Day(unixSeconds: ConsoleFixtures.now))
    }

    private func probe(_ stack: LayerStack, _ id: LayerID) -> Probe? { stack.layer(id) as? Probe }

    func testAPromptOverAScreenOverAScreenTakesTheKeysAndIsDrawnLast() {
        var stack = LayerStack()
        let first = stack.push(Probe(name: "first", row: 1), context: context).id
        let second = stack.push(Probe(name: "second", row: 2), context: context).id
        let prompt = stack.push(Probe(name: "prompt", row: 3), context: context).id
        _ = stack.key(.character("y"), context: context)
        XCTAssertEqual(probe(stack, prompt)?.keys, [.character("y")])
        XCTAssertEqual(probe(stack, second)?.keys, [])
        XCTAssertEqual(probe(stack, first)?.keys, [])

        var frame = Frame(width: 20, height: 5)
        stack.view(into: &frame, keymaps: .standard)
        let rows = frame.text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        XCTAssertEqual(Array(rows.prefix(4)), ["prompt", "first", "second", "prompt"], "drawn bottom-up")
    }

    func testEscPopsExactlyOneLayer() {
        var stack = LayerStack()
        let first = stack.push(Probe(name: "first", row: 1), context: context).id
        let second = stack.push(Probe(name: "second", row: 2), context: context).id
        _ = stack.push(Probe(name: "prompt", row: 3), context: context)
        _ = stack.key(.escape, context: context)
        XCTAssertEqual(stack.ids, [first, second])
        _ = stack.key(.character("k"), context: context)
        XCTAssertEqual(probe(stack, second)?.keys, [.character("k")], "the layer beneath is on top now")
        _ = stack.key(.escape, context: context)
        XCTAssertEqual(stack.ids, [first])
    }

    func testAnAnswerForAPoppedLayerIsDroppedAndIdsAreNotReused() {
        var stack = LayerStack()
        let screen = stack.push(Probe(name: "screen", row: 1), context: context).id
        let asker = stack.push(Probe(name: "asker", row: 2), context: context).id
        XCTAssertNotNil(stack.deliver("first answer", to: asker, context: context))
        XCTAssertEqual(probe(stack, asker)?.answers, ["first answer"])
        _ = stack.key(.escape, context: context)
        XCTAssertNil(stack.deliver("late answer", to: asker, context: context), "the asker has gone")
        let next = stack.push(Probe(name: "next", row: 2), context: context).id
        XCTAssertNotEqual(next, asker)
        XCTAssertNil(stack.deliver("late answer", to: asker, context: context), "nor does a newer layer get it")
        XCTAssertEqual(probe(stack, next)?.answers, [])
        XCTAssertEqual(probe(stack, screen)?.answers, [])
        // An answer for a layer beneath the top still reaches it.
        XCTAssertNotNil(stack.deliver("for the screen", to: screen, context: context))
        XCTAssertEqual(probe(stack, screen)?.answers, ["for the screen"])
    }

    /// Through the console: help is a layer; a stale answer changes nothing; Esc closes help only.
    func testTheConsoleRoutesKeysAndAnswersThroughItsStack() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        let (program, initial) = try ConsoleFixtures.console(path: path, login: "priya", terminal: terminal)
        var state = initial
        _ = program.update(&state, .action(.general(.help)))
        XCTAssertEqual(state.overlays.count, 1)
        let gone = LayerID(number: 999)
        XCTAssertTrue(program.update(&state, .layerAnswer(gone, "stale")).isEmpty)
        XCTAssertEqual(state.overlays.count, 1)
        guard case .input(.escape)? = program.message(for: .escape, in: state) else { return XCTFail("the top layer takes Esc") }
        _ = program.update(&state, .input(.escape))
        XCTAssertTrue(state.overlays.isEmpty)
        XCTAssertTrue(state.isOnQueue, "Esc closed help and nothing else")
    }
}
