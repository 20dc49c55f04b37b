import Foundation
import XCTest
@testable import docket
@testable import DocketEngine

/// The command line run in-process, as a script would call it.
final class CommandLineTests: XCTestCase {
    struct Result { var code: Int32; var out: String; var err: String }

    var dir: String!

    override func setUp() {
        dir = NSTemporaryDirectory() + "docket-cli-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: dir) }

    func run(_ words: String...) -> Result {
        var out: [String] = [], err: [String] = []
        let env = ["DOCKET_DB": dir + "/d.db", "DOCKET_NOW": "2026-11-18T10:00:00Z", "HOME": dir!]
        let code = DocketCLI.run(words, environment: env, stdout: { out.append($0) }, stderr: { err.append($0) })
        return Result(code: code, out: out.joined(separator: "\n"), err: err.joined(separator: "\n"))
    }

    func testHelpForEveryCommand() {
        XCTAssertEqual(run("--help").code, 0)
        XCTAssertTrue(run("--help").out.contains("case list"))
        XCTAssertTrue(run("--version").out.hasPrefix("docket "))
        for c in CommandTable.all {
            let r = DocketCLI.run(c.spec.path + ["--help"], environment: [:], stdout: { _ in }, stderr: { _ in })
            XCTAssertEqual(r, 0, c.spec.path.joined(separator: " "))
            XCTAssertTrue(DocketCLI.help(for: c.spec).contains(c.spec.usage))
        }
    }

    func testUsageErrorsExitTwo() {
        XCTAssertEqual(run("case", "list", "--no-such-flag").code, 2)
        XCTAssertEqual(run("frobnicate").code, 2)
        XCTAssertEqual(run("case", "frob").code, 2)
        XCTAssertTrue(run("case", "frob").err.contains("did you mean"))
        XCTAssertEqual(run("case", "show").code, 2)
    }

    func testExportOutRefusesALinkAndAFileOthersCanRead() throws {
        XCTAssertEqual(run("demo", "--cases", "20").code, 0)
        let shared = dir + "/shared.csv"
        try "old".write(toFile: shared, atomically: false, encoding: .utf8)
        chmod(shared, 0o644)
        let wide = run("export", "cases", "--format", "csv", "--out", shared)
        XCTAssertEqual(wide.code, 1)
        XCTAssertTrue(wide.err.contains("chmod 600 \(shared)"), wide.err)
        XCTAssertEqual(try String(contentsOfFile: shared, encoding: .utf8), "old")
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.csv", withDestinationPath: shared)
        let link = run("export", "cases", "--format", "csv", "--out", dir + "/link.csv")
        XCTAssertEqual(link.code, 1)
        XCTAssertTrue(link.err.contains("symbolic link"), link.err)
        XCTAssertEqual(run("export", "cases", "--format", "csv", "--out", dir + "/new.csv").code, 0)
        let mode = (try FileManager.default.attributesOfItem(atPath: dir + "/new.csv")[.posixPermissions] as! Int) & 0o777
        XCTAssertEqual(mode, 0o600)
    }

    func testMissingDatabaseSaysWhatToDo() {
        let r = run("case", "list")
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.err.contains("docket demo"), r.err)
    }

    func testDemoListShowJSONContract() throws {
        XCTAssertEqual(run("demo", "--cases", "200").code, 0)
        XCTAssertEqual(run("demo", "--cases", "200").code, 1, "refuses an existing database")
        let list = run("case", "list", "--limit", "5", "--json")
        XCTAssertEqual(list.code, 0, list.err)
        let rows = try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as! [[String: Any]]
        XCTAssertEqual(rows.count, 5)
        let keys: Set<String> = ["ref", "type", "state", "department", "assignee", "priority", "constituent", "opened_at",
                                 "due_at", "days_waiting", "days_on_hold", "overdue", "version"]
        XCTAssertEqual(Set(rows[0].keys), keys)
        let person = rows[0]["constituent"] as! [String: Any]
        XCTAssertEqual(Set(person.keys), ["id", "name", "national_id"])
        XCTAssertTrue((person["national_id"] as! String).hasPrefix("***-**-"), "masked")
        let ref = rows[0]["ref"] as! String
        let next = try JSONSerialization.jsonObject(with: Data(run("case", "list", "--limit", "5", "--after", ref, "--json").out.utf8)) as! [[String: Any]]
        XCTAssertFalse(next.map { $0["ref"] as! String }.contains(ref))
        XCTAssertEqual(next.first?["ref"] as? String, rows[1]["ref"] as? String)

        let show = run("case", "show", ref, "--json")
        XCTAssertEqual(show.code, 0, show.err)
        let detail = try JSONSerialization.jsonObject(with: Data(show.out.utf8)) as! [String: Any]
        for key in keys.union(["tasks", "timeline", "form", "balance"]) { XCTAssertNotNil(detail[key], key) }
        XCTAssertFalse((detail["timeline"] as! [Any]).isEmpty)
        // Personal form fields are masked in JSON as on screen: no digits of an id but the last four.
        let form = detail["form"] as! [String: String]
        let nationalId = try XCTUnwrap(form["national_id"], "the demo's claims carry a national id")
        XCTAssertTrue(nationalId.hasPrefix("***-**-"), nationalId)
        XCTAssertNil(show.out.range(of: #"\b\d{3}-\d{2}-\d{4}\b"#, options: .regularExpression), "no unmasked national id anywhere")
        if let born = form["birth_date"] { XCTAssertEqual(born, "***") }
        let text = run("case", "show", ref)
        XCTAssertTrue(text.out.contains("Timeline"), text.out)
        XCTAssertEqual(run("case", "show", "ZZ-2026-000001").code, 1)
        XCTAssertEqual(run("audit", "verify").code, 0)
    }

    func testStaffCommands() throws {
        XCTAssertEqual(run("demo", "--cases", "10").code, 0)
        let add = run("staff", "add", "newbie", "--role", "caseworker", "--dept", "VET")
        XCTAssertEqual(add.code, 0, add.err)
        XCTAssertEqual(run("staff", "add", "newbie2", "--role", "wizard", "--dept", "VET").code, 2)
        let list = try JSONSerialization.jsonObject(with: Data(run("staff", "list", "--json").out.utf8)) as! [[String: Any]]
        XCTAssertTrue(list.contains { $0["login"] as? String == "newbie" })
        let stranger = run("case", "list", "--as", "nobody-here")
        XCTAssertEqual(stranger.code, 1)
        XCTAssertTrue(stranger.err.contains("docket staff add"), stranger.err)
    }

    func testInitPrintsDemoAgencyAndRefusesABadFile() throws {
        let printed = run("init", "--print-demo-agency")
        XCTAssertEqual(printed.code, 0)
        XCTAssertNoThrow(try AgencyParser.parse(data: Data(printed.out.utf8), file: "printed"))
        let bad = dir + "/bad.json"
        try Data("{\"name\": 3}".utf8).write(to: URL(fileURLWithPath: bad))
        let r = run("init", "--agency", bad)
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.err.contains("\(bad): name: expected text, found a number"), r.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/d.db"), "no half-made database")
        XCTAssertEqual(run("init").code, 0)
    }
}
