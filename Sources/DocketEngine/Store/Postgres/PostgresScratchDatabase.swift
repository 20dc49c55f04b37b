import Foundation

/// A database of its own on a PostgreSQL server, for `docket bench --db postgresql://…`: made
/// empty, dropped afterwards, so measuring never touches the agency's data.
public final class PostgresScratchDatabase {
    /// The connection string naming the new database.
    public let conninfo: String
    private let server: String
    private let name: String

    /// Needs the CREATEDB right on the server `server` names.
    public init(server: String, prefix: String) throws {
        self.server = server
        name = prefix + "_" + String(getpid()) + "_" + String(UInt32.random(in: 0...UInt32.max), radix: 16)
        let admin = try PGConnection(conninfo: server)
        try admin.exec("CREATE DATABASE \(name)")
        if server.hasPrefix("postgres://") || server.hasPrefix("postgresql://"), var url = URLComponents(string: server) {
            url.path = "/" + name
            conninfo = url.string ?? server
        } else {
            conninfo = server + " dbname=" + name
        }
    }

    /// Drops the database, whoever is still connected.
    public func drop() {
        guard let admin = try? PGConnection(conninfo: server) else { return }
        try? admin.exec("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }
}

extension PostgresStore {
    /// Whether `--db` names a PostgreSQL database (for the command line, which has no store).
    public static func names(_ path: String) -> Bool { isConnectionString(path) }
}
