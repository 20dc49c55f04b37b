import CSQLite
import Foundation

/// The SQLite case store: the only place in Docket that speaks SQL.
final class SQLiteStore: CaseStore {
    let db: Database
    let path: String
    /// True while a bulk load runs: counters are rebuilt once at its end instead of per row.
    var countersDeferred = false
    /// Where bulk inserts put a row's text for SQLite to read in place.
    lazy var rowText = RowTextBuffer()
    /// People's keys read or made in the current transaction (see SQLiteStore+PersonalKeys).
    var personalKeys: [Int64: [UInt8]] = [:]

    private init(db: Database, path: String) {
        self.db = db
        self.path = path
    }

    /// Opens an existing database, or creates one when `create` is set. New files are mode 0600:
    /// they hold citizens' personal data.
    static func open(path: String, create: Bool = false, migrate: Bool = true) throws -> SQLiteStore {
        try DatabaseFileChecks.check(path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue {
            throw DocketError.refused("\(path) is a folder; --db (or DOCKET_DB) names the database file, e.g. \((path as NSString).appendingPathComponent("docket.db"))")
        }
        let fm = FileManager.default
        let exists = fm.fileExists(atPath: path)
        if !exists {
            guard create else {
                throw DocketError.refused("no Docket database at \(path); create one with `docket demo` (synthetic backlog) or `docket init` (empty, for an agency file)")
            }
            let dir = (path as NSString).deletingLastPathComponent
            if !dir.isEmpty {
                try fm.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            }
            Glibc.close(try PrivateFile.createNew(path, what: "the database"))
        }
        // Before anything that writes (journal_mode=WAL rewrites the header): a file that is not
        // a Docket database is refused as it is, byte for byte.
        if exists && !create { try refuseUnlessDocket(path) }
        // The effective ids: an installed docket opens the store as its service account.
        if exists && faccessat(AT_FDCWD, path, W_OK, AT_EACCESS) != 0 {
            let refusal = StoreError(code: SQLITE_READONLY, message: "\(path) may only be read by this account, so nothing was changed; to change it, ask for write access to the file (its owner: `chmod u+w \(path)`)")
            return try openReadOnly(path, refusal: refusal, migrate: migrate)
        }
        if exists { try repairOrNameUnwritableCompanions(path) }
        let db = try Database(path: path)
        let store = SQLiteStore(db: db, path: path)
        do {
            try store.configure()
        } catch let e as StoreError where e.isDiskFull && exists && !create {
            // Reading needs no room: open it to read, and say "disk full" at the first write.
            return try openReadOnly(path, refusal: e, migrate: migrate)
        }
        if migrate { try store.migrate() }
        return store
    }

    /// A `-wal` or `-shm` that cannot be written stops every write, and SQLite's refusal names
    /// the database instead. One of our own is given back its write bit (SQLite would do the
    /// same, but only after failing once); someone else's is named with what to do.
    private static func repairOrNameUnwritableCompanions(_ path: String) throws {
        for companion in [path + "-wal", path + "-shm"] {
            var st = stat()
            guard stat(companion, &st) == 0, faccessat(AT_FDCWD, companion, W_OK, AT_EACCESS) != 0 else { continue }
            if st.st_uid == geteuid() && chmod(companion, 0o600) == 0 { continue }
            throw DocketError.refused("\(companion) cannot be written by this account (left by someone who could only read the database?), so \(path) cannot be opened; when no docket is running, remove it (`rm \(companion)`) or give it back to the database's owner")
        }
    }

    /// Whether a `-wal` beside the database holds anything: only then must a reader go through it.
    private static func hasWriteAheadLog(_ path: String) -> Bool {
        var st = stat()
        return stat(path + "-wal", &st) == 0 && st.st_size > 0
    }

    /// A connection that may only read. With no write-ahead log beside the file, it reads the
    /// file as it lies and makes no `-wal`/`-shm` (those would keep this account's rights and
    /// stop the next writer); a log that is there is read through SQLite as usual.
    private static func openReadOnly(_ path: String, refusal: StoreError, migrate: Bool) throws -> SQLiteStore {
        let db = try Database(path: path, readOnly: true, immutable: !hasWriteAheadLog(path))
        db.readOnlyRefusal = refusal
        let store = SQLiteStore(db: db, path: path)
        try db.exec("PRAGMA foreign_keys=ON")
        if migrate { try store.migrate() }
        return store
    }

    /// Reads the schema version and objects through a read-only connection that changes
    /// nothing on disk; refuses an empty file, a file that is not SQLite, and another program's
    /// SQLite file.
    private static func refuseUnlessDocket(_ path: String) throws {
        var st = stat()
        if stat(path, &st) == 0 && st.st_size == 0 && !hasWriteAheadLog(path) {
            throw DocketError.refused("\(path) is an empty file, not a Docket database; left as it is; point --db at a Docket database, or remove it and create one with `docket init` or `docket demo`")
        }
        let version: Int64, objects: Int64
        do {
            let probe = try Database(path: path, readOnly: true, immutable: !hasWriteAheadLog(path))
            version = try probe.scalarInt("PRAGMA user_version") ?? 0
            objects = try probe.scalarInt("SELECT count(*) FROM sqlite_schema") ?? 0
            probe.resetAll()
        } catch let e as StoreError where e.code & 0xFF == SQLITE_NOTADB {
            throw DocketError.refused("\(path) is not a usable Docket database (not an SQLite file: another program's file, or one damaged past reading); left as it is; restore it from a backup (`docket backup` makes one) or point --db at a Docket database")
        }
        if version == 0 && objects > 0 {
            throw DocketError.refused("\(path) is an SQLite file but not a Docket database; left as it is; point --db at a Docket database")
        }
    }

    func configure() throws {
        // journal_mode answers with a row; read it so a non-database file fails here, clearly.
        let mode = try db.scalarText("PRAGMA journal_mode=WAL")
        db.resetAll()
        if mode?.lowercased() != "wal" {
            throw DocketError.refused("\(path) could not be switched to WAL mode (got \(mode ?? "nothing")); is it on a network file system?")
        }
        // secure_delete: what is deleted or overwritten is zeroed on disk, so an erased person's
        // data cannot be read back from free pages or free space in a page.
        try db.exec("PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL; PRAGMA secure_delete=ON;")
    }

    func userVersion() throws -> Int { Int(try db.scalarInt("PRAGMA user_version") ?? 0) }

    /// Applies the migrations not yet applied, each in its own transaction. Forward only:
    /// a database newer than this program is refused rather than guessed at.
    func migrate(to target: Int = Schema.currentVersion) throws {
        let current = try userVersion()
        if current > Schema.currentVersion {
            throw DocketError.refused("\(path) was made by a newer Docket (schema \(current), this one knows \(Schema.currentVersion)); upgrade docket")
        }
        guard current < target else { return }
        // The checks above leave their statements on a row; a migration that drops a table
        // (v4 rebuilds the drafts) fails while any statement of this connection is running.
        db.resetAll()
        for version in current..<target {
            try db.transaction {
                try db.exec(Schema.migrations[version])
                try db.exec("PRAGMA user_version = \(version + 1)")
            }
        }
    }

    @discardableResult
    func transaction<T>(_ body: () throws -> T) throws -> T {
        forgetPersonalKeys()
        defer { forgetPersonalKeys() }
        return try db.transaction(body)
    }
    func readTransaction<T>(_ body: () throws -> T) throws -> T {
        forgetPersonalKeys()
        defer { forgetPersonalKeys() }
        return try db.transaction(immediate: false, body)
    }
    func endOfCall() {
        forgetPersonalKeys()
        db.resetAll()
    }
    /// For a reading thread beside a bulk job (an import's reader): read-only, with a cache
    /// large enough to keep the indexes it probes (the national ids) in memory.
    /// One host's file: the service account's rights are the wall beneath, not a role.
    func sessionRole() throws -> String? { nil }

    func storedBytes() throws -> Int64 {
        (try db.scalarInt("PRAGMA page_count") ?? 0) * (try db.scalarInt("PRAGMA page_size") ?? 0)
    }

    func secondConnection() throws -> any CaseStore {
        let other = try SQLiteStore.open(path: path, migrate: false)
        try other.db.exec("PRAGMA query_only=1; PRAGMA cache_size=-131072")
        return other
    }
    func eventChainTip() throws -> EventChain { try EventChain.tip(of: self) }

    /// Loads a lot of rows into a database nobody else is using yet: secondary indexes are
    /// dropped first and built again afterwards (one sort each instead of millions of random
    /// inserts), there is no journal and no fsync until the end (the caller deletes the file if
    /// the load fails), and the name index is rebuilt in one pass. The body returns what its rows
    /// add to the dashboard counters, which are written once at the end.
    /// Indexes whose keys a bulk load makes in ascending order (rows by case, cases by opening
    /// time) or nearly so (by constituent: four cases in five bring a new person): SQLite
    /// appends to them on the writing thread, which has time to spare while the generator sets
    /// the pace, instead of sorting them afterwards while the other core idles.
    static let indexesKeptThroughBulkLoad: Set<String> = [
        "event_case", "task_case", "ledger_case", "decision_case", "cases_all_age", "cases_open_age",
        "cases_constituent", "event_constituent",
    ]

    @discardableResult
    func bulkLoad(_ body: () throws -> CounterDelta) throws -> DemoLoadTimes {
        let defs = try db.statement("""
            SELECT name, sql FROM sqlite_schema
            WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('cases', 'task', 'event', 'constituent', 'ledger', 'decision')
            """)
        var indexes: [(String, String)] = []
        while try defs.step() {
            if !SQLiteStore.indexesKeptThroughBulkLoad.contains(defs.text(0)) { indexes.append((defs.text(0), defs.text(1))) }
        }
        try db.exec("PRAGMA journal_mode=OFF")
        // The rows are made to reference each other correctly (DemoDeterminismTests checks with
        // foreign_key_check); checking each reference as it is written cost the writer 7%.
        // configure() switches the checks back on.
        try db.exec("PRAGMA foreign_keys=OFF")
        // threads: CREATE INDEX may sort on the second core. mmap: each CREATE INDEX scans a
        // table of hundreds of megabytes, and mapped pages are read without a copy per page.
        try db.exec("PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; PRAGMA threads=2; PRAGMA mmap_size=2147418112")
        try db.transaction { for (name, _) in indexes { try db.exec("DROP INDEX \(name)") } }
        countersDeferred = true
        defer { countersDeferred = false }
        var counters = CounterDelta()
        var times = DemoLoadTimes()
        do {
            times.writingMs = try Stopwatch.ms { counters = try body() }
        } catch {
            try? db.transaction { for (_, sql) in indexes { try db.exec(sql) } }
            throw error
        }
        times.indexingMs = try Stopwatch.ms {
            try db.transaction {
                for (_, sql) in indexes { try db.exec(sql) }
                try rebuildSearchIndex()
                countersDeferred = false
                try apply(counters)
                // Every department has its row, as a rebuild leaves them, even with nothing open.
                try db.exec("INSERT OR IGNORE INTO counter_department(department) SELECT code FROM department")
            }
            // A sampled ANALYZE: the planner needs the shape of the data, not an exact census.
            try db.exec("PRAGMA synchronous=FULL; PRAGMA cache_size=-2000; PRAGMA threads=0; PRAGMA mmap_size=0; PRAGMA analysis_limit=400; ANALYZE")
        }
        try configure()
        return times
    }

    // MARK: agency

    func agencySource() throws -> String? { try db.scalarText("SELECT source FROM agency WHERE id = 1") }

    func saveAgency(name: String, source: String, at: Int64, departments: [Department]) throws {
        try db.run("INSERT INTO agency(id, name, source, created_at) VALUES (1, ?, ?, ?)", [.text(name), .text(source), .int(at)])
        for d in departments {
            try db.run("INSERT INTO department(code, name) VALUES (?, ?)", [.text(d.code), .text(d.name)])
        }
    }

    // MARK: staff

    func insertStaff(_ s: StaffMember, at: Int64) throws {
        try db.run("INSERT INTO staff(login, name, role, active, created_at) VALUES (?, ?, ?, ?, ?)",
                   [.text(s.login), .text(s.name), .text(s.role.rawValue), .int(s.active ? 1 : 0), .int(at)])
        for d in s.departments {
            try db.run("INSERT INTO staff_department(login, department) VALUES (?, ?)", [.text(s.login), .text(d)])
        }
    }

    func staff(login: String) throws -> StaffMember? {
        let s = try db.statement("SELECT login, name, role, active, away_until FROM staff WHERE login = ?")
        try s.bind([.text(login)])
        guard try s.step() else { return nil }
        var member = StaffMember(login: s.text(0), name: s.text(1), role: Role(rawValue: s.text(2)) ?? .clerk,
                                 departments: [], active: s.int(3) != 0)
        member.awayUntil = s.optionalInt(4).map { Day(Int($0)) }
        member.departments = try departments(of: login)
        return member
    }

    func allStaff() throws -> [StaffMember] {
        let s = try db.statement("SELECT login, name, role, active, away_until FROM staff ORDER BY login")
        var out: [StaffMember] = []
        while try s.step() {
            var member = StaffMember(login: s.text(0), name: s.text(1), role: Role(rawValue: s.text(2)) ?? .clerk,
                                     departments: [], active: s.int(3) != 0)
            member.awayUntil = s.optionalInt(4).map { Day(Int($0)) }
            out.append(member)
        }
        for i in out.indices { out[i].departments = try departments(of: out[i].login) }
        return out
    }

    /// Saves a changed staff record: role, departments, active, away.
    func updateStaff(_ s: StaffMember) throws {
        try db.run("UPDATE staff SET name = ?, role = ?, active = ?, away_until = ? WHERE login = ?",
                   [.text(s.name), .text(s.role.rawValue), .int(s.active ? 1 : 0),
                    s.awayUntil.map { SQLValue.int(Int64($0.number)) } ?? .null, .text(s.login)])
        try db.run("DELETE FROM staff_department WHERE login = ?", [.text(s.login)])
        for d in s.departments {
            try db.run("INSERT INTO staff_department(login, department) VALUES (?, ?)", [.text(s.login), .text(d)])
        }
    }

    private func departments(of login: String) throws -> [String] {
        let s = try db.statement("SELECT department FROM staff_department WHERE login = ? ORDER BY department")
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
}


extension SQLiteStore {
    /// VACUUM INTO writes a compact, consistent snapshot as of one read transaction.
    func backup(to destination: String) throws {
        try db.run("VACUUM INTO ?", [.text(destination)])
    }
}
