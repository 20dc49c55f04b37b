import DocketEngine
import Foundation
import XCTest
@testable import DocketConsole

/// Moving over the dashboard and what each figure opens: the queue whose count is the figure.
final class DashboardDrillDownTests: ConsoleTestCase {
    func testSelectionMovesAndStopsAtTheEnds() {
        let report = DashboardFixture.report()
        var s = DashboardSelection.initial(for: report, departments: ["MED", "VET"])
        XCTAssertEqual(s, DashboardSelection(row: 1, figure: .overdue), "a supervisor starts on the first of their departments")
        XCTAssertEqual(DashboardSelection.initial(for: report, departments: []).row, 0)
        s.moveRow(by: -5, in: report)
        XCTAssertEqual(s.row, 0)
        s.moveRow(by: 99, in: report)
        XCTAssertEqual(s.row, 4, "the total row is last")
        XCTAssertNil(s.department(in: report))
        XCTAssertEqual(s.label(in: report), "agency")
        XCTAssertEqual(s.figures(in: report), report.total)
        s.moveFigure(by: -9)
        XCTAssertEqual(s.figure, .open)
        s.moveFigure(by: 2)
        XCTAssertEqual(s.figure, .onHold)
        s.moveFigure(by: 99)
        XCTAssertEqual(s.figure, .referrals)
    }

    func testEachFigureDescribesItsQueue() {
        let report = DashboardFixture.report()
        var d = DashboardDrillDown(report: report, selection: DashboardSelection(row: 1, figure: .overdue))
        XCTAssertEqual(d.title, "37 overdue cases in VET")
        XCTAssertEqual(d.count, 37)
        var q = CaseQuery()
        q.department = "VET"
        q.overdue = true
        XCTAssertEqual(d.query, q)
        XCTAssertEqual(d.hint(), "Enter: open the 37 overdue cases in VET")

        d = DashboardDrillDown(report: report, selection: DashboardSelection(row: 3, figure: .open))
        XCTAssertEqual(d.title, "1,234,567 open cases in BEN")
        d = DashboardDrillDown(report: report, selection: DashboardSelection(row: 4, figure: .unassigned))
        XCTAssertEqual(d.title, "1,000,220 unassigned cases in the agency")
        XCTAssertNil(d.query?.department)
        XCTAssertEqual(d.query?.unassigned, true)
        d = DashboardDrillDown(report: report, selection: DashboardSelection(row: 2, figure: .referrals))
        XCTAssertEqual(d.query?.referrals, true)
        XCTAssertEqual(d.query?.department, "MED")
        d = DashboardDrillDown(report: report, selection: DashboardSelection(row: 1, figure: .dueSoon))
        XCTAssertNil(d.query)
        XCTAssertEqual(d.hint(), "5 due soon cases in VET: no queue lists these yet")
        d = DashboardDrillDown(report: report, selection: DashboardSelection(row: 0, figure: .onHold))
        XCTAssertEqual(d.title, "0 on hold cases in INTAKE")
        XCTAssertEqual(DashboardView(report: report, selection: DashboardSelection(row: 1)).drillDown.count, 37)
    }

    /// On a generated database, every queue the dashboard opens holds exactly the figure's cases.
    func testEveryDrillDownCountEqualsItsFigure() throws {
        let dir = try temporaryDirectory()
        let engine = try Engine.createDemo(path: dir.appendingPathComponent("d.db").path, cases: 700, seed: 8, force: false,
                                           creator: "tester", clock: .fixed(DashboardFixture.asOf))
        // The figures are aggregate; the cases behind them are opened by someone who may see them all.
        let admin = try engine.staffMember(login: "tester")
        let report = try engine.backlogReport(as: admin)
        var opened = 0
        for row in 0...report.departments.count {
            for figure in BacklogFigure.allCases {
                let drill = DashboardDrillDown(report: report, selection: DashboardSelection(row: row, figure: figure))
                guard let query = drill.query else { continue }
                XCTAssertEqual(try engine.countCases(query, cap: 1_000_000, as: admin), drill.count, drill.title)
                var page = query
                page.limit = 1_000
                XCTAssertEqual(try engine.listCases(page, as: admin).count, min(1_000, drill.count), drill.title)
                opened += 1
            }
        }
        XCTAssertGreaterThan(opened, 40)
        // A supervisor sees every department's figures but opens only her own departments' cases.
        let priya = try engine.staffMember(login: "priya.shah")
        XCTAssertEqual(try engine.backlogReport(as: priya).departments.count, report.departments.count)
        let intake = DashboardDrillDown(report: report, selection: DashboardSelection(row: 0, figure: .open))
        XCTAssertThrowsError(try engine.listCases(intake.query!, as: priya))
    }
}
