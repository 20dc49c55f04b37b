@testable import DocketConsole
@testable import DocketEngine
import XCTest

/// The root routes through the stack of real layers: a prompt over a case screen over the
/// queue takes the keys and is drawn last; Esc pops exactly one layer; an engine answer
/// reaches the layer that asked even under another, and is dropped once that layer has gone.
final class StackRoutingTests: ConsoleTestCase {
    private var program: ConsoleProgram!
    private var state: ConsoleState!
    private var terminal: VirtualTerminal!

    override func setUpWithError() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        terminal = VirtualTerminal(width: 120, height: 30)
        (program, state) = try ConsoleFixtures.console(path: path, login: "priya", terminal: terminal)
    }

    /// Runs effects as the runtime would and returns the messages they come back with.
    private func run(_ effects: [Effect<ConsoleMessage>]) async -> [ConsoleMessage] {
        var messages: [ConsoleMessage] = []
        for effect in effects {
            switch effect.kind {
            case .task(_, let work): if let message = await work() { messages.append(message) }
            case .send(let message): messages.append(message)
            default: break
            }
        }
        return messages
    }

    private func deliver(_ messages: [ConsoleMessage]) {
        for message in messages { _ = program.update(&state, message) }
    }

    private func drawn() -> [String] {
        var frame = Frame(width: 120, height: 30)
        program.view(state, into: &frame)
        return frame.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Opens a case over the queue as `:open` does, and lets it load.
    private func openCase(_ ref: String) async {
        deliver(await run(program.update(&state, .input(.character(":")))))
        for c in "open \(ref)" { _ = program.update(&state, .input(.character(c))) }
        deliver(await run(program.update(&state, .input(.enter))))
    }

    func testAPromptOverACaseOverTheQueueTakesTheKeysAndEscPopsExactlyOne() async throws {
        deliver(await run(program.update(&state, .start)))
        await openCase("CL-2026-000004")
        XCTAssertEqual(state.layers.count, 2, "the case over the queue")
        XCTAssertEqual(state.caseScreen?.ref, "CL-2026-000004")
        XCTAssertNotNil(state.caseScreen?.model)

        guard case .action(.caseScreen(.reveal))? = program.message(for: .character("v"), in: state) else { return XCTFail("v reveals") }
        _ = program.update(&state, .action(.caseScreen(.reveal)))
        XCTAssertTrue(state.layers.top is RevealLayer)
        // The prompt reads raw keys: j is typed into the reason, not a scroll of the case.
        guard case .input(.character("j"))? = program.message(for: .character("j"), in: state) else { return XCTFail("the prompt takes j") }
        let focus = state.caseScreen?.focus
        _ = program.update(&state, .input(.character("j")))
        XCTAssertEqual((state.layers.top as? RevealLayer)?.input.text, "j")
        XCTAssertEqual(state.caseScreen?.focus, focus)
        let rows = drawn()
        XCTAssertTrue(rows[29].hasPrefix(RevealLayer.question + "j"), "the prompt is drawn last, on the footer row: \(rows[29])")
        XCTAssertTrue(rows.joined().contains("CL-2026-000004"), "the case is drawn under it")
        XCTAssertFalse(rows[0].contains("My work"), "the queue under the case is not drawn")

        _ = program.update(&state, .input(.escape))
        XCTAssertEqual(state.layers.count, 2, "Esc took the prompt away and nothing else")
        XCTAssertEqual(state.caseScreen?.ref, "CL-2026-000004")
        let back = program.update(&state, .action(.caseScreen(.back)))
        XCTAssertEqual(state.layers.count, 1)
        XCTAssertTrue(state.isOnQueue)
        XCTAssertFalse(back.isEmpty, "the queue beneath looks again")
    }

    func testAnAnswerReachesItsLayerUnderAnotherAndIsDroppedOnceItHasGone() async throws {
        deliver(await run(program.update(&state, .start)))
        await openCase("CL-2026-000004")
        let caseID = try XCTUnwrap(state.layers.ids.last)

        // A reload asked for, then help opened over the case: the answer still finds the case.
        let reload = await run(program.update(&state, .action(.caseScreen(.refresh))))
        XCTAssertEqual(state.caseScreen?.isLoading, true)
        _ = program.update(&state, .action(.general(.help)))
        XCTAssertNotNil(state.help)
        guard case .layerAnswer(caseID, _)? = reload.first else { return XCTFail("the load is addressed to the case layer") }
        deliver(reload)
        XCTAssertEqual(state.caseScreen?.isLoading, false, "the case under help took its answer")
        XCTAssertNotNil(state.help, "help is still in front")

        // Another reload, then the case is left before it answers: the answer is dropped.
        _ = program.update(&state, .input(.escape))
        let late = await run(program.update(&state, .action(.caseScreen(.refresh))))
        _ = program.update(&state, .action(.caseScreen(.back)))
        XCTAssertTrue(state.isOnQueue)
        let before = state.layers.ids
        let status = state.status
        XCTAssertTrue(late.allSatisfy { program.update(&state, $0).isEmpty }, "nothing is asked for a case that has gone")
        XCTAssertEqual(state.layers.ids, before)
        XCTAssertEqual(state.status, status)
        XCTAssertNil(state.caseScreen)
    }

    /// The dashboard is a layer over the screen it was opened from; a drill-down is a queue
    /// pushed over it; q from each goes back exactly one screen.
    func testADrillDownIsAQueueOverTheDashboardOverTheQueue() async throws {
        deliver(await run(program.update(&state, .start)))
        deliver(await run(program.update(&state, .action(.general(.dashboard)))))
        XCTAssertTrue(state.isOnDashboard)
        XCTAssertNotNil(state.dashboard?.report)
        _ = program.update(&state, .action(.dashboard(.nextRow)))
        let selection = state.dashboard?.selection
        guard case .action(.dashboard(.open))? = program.message(for: .enter, in: state) else {
            return XCTFail("Enter drills down on \(String(describing: selection))")
        }
        deliver(await run(program.update(&state, .action(.dashboard(.open)))))
        XCTAssertEqual(state.layers.count, 3)
        XCTAssertTrue(state.isOnQueue)
        XCTAssertNotNil(state.queue.spec.drill)
        deliver(await run(program.update(&state, .action(.queue(.back)))))
        XCTAssertTrue(state.isOnDashboard)
        XCTAssertEqual(state.dashboard?.selection, selection, "the selection as it was")
        deliver(await run(program.update(&state, .action(.dashboard(.back)))))
        XCTAssertEqual(state.layers.count, 1)
        XCTAssertNil(state.queue.spec.drill, "the first queue, as it was")
    }

    /// `d` from a case opened out of a drill-down brings the open dashboard forward: what was
    /// above it goes, nothing else; a case opened with the dashboard in front takes its place.
    func testDBringsTheOpenDashboardForwardAndACaseTakesItsPlace() async throws {
        deliver(await run(program.update(&state, .start)))
        deliver(await run(program.update(&state, .action(.general(.dashboard)))))
        _ = program.update(&state, .action(.dashboard(.nextRow)))
        deliver(await run(program.update(&state, .action(.dashboard(.open)))))
        XCTAssertNotNil(state.queue.spec.drill)
        await openCase("CL-2026-000004")
        XCTAssertEqual(state.layers.count, 4, "queue, dashboard, drill-down, case")
        XCTAssertNotNil(state.caseScreen)
        let dashboard = try XCTUnwrap(state.layers.lastID { $0 is DashboardLayer })
        let reread = program.update(&state, .action(.general(.dashboard)))
        XCTAssertEqual(state.layers.ids.last, dashboard, "the same dashboard, in front")
        XCTAssertEqual(state.layers.count, 2)
        XCTAssertFalse(reread.isEmpty, "it reads its figures again")

        await openCase("CL-2026-000004")
        XCTAssertEqual(state.layers.count, 2, "the case took the dashboard's place")
        XCTAssertEqual(state.caseScreen?.ref, "CL-2026-000004")
        XCTAssertNil(state.dashboard)
    }
}
