import Foundation
import XCTest
@testable import docket
@testable import DocketEngine

/// Identifiers are masked in every read by default, and revealed only with a permission and a
/// reason, each reveal an event.
final class MaskingTests: InProcessCLITestCase {
    static let wholeId = #"\b\d{3}-\d{2}-\d{4}\b"#
    static let wholeBirthDate = #""birth_date"\s*:\s*"\d{4}-\d{2}-\d{2}""#

    func testNoReadCommandPrintsAWholeIdentifier() throws {
        XCTAssertEqual(run("demo", "--cases", "300").code, 0)
        let listed = run("case", "list", "--dept", "VET", "--limit", "3", "--json").out
        let ref = try XCTUnwrap(listed.range(of: #"[A-Z]+-\d{4}-\d{6}"#, options: .regularExpression).map { String(listed[$0]) })
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(listed.utf8)) as? [[String: Any]])
        let person = try XCTUnwrap(rows.first?["constituent"] as? [String: Any])
        let name = try XCTUnwrap((person["name"] as? String)?.split(separator: " ").last.map(String.init))
        let reads: [[String]] = [
            ["case", "list", "--limit", "300", "--json"], ["case", "list", "--limit", "300"],
            ["case", "show", ref, "--json"], ["case", "show", ref], ["search", name, "--json"], ["search", name],
            ["export", "cases", "--format", "jsonl"], ["export", "cases", "--format", "csv"],
            ["export", "cases", "--type", "disability_claim", "--format", "csv"],
            ["export", "constituents", "--format", "jsonl"], ["audit", "log", ref, "--json"], ["route", "explain", ref],
            ["report", "backlog", "--json"], ["next", "--json"],
        ]
        var checked = 0
        for words in reads {
            let r = run(words)
            XCTAssertEqual(r.code, 0, words.joined(separator: " "))
            let printed = r.out
            XCTAssertNil(printed.range(of: Self.wholeId, options: .regularExpression), "a whole national id in `\(words.joined(separator: " "))`")
            XCTAssertNil(printed.range(of: Self.wholeBirthDate, options: .regularExpression), "a whole birth date in `\(words.joined(separator: " "))`")
            XCTAssertFalse(printed.isEmpty, words.joined(separator: " "))
            checked += 1
        }
        XCTAssertEqual(checked, reads.count)
    }

    func testRevealNeedsAReasonAndThePermissionAndIsRecorded() throws {
        XCTAssertEqual(run("demo", "--cases", "300").code, 0)
        let listed = run("case", "list", "--dept", "VET", "--limit", "100", "--json").out
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(listed.utf8)) as? [[String: Any]])
        let ref = try XCTUnwrap(rows.first { $0["assignee"] is NSNull }?["ref"] as? String, "an unassigned VET case")
        XCTAssertEqual(run("case", "show", ref, "--reveal").code, 2, "a reveal needs a reason")
        XCTAssertEqual(run("case", "show", ref, "--reveal", "--reason", "curious", "--as", "ana.kowalski").code, 1, "out of a clerk's scope")
        // A VET caseworker the case is not assigned to sees it, masked, and may not reveal it.
        XCTAssertEqual(run("case", "show", ref, "--as", "aisha.bello").code, 0)
        let refused = run("case", "show", ref, "--reveal", "--reason", "curious", "--as", "aisha.bello")
        XCTAssertEqual(refused.code, 1)
        XCTAssertTrue(refused.err.contains("cannot reveal"), refused.err)
        let shown = run("case", "show", ref, "--json", "--reveal", "--reason", "the veteran called about his claim")
        XCTAssertEqual(shown.code, 0, shown.err)
        XCTAssertNotNil(shown.out.range(of: Self.wholeId, options: .regularExpression), "revealed")
        XCTAssertTrue(shown.out.contains("\"revealed\": true"), shown.out)
        let views = run("audit", "log", ref, "--views").out
        XCTAssertTrue(views.contains("pii_revealed: the veteran called about his claim"), views)
        XCTAssertFalse(views.contains("pii_revealed: curious"), "a refused reveal reveals nothing and records nothing")
    }
}
