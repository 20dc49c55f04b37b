import Foundation

/// The PostgreSQL case store: an agency's Docket on a server many hosts reach.
///
/// Isolation: every write transaction runs at READ COMMITTED and first takes one
/// transaction-scoped advisory lock (`pg_advisory_xact_lock`), the same write lock SQLite's
/// `BEGIN IMMEDIATE` takes. Every command appends to the one hash chain (its id and previous
/// hash are read, then written), numbers new tasks and refs past the highest, and moves
/// counters other commands move too; under SERIALIZABLE nearly every pair of concurrent
/// commands would collide on the chain's tip and be retried, so commands queue on the lock
/// instead, each waiting a commit (about a millisecond). Versions still refuse a lost update
/// across the read a person saw and the command they gave. Reads take no lock: a report or
/// an export reads one REPEATABLE READ snapshot.
public final class PostgresStore: CaseStore {
    let db: PGConnection
    /// The connection string as given (several hosts included); never shown with a password.
    let conninfo: String
    var path: String { db.shownTarget }
    /// True while a bulk load runs: counters are written once at its end instead of per row.
    var countersDeferred = false
    /// People's keys read or made in the current transaction (see PostgresStore+PersonalKeys).
    var personalKeys: [Int64: [UInt8]] = [:]

    /// The person's own role this connection is, when it is one (schema v4's policies bind it);
    /// nil for the owner or a superuser, whom they do not bind.
    let boundRole: String?

    private init(db: PGConnection, conninfo: String) throws {
        self.db = db
        self.conninfo = conninfo
        boundRole = try db.scalarText("""
            SELECT r.rolname::text FROM pg_roles r WHERE r.rolname = current_user AND NOT r.rolsuper
               AND to_regclass('public.cases') IS NOT NULL
               AND NOT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = to_regclass('public.cases')), 'MEMBER')
            """)
    }

    func sessionRole() throws -> String? { boundRole }

    func storedBytes() throws -> Int64 { try db.scalarInt("SELECT pg_database_size(current_database())") ?? 0 }

    /// Whether `--db` / `DOCKET_DB` names a PostgreSQL database rather than a file: a
    /// `postgresql://` or `postgres://` URI, or libpq's `key=value` form.
    static func isConnectionString(_ s: String) -> Bool {
        let t = s.trimmingCharacters(in: .whitespaces)
        if t.hasPrefix("postgresql://") || t.hasPrefix("postgres://") { return true }
        return t.range(of: "^[a-z_]+\\s*=", options: .regularExpression) != nil
    }

    /// Connects; with `create`, makes the schema in a database that holds no Docket yet.
    static func open(conninfo: String, create: Bool = false, migrate: Bool = true) throws -> PostgresStore {
        let store = try PostgresStore(db: try PGConnection(conninfo: conninfo), conninfo: conninfo)
        let present = try store.hasDocketSchema()
        if create && present {
            throw DocketError.refused("a Docket database already exists in \(store.path); it was left as it is; choose an empty database (`createdb NAME`)")
        }
        if !create && !present {
            throw DocketError.refused("no Docket database at \(store.path); create one with `docket demo` (synthetic backlog) or `docket init` (empty, for an agency file)")
        }
        if create, let other = try store.db.scalarText("SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN ('agency', 'cases', 'event') LIMIT 1") {
            throw DocketError.refused("\(store.path) already has a table named \(other) that Docket did not make; use an empty database (`createdb NAME`)")
        }
        if create || migrate { try store.migrate() }
        return store
    }

    /// Whether the database a connection string names holds a Docket already.
    public static func holdsDocket(conninfo: String) throws -> Bool {
        try PostgresStore(db: try PGConnection(conninfo: conninfo), conninfo: conninfo).hasDocketSchema()
    }

    func hasDocketSchema() throws -> Bool {
        try db.scalarInt("SELECT count(*) FROM pg_class WHERE oid = to_regclass('public.docket_schema')") == 1
    }

    func schemaVersion() throws -> Int {
        guard try hasDocketSchema() else { return 0 }
        return Int(try db.scalarInt("SELECT max(version) FROM docket_schema") ?? 0)
    }

    /// Applies the migrations not yet applied, under the write lock (two first opens do not
    /// both migrate). Forward only: a newer schema is refused.
    func migrate() throws {
        if try schemaVersion() == PostgresSchema.currentVersion { return }
        if let role = boundRole, try hasDocketSchema() {
            throw DocketError.refused("\(path) is at PostgreSQL schema \(try schemaVersion()) and this docket needs \(PostgresSchema.currentVersion); a person's role (\(role)) may not change the schema: the database's owner runs any docket command on it once to bring it forward")
        }
        try db.transaction {
            try db.exec("CREATE TABLE IF NOT EXISTS docket_schema(version BIGINT PRIMARY KEY, applied_at BIGINT NOT NULL)")
            let current = try schemaVersion()
            if current > PostgresSchema.currentVersion {
                throw DocketError.refused("\(path) was made by a newer Docket (PostgreSQL schema \(current), this one knows \(PostgresSchema.currentVersion)); upgrade docket")
            }
            for version in current..<PostgresSchema.currentVersion {
                try db.exec(PostgresSchema.migrations[version])
                try db.run("INSERT INTO docket_schema(version, applied_at) VALUES (?, ?)",
                           [.int(Int64(version + 1)), .int(Int64(Date().timeIntervalSince1970))])
            }
        }
    }

    /// Removes every Docket table (a demo `--force`, or a create that failed half way).
    static func dropDocketTables(conninfo: String) throws {
        let db = try PGConnection(conninfo: conninfo)
        try db.transaction {
            for t in PostgresSchema.tables { try db.exec("DROP TABLE IF EXISTS \(t) CASCADE") }
            for f in PostgresSchema.functions { try db.exec("DROP FUNCTION IF EXISTS \(f) CASCADE") }
        }
    }

    @discardableResult
    func transaction<T>(_ body: () throws -> T) throws -> T {
        forgetPersonalKeys()
        defer { forgetPersonalKeys() }
        return try db.transaction(.write, body)
    }
    func readTransaction<T>(_ body: () throws -> T) throws -> T {
        forgetPersonalKeys()
        defer { forgetPersonalKeys() }
        return try db.transaction(.read, body)
    }
    func endOfCall() { forgetPersonalKeys() }
    func secondConnection() throws -> any CaseStore { try PostgresStore.open(conninfo: conninfo, migrate: false) }
    var connectionLost: Bool { db.isLost }
    func reconnect() throws -> String { try db.reconnect() }
    var answeredStatements: Int { db.answered }

    // MARK: agency

    func agencySource() throws -> String? { try db.scalarText("SELECT source FROM agency WHERE id = 1") }

    func saveAgency(name: String, source: String, at: Int64, departments: [Department]) throws {
        try db.run("INSERT INTO agency(id, name, source, created_at) VALUES (1, ?, ?, ?)", [.text(name), .text(source), .int(at)])
        for d in departments { try addDepartment(d) }
    }

    // MARK: staff

    func insertStaff(_ s: StaffMember, at: Int64) throws {
        try db.run("INSERT INTO staff(login, name, role, active, created_at) VALUES (?, ?, ?, ?, ?)",
                   [.text(s.login), .text(s.name), .text(s.role.rawValue), .int(s.active ? 1 : 0), .int(at)])
        for d in s.departments {
            try db.run("INSERT INTO staff_department(login, department) VALUES (?, ?)", [.text(s.login), .text(d)])
        }
        try grantStaffRole(s)
    }

    private func readStaff(_ s: PGStatement) -> StaffMember {
        var member = StaffMember(login: s.text(0), name: s.text(1), role: Role(rawValue: s.text(2)) ?? .clerk,
                                 departments: [], active: s.int(3) != 0)
        member.awayUntil = s.optionalInt(4).map { Day(Int($0)) }
        return member
    }

    func staff(login: String) throws -> StaffMember? {
        let s = db.statement("SELECT login, name, role, active, away_until FROM staff WHERE login = ?")
        try s.bind([.text(login)])
        guard try s.step() else { return nil }
        var member = readStaff(s)
        member.departments = try departments(of: login)
        return member
    }

    func allStaff() throws -> [StaffMember] {
        let s = db.statement("SELECT login, name, role, active, away_until FROM staff ORDER BY login")
        var out: [StaffMember] = []
        while try s.step() { out.append(readStaff(s)) }
        for i in out.indices { out[i].departments = try departments(of: out[i].login) }
        return out
    }

    func updateStaff(_ s: StaffMember) throws {
        // Through a person's role only who is away may change (a supervisor's `staff away`);
        // the rest of the staff list is the owner's.
        if let role = boundRole {
            guard let was = try staff(login: s.login) else { return }
            var onlyAway = was
            onlyAway.awayUntil = s.awayUntil
            guard onlyAway == s else {
                throw DocketError.refused("changing \(s.login)'s role, departments or name is the database owner's on PostgreSQL, and this connection is role \(role); run it with --db naming the owner's role (user=…)")
            }
            try db.run("UPDATE staff SET away_until = ? WHERE login = ?",
                       [s.awayUntil.map { SQLValue.int(Int64($0.number)) } ?? .null, .text(s.login)])
            return
        }
        try db.run("UPDATE staff SET name = ?, role = ?, active = ?, away_until = ? WHERE login = ?",
                   [.text(s.name), .text(s.role.rawValue), .int(s.active ? 1 : 0),
                    s.awayUntil.map { SQLValue.int(Int64($0.number)) } ?? .null, .text(s.login)])
        try db.run("DELETE FROM staff_department WHERE login = ?", [.text(s.login)])
        for d in s.departments {
            try db.run("INSERT INTO staff_department(login, department) VALUES (?, ?)", [.text(s.login), .text(d)])
        }
        try grantStaffRole(s)
    }

    private func departments(of login: String) throws -> [String] {
        let s = db.statement("SELECT department FROM staff_department WHERE login = ? ORDER BY department")
        try s.bind([.text(login)])
        var out: [String] = []
        while try s.step() { out.append(s.text(0)) }
        return out
    }

    // MARK: counts

    func count(_ table: StoreTable) throws -> Int {
        Int(try db.scalarInt("SELECT count(*) FROM \(table.rawValue)") ?? 0)
    }

    func openCaseCount() throws -> Int {
        Int(try db.scalarInt("SELECT count(*) FROM cases WHERE closed_at IS NULL") ?? 0)
    }

    // MARK: backups

    /// A PostgreSQL database is backed up by its server's tools, which see every table and role.
    func backup(to destination: String) throws {
        throw DocketError.refused("docket backup copies an SQLite file; for PostgreSQL use `pg_dump --format=custom --file=\(destination) '\(path)'` (or a base backup with pg_basebackup)")
    }

    // MARK: bulk loads

    /// Loads a lot of rows: counters are tallied by the body and written once at the end, and
    /// the planner is given the new shape of the tables (ANALYZE).
    @discardableResult
    func bulkLoad(_ body: () throws -> CounterDelta) throws -> DemoLoadTimes {
        countersDeferred = true
        defer { countersDeferred = false }
        var counters = CounterDelta()
        var times = DemoLoadTimes()
        times.writingMs = try Stopwatch.ms { counters = try body() }
        times.indexingMs = try Stopwatch.ms {
            try transaction {
                countersDeferred = false
                try apply(counters)
                try db.exec("INSERT INTO counter_department(department) SELECT code FROM department ON CONFLICT DO NOTHING")
            }
            try db.exec("ANALYZE")
        }
        return times
    }

    func withLargeCache<T>(_ body: () throws -> T) throws -> T { try body() }
    func checkpointAfterBulk() {}
}
