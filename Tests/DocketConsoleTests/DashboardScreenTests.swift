import DocketEngine
@testable import DocketConsole
import Foundation
import XCTest

/// The dashboard inside the console: opened with d, driven by keys over the VirtualTerminal,
/// drilled into, rebalanced, and refused to those it is not for.
final class DashboardScreenTests: ConsoleTestCase {
    func testNoKeyIsBoundTwiceOnAnyScreen() {
        XCTAssertEqual(ConsoleKeymaps.standard.all.flatMap { $0.conflicts() }, [])
        XCTAssertEqual(ConsoleKeymaps.standard.queue.action(for: .character("d")), .general(.dashboard))
        XCTAssertEqual(ConsoleKeymaps.standard.queue.action(for: .character("t")), .queue(.department))
        XCTAssertEqual(ConsoleKeymaps.standard.caseScreen.action(for: .character("d")), .general(.dashboard))
        // Every dashboard action has a key on the dashboard, and the keys people are told about do what they say.
        let dashboard = ConsoleKeymaps.standard.dashboard
        for action in DashboardAction.allCases {
            XCTAssertFalse(dashboard.binding(forAction: .dashboard(action))?.keys.isEmpty ?? true, action.rawValue)
        }
        let expected: [(Key, DashboardAction)] = [
            (.character("j"), .nextRow), (.down, .nextRow), (.character("k"), .previousRow), (.character("l"), .nextFigure),
            (.character("h"), .previousFigure), (.enter, .open), (.character("b"), .rebalance), (.character("p"), .reassign),
            (.character("r"), .refresh), (.ctrl("r"), .refresh), (.character("q"), .back), (.escape, .back),
            (.character("1"), .ageBucket1), (.character("5"), .ageBucket5),
        ]
        for (key, action) in expected {
            XCTAssertEqual(dashboard.action(for: key), .dashboard(action), key.name)
        }
        XCTAssertNil(dashboard.action(for: .character("d")), "d is the dashboard itself")
    }

    func testACaseworkerPressingDIsRefusedWithTheEnginesMessage() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: "d")
        let runtime = try ConsoleFixtures.run(path: path, login: "marcus", terminal: terminal)
        XCTAssertEqual(runtime.state.status?.text, "the backlog report is for supervisors, admins and auditors; marcus is a caseworker")
        XCTAssertNil(runtime.state.dashboard)
        XCTAssertTrue(runtime.state.isOnQueue)
        XCTAssertTrue(terminal.text.contains("the backlog report is for supervisors"), terminal.text)
    }

    func testCommandLineOpensTheDashboardAndQGoesBackToTheQueue() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: ":")
        terminal.type("dash")
        terminal.enqueue(names: "Enter")
        let runtime = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        XCTAssertTrue(runtime.state.isOnDashboard)
        XCTAssertNotNil(runtime.state.dashboard?.report)
        XCTAssertTrue(terminal.text.contains("priya · dashboard"), terminal.text)
        terminal.enqueue(names: "q")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertNil(runtime.state.dashboard)
        XCTAssertTrue(runtime.state.isOnQueue)
        XCTAssertTrue(terminal.text.contains("[Unassigned 5]"), terminal.text)
    }

    /// An answer to an older read of the report is dropped; the latest is kept.
    func testAStaleReportIsDropped() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        let (program, initial) = try ConsoleFixtures.console(path: path, login: "priya", terminal: terminal)
        var state = initial
        _ = program.update(&state, .action(.general(.dashboard)))
        _ = program.update(&state, .action(.dashboard(.refresh)))
        let report = DashboardFixture.report()
        _ = program.update(&state, state.answer(.dashboardLoaded(Generation(1), .success(report)), for: DashboardLayer.self))
        XCTAssertNil(state.dashboard?.report, "the first read was overtaken by the refresh")
        _ = program.update(&state, state.answer(.dashboardLoaded(Generation(2), .success(report)), for: DashboardLayer.self))
        XCTAssertEqual(state.dashboard?.report, report)
        XCTAssertEqual(state.dashboard?.selection, DashboardSelection(row: 1, figure: .overdue), "priya starts on VET")
        // A refresh every minute on the tick, the selection kept.
        _ = program.update(&state, .action(.dashboard(.nextFigure)))
        for _ in 0..<DashboardScreenState.refreshTicks { _ = program.update(&state, .tick(atMs: 0)) }
        XCTAssertEqual(state.dashboard?.isLoading, true)
        XCTAssertEqual(state.dashboard?.generation, Generation(3))
        _ = program.update(&state, state.answer(.dashboardLoaded(Generation(3), .success(report)), for: DashboardLayer.self))
        XCTAssertEqual(state.dashboard?.selection, DashboardSelection(row: 1, figure: .dueSoon))
    }

    /// d → move → Enter: the drilled queue holds exactly the figure's cases; q comes back
    /// to the dashboard with the selection where it was.
    func testDrillDownOpensTheFiguresQueueAndBackKeepsTheSelection() throws {
        let dir = try temporaryDirectory()
        let path = dir.appendingPathComponent("demo.db").path
        let engine = try Engine.createDemo(path: path, cases: 700, seed: 8, force: false, creator: "tester",
                                           clock: .fixed(ConsoleFixtures.now))
        let admin = try engine.staffMember(login: "tester")
        let report = try engine.backlogReport(as: admin)
        let expected = DashboardSelection(row: 1, figure: .onHold)
        let drill = DashboardDrillDown(report: report, selection: expected)
        XCTAssertGreaterThan(drill.count, 0)
        XCTAssertLessThanOrEqual(drill.count, QueueWindow.pageSize, "the whole queue fits in one page")

        let terminal = VirtualTerminal(width: 132, height: 40)
        terminal.enqueue(names: "d j h Enter")
        let runtime = try ConsoleFixtures.run(path: path, login: "tester", terminal: terminal)
        XCTAssertFalse(runtime.state.isOnDashboard)
        XCTAssertEqual(runtime.state.queue.spec.drill?.title, drill.title)
        XCTAssertEqual(runtime.state.queue.spec.drill?.query, drill.query)
        XCTAssertEqual(runtime.state.queue.window.rows.count, drill.count, "the queue lists exactly the figure's cases")
        XCTAssertEqual(runtime.state.queue.counts[runtime.state.queue.spec.tab], drill.count)
        XCTAssertTrue(runtime.state.queue.window.rows.allSatisfy { $0.summary.department == drill.department })
        XCTAssertTrue(terminal.text.contains("Dashboard › \(drill.title)"), terminal.text)
        XCTAssertTrue(terminal.text.contains("1/\(drill.count)"), terminal.text)

        terminal.enqueue(names: "q")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertTrue(runtime.state.isOnDashboard)
        XCTAssertEqual(runtime.state.dashboard?.selection, expected)
        XCTAssertTrue(terminal.text.contains(drill.hint()), terminal.text)

        // Esc on the dashboard goes back to the queue it was opened from.
        terminal.enqueue(names: "Esc")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertNil(runtime.state.dashboard)
        XCTAssertNil(runtime.state.queue.spec.drill)
    }

    func testRebalancePreviewsThenAssignsOnConfirmation() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: "d b 2 Enter")
        let runtime = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        guard case .confirming(let count, let steps, _)? = runtime.state.rebalance?.stage else {
            return XCTFail("the preview is shown: \(terminal.text)")
        }
        XCTAssertEqual(count, 2)
        XCTAssertEqual(steps.map(\.to), ["marcus", "marcus"], "VET's only caseworker")
        XCTAssertTrue(terminal.text.contains("Rebalance VET — preview"), terminal.text)
        XCTAssertTrue(terminal.text.contains("\(steps[0].ref)"), terminal.text)
        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
        let priya = try engine.staffMember(login: "priya")
        var mine = CaseQuery()
        mine.assignee = "marcus"
        XCTAssertEqual(try engine.countCases(mine, as: priya), 1, "nothing is written by the preview")

        terminal.enqueue(names: "y")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertNil(runtime.state.rebalance)
        XCTAssertEqual(runtime.state.status?.text, "Assigned 2 cases of VET: marcus 2")
        XCTAssertEqual(try engine.countCases(mine, as: priya), 3)
        for step in steps {
            XCTAssertEqual(try engine.caseSummary(ref: step.ref, as: priya).assignee, "marcus")
        }
        XCTAssertEqual(runtime.state.dashboard?.report?.departments[1].figures.unassigned, 3, "the figures were read again (5 unassigned before)")

        // n drops a preview; a refusal is shown plainly.
        terminal.enqueue(names: "b 1 Enter n")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertNil(runtime.state.rebalance)
        XCTAssertEqual(runtime.state.status?.text, "Rebalance cancelled; nothing was assigned")
        XCTAssertEqual(try engine.countCases(mine, as: priya), 3)
        terminal.enqueue(names: "j b 1 Enter")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertEqual(runtime.state.dashboard?.selection.row, 2)
        XCTAssertTrue(runtime.state.status?.text.contains("MED") ?? false, runtime.state.status?.text ?? "")
    }

    func testHelpAndFooterShowTheDashboardsKeys() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 40)
        terminal.enqueue(names: "d ?")
        let runtime = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        XCTAssertEqual(runtime.state.help?.title, "Keys — Dashboard")
        let help = runtime.state.help?.lines.joined(separator: "\n") ?? ""
        for binding in DashboardBindings.all { XCTAssertTrue(help.contains(binding.help), binding.action.id) }
        terminal.enqueue(names: "Esc")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        let footer = terminal.text.components(separatedBy: "\n").last ?? ""
        XCTAssertTrue(footer.contains("Open") && footer.contains("Rebalance") && footer.contains("Back"), footer)
    }
}

extension DashboardScreenTests {
    private func dashboardScreen(_ width: Int, _ height: Int) throws -> String {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: width, height: height)
        terminal.enqueue(names: "d")
        try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        if let file = ProcessInfo.processInfo.environment["DOCKET_PRINT_SNAPSHOTS"],
           let handle = FileHandle(forWritingAtPath: file) {
            handle.seekToEndOfFile()
            handle.write(Data("--- \(width)×\(height)\n\(terminal.text)\n---\n".utf8))
            handle.closeFile()
        }
        return terminal.text
    }

    func testDashboardSnapshotAt80x24() throws {
        let text = try dashboardScreen(80, 24)
        XCTAssertEqual(text, Self.snapshot80x24)
    }

    func testDashboardSnapshotAt160x48() throws {
        let text = try dashboardScreen(160, 48)
        XCTAssertEqual(text, Self.snapshot160x48)
    }
}
