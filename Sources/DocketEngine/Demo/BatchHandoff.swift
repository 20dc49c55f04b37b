import Foundation

/// Hands batches from one producing thread to one consuming thread, holding at most `depth`
/// so memory stays flat however many rows pass through.
final class BatchHandoff<Batch>: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [Batch] = []
    private var finished = false
    private var cancelled = false
    private let depth: Int

    init(depth: Int) { self.depth = depth }

    /// Waits for room; false when the consumer gave up (stop producing).
    func put(_ batch: Batch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= depth && !cancelled { condition.wait() }
        if cancelled { return false }
        queue.append(batch)
        condition.broadcast()
        return true
    }

    /// Adds a batch if there is room, without waiting; false when there is none.
    func offer(_ batch: Batch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard queue.count < depth && !cancelled else { return false }
        queue.append(batch)
        condition.broadcast()
        return true
    }

    /// The next batch if one is waiting, without waiting for one.
    func takeIfReady() -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        guard !queue.isEmpty else { return nil }
        let batch = queue.removeFirst()
        condition.broadcast()
        return batch
    }

    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, or nil once the producer finished and everything was taken.
    func take() -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !finished { condition.wait() }
        if queue.isEmpty { return nil }
        let batch = queue.removeFirst()
        condition.broadcast()
        return batch
    }

    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
