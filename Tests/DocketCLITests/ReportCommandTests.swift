import Foundation
import XCTest
@testable import docket
@testable import DocketEngine

/// `docket report backlog`, run in-process as cron would.
final class ReportCommandTests: InProcessCLITestCase {
    func testTextForMailAndJSONForScripts() throws {
        XCTAssertEqual(run("demo", "--cases", "400").code, 0)
        let text = run("report", "backlog")
        XCTAssertEqual(text.code, 0, text.err)
        XCTAssertTrue(text.out.hasPrefix("Backlog report: County of Example, as of 2026-11-18 10:00 UTC; backlog threshold 125 days"), text.out)
        for heading in ["DEPT", "OVERDUE", "OVER 125", "MEDIAN", "CLEAR IN", "WEEK OF", "LOGIN"] {
            XCTAssertTrue(text.out.contains(heading), heading)
        }
        XCTAssertFalse(text.out.contains("This week's movement"))
        // Figures are right-aligned under their headings.
        let lines = text.out.split(separator: "\n").map(String.init)
        let header = Array(try XCTUnwrap(lines.first { $0.hasPrefix("DEPT") && $0.contains("UNASSIGNED") }))
        let vet = Array(try XCTUnwrap(lines.first { $0.hasPrefix("VET ") }))
        let end = String(header).range(of: "UNASSIGNED")!.upperBound.utf16Offset(in: String(header))
        XCTAssertTrue(vet[end - 1].isNumber, String(vet))
        XCTAssertEqual(vet[end], " ")

        let week = run("report", "backlog", "--week")
        XCTAssertTrue(week.out.contains("This week's movement (2026-11-16 to 2026-11-18)"), week.out)
        XCTAssertTrue(week.out.contains("ROUTED IN"))

        let json = run("report", "backlog", "--json", "--week")
        XCTAssertEqual(json.code, 0, json.err)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        XCTAssertEqual(object["as_of"] as? String, "2026-11-18T10:00:00Z")
        let departments = try XCTUnwrap(object["departments"] as? [[String: Any]])
        XCTAssertEqual(departments.count, 11)
        XCTAssertNotNil(departments[1]["this_week"])
        let total = try XCTUnwrap(object["total"] as? [String: Any])
        XCTAssertEqual(total["open"] as? Int, departments.reduce(0) { $0 + ($1["open"] as! Int) })
    }

    func testCaseworkersAreRefused() {
        XCTAssertEqual(run("demo", "--cases", "20").code, 0)
        let r = run("report", "backlog", "--as", "marcus.reyes")
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.err.contains("supervisors, admins and auditors"), r.err)
        XCTAssertEqual(run("report", "backlog", "--as", "priya.shah").code, 0)
        XCTAssertEqual(run("report", "backlog", "--bogus").code, 2)
    }
}

/// `--read-db` on the command line: a file is refused; an unreachable read database leaves the
/// report to --db, and stderr says so.
final class ReadDatabaseOptionTests: InProcessCLITestCase {
    func testAnUnreachableReadDatabaseGivesThePrimarysReportAndSaysSo() {
        XCTAssertEqual(run("demo", "--cases", "30").code, 0)
        let plain = run("report", "backlog", "--json")
        let viaRead = run("report", "backlog", "--json", "--read-db", "host=127.0.0.1 port=1 dbname=docket connect_timeout=2")
        XCTAssertEqual(viaRead.code, 0, viaRead.err)
        XCTAssertEqual(viaRead.out, plain.out)
        XCTAssertTrue(viaRead.err.contains("so this was read from the primary (--db) instead"), viaRead.err)
        let payments = run("--read-db", "host=127.0.0.1 port=1 dbname=docket connect_timeout=2", "report", "payments", "--csv")
        XCTAssertEqual(payments.code, 0, payments.err)
        XCTAssertTrue(payments.err.contains("read from the primary"), payments.err)
    }

    func testAFileIsRefusedAsAReadDatabase() {
        XCTAssertEqual(run("demo", "--cases", "10").code, 0)
        let r = run("report", "backlog", "--read-db", dir + "/other.db")
        XCTAssertEqual(r.code, 2)
        XCTAssertTrue(r.err.contains("takes a PostgreSQL connection string"), r.err)
    }
}
