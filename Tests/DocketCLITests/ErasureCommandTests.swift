import Foundation
import XCTest
@testable import docket
@testable import DocketEngine

/// `constituent erase`, `case legal-hold` and `retention run` through the command line.
final class ErasureCommandTests: InProcessCLITestCase {
    var now = "2026-11-18T10:00:00Z"
    override var environment: [String: String] { super.environment.merging(["DOCKET_NOW": now]) { _, new in new } }

    /// A demo person whose every case is closed, and one with an open case.
    private func people() throws -> (closed: (id: Int64, refs: [String]), open: (id: Int64, ref: String)) {
        let engine = try Engine.open(path: dir + "/d.db")
        var closed: (Int64, [String])?, open: (Int64, String)?
        for id in Int64(1)...400 where closed == nil || open == nil {
            let cases = try engine.store.cases(constituentId: id)
            guard !cases.isEmpty else { continue }
            if cases.allSatisfy({ !$0.isOpen }) { closed = closed ?? (id, cases.map(\.ref)) }
            if let o = cases.first(where: \.isOpen) { open = open ?? (id, o.ref) }
        }
        let c = try XCTUnwrap(closed), o = try XCTUnwrap(open)
        return ((c.0, c.1), (o.0, o.1))
    }

    func testEraseOnlyWhenNothingHoldsThePersonAndOnce() throws {
        XCTAssertEqual(run("demo", "--cases", "300").code, 0)
        let (closed, open) = try people()
        let id = String(closed.id)

        XCTAssertEqual(run("constituent", "erase", id).code, 2, "a reason is required")
        let supervisor = run("constituent", "erase", id, "--reason", "request 9", "--as", "priya.shah")
        XCTAssertEqual(supervisor.code, 1)
        XCTAssertTrue(supervisor.err.contains("admins"), supervisor.err)
        let busy = run("constituent", "erase", String(open.id), "--reason", "request 9")
        XCTAssertEqual(busy.code, 1)
        XCTAssertTrue(busy.err.contains(open.ref), busy.err)

        let held = closed.refs[0]
        XCTAssertEqual(run("case", "legal-hold", held, "--reason", "lawsuit 26-CV-7", "--as", "aisha.bello").code, 1, "caseworkers do not")
        let placed = run("case", "legal-hold", held, "--reason", "lawsuit 26-CV-7")
        XCTAssertEqual(placed.code, 0, placed.err)
        XCTAssertTrue(run("case", "show", held).out.contains("under legal hold since"))
        let refused = run("constituent", "erase", id, "--reason", "request 9")
        XCTAssertEqual(refused.code, 1)
        XCTAssertTrue(refused.err.contains("legal hold") && refused.err.contains(held), refused.err)
        XCTAssertEqual(run("case", "legal-hold", held, "--lift", "--reason", "settled").code, 0)

        let erased = run("constituent", "erase", id, "--reason", "request 9")
        XCTAssertEqual(erased.code, 0, erased.err)
        XCTAssertTrue(erased.out.contains("constituent #\(id) erased"), erased.out)
        XCTAssertTrue(run("constituent", "show", id).out.contains("(erased)"))
        let again = run("constituent", "erase", id, "--reason", "request 9")
        XCTAssertEqual(again.code, 0)
        XCTAssertTrue(again.out.contains("erased already"), again.out)
        XCTAssertEqual(run("audit", "verify").code, 0)
        let check = run("check")
        XCTAssertEqual(check.code, 0, check.out + check.err)
    }

    func testRetentionRunsWhatItsDryRunListed() throws {
        XCTAssertEqual(run("demo", "--cases", "300").code, 0)
        XCTAssertEqual(run("retention", "run", "--dry-run", "--as", "priya.shah").code, 1, "admins only")
        now = "2030-01-15T10:00:00Z"
        let listed = run("retention", "run", "--dry-run", "--json")
        XCTAssertEqual(listed.code, 0, listed.err)
        let dry = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(listed.out.utf8)) as? [String: Any])
        let due = try XCTUnwrap(dry["erased"] as? [[String: Any]]).compactMap { $0["constituent"] as? Int }
        XCTAssertFalse(due.isEmpty, "years on, the short rules (contact tracing: one year) make people due")
        XCTAssertEqual(run("retention", "run", "--dry-run", "--json").out, listed.out, "a dry run changes nothing")

        let ran = run("retention", "run", "--json")
        XCTAssertEqual(ran.code, 0, ran.err)
        let done = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(ran.out.utf8)) as? [String: Any])
        XCTAssertEqual(try XCTUnwrap(done["erased"] as? [[String: Any]]).compactMap { $0["constituent"] as? Int }, due)
        let engine = try Engine.open(path: dir + "/d.db")
        for id in due { XCTAssertTrue(try XCTUnwrap(try engine.store.constituent(id: Int64(id))).erased, "#\(id)") }
        XCTAssertTrue(run("retention", "run", "--dry-run").out.contains("nobody is due"))
        XCTAssertEqual(run("audit", "verify").code, 0)
    }
}
