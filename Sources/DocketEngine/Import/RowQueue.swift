import Foundation

/// Hands chunks of work from one thread to another, at most `limit` ahead, so an import
/// reads and checks rows on one core while SQLite writes on the other and memory stays
/// bounded. Either side can stop the other: `close` (no more work) or `cancel`.
final class RowQueue<Item>: @unchecked Sendable {
    private let condition = NSCondition()
    private var chunks: [Item] = []
    private var closed = false
    private var cancelled = false
    private let limit: Int

    init(limit: Int = 8) { self.limit = limit }

    /// False when the taker has cancelled: stop producing.
    func put(_ chunk: Item) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while chunks.count >= limit && !cancelled { condition.wait() }
        if cancelled { return false }
        chunks.append(chunk)
        condition.broadcast()
        return true
    }

    /// The next chunk, or nil once the producer has closed the queue and it is empty.
    func take() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while chunks.isEmpty && !closed { condition.wait() }
        if chunks.isEmpty { return nil }
        let chunk = chunks.removeFirst()
        condition.broadcast()
        return chunk
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    func cancel() {
        condition.lock()
        cancelled = true
        closed = true
        chunks.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
