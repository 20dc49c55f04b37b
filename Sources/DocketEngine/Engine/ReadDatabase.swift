import Foundation

/// `--read-db URL` / `DOCKET_READ_DB`: reports and the dashboard read from another server,
/// typically a streaming standby, to keep their reads off the primary. Everything that writes
/// still goes to `--db`; the read engine's session is read-only, so a write sent to it by
/// mistake is refused, not done.
///
/// When the read database cannot be reached, the read goes to the primary instead and the
/// person is told so (`notice`): a report is still wanted when the standby is down, and with a
/// synchronous standby (remote_apply) both give the same figures; only the load moves.
public final class ReadDatabase: @unchecked Sendable {
    let conninfo: String
    let clock: Clock
    private let lock = NSLock()
    private var engine: Engine?

    /// Refuses what is not a PostgreSQL connection string: a standby is PostgreSQL's.
    public init(_ conninfo: String, clock: Clock = .system) throws {
        guard PostgresStore.isConnectionString(conninfo) else {
            throw DocketError.usage("--read-db (or DOCKET_READ_DB) takes a PostgreSQL connection string (a standby: `postgresql://host/db` or `host=… dbname=…`); an SQLite database has no standby: leave it out")
        }
        self.conninfo = conninfo
        self.clock = clock
    }

    /// The connection string without its password, for messages.
    public var shown: String { PGConnection.redacted(conninfo) }

    /// Runs `body` on the read database; when that cannot be reached, on `primary`, with a
    /// notice saying so. A refusal that is not about reaching the server (a role's rights, a
    /// report not for this person) is thrown as it is.
    public func read<T>(primary: Engine, _ body: (Engine) throws -> T) throws -> (value: T, notice: String?) {
        let problem: String
        do {
            let reader = try lock.withLock { () throws -> Engine in
                if let engine { return engine }
                let opened = try Engine.openForReading(conninfo: conninfo, clock: clock)
                engine = opened
                return opened
            }
            return (try body(reader), nil)
        } catch let e as DocketError where e.isAboutReachingTheServer {
            // PGConnection words its refusals for --db; here they are about the read database.
            problem = e.description.replacingOccurrences(of: "--db (or DOCKET_DB)", with: "--read-db (or DOCKET_READ_DB)")
        }
        let value = try body(primary)
        return (value, "the read database (--read-db, DOCKET_READ_DB) \(shown) could not be used — \(problem) — so this was read from the primary (--db) instead; fix or restart the standby, or leave --read-db out")
    }
}

extension Engine {
    /// An engine over a read-only store: a standby, or any server named for reading.
    static func openForReading(conninfo: String, clock: Clock) throws -> Engine {
        let store = try PostgresStore.openForReading(conninfo: conninfo)
        guard let source = try store.agencySource() else {
            throw DocketError.refused("the read database \(store.path) has no agency configuration; check --read-db (or DOCKET_READ_DB)")
        }
        let agency = try AgencyParser.parse(data: Data(source.utf8), file: "\(store.path) (stored agency)")
        return Engine(store: store, agency: agency, clock: clock)
    }
}
