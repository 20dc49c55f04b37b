import CPostgres

/// After a failover: the same connection string connects again, and libpq, trying its hosts
/// in turn with target_session_attrs=read-write, finds the new primary.
extension PGConnection {
    /// The server is gone (killed, failed over, restarted): every statement would fail.
    var isLost: Bool { PQstatus(handle) != CONNECTION_OK }

    /// The host and port this connection reaches now, for messages ("127.0.0.1:5433").
    var connectedTo: String {
        let host = PQhost(handle).map { String(cString: $0) } ?? "?"
        let port = PQport(handle).map { String(cString: $0) } ?? "?"
        return "\(host):\(port)"
    }

    /// Connects again with the same parameters and session settings; any transaction the old
    /// connection had open is gone with it. Returns where it connected.
    @discardableResult
    func reconnect() throws -> String {
        PQreset(handle)
        guard PQstatus(handle) == CONNECTION_OK else {
            let why = String(cString: PQerrorMessage(handle)).trimmingCharacters(in: .whitespacesAndNewlines)
            throw PGConnection.connectRefusal(why, target: shownTarget)
        }
        try exec(sessionSetup)
        return connectedTo
    }
}
