/// A store for reads only (`--read-db`, a streaming standby): it never migrates, and its
/// session makes every transaction read-only, so nothing written can reach it by mistake —
/// on the primary named as a read database as much as on a standby.
extension PostgresStore {
    static func openForReading(conninfo: String) throws -> PostgresStore {
        let store = try open(conninfo: conninfo, migrate: false)
        let version = try store.schemaVersion()
        guard version == PostgresSchema.currentVersion else {
            throw DocketError.refused(version < PostgresSchema.currentVersion
                ? "the read database \(store.path) has Docket schema \(version), this docket \(PostgresSchema.currentVersion): it is not a standby of the primary yet migrated (run any command on --db first), or it is another database; check --read-db (or DOCKET_READ_DB)"
                : "the read database \(store.path) was made by a newer Docket (schema \(version), this one knows \(PostgresSchema.currentVersion)); upgrade docket")
        }
        store.db.sessionSetup += "; SET default_transaction_read_only = on"
        try store.db.exec("SET default_transaction_read_only = on")
        return store
    }
}
