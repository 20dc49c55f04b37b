import Foundation
import XCTest
@testable import DocketEngine

/// Reads never write: a hold whose date has come is shown resumed by queries, and saved only by
/// a command (`tick`, `next`, a change to the case, the console's start).
final class ReadsNeverWriteTests: XCTestCase {
    func bytes(_ path: String) -> Data { (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data() }

    func testListingADueHoldWritesNothingYetShowsItResumed() throws {
        let w = try WorkflowWorld()
        let c = try w.claim(in: "awaiting_info")
        w.time.advance(days: 10)
        let db = w.engine.path
        let before = (bytes(db), bytes(db + "-wal"))
        let listed = try XCTUnwrap(try w.engine.listCases(CaseQuery(), as: w.priya).first { $0.ref == c.ref })
        let shown = try w.engine.caseSummary(ref: c.ref, as: w.priya)
        let detail = try w.engine.caseDetail(ref: c.ref, as: w.priya, recordView: false)
        XCTAssertEqual(bytes(db), before.0, "the database file is byte for byte the same")
        XCTAssertEqual(bytes(db + "-wal"), before.1, "and so is its write-ahead log")
        for s in [listed, shown, detail.summary] {
            XCTAssertEqual(s.state, "in_review", "shown as resumed")
            XCTAssertNil(s.holdUntil)
            XCTAssertFalse(s.isOnHold)
        }
        XCTAssertEqual(detail.tasks.filter { $0.isOpen && !$0.isReferral }.map(\.status), ["assigned"])
        XCTAssertEqual(try w.summary(c.ref).state, "awaiting_info", "stored as it was")

        // The next change to the case saves the resumption first (as Docket), then the change.
        let noted = try w.engine.note(c.ref, text: "called the veteran", as: w.priya, expectVersion: try w.summary(c.ref).version)
        XCTAssertEqual(noted.state, "in_review")
        XCTAssertEqual(try w.events(c.ref).suffix(2).map { "\($0.actor) \($0.kind)" }, ["docket resumed", "priya note"])
    }

    func testTickResumesEveryDueHoldAndReportsWhatItDid() throws {
        let w = try WorkflowWorld()
        let a = try w.claim(in: "awaiting_info")
        let b = try w.claim(in: "awaiting_info")
        XCTAssertEqual(try w.engine.resumeDueHolds(), [], "not yet due")
        w.time.advance(days: 8)
        XCTAssertEqual(Set(try w.engine.resumeDueHolds()), [a.ref, b.ref])
        XCTAssertEqual(try w.summary(a.ref).state, "in_review")
        XCTAssertEqual(try w.engine.resumeDueHolds(), [], "done once")
    }
}
