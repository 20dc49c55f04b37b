import Foundation
import XCTest
@testable import docket
@testable import DocketEngine

/// What trying the command line as a new user found (issue 14, item 7).
final class NewUserFixesTests: InProcessCLITestCase {
    private func nextRef() throws -> String {
        let next = run("next", "--dept", "VET", "--json")
        XCTAssertEqual(next.code, 0, next.err)
        let row = try JSONSerialization.jsonObject(with: Data(next.out.utf8)) as! [String: Any]
        return row["ref"] as! String
    }

    /// Switches the demo agency to day-first dates, as an agency outside the US would run.
    private func useDayFirstDates() throws {
        let printed = run("init", "--print-demo-agency").out
        XCTAssertTrue(printed.contains("\"date_order\": \"mdy\""))
        let file = dir + "/dmy.json"
        try Data(printed.replacingOccurrences(of: "\"date_order\": \"mdy\"", with: "\"date_order\": \"dmy\"").utf8)
            .write(to: URL(fileURLWithPath: file))
        let update = run("init", "--agency", file, "--update")
        XCTAssertEqual(update.code, 0, update.err)
    }

    func testAHoldDateWithoutAYearIsTheNextSuchDateInMonthFirstOrder() throws {
        XCTAssertEqual(run("demo", "--cases", "30").code, 0)
        let ref = try nextRef()
        let held = run("case", "hold", ref, "--until", "12/31", "--reason", "awaiting DD-214")
        XCTAssertEqual(held.code, 0, held.err)
        XCTAssertTrue(held.out.contains("on hold until 2026-12-31"), held.out)
    }

    func testAHoldDateWithoutAYearIsTheNextSuchDateInDayFirstOrder() throws {
        XCTAssertEqual(run("demo", "--cases", "30").code, 0)
        try useDayFirstDates()
        let ref = try nextRef()
        let refused = run("case", "hold", ref, "--until", "12/31", "--reason", "awaiting DD-214")
        XCTAssertEqual(refused.code, 2)
        XCTAssertTrue(refused.err.contains("not a date in day/month order"), refused.err)
        let held = run("case", "hold", ref, "--until", "31/12", "--reason", "awaiting DD-214")
        XCTAssertEqual(held.code, 0, held.err)
        XCTAssertTrue(held.out.contains("on hold until 2026-12-31"), held.out)
    }

    func testAssigneeNoneListsTheCasesNobodyHas() throws {
        XCTAssertEqual(run("demo", "--cases", "30").code, 0)
        let list = run("case", "list", "--assignee", "none", "--all", "--limit", "100", "--json")
        XCTAssertEqual(list.code, 0, list.err)
        let rows = try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as! [[String: Any]]
        XCTAssertFalse(rows.isEmpty)
        XCTAssertTrue(rows.allSatisfy { $0["assignee"] is NSNull }, "\(rows.map { $0["assignee"] ?? "?" })")
        let unknown = run("case", "list", "--assignee", "nobody-here")
        XCTAssertEqual(unknown.code, 2)
        XCTAssertTrue(unknown.err.contains("none means cases nobody has"), unknown.err)
    }

    func testStaffNamesCannotCarryEscapeSequences() throws {
        XCTAssertEqual(run("demo", "--cases", "10").code, 0)
        let hostile = "Eve\u{1B}]0;pwned\u{07} Mallory\u{1B}[2J"
        let add = run("staff", "add", "eve", "--role", "caseworker", "--dept", "VET", "--name", hostile)
        XCTAssertEqual(add.code, 0, add.err)
        let list = run("staff", "list")
        XCTAssertFalse(list.out.contains("\u{1B}"), list.out)
        XCTAssertFalse(list.out.contains("\u{07}"), list.out)
        XCTAssertTrue(list.out.contains("Eve Mallory") || list.out.contains("Eve  Mallory"), list.out)
        let blank = run("staff", "add", "blank", "--role", "caseworker", "--dept", "VET", "--name", "\u{1B}[2J")
        XCTAssertEqual(blank.code, 2, blank.out)
    }
}
