import CSQLite
import Foundation

/// A failure from SQLite, phrased for the person who has to act on it.
public struct StoreError: Error, CustomStringConvertible {
    public let code: Int32
    public let message: String
    public var description: String { message }

    /// The disk (or the file size limit, `ulimit -f`) left no room for what SQLite had to write.
    public var isDiskFull: Bool { code & 0xFF == SQLITE_FULL }

    static func from(_ db: OpaquePointer?, _ code: Int32, path: String, doing: String,
                     readOnlyRefusal: StoreError? = nil) -> StoreError {
        let raw = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
        var primary = code & 0xFF
        // SQLite says "disk I/O error" when the -shm or the -wal cannot grow; the cause is the
        // same full disk, so it is reported (and coded) as one.
        if primary == SQLITE_IOERR, let db, [ENOSPC, EFBIG].contains(sqlite3_system_errno(db)) { primary = SQLITE_FULL }
        let advice: String
        switch primary {
        case SQLITE_BUSY, SQLITE_LOCKED:
            advice = "the database \(path) is locked by another docket process; try again in a moment"
        case SQLITE_CORRUPT, SQLITE_NOTADB:
            advice = "\(path) is not a usable Docket database (\(raw)); restore it from a backup (`docket backup` makes one) or point --db elsewhere"
        case SQLITE_READONLY:
            if let readOnlyRefusal { return readOnlyRefusal }
            if let stuck = StoreError.unwritableCompanion(of: path) {
                advice = "\(stuck) cannot be written (left by someone who could only read the database?); when no docket is running, remove it (`rm \(stuck)`) or make it writable (`chmod 600 \(stuck)`)"
            } else {
                advice = "\(path) is read-only (\(raw)); check the file's permissions and its folder's"
            }
        case SQLITE_CANTOPEN where unwritableCompanion(of: path) != nil:
            advice = "\(unwritableCompanion(of: path)!) cannot be written (left by someone who could only read the database?); when no docket is running, remove it or make it writable"
        case SQLITE_CANTOPEN:
            advice = "cannot open \(path) (\(raw)); check that the folder exists and is writable"
        case SQLITE_FULL:
            let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
            advice = "disk full: no room to write \(path) (the disk is full, or this process's file size limit `ulimit -f` is reached); nothing was changed; free space on the disk holding \(folder) (`df -h \(folder)` shows it; old backups, exports and rejects files are candidates) and try again"
            return StoreError(code: SQLITE_FULL, message: advice)
        case SQLITE_CONSTRAINT:
            advice = raw
        default:
            advice = "\(raw) while \(doing)"
        }
        return StoreError(code: code, message: advice)
    }

    /// A `-wal` or `-shm` beside a writable database that this process cannot write: SQLite
    /// then says the database is read-only, which names the wrong file.
    static func unwritableCompanion(of path: String) -> String? {
        func writable(_ p: String) -> Bool { faccessat(AT_FDCWD, p, W_OK, AT_EACCESS) == 0 }
        guard writable(path) else { return nil }
        return ["-wal", "-shm"].map { path + $0 }.first { access($0, F_OK) == 0 && !writable($0) }
    }
}

/// A value bound to or read from a statement.
enum SQLValue: Equatable {
    case null, int(Int64), double(Double), text(String)
}

/// One SQLite connection with a prepared-statement cache. Only the store uses it.
final class Database {
    let handle: OpaquePointer
    let path: String
    private var cache: [String: OpaquePointer] = [:]
    private var transactionDepth = 0
    /// What a write on this connection is answered with when it may only read (nil: it may write).
    var readOnlyRefusal: StoreError?

    /// Process-wide settings SQLite takes only before its first connection.
    private static let configured: Void = { _ = docket_sqlite_disable_memstatus() }()

    /// `immutable` reads the file as it lies, with no locks and no `-wal`/`-shm` made beside
    /// it: only for a file no one is writing (SQLite's `immutable=1`).
    init(path: String, readOnly: Bool = false, immutable: Bool = false) throws {
        Database.configured
        var db: OpaquePointer?
        var flags = (readOnly || immutable ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) | SQLITE_OPEN_NOMUTEX
        var name = path
        if immutable {
            flags |= SQLITE_OPEN_URI
            name = "file:" + Database.uriEscaped(path) + "?immutable=1"
        }
        let rc = sqlite3_open_v2(name, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let err = StoreError.from(db, rc, path: path, doing: "opening")
            sqlite3_close(db)
            throw err
        }
        handle = db
        self.path = path
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, 5000)
    }

    deinit {
        for stmt in cache.values { sqlite3_finalize(stmt) }
        sqlite3_close_v2(handle)
    }

    func error(_ rc: Int32, _ doing: String) -> StoreError {
        StoreError.from(handle, rc, path: path, doing: doing, readOnlyRefusal: readOnlyRefusal)
    }

    /// A path as the path part of an SQLite URI: `%`, `?` and `#` would end or change it.
    static func uriEscaped(_ path: String) -> String {
        var out = ""
        for b in path.utf8 {
            if b == 0x25 || b == 0x3F || b == 0x23 || b >= 0x80 { out += String(format: "%%%02X", b) } else { out.unicodeScalars.append(UnicodeScalar(b)) }
        }
        return out
    }

    /// Runs one or more statements with no parameters and no results.
    func exec(_ sql: String) throws {
        var msg: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &msg)
        if let msg { sqlite3_free(msg) }
        if rc != SQLITE_OK { throw error(rc, "running \(sql.prefix(60))") }
    }

    /// A cached prepared statement, reset and with its bindings cleared.
    /// The same, taking its text from `rowText` (see RowTextBuffer): for bulk writers only.
    func statement(rowText: RowTextBuffer, _ sql: String) throws -> Statement {
        var s = try statement(sql)
        s.rowText = rowText
        return s
    }

    func statement(_ sql: String) throws -> Statement {
        if let stmt = cache[sql] {
            sqlite3_reset(stmt)
            sqlite3_clear_bindings(stmt)
            return Statement(stmt: stmt, db: self)
        }
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &stmt, nil)
        guard rc == SQLITE_OK, let stmt else { throw error(rc, "preparing \(sql.prefix(80))") }
        cache[sql] = stmt
        return Statement(stmt: stmt, db: self)
    }

    /// Runs `body` in one transaction (nested calls join the outer one). IMMEDIATE takes the
    /// write lock up front so two writers wait on the busy timeout instead of deadlocking.
    @discardableResult
    func transaction<T>(immediate: Bool = true, _ body: () throws -> T) throws -> T {
        if transactionDepth > 0 {
            transactionDepth += 1
            defer { transactionDepth -= 1 }
            return try body()
        }
        // A statement still on a row holds a read snapshot; a write transaction begun on top of
        // it cannot take the write lock once another process has committed since (SQLite answers
        // "database is locked" at once, without waiting out the busy timeout). End them first.
        resetAll()
        try exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN")
        transactionDepth = 1
        do {
            let result = try body()
            transactionDepth = 0
            resetAll()
            try exec("COMMIT")
            return result
        } catch {
            transactionDepth = 0
            resetAll()
            try? exec("ROLLBACK")
            throw error
        }
    }

    /// Ends every cached statement's run. A statement left on a row keeps its read transaction
    /// open: COMMIT would fail and readers would pin an old WAL snapshot.
    func resetAll() {
        for stmt in cache.values { sqlite3_reset(stmt) }
    }

    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    var changes: Int { Int(sqlite3_changes(handle)) }

    func scalarInt(_ sql: String, _ args: [SQLValue] = []) throws -> Int64? {
        let s = try statement(sql)
        try s.bind(args)
        return try s.step() ? s.optionalInt(0) : nil
    }

    func scalarText(_ sql: String, _ args: [SQLValue] = []) throws -> String? {
        let s = try statement(sql)
        try s.bind(args)
        return try s.step() ? s.optionalText(0) : nil
    }

    func run(_ sql: String, _ args: [SQLValue] = []) throws {
        let s = try statement(sql)
        try s.bind(args)
        _ = try s.step()
    }
}

/// A prepared statement borrowed from the cache for one use.
struct Statement {
    let stmt: OpaquePointer
    unowned let db: Database
    /// When set, text is bound from this buffer (bulk inserts) rather than copied by SQLite.
    var rowText: RowTextBuffer?

    init(stmt: OpaquePointer, db: Database, rowText: RowTextBuffer? = nil) {
        self.stmt = stmt
        self.db = db
        self.rowText = rowText
    }

    func bind(_ values: [SQLValue]) throws {
        for (i, v) in values.enumerated() { try bind(v, at: Int32(i + 1)) }
    }

    func bind(_ value: SQLValue, at index: Int32) throws {
        let rc: Int32
        switch value {
        case .null: rc = sqlite3_bind_null(stmt, index)
        case .int(let i): rc = sqlite3_bind_int64(stmt, index, i)
        case .double(let d): rc = sqlite3_bind_double(stmt, index, d)
        case .text(let s): rc = bindText(s, at: index)
        }
        if rc != SQLITE_OK { throw db.error(rc, "binding a value") }
    }

    func bind(_ value: Int64, at index: Int32) { sqlite3_bind_int64(stmt, index, value) }
    func bind(_ value: String, at index: Int32) { _ = bindText(value, at: index) }

    /// Binds the string's UTF-8 bytes with their length: a short Swift string passed as a C
    /// string would first be copied into a new array, and bulk loads bind millions of them.
    private func bindText(_ value: String, at index: Int32) -> Int32 {
        if let rowText { return rowText.bind(value, to: stmt, at: index) }
        var value = value
        return value.withUTF8 { bytes in
            // An empty buffer may have no address, and a null pointer would bind NULL.
            guard let base = bytes.baseAddress else { return sqlite3_bind_text(stmt, index, "", 0, nil) }
            return sqlite3_bind_text(stmt, index, base, Int32(bytes.count), docket_sqlite_transient())
        }
    }
    func bind(_ value: String?, at index: Int32) {
        if let value { bind(value, at: index) } else { sqlite3_bind_null(stmt, index) }
    }
    func bind(_ value: Int64?, at index: Int32) {
        if let value { bind(value, at: index) } else { sqlite3_bind_null(stmt, index) }
    }

    /// Steps once: true when a row is ready, false when done.
    func step() throws -> Bool {
        let rc = sqlite3_step(stmt)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE:
            rowText?.rowDone()
            return false
        default:
            rowText?.rowDone()
            sqlite3_reset(stmt)
            throw db.error(rc, "running \(String(cString: sqlite3_sql(stmt)).prefix(80))")
        }
    }

    /// Re-runs the statement with new bindings (bulk inserts).
    func reset() {
        sqlite3_reset(stmt)
    }

    func int(_ col: Int32) -> Int64 { sqlite3_column_int64(stmt, col) }
    var columnCount: Int32 { sqlite3_column_count(stmt) }
    func isInteger(_ col: Int32) -> Bool { sqlite3_column_type(stmt, col) == SQLITE_INTEGER }
    func optionalInt(_ col: Int32) -> Int64? {
        sqlite3_column_type(stmt, col) == SQLITE_NULL ? nil : sqlite3_column_int64(stmt, col)
    }
    func text(_ col: Int32) -> String {
        guard let p = sqlite3_column_text(stmt, col) else { return "" }
        return String(cString: p)
    }
    func optionalText(_ col: Int32) -> String? {
        sqlite3_column_type(stmt, col) == SQLITE_NULL ? nil : text(col)
    }
}
