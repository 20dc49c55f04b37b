import Foundation
import XCTest
@testable import docket

/// `docket notice`, `docket case appeal` and `case decide` with several reason codes, as scripts
/// call them: the §5 keys, files written 0600 and never through a link, refusals that say why.
final class NoticeCLITests: InProcessCLITestCase {
    private func json(_ r: (code: Int32, out: String, err: String), file: StaticString = #filePath, line: UInt = #line) throws -> Any {
        XCTAssertEqual(r.code, 0, r.err, file: file, line: line)
        return try JSONSerialization.jsonObject(with: Data(r.out.utf8))
    }

    private func refs(_ words: String...) throws -> [String] {
        (try json(run(words)) as! [[String: Any]]).map { $0["ref"] as! String }
    }

    override func setUp() {
        super.setUp()
        XCTAssertEqual(run("demo", "--cases", "400").code, 0)
    }

    func testNoticeJSONHasTheContractsKeysForADecisionAndForAStatusLetter() throws {
        let decided = try XCTUnwrap(refs("case", "list", "--all", "--state", "decided", "--limit", "1", "--json").first)
        let d = try json(run("notice", decided, "--json")) as! [String: Any]
        for key in ["ref", "kind", "language", "text", "outcome", "reason_codes", "appeal_by"] { XCTAssertNotNil(d[key], key) }
        XCTAssertEqual(d["kind"] as? String, "decision")
        XCTAssertFalse((d["reason_codes"] as! [String]).isEmpty)

        let open = try XCTUnwrap(refs("case", "list", "--limit", "1", "--json").first)
        let s = try json(run("notice", open, "--json")) as! [String: Any]
        for key in ["ref", "kind", "language", "text", "state", "department", "position", "expected_decision"] {
            XCTAssertTrue(s.keys.contains(key), key)
        }
        XCTAssertEqual(s["kind"] as? String, "status")
        XCTAssertNotNil(s["position"] as? Int)

        let plain = run("notice", open, "--lang", "pl")
        XCTAssertEqual(plain.code, 0)
        XCTAssertTrue(plain.out.contains("Znak sprawy"))
        XCTAssertEqual(run("notice", open, "--lang", "xx").code, 2, "an unknown language is a usage error naming the languages")
    }

    func testOutFilesArePrivateAndNeverWrittenThroughALink() throws {
        let ref = try XCTUnwrap(refs("case", "list", "--all", "--state", "decided", "--limit", "1", "--json").first)
        let out = dir + "/letter.txt"
        let r = run("notice", ref, "--out", out)
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertTrue(r.err.contains("0600"))
        let attributes = try FileManager.default.attributesOfItem(atPath: out)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertTrue(try String(contentsOfFile: out, encoding: .utf8).contains(ref))

        let target = dir + "/elsewhere.txt"
        _ = FileManager.default.createFile(atPath: target, contents: Data("keep".utf8), attributes: [.posixPermissions: 0o600])
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.txt", withDestinationPath: target)
        XCTAssertEqual(run("notice", ref, "--out", dir + "/link.txt").code, 1)
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "keep", "nothing written through the link")
    }

    func testDecideTakesSeveralReasonCodesAndRefusesOnesTheOutcomeDoesNotAllow() throws {
        let ref = try XCTUnwrap(refs("case", "list", "--state", "in_review", "--limit", "1", "--json").first)
        let refused = run("case", "decide", ref, "--outcome", "denied", "--reason-code", "evidence_sufficient", "--rationale", "x")
        XCTAssertEqual(refused.code, 1)
        XCTAssertTrue(refused.err.contains("not_eligible"), "names the reasons allowed: \(refused.err)")
        let r = run("case", "decide", ref, "--outcome", "denied", "--reason-code", "not_eligible",
                    "--reason-code", "documents_missing,no_nexus", "--rationale", "Income over the limit.")
        XCTAssertEqual(r.code, 0, r.err)
        let shown = try json(run("case", "show", ref, "--json")) as! [String: Any]
        let decision = try XCTUnwrap((shown["decisions"] as? [[String: Any]])?.last)
        XCTAssertEqual(decision["reason_codes"] as? [String], ["not_eligible", "documents_missing", "no_nexus"])
        XCTAssertEqual(decision["reason_code"] as? String, "not_eligible")
        let n = try json(run("notice", ref, "--json")) as! [String: Any]
        XCTAssertEqual(n["reason_codes"] as? [String], ["not_eligible", "documents_missing", "no_nexus"])
    }

    func testAnAppealIsLinkedBothWaysInCaseShow() throws {
        let ref = try XCTUnwrap(refs("case", "list", "--state", "in_review", "--limit", "1", "--json").first)
        XCTAssertEqual(run("case", "decide", ref, "--outcome", "denied", "--reason-code", "not_eligible", "--rationale", "x").code, 0)
        XCTAssertEqual(run("case", "appeal", ref).code, 2, "--reason is required")
        let opened = try json(run("case", "appeal", ref, "--reason", "My income fell in March.", "--json")) as! [String: Any]
        let appeal = try XCTUnwrap(opened["ref"] as? String)
        XCTAssertEqual(opened["appeal_of"] as? String, ref)
        let a = try json(run("case", "show", appeal, "--json")) as! [String: Any]
        XCTAssertEqual(a["appeal_of"] as? String, ref)
        let o = try json(run("case", "show", ref, "--json")) as! [String: Any]
        XCTAssertEqual(o["appeals"] as? [String], [appeal])
        XCTAssertTrue(run("case", "show", ref).out.contains("appealed in \(appeal)"))
        XCTAssertTrue(run("case", "show", appeal).out.contains("appeal of \(ref)"))
    }
}
