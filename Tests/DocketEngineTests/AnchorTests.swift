import Foundation
import XCTest
@testable import DocketEngine

/// The chain anchored outside the database finds what the chain alone cannot: events removed
/// from the end, and an edit whose later hashes were recomputed.
final class AnchorTests: XCTestCase {
    func anchored() throws -> (WorkflowWorld, String) {
        let w = try WorkflowWorld()
        for _ in 0..<3 { try w.claim() }
        let file = w.dir.file("anchors")
        let first = try w.engine.anchor(to: file, as: w.sam)
        try w.engine.note(try w.claim().ref, text: "a later note", as: w.priya)
        let second = try w.engine.anchor(to: file, as: w.boss)
        XCTAssertGreaterThan(second.eventId, first.eventId)
        XCTAssertEqual(second.count, try w.eventCount())
        return (w, file)
    }

    func testAnIntactLogHoldsEveryAnchorAndOnlyAuditorsAndAdminsAnchor() throws {
        let (w, file) = try anchored()
        let result = try w.engine.verifyAnchors(file: file, as: w.sam)
        XCTAssertEqual(result.anchors, 2)
        XCTAssertEqual(result.problems, [])
        expectRefusal("refused", try w.engine.anchor(to: file, as: w.priya))
        let mode = try FileManager.default.attributesOfItem(atPath: w.engine.anchorKeyPath)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600, "the key is private")
        XCTAssertFalse(try String(contentsOfFile: file, encoding: .utf8).isEmpty)
    }

    func testRemovingTheLastEventsIsFound() throws {
        let (w, file) = try anchored()
        XCTAssertTrue(try w.engine.verifyAudit().ok)
        let last = try XCTUnwrap(try w.engine.testScalarInt("SELECT max(id) FROM event"))
        try w.engine.testDropEventTrigger("event_no_delete")
        try w.engine.testRun("DELETE FROM event WHERE id > ?", [.int(last - 3)])
        XCTAssertTrue(try w.engine.verifyAudit().ok, "the chain alone cannot tell")
        let problems = try w.engine.verifyAnchors(file: file, as: w.sam).problems
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].contains(":2: the log was cut short: anchored at event \(last)"), problems[0])
    }

    func testARecomputedChainIsFound() throws {
        let (w, file) = try anchored()
        // Edit event 3 and recompute every hash after it, as a careful tamperer would.
        try w.engine.testDropEventTrigger("event_no_update")
        try w.engine.testRun("UPDATE event SET reason = 'nothing happened' WHERE id = 3")
        var previous = EventChain.genesisHash
        var records: [EventRecord] = []
        try w.engine.store.forEachEvent(opened: false) { records.append($0); return true }
        for var e in records {
            e.prevHash = previous
            e.hash = EventHash.hash(of: e)
            try w.engine.testRun("UPDATE event SET prev_hash = ?, hash = ? WHERE id = ?", [.text(e.prevHash), .text(e.hash), .int(e.id)])
            previous = e.hash
        }
        XCTAssertTrue(try w.engine.verifyAudit().ok, "the chain alone cannot tell")
        let problems = try w.engine.verifyAnchors(file: file, as: w.sam).problems
        XCTAssertEqual(problems.count, 2)
        XCTAssertTrue(problems.allSatisfy { $0.contains("no longer has the anchored hash") }, "\(problems)")
    }

    func testAForgedAnchorIsFound() throws {
        let (w, file) = try anchored()
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "count=", with: "count=1").write(toFile: file, atomically: true, encoding: .utf8)
        let problems = try w.engine.verifyAnchors(file: file, as: w.sam).problems
        XCTAssertEqual(problems.count, 2)
        XCTAssertTrue(problems.allSatisfy { $0.contains("the signature does not match") }, "\(problems)")
    }

    func testAKeyOthersCanReadIsRefused() throws {
        let (w, file) = try anchored()
        XCTAssertEqual(chmod(w.engine.anchorKeyPath, 0o644), 0)
        XCTAssertTrue(expectRefusal("refused", try w.engine.anchor(to: file, as: w.sam)).contains("not a private file"))
        expectRefusal("refused", try w.engine.verifyAnchors(file: file, as: w.sam))
    }
}
