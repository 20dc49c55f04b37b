@testable import DocketConsole
@testable import DocketEngine
import XCTest

/// The dashboard's one preview → confirm flow, as `update` sees it: message in, state out.
final class WorkMoveTests: ConsoleTestCase {
    private func dashboardState() throws -> (ConsoleProgram, ConsoleState) {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        let (program, state) = try ConsoleFixtures.console(path: path, login: "priya", terminal: terminal)
        var s = state
        s.dashboard = DashboardScreenState(beneath: (queue: s.queue, cases: []))
        s.dashboard?.isLoading = false
        return (program, s)
    }

    private func step(_ ref: String, to: String) -> Engine.RebalanceStep {
        Engine.RebalanceStep(ref: ref, taskId: 1, ageDays: 3, to: to, loadBefore: 0)
    }

    func testAPreviewIsShownThenYesRunsItAndNoDropsIt() throws {
        var (program, state) = try dashboardState()
        var move = DashboardRebalance(department: "VET", plan: RebalancePlan(unassigned: 5), stage: .previewing(2))
        let generation = move.generation.advance()
        state.dashboard?.rebalance = move
        _ = program.update(&state, .rebalanceAnswered(generation, preview: true, .success([step("CL-1", to: "marcus")])))
        guard case .confirming(let count, let steps, 0)? = state.dashboard?.rebalance?.stage else {
            return XCTFail("the plan is shown")
        }
        XCTAssertEqual(count, 2)
        XCTAssertEqual(steps.map(\.ref), ["CL-1"])
        let overlay = try XCTUnwrap(state.dashboard?.rebalance?.overlay(keymaps: state.keymaps))
        XCTAssertTrue(overlay.lines.contains("Only 1 unassigned case in VET."), "\(overlay.lines)")
        XCTAssertEqual(overlay.footer, "y Yes   n No   j/k scroll")

        _ = program.update(&state, .input(.character("n")))
        XCTAssertNil(state.dashboard?.rebalance)
        XCTAssertEqual(state.status?.text, "Rebalance cancelled; nothing was assigned")
    }

    func testALateAnswerForAMoveGivenUpOnIsDropped() throws {
        var (program, state) = try dashboardState()
        var move = DashboardReassign(department: "VET", plan: ReassignPlan(people: [("marcus", 2)]), stage: .previewing("marcus"))
        let old = move.generation.advance()
        _ = move.generation.advance()
        state.dashboard?.reassign = move
        let effects = program.update(&state, .reassignAnswered(old, preview: true, .success([])))
        XCTAssertTrue(effects.isEmpty)
        guard case .previewing("marcus")? = state.dashboard?.reassign?.stage else {
            return XCTFail("an old answer changes nothing")
        }
        XCTAssertNil(state.status)
    }

    func testAnEmptyPlanSaysThereIsNothingToMove() throws {
        var (program, state) = try dashboardState()
        var move = DashboardReassign(department: "VET", plan: ReassignPlan(people: [("marcus", 0)]), stage: .previewing("marcus"))
        let generation = move.generation.advance()
        state.dashboard?.reassign = move
        _ = program.update(&state, .reassignAnswered(generation, preview: true, .success([])))
        XCTAssertNil(state.dashboard?.reassign)
        XCTAssertEqual(state.status?.text, "marcus has no open tasks; nothing to move")
    }
}
