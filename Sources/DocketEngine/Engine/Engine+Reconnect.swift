import Foundation

/// Carrying on after a failover: a long-lived engine (the console's) whose server died
/// connects again, and a multi-host connection string with target_session_attrs=read-write
/// finds the promoted standby. A command cut off by the loss is settled by its request id.
extension Engine {
    /// Under the lock, at the start of every call: a store that lost its server tries once to
    /// connect again; when that fails too, the call itself fails saying the connection is lost.
    func reconnectIfLost() {
        guard store.connectionLost, let place = try? store.reconnect() else { return }
        noteReconnection(to: place)
    }

    func noteReconnection(to place: String) {
        moveLock.withLock {
            reconnections += 1
            untoldMove = place
        }
    }

    /// Whether the connection to the database server is lost now (and could not be made again).
    public var connectionLost: Bool { locked { store.connectionLost } }

    /// Counts reconnections: a caller that sees it change across a call knows the connection moved.
    public var connectionEpoch: Int { moveLock.withLock { reconnections } }

    /// Where the connection moved since the person was last told, once: whoever takes it says it.
    public func takeMoveNotice() -> String? {
        moveLock.withLock {
            defer { untoldMove = nil }
            return untoldMove
        }
    }

    /// Connects again now when the connection is lost; returns where it is connected, or
    /// throws why no server could be reached.
    @discardableResult
    public func reconnect() throws -> String {
        try lock.withLock {
            guard store.connectionLost else { return (store as? PostgresStore)?.db.connectedTo ?? store.path }
            let place = try store.reconnect()
            noteReconnection(to: place)
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

extension DocketError {
    /// The server could not be reached, or was lost mid-call (PGConnection's wording).
    public var isAboutReachingTheServer: Bool {
        guard case .refused(let m) = self else { return false }
        return m.hasPrefix("cannot connect to PostgreSQL") || m.hasPrefix("lost the connection") || m.hasPrefix("no server in")
    }
}
