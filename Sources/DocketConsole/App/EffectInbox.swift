import Foundation

/// Where background effects leave their messages for the input thread. Thread-safe;
/// counts effects still running so tests (and shutdown) can wait for them.
final class EffectInbox<Message: Sendable>: @unchecked Sendable {
    struct Delivery {
        var lane: String?
        var generation: Int
        var message: Message?
    }

    // Guards every field below.
    private let condition = NSCondition()
    private var deliveries: [Delivery] = []
    private var running = 0

    /// Records that an effect started.
    func begin() {
        condition.lock()
        running += 1
        condition.unlock()
    }

    /// Records that an effect finished with `message`.
    func finish(lane: String?, generation: Int, message: Message?) {
        condition.lock()
        deliveries.append(Delivery(lane: lane, generation: generation, message: message))
        running -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Queues a message that needs no background work.
    func post(_ message: Message) {
        condition.lock()
        deliveries.append(Delivery(lane: nil, generation: 0, message: message))
        condition.broadcast()
        condition.unlock()
    }

    /// Everything delivered so far, oldest first, removed from the inbox.
    func takeAll() -> [Delivery] {
        condition.lock()
        defer { condition.unlock() }
        let taken = deliveries
        deliveries.removeAll()
        return taken
    }

    var isEmpty: Bool {
        condition.lock()
        defer { condition.unlock() }
        return deliveries.isEmpty
    }

    var runningCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return running
    }

    /// Blocks until no effect is running, or until `deadline` passes (nil: no limit).
    /// True when idle.
    @discardableResult
    func waitUntilIdle(deadline: Date? = nil) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while running > 0 {
            if let deadline {
                if !condition.wait(until: deadline) { return running == 0 }
            } else {
                // Not wait(until: .distantFuture): corelibs Foundation traps converting it
                // to a timespec.
                condition.wait()
            }
        }
        return true
    }
}
