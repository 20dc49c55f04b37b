@testable import DocketConsole
@testable import DocketEngine
import XCTest

/// The dashboard's one preview → confirm layer, as `update` sees it: message in, state out.
final class WorkMoveTests: ConsoleTestCase {
    private func dashboardState() throws -> (ConsoleProgram, ConsoleState) {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        let (program, state) = try ConsoleFixtures.console(path: path, login: "priya", terminal: terminal)
        var s = state
        // The dashboard is pushed as the root pushes it; its first read is not run here.
        s.layers.push(DashboardLayer(), context: program.layerContext(s))
        s.layers.modify(DashboardLayer.self, at: s.layers.count - 1) { $0.dashboard.isLoading = false }
        return (program, s)
    }

    private func step(_ ref: String, to: String) -> Engine.RebalanceStep {
        Engine.RebalanceStep(ref: ref, taskId: 1, ageDays: 3, to: to, loadBefore: 0)
    }

    func testAPreviewIsShownThenNoDropsIt() throws {
        var (program, state) = try dashboardState()
        let move = DashboardRebalance(department: "VET", plan: RebalancePlan(unassigned: 5), stage: .previewing(2))
        let id = state.layers.push(move, context: program.layerContext(state)).id
        _ = program.update(&state, .layerAnswer(id, DashboardRebalance.Answer(preview: true, result: .success([step("CL-1", to: "marcus")]))))
        guard case .confirming(let count, let steps, 0)? = state.rebalance?.stage else {
            return XCTFail("the plan is shown")
        }
        XCTAssertEqual(count, 2)
        XCTAssertEqual(steps.map(\.ref), ["CL-1"])
        var frame = Frame(width: 100, height: 30)
        state.layers.view(into: &frame, keymaps: state.keymaps)
        XCTAssertTrue(frame.text.contains("Only 1 unassigned case in VET."), frame.text)
        XCTAssertTrue(frame.text.contains("y Yes   n No   j/k scroll"), frame.text)

        _ = program.update(&state, .input(.character("n")))
        XCTAssertNil(state.rebalance)
        XCTAssertEqual(state.status?.text, "Rebalance cancelled; nothing was assigned")
    }

    func testAnAnswerForAMoveGivenUpOnIsDropped() throws {
        var (program, state) = try dashboardState()
        let move = DashboardReassign(department: "VET", plan: ReassignPlan(people: [("marcus", 2)]), stage: .choosing(0))
        let id = state.layers.push(move, context: program.layerContext(state)).id
        _ = program.update(&state, .input(.enter))
        guard case .previewing("marcus")? = state.reassign?.stage else { return XCTFail("the engine is asked") }
        _ = program.update(&state, .input(.escape))
        XCTAssertNotNil(state.reassign, "keys wait while the engine plans")
        // Given up on: the layer goes; its late answer finds nobody.
        state.layers.popTop()
        let effects = program.update(&state, .layerAnswer(id, DashboardReassign.Answer(preview: true, result: .success([]))))
        XCTAssertTrue(effects.isEmpty)
        XCTAssertNil(state.reassign)
        XCTAssertNil(state.status)
    }

    func testAnEmptyPlanSaysThereIsNothingToMoveAndPlaysTheKeysThatWaited() throws {
        var (program, state) = try dashboardState()
        let move = DashboardReassign(department: "VET", plan: ReassignPlan(people: [("marcus", 0)]), stage: .previewing("marcus"))
        let id = state.layers.push(move, context: program.layerContext(state)).id
        _ = program.update(&state, .input(.character("?")))
        _ = program.update(&state, .layerAnswer(id, DashboardReassign.Answer(preview: true, result: .success([]))))
        XCTAssertNil(state.reassign)
        XCTAssertEqual(state.status?.text, "marcus has no open tasks; nothing to move")
        XCTAssertNotNil(state.help, "the ? typed while waiting was played afterwards")
    }
}
