import XCTest
@testable import DocketEngine

/// The demo's two threads pass batches one way and empty ones back; neither side may lose or
/// duplicate a batch, and the way back must never make the writer wait.
final class BatchHandoffTests: XCTestCase {
    func testBatchesArriveOnceInOrderAcrossThreads() {
        let handoff = BatchHandoff<Int>(depth: 3)
        let producer = Thread {
            for i in 0..<1_000 { _ = handoff.put(i) }
            handoff.finish()
        }
        producer.start()
        var received: [Int] = []
        while let n = handoff.take() { received.append(n) }
        XCTAssertEqual(received, Array(0..<1_000))
    }

    func testOfferAndTakeIfReadyNeverWait() {
        let spare = BatchHandoff<String>(depth: 2)
        XCTAssertNil(spare.takeIfReady(), "nothing waiting gives nil at once")
        XCTAssertTrue(spare.offer("a"))
        XCTAssertTrue(spare.offer("b"))
        XCTAssertFalse(spare.offer("c"), "a full queue refuses instead of waiting")
        XCTAssertEqual(spare.takeIfReady(), "a")
        XCTAssertEqual(spare.takeIfReady(), "b")
        XCTAssertNil(spare.takeIfReady())
        spare.cancel()
        XCTAssertFalse(spare.offer("d"), "a cancelled queue takes nothing")
    }

    /// The writer failing mid-import cancels: the reader's next put is refused, and a take
    /// after that ends at once rather than handing over rows nobody will write.
    func testCancelStopsBothSides() {
        let handoff = BatchHandoff<Int>(depth: 4)
        XCTAssertTrue(handoff.put(1))
        handoff.cancel()
        XCTAssertFalse(handoff.put(2))
        XCTAssertNil(handoff.take())
    }
}
