import Foundation
import XCTest
@testable import DocketEngine

/// The backlog report on a generated database: every figure against the rows, the drill-down
/// queues, the JSON contract and who may read it.
final class MetricsReportTests: XCTestCase {
    func testEveryFigureMatchesTheRowsOnAGeneratedDatabase() throws {
        let dir = TempDir()
        let engine = try Fixtures.demo(dir, cases: 1500, seed: 3)
        let admin = try engine.staffMember(login: "tester")
        let report = try engine.backlogReport(week: true, as: admin)
        try MetricsBruteForce(engine: engine, now: Fixtures.now).assertMatches(report, "fresh demo")

        // The demo is a real backlog: the figures are not trivially zero.
        let t = report.total
        XCTAssertEqual(t.open, try engine.store.openCaseCount())
        XCTAssertGreaterThan(t.overdue, 0)
        XCTAssertGreaterThan(t.dueSoon, 0)
        XCTAssertGreaterThan(t.onHold, 0)
        XCTAssertGreaterThan(t.referralsOpen, 0)
        XCTAssertGreaterThan(t.overThreshold, 0)
        XCTAssertGreaterThan(t.decisions, 0)
        XCTAssertGreaterThan(t.weekly.reduce(0) { $0 + $1.intake }, 0)
        XCTAssertGreaterThan(t.weekly.reduce(0) { $0 + $1.routedIn }, 0, "state rules moved some demo cases")
        XCTAssertEqual(t.ageBuckets.reduce(0) { $0 + $1.count }, t.open)
        XCTAssertEqual(report.departments.reduce(0) { $0 + $1.figures.open }, t.open)
        XCTAssertEqual(t.weekly.map(\.weekStart.iso).first, "2026-08-31")
        XCTAssertEqual(t.weekly.map(\.weekStart.iso).last, "2026-11-16", "this week, Monday to today")
        let vet = try XCTUnwrap(report.department("VET"))
        XCTAssertTrue(vet.figures.workload.contains { $0.login == "marcus.reyes" })
        XCTAssertFalse(vet.figures.workload.contains { $0.login == "dr.lee" }, "MED's caseworker has no work in VET")
    }

    func testDrillDownQueuesCountExactlyTheFigure() throws {
        let dir = TempDir()
        let engine = try Fixtures.demo(dir, cases: 800, seed: 5)
        // Figures are agency-wide; the cases behind them are counted by someone who sees them all.
        let admin = try engine.staffMember(login: "robin.admin")
        let report = try engine.backlogReport(as: admin)
        var checked = 0
        let rows = report.departments.map { ($0.code as String?, $0.figures) } + [(nil, report.total)]
        for (code, figures) in rows {
            for figure in BacklogFigure.allCases {
                guard let query = figure.query(department: code, dueSoon: report.today...report.dueSoonThrough!) else { continue }
                let count = try engine.countCases(query, cap: 10_000_000, as: admin)
                XCTAssertEqual(count, figure.value(in: figures), "\(figure.title) in \(code ?? "the agency")")
                checked += 1
            }
        }
        XCTAssertEqual(checked, 12 * 5 + 11, "open, unassigned, on hold, overdue, due soon everywhere; referrals per department")
        var overdueVET = CaseQuery()
        overdueVET.department = "VET"
        overdueVET.overdue = true
        XCTAssertEqual(BacklogFigure.overdue.query(department: "VET"), overdueVET)
        XCTAssertNil(BacklogFigure.dueSoon.query(department: "VET"), "due soon needs the report's window")
        XCTAssertNotNil(BacklogFigure.dueSoon.query(department: "VET", dueSoon: Day(iso: "2026-11-18")!...Day(iso: "2026-11-25")!))
        XCTAssertNil(BacklogFigure.referrals.query(department: nil))
    }

    func testJSONFollowsTheContract() throws {
        let dir = TempDir()
        let engine = try Fixtures.demo(dir, cases: 300, seed: 2)
        let admin = try engine.staffMember(login: "tester")
        let plain = JSONText.encode(try engine.backlogReport(as: admin).json)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(plain.utf8)) as? [String: Any])
        XCTAssertEqual(object["as_of"] as? String, "2026-11-18T10:00:00Z")
        XCTAssertEqual(object["backlog_threshold_days"] as? Int, 125)
        let departments = try XCTUnwrap(object["departments"] as? [[String: Any]])
        XCTAssertEqual(departments.map { $0["code"] as? String }, engine.agency.departments.map(\.code))
        let contract = ["code", "name", "open", "unassigned", "on_hold", "overdue", "due_soon", "referrals_open", "age_buckets",
                        "median_age_days", "p90_age_days", "weekly", "projected_clear_days", "growing"]
        for d in departments {
            for key in contract { XCTAssertNotNil(d[key], "\(d["code"]!) has \(key)") }
            let buckets = try XCTUnwrap(d["age_buckets"] as? [[String: Any]])
            XCTAssertEqual(buckets.map { $0["label"] as? String }, ["0-30", "31-60", "61-90", "91-125", "over 125"])
            XCTAssertEqual(buckets.map { $0["from_days"] as? Int }, [0, 31, 61, 91, 126])
            XCTAssertTrue(buckets.last!["to_days"] is NSNull)
            XCTAssertEqual(buckets[3]["to_days"] as? Int, 125)
            let weekly = try XCTUnwrap(d["weekly"] as? [[String: Any]])
            XCTAssertEqual(weekly.count, 12)
            XCTAssertNotNil(weekly[0]["week"] as? String)
            XCTAssertNotNil(weekly[0]["intake"] as? Int)
            XCTAssertNotNil(weekly[0]["closed"] as? Int)
            if d["growing"] as? Bool == true { XCTAssertTrue(d["projected_clear_days"] is NSNull) }
            XCTAssertNil(d["this_week"], "only with --week")
        }
        let intake = try XCTUnwrap(departments.first)
        XCTAssertEqual(intake["open"] as? Int, 0, "an empty department is listed with zeros")
        XCTAssertTrue(intake["median_age_days"] is NSNull)
        XCTAssertEqual(intake["projected_clear_days"] as? Int, 0)
        let total = try XCTUnwrap(object["total"] as? [String: Any])
        for key in contract.dropFirst(2) { XCTAssertNotNil(total[key], "total has \(key)") }
        // The contract's keys come first, in its order.
        XCTAssertTrue(plain.contains("{\"code\":\"INTAKE\",\"name\":\"Intake & Triage\",\"open\":0,\"unassigned\":0,\"on_hold\":0,\"overdue\":0,\"due_soon\":0,\"referrals_open\":0,\"age_buckets\":[{\"label\":\"0-30\",\"from_days\":0,\"to_days\":30,\"count\":0}"), plain.prefix(600).description)
        XCTAssertTrue(plain.hasPrefix("{\"as_of\":\"2026-11-18T10:00:00Z\",\"backlog_threshold_days\":125,\"total\":{\"open\":"))

        let weekly = JSONText.encode(try engine.backlogReport(week: true, as: admin).json)
        let withWeek = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(weekly.utf8)) as? [String: Any])
        for d in try XCTUnwrap(withWeek["departments"] as? [[String: Any]]) {
            let week = try XCTUnwrap(d["this_week"] as? [String: Any], "\(d["code"]!)")
            XCTAssertEqual(week["week"] as? String, "2026-11-16")
            for key in ["intake", "closed", "routed_in", "routed_out", "reopened", "net"] { XCTAssertNotNil(week[key] as? Int, key) }
        }
    }

    func testAnEmptyAgencyListsEveryDepartmentWithZeros() throws {
        let dir = TempDir()
        let engine = try Engine.create(path: dir.file("empty.db"), agencySource: Fixtures.data(Fixtures.minimalAgency()),
                                       agencyFile: "t.json", creator: "boss", clock: Fixtures.clock)
        let report = try engine.backlogReport(as: try engine.staffMember(login: "boss"))
        XCTAssertEqual(report.departments.map(\.code), ["INTAKE", "VET", "MED"])
        for f in report.departments.map(\.figures) + [report.total] {
            XCTAssertEqual(f.open, 0)
            XCTAssertEqual(f.ageBuckets.map(\.count), [0, 0, 0, 0, 0])
            XCTAssertNil(f.medianAgeDays)
            XCTAssertNil(f.breachRate)
            XCTAssertNil(f.averageDaysToDecision)
            XCTAssertEqual(f.projection.projectedClearDays, 0)
            XCTAssertFalse(f.projection.growing)
            XCTAssertEqual(f.weekly.count, 12)
        }
    }

    func testOnlySupervisorsAdminsAndAuditorsReadTheReport() throws {
        let dir = TempDir()
        let engine = try Fixtures.demo(dir, cases: 50)
        for login in ["priya.shah", "sam.okafor", "robin.admin"] {
            XCTAssertNoThrow(try engine.backlogReport(as: try engine.staffMember(login: login)), login)
        }
        for login in ["marcus.reyes", "ana.kowalski"] {
            let m = expectRefusal("refused", try engine.backlogReport(as: try engine.staffMember(login: login)), login)
            XCTAssertTrue(m.contains("supervisors"), m)
        }
    }
}
