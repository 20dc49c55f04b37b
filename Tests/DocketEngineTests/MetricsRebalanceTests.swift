import Foundation
import XCTest
@testable import DocketEngine

/// Rebalancing: a department's oldest unassigned cases go to its caseworkers, lightest load first.
final class MetricsRebalanceTests: XCTestCase {
    func testPreviewThenMoveTheOldestUnassignedToTheLightestLoads() throws {
        let w = try MetricsCounterTests.World(cases: 900, seed: 21)
        let before = try XCTUnwrap(try w.report().department("VET")).figures
        var unassigned = CaseQuery()
        unassigned.department = "VET"
        unassigned.unassigned = true
        unassigned.limit = 7
        let oldest = try w.engine.listCases(unassigned, as: w.priya).map(\.ref)
        let events = try w.engine.store.count(.event)

        let preview = try w.engine.rebalance(department: "vet", oldestUnassigned: 7, preview: true, as: w.priya)
        XCTAssertEqual(preview.map(\.ref), oldest, "the oldest first")
        XCTAssertEqual(try w.engine.store.count(.event), events, "a preview writes nothing")
        XCTAssertEqual(try w.report().department("VET")?.figures, before)

        // Each pick is whoever is lightest at that moment, counting the picks before it.
        var loads = try w.engine.store.openTaskLoads()
        let workers = ["aisha.bello", "marcus.reyes", "tomasz.nowak"]
        for step in preview {
            let lightest = workers.min { (loads[$0, default: 0], $0) < (loads[$1, default: 0], $1) }!
            XCTAssertEqual(step.to, lightest, step.ref)
            XCTAssertEqual(step.loadBefore, loads[lightest, default: 0])
            loads[lightest, default: 0] += 1
        }
        XCTAssertFalse(preview.contains { $0.to == "priya.shah" }, "supervisors are not given the work")

        let done = try w.engine.rebalance(department: "VET", oldestUnassigned: 7, preview: false, as: w.priya)
        XCTAssertEqual(done, preview)
        for step in done {
            let c = try XCTUnwrap(try w.engine.store.caseSummary(ref: step.ref))
            XCTAssertEqual(c.assignee, step.to)
            let last = try XCTUnwrap(try w.engine.store.events(caseId: c.id).last)
            XCTAssertEqual(last.kind, "assigned")
            XCTAssertEqual(last.actor, "priya.shah")
            XCTAssertTrue(last.reason?.contains("rebalanced") == true)
        }
        let after = try XCTUnwrap(try w.report().department("VET")).figures
        XCTAssertEqual(after.unassigned, before.unassigned - 7)
        XCTAssertEqual(after.workload.reduce(0) { $0 + $1.activeTasks }, before.workload.reduce(0) { $0 + $1.activeTasks } + 7)
        try w.check("after rebalancing")
    }

    func testRebalanceIsForTheDepartmentsSupervisors() throws {
        let w = try MetricsCounterTests.World(cases: 100)
        expectRefusal("refused", try w.engine.rebalance(department: "VET", oldestUnassigned: 3, preview: true, as: w.marcus))
        let m = expectRefusal("refused", try w.engine.rebalance(department: "TAX", oldestUnassigned: 3, preview: true, as: w.priya))
        XCTAssertTrue(m.contains("TAX"), m)
        expectRefusal("usage", try w.engine.rebalance(department: "NOPE", oldestUnassigned: 3, preview: true, as: w.priya))
        expectRefusal("usage", try w.engine.rebalance(department: "VET", oldestUnassigned: 0, preview: true, as: w.priya))
        let none = expectRefusal("refused", try w.engine.rebalance(department: "INTAKE", oldestUnassigned: 5, preview: false, as: w.admin))
        XCTAssertTrue(none.contains("no active caseworkers"), none)
    }
}
