import Foundation

extension Engine {
    /// What a migration copied and found on both sides.
    public struct MigrationReport: Sendable {
        public var target: String
        public var cases: Int
        public var events: Int
        public var chainHead: String
    }

    /// Copies this SQLite database into an empty PostgreSQL database (`conninfo`), then
    /// verifies: the same rows in every table, the same chain head, the chain whole and
    /// `check` clean on both sides. Admins only; a target holding anything of Docket's is
    /// refused, and a target that fails verification is emptied again.
    public func migrate(to conninfo: String, as actor: StaffMember) throws -> MigrationReport {
        guard actor.role == .admin else {
            throw DocketError.refused("migrating the database is for admins; \(actor.login) is a \(actor.role.rawValue)")
        }
        guard PostgresStore.isConnectionString(conninfo) else {
            throw DocketError.usage("--to takes a PostgreSQL connection string (postgresql://HOST/DB or 'host=… dbname=…'); got \(conninfo)")
        }
        guard let source = store as? SQLiteStore else {
            throw DocketError.refused("\(path) is on PostgreSQL already; migrate copies an SQLite database into PostgreSQL")
        }
        let before = try check(as: actor)
        guard before.ok else {
            throw DocketError.refused("\(path) does not pass `docket check` (\(before.findings.count) finding\(before.findings.count == 1 ? "" : "s"), e.g. \(before.findings[0].detail)); fix it before migrating, nothing was copied")
        }
        let target = try PostgresStore.open(conninfo: conninfo, create: true)
        do {
            try locked {
                // The SQLite write lock for the whole copy: no command lands in between.
                try source.transaction {
                    try target.copyRows(from: source)
                    let differences = try target.rowCountDifferences(from: source)
                    guard differences.isEmpty else {
                        throw DocketError.refused("the copy does not match: \(differences.joined(separator: "; ")); the PostgreSQL database was emptied again")
                    }
                    guard try source.chainHead()?.last.hash == target.chainHead()?.last.hash else {
                        throw DocketError.refused("the copied event chain ends elsewhere than the original; the PostgreSQL database was emptied again")
                    }
                }
            }
            let copy = Engine(store: target, agency: agency, clock: clock)
            let audit = try copy.verifyAudit(as: actor)
            let after = try copy.check(as: actor)
            guard audit.ok, after.ok else {
                throw DocketError.refused("the PostgreSQL copy does not pass \(audit.ok ? "`docket check` (\(after.findings[0].detail))" : "`audit verify`"); it was emptied again")
            }
            let now = clock.now
            let details = JSONText.object(["from": .string(path), "to": .string(target.path)])
            try copy.locked { try target.transaction {
                try target.appendEvent(at: now, by: actor, caseId: nil, constituentId: nil, kind: "database_migrated", reason: nil, details: details)
            } }
            try locked { try store.transaction {
                try store.appendEvent(at: now, by: actor, caseId: nil, constituentId: nil, kind: "database_migrated", reason: nil, details: details)
            } }
            return MigrationReport(target: target.path, cases: try target.count(.cases), events: try target.count(.event),
                                   chainHead: try target.chainHead()?.last.hash ?? EventChain.genesisHash)
        } catch {
            Engine.removeDatabaseFiles(conninfo)
            throw error
        }
    }
}
