import Foundation
import XCTest
@testable import docket
@testable import DocketEngine

/// `docket form list|show`, `docket import` and `docket export` run in-process, as a script
/// would call them.
final class FormCommandTests: XCTestCase {
    struct Result { var code: Int32; var out: String; var err: String }

    var dir: String!

    override func setUp() {
        dir = NSTemporaryDirectory() + "docket-forms-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: dir) }

    @discardableResult
    func run(_ words: String...) -> Result {
        var out: [String] = [], err: [String] = []
        let env = ["DOCKET_DB": dir + "/d.db", "DOCKET_NOW": "2026-11-18T10:00:00Z", "HOME": dir!]
        let code = DocketCLI.run(words, environment: env, stdout: { out.append($0) }, stderr: { err.append($0) })
        return Result(code: code, out: out.joined(separator: "\n"), err: err.joined(separator: "\n"))
    }

    func path(_ name: String) -> String { dir + "/" + name }

    func testFormListAndShowAsTextAndJSON() throws {
        XCTAssertEqual(run("demo", "--cases", "20").code, 0)
        let list = run("form", "list", "--json")
        XCTAssertEqual(list.code, 0, list.err)
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.count, 10)
        XCTAssertEqual(rows.first?["id"] as? String, "disability_claim")
        XCTAssertEqual(rows.first?["case_type"] as? String, "disability_claim")
        XCTAssertTrue(run("form", "list").out.contains("Application for Disability Compensation"))

        let show = run("form", "show", "disability_claim", "--json")
        XCTAssertEqual(show.code, 0, show.err)
        let form = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(show.out.utf8)) as? [String: Any])
        XCTAssertEqual(Set(form.keys), ["id", "case_type", "title", "sections"])
        let sections = try XCTUnwrap(form["sections"] as? [[String: Any]])
        let fields = sections.flatMap { $0["fields"] as! [[String: Any]] }
        XCTAssertEqual(fields.count, 23)
        XCTAssertEqual(Set(fields[0].keys), ["id", "label", "type", "required", "pattern", "options", "pii", "help", "min", "max",
                                             "max_length", "default", "show_if", "identity"])
        let nid = try XCTUnwrap(fields.first { $0["id"] as? String == "national_id" })
        XCTAssertEqual(nid["pii"] as? Bool, true)
        XCTAssertEqual(nid["pattern"] as? String, #"^\d{3}-\d{2}-\d{4}$"#)
        let combat = try XCTUnwrap(fields.first { $0["id"] as? String == "combat_zone_details" })
        let showIf = try XCTUnwrap(combat["show_if"] as? [String: Any])
        XCTAssertEqual(showIf["field"] as? String, "served_in_combat_zone")
        XCTAssertEqual(showIf["equals"] as? [String], ["yes"])
        let dependents = try XCTUnwrap(fields.first { $0["id"] as? String == "dependents" })
        XCTAssertEqual(dependents["min"] as? Int, 0)
        XCTAssertEqual(dependents["max"] as? Int, 20)
        XCTAssertTrue(dependents["pattern"] is NSNull)

        let text = run("form", "show", "benefits_application")
        XCTAssertTrue(text.out.contains("amount"), text.out)
        XCTAssertTrue(text.out.contains("from 0.00 USD to 50,000.00 USD") || text.out.contains("from $0.00"), text.out)
        XCTAssertTrue(text.out.contains("shown when employment_status is employed_full_time or employed_part_time"), text.out)
        let unknown = run("form", "show", "nope")
        XCTAssertEqual(unknown.code, 2)
        XCTAssertTrue(unknown.err.contains("disability_claim"), unknown.err)
    }

    func testImportAndExportCommandsExitCodesAndMessages() throws {
        XCTAssertEqual(run("demo", "--cases", "20").code, 0)
        let good = "given_name,family_name,birth_date,national_id,address,branch,service_start,service_end,discharge,served_in_combat_zone,conditions_claimed,service_connected,ref\n"
            + "Jan,Kowalczyk,3/14/1968,123-45-6789,\"12 Main St\nSpringfield, EX 12345\",army,1986-06-01,1990-05-31,honorable,no,ptsd,yes,DC-X\n"
        let bad = "Bad,Row,31/31/1968,123-45-6789,\"1 A St\nB, EX 1\",pirates,1986-06-01,1990-05-31,honorable,no,ptsd,yes,\n"
        try (good + bad).write(toFile: path("in.csv"), atomically: true, encoding: .utf8)

        let refused = run("import", path("in.csv"), "--form", "disability_claim")
        XCTAssertEqual(refused.code, 1)
        XCTAssertTrue(refused.err.contains("in.csv:3:birth_date: "), refused.err)
        XCTAssertTrue(refused.err.contains("in.csv:3:branch: "), refused.err)
        XCTAssertTrue(refused.err.contains("nothing was imported"), refused.err)
        XCTAssertTrue(refused.err.contains("ignoring columns") && refused.err.contains("ref"), refused.err)

        XCTAssertEqual(run("import", path("in.csv"), "--form", "disability_claim", "--skip-invalid").code, 2, "needs --rejects")
        XCTAssertEqual(run("import", path("in.csv")).code, 2, "needs --form")
        let dry = run("import", path("in.csv"), "--form", "disability_claim", "--dry-run", "--skip-invalid", "--rejects", path("r.csv"))
        XCTAssertEqual(dry.code, 0, dry.err)
        XCTAssertTrue(dry.out.contains("dry run") && dry.out.contains("nothing was written"), dry.out)

        let skipped = run("import", path("in.csv"), "--form", "disability_claim", "--skip-invalid", "--rejects", path("r.csv"))
        XCTAssertEqual(skipped.code, 0, skipped.err)
        XCTAssertTrue(skipped.out.contains("imported 1 of 2 rows"), skipped.out)
        XCTAssertTrue(skipped.out.contains("rejected 1 row"), skipped.out)
        let rejects = try String(contentsOfFile: path("r.csv"), encoding: .utf8)
        XCTAssertTrue(rejects.hasPrefix("given_name,family_name,birth_date,national_id,address,branch,service_start,service_end,discharge,served_in_combat_zone,conditions_claimed,service_connected,ref,error\n"), rejects)

        let export = run("export", "cases", "--type", "disability_claim", "--format", "csv", "--out", path("out.csv"))
        XCTAssertEqual(export.code, 0, export.err)
        XCTAssertTrue(export.err.contains("exported"), export.err)
        let csv = try String(contentsOfFile: path("out.csv"), encoding: .utf8)
        XCTAssertFalse(csv.contains("123-45-6789"), "no national id without --include-pii")
        XCTAssertFalse(csv.split(separator: "\r\n").first!.contains("birth_date"))
        let mode = (try FileManager.default.attributesOfItem(atPath: path("out.csv"))[.posixPermissions] as? NSNumber)?.intValue
        XCTAssertEqual(mode, 0o600)

        let stdout = run("export", "cases", "--format", "jsonl", "--type", "disability_claim")
        XCTAssertEqual(stdout.code, 0, stdout.err)
        for line in stdout.out.split(separator: "\n") {
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(line.utf8)), String(line))
        }
        XCTAssertEqual(run("export", "things").code, 2)
        XCTAssertEqual(run("export", "cases", "--format", "xml").code, 2)
        XCTAssertEqual(run("export", "cases", "--format", "jsonl", "--bom").code, 2)
        XCTAssertEqual(run("export", "cases", "--dept", "NOPE").code, 2)
    }
}
