import Foundation

/// Carrying on after a failover: a long-lived engine (the console's) whose server died
/// connects again, and a multi-host connection string with target_session_attrs=read-write
/// finds the promoted standby. A command cut off by the loss is settled by its request id.
extension Engine {
    /// Under the lock, at the start of every call: a store that lost its server tries once to
    /// connect again; when that fails too, the call itself fails saying the connection is lost.
    func reconnectIfLost() {
        guard store.connectionLost, (try? store.reconnect()) != nil else { return }
        reconnections += 1
    }

    /// Whether the connection to the database server is lost now.
    public var connectionLost: Bool { locked { store.connectionLost } }

    /// Counts reconnections: a caller that sees it change across a call knows the connection moved.
    public var connectionEpoch: Int { lock.withLock { reconnections } }

    /// Connects again now; returns where to ("127.0.0.1:5433"), or throws why not.
    @discardableResult
    public func reconnect() throws -> String {
        try lock.withLock {
            let place = try store.reconnect()
            reconnections += 1
            return place
        }
    }

    /// Whether a command done under request id `id` was saved (its id is recorded in the same
    /// transaction as its change, so this is the commit's outcome).
    public func requestWasDone(_ id: String) throws -> Bool {
        try locked { try store.request(id: id) != nil }
    }

    /// Drops a request id that no command recorded (the command failed before its change):
    /// it must not be recorded with whatever this engine does next.
    public func forgetPendingRequest() {
        lock.withLock { pendingRequest = nil }
    }
}
