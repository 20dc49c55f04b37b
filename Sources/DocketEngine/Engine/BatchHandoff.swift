import Foundation

/// Hands batches from one producing thread to one consuming thread, holding at most `depth`
/// so memory stays flat however many rows pass through: a demo's tapes, an import's checked
/// rows. Either side can stop the other: `finish` (no more batches) or `cancel`.
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
        return append(batch)
    }

    /// Adds a batch if there is room, without waiting; false when there is none.
    func offer(_ batch: Batch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        return queue.count < depth && append(batch)
    }

    /// The next batch, or nil once the producer finished and everything was taken.
    func take() -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !finished { condition.wait() }
        return removeFirst()
    }

    /// The next batch if one is waiting, without waiting for one.
    func takeIfReady() -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        return removeFirst()
    }

    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    // The two below are called with the lock held.

    private func append(_ batch: Batch) -> Bool {
        if cancelled { return false }
        queue.append(batch)
        condition.broadcast()
        return true
    }

    private func removeFirst() -> Batch? {
        if queue.isEmpty { return nil }
        let batch = queue.removeFirst()
        condition.broadcast()
        return batch
    }

    /// Stops both sides: `put` and `offer` refuse, and `take` returns nil at once, dropping
    /// what was waiting.
    func cancel() {
        condition.lock()
        cancelled = true
        finished = true
        queue.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
