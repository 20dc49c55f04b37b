import DocketEngine
@testable import DocketConsole
import Foundation
import XCTest

/// The dashboard's age buckets as queues (keys 1…5, then Enter) and moving one person's tasks
/// to colleagues from the workload (p, pick, preview, confirm).
final class DashboardAgeAndReassignTests: ConsoleTestCase {
    /// On a generated database, each age bucket's queue holds exactly the cases the bucket counts.
    func testEveryAgeBucketDrillDownCountEqualsTheBucket() throws {
        let dir = try temporaryDirectory()
        let engine = try Engine.createDemo(path: dir.appendingPathComponent("d.db").path, cases: 700, seed: 8, force: false,
                                           creator: "tester", clock: .fixed(DashboardFixture.asOf))
        let admin = try engine.staffMember(login: "tester")
        let report = try engine.backlogReport(as: admin)
        var nonEmpty = 0
        for row in 0...report.departments.count {
            var selection = DashboardSelection(row: row)
            let buckets = selection.figures(in: report).ageBuckets
            XCTAssertEqual(buckets.count, 5)
            var sum = 0
            for i in buckets.indices {
                selection.selectAgeBucket(i, in: report)
                let drill = DashboardDrillDown(report: report, selection: selection)
                XCTAssertEqual(drill.count, buckets[i].count)
                let query = try XCTUnwrap(drill.query)
                XCTAssertEqual(try engine.countCases(query, cap: 1_000_000, as: admin), buckets[i].count, drill.title)
                sum += buckets[i].count
                if buckets[i].count > 0 { nonEmpty += 1 }
                selection.selectAgeBucket(i, in: report)
                XCTAssertNil(selection.ageBucket, "the same key again goes back to the figure")
            }
            XCTAssertEqual(sum, selection.figures(in: report).open)
        }
        XCTAssertGreaterThan(nonEmpty, 10)
    }

    func testAgeBucketRangesFollowOpeningDays() {
        let today = Day(iso: "2026-11-18")!
        let buckets = AgeBucket.ranges(threshold: 125)
        XCTAssertEqual(buckets[0].openedRange(today: today), (today.unixSeconds - 30 * 86400)...Int64.max)
        XCTAssertEqual(buckets[1].openedRange(today: today), (today.unixSeconds - 60 * 86400)...(today.unixSeconds - 31 * 86400 + 86399))
        XCTAssertEqual(buckets[4].openedRange(today: today), Int64.min...(today.unixSeconds - 126 * 86400 + 86399))
        let d = DashboardDrillDown(report: DashboardFixture.report(), selection: DashboardSelection(row: 1, ageBucket: 4))
        XCTAssertEqual(d.count, 83)
        XCTAssertEqual(d.title, "83 open cases older than 125 days in VET")
        XCTAssertEqual(d.hint(), "Enter: open the 83 open cases older than 125 days in VET")
    }

    func testKeysSelectABucketAndEnterOpensItsQueue() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: "d 1")
        let runtime = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        XCTAssertEqual(runtime.state.dashboard?.selection.ageBucket, 0)
        let expected = try XCTUnwrap(runtime.state.dashboard?.view?.drillDown)
        XCTAssertNotNil(expected.query?.openedBetween)
        terminal.enqueue(names: "Enter")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertEqual(runtime.state.queue.spec.drill?.query, expected.query)
        XCTAssertEqual(runtime.state.queue.spec.drill?.count, expected.count)
    }

    func testReassignPreviewsThenMovesThePersonsTasks() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
        let priya = try engine.staffMember(login: "priya")
        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: "d p")
        let runtime = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        let reassign = try XCTUnwrap(runtime.state.reassign)
        let index = try XCTUnwrap(reassign.people.firstIndex { $0.login == "marcus" }, "marcus is in VET's workload")
        XCTAssertTrue(terminal.text.contains("Reassign whose work in VET?"), terminal.text)
        var marcus = CaseQuery()
        marcus.assignee = "marcus"
        let before = try engine.countCases(marcus, as: priya)
        XCTAssertGreaterThan(before, 0)

        terminal.enqueue(names: Array(repeating: "j", count: index).joined(separator: " ") + (index > 0 ? " " : "") + "Enter")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        guard case .confirming(let login, let steps, _)? = runtime.state.reassign?.stage else {
            return XCTFail("the preview is shown: \(terminal.text)")
        }
        XCTAssertEqual(login, "marcus")
        XCTAssertFalse(steps.isEmpty)
        XCTAssertTrue(terminal.text.contains("Reassign marcus — preview"), terminal.text)
        XCTAssertEqual(try engine.countCases(marcus, as: priya), before, "nothing is written by the preview")
        let open = try engine.reassign(from: "marcus", preview: true, as: priya)
        XCTAssertEqual(open, steps, "the preview is the engine's plan")

        terminal.enqueue(names: "y")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertNil(runtime.state.reassign)
        XCTAssertTrue(runtime.state.status?.text.hasPrefix("Moved \(steps.count) task") ?? false, runtime.state.status?.text ?? "")
        XCTAssertEqual(try engine.countCases(marcus, as: priya), 0)
        XCTAssertEqual(try engine.reassign(from: "marcus", preview: true, as: priya), [], "marcus has no open tasks left")
        for step in steps where !step.isReferral {
            XCTAssertEqual(try engine.caseSummary(ref: step.ref, as: priya).assignee, step.to)
        }

        // Esc drops the picker without asking the engine.
        terminal.enqueue(names: "p Esc")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertNil(runtime.state.reassign)
        XCTAssertEqual(runtime.state.status?.text, "Reassign cancelled")
    }
}
