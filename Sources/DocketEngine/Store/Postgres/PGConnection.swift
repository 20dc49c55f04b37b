import CPostgres
import Foundation

/// One libpq connection, used the way the SQLite store uses its `Database`: statements written
/// with `?` (or `?1`) placeholders, values bound as `SQLValue`s, rows read column by column.
/// Only the PostgreSQL store uses it.
final class PGConnection {
    let handle: OpaquePointer
    /// The connection string with any password taken out, for messages.
    let shownTarget: String
    private var transactionDepth = 0
    /// `?`-placeholder SQL as PostgreSQL's `$n`, worked out once per statement text.
    private var translated: [String: String] = [:]
    /// Rows the last `run` changed.
    private(set) var changes = 0
    /// Statements the server answered: an engine call whose first one found the connection
    /// lost left nothing done on the server, and may be run again once reconnected.
    var answered = 0

    /// The advisory lock every write transaction takes: see PostgresStore's comment on isolation.
    static let writeLockKey: Int64 = 0x446F_636B_6574  // "Docket"

    init(conninfo: String) throws {
        shownTarget = PGConnection.redacted(conninfo)
        // libpq takes a URI or key=value pairs, several hosts included, in the one string.
        guard let conn = PQconnectdb(conninfo) else {
            throw DocketError.refused("cannot start a PostgreSQL connection (out of memory?)")
        }
        guard PQstatus(conn) == CONNECTION_OK else {
            let why = String(cString: PQerrorMessage(conn)).trimmingCharacters(in: .whitespacesAndNewlines)
            PQfinish(conn)
            throw PGConnection.connectRefusal(why, target: shownTarget)
        }
        handle = conn
        // Notices (e.g. "relation already exists, skipping") are not the person's business.
        PQsetNoticeProcessor(conn, { _, _ in }, nil)
        try exec(sessionSetup)
    }

    /// What every session starts with, run again after a reconnect: timestamps and text come
    /// back the same whatever the server's defaults (a read store adds read-only).
    var sessionSetup = "SET client_encoding = 'UTF8'; SET search_path = public"

    deinit { PQfinish(handle) }

    /// What to do when the server cannot be reached or refuses the login.
    static func connectRefusal(_ why: String, target: String) -> DocketError {
        let lower = why.lowercased()
        if lower.contains("does not exist") && lower.contains("database") {
            return .refused("PostgreSQL at \(target) has no such database (\(why)); create it first (`createdb NAME`) or point --db (or DOCKET_DB) at an existing one")
        }
        // From another host the role's password is asked for: say where it goes, not "is the server running".
        if lower.contains("no password supplied") || lower.contains("password authentication failed") {
            let given = lower.contains("no password supplied") ? "none was given" : "the one given is not it"
            return .refused("PostgreSQL at \(target) asks this role for its password and \(given) (\(why)); put it in ~/.pgpass (mode 0600, or the file PGPASSFILE names) as a line host:port:database:role:password, rather than in --db where other people's `ps` shows it")
        }
        if lower.contains("role") && lower.contains("does not exist") || lower.contains("authentication failed")
            || lower.contains("no pg_hba.conf entry") {
            return .refused("PostgreSQL at \(target) refused the login (\(why)); ask the database administrator for a role of your login name and a pg_hba.conf entry (peer on the local socket, or a password from other hosts)")
        }
        if lower.contains("session is read-only") {
            return .refused("no server in \(target) accepts writes now: those that answered are standbys (\(why)); during a failover, try again in a few seconds, once a standby is promoted; otherwise list the primary in --db (or DOCKET_DB)")
        }
        return .refused("cannot connect to PostgreSQL at \(target) (\(why)); check that the server is running and that --db (or DOCKET_DB) names it")
    }

    /// The connection string without its password (URI `user:secret@` or `password=secret`).
    static func redacted(_ conninfo: String) -> String {
        var s = conninfo
        if let r = s.range(of: "://[^/@]*:[^/@]*@", options: .regularExpression) {
            let userPart = s[r].dropFirst(3).split(separator: ":").first ?? ""
            s.replaceSubrange(r, with: "://\(userPart):***@")
        }
        if let r = s.range(of: "password\\s*=\\s*('[^']*'|\\S+)", options: .regularExpression) {
            s.replaceSubrange(r, with: "password=***")
        }
        return s
    }

    /// A failed result as Docket's error: what went wrong, and what to do.
    func failure(_ result: OpaquePointer?, doing: String) -> DocketError {
        let state = result.flatMap { PQresultErrorField($0, Int32(UInt8(ascii: "C"))) }.map { String(cString: $0) } ?? ""
        let primary = result.flatMap { PQresultErrorField($0, Int32(UInt8(ascii: "M"))) }.map { String(cString: $0) }
            ?? String(cString: PQerrorMessage(handle)).trimmingCharacters(in: .whitespacesAndNewlines)
        if PQstatus(handle) != CONNECTION_OK || state.hasPrefix("08") || state == "57P01" {
            // Lost in the middle of a COMMIT, the change may be saved although nobody was told.
            return .refused("lost the connection to PostgreSQL at \(shownTarget) (\(primary)); a command cut off before its commit was not saved, one cut off during its commit may have been: run it again with the same --request-id and it is done exactly once (without one, look with `docket case show REF` first); with several hosts and target_session_attrs=read-write in the connection string, the next command finds the new primary")
        }
        switch state {
        case "40001", "40P01":
            return .conflict("another command changed the same rows at the same moment (\(primary)); nothing was changed; try again")
        case "42501":
            return .refused("PostgreSQL refused this for your role (\(primary)); ask the database administrator for the rights your role needs")
        case "53100":
            return .refused("disk full on the PostgreSQL server at \(shownTarget) (\(primary)); nothing was changed; ask its administrator to free space")
        case "25006":
            return .refused("the PostgreSQL server at \(shownTarget) only reads (a standby?) (\(primary)); point --db at the primary, or list every host with target_session_attrs=read-write")
        case "P0001":
            return .refused(primary)
        case _ where state.hasPrefix("23"):
            return .refused(primary)
        default:
            return .refused("\(primary) while \(doing) (PostgreSQL \(state))")
        }
    }

    // MARK: running statements

    /// Runs one or more statements with no parameters; any rows are thrown away.
    func exec(_ sql: String) throws {
        let r = PQexec(handle, sql)
        defer { PQclear(r) }
        let status = PQresultStatus(r)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            throw failure(r, doing: "running \(sql.prefix(60))")
        }
        answered += 1
    }

    /// A statement to bind and step, its `?` placeholders made `$n`.
    func statement(_ sql: String) -> PGStatement {
        if let known = translated[sql] { return PGStatement(connection: self, sql: known) }
        let pg = PGConnection.dollarPlaceholders(sql)
        translated[sql] = pg
        return PGStatement(connection: self, sql: pg)
    }

    func run(_ sql: String, _ args: [SQLValue] = []) throws {
        let s = statement(sql)
        try s.bind(args)
        try s.execute()
        changes = s.changes
    }

    func scalarInt(_ sql: String, _ args: [SQLValue] = []) throws -> Int64? {
        let s = statement(sql)
        try s.bind(args)
        return try s.step() ? s.optionalInt(0) : nil
    }

    func scalarText(_ sql: String, _ args: [SQLValue] = []) throws -> String? {
        let s = statement(sql)
        try s.bind(args)
        return try s.step() ? s.optionalText(0) : nil
    }

    /// SQLite's `?` and `?N` as `$N`, outside quoted text and names.
    static func dollarPlaceholders(_ sql: String) -> String {
        var out = String.UnicodeScalarView()
        var next = 1
        var quote: Unicode.Scalar?
        let scalars = Array(sql.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if let q = quote {
                out.append(c)
                if c == q { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c
                out.append(c)
            } else if c == "?" {
                var digits = ""
                while i + 1 < scalars.count, ("0"..."9").contains(scalars[i + 1]) {
                    i += 1
                    digits.unicodeScalars.append(scalars[i])
                }
                let n = digits.isEmpty ? next : Int(digits)!
                if digits.isEmpty { next += 1 } else { next = max(next, n + 1) }
                out.append(contentsOf: "$\(n)".unicodeScalars)
            } else {
                out.append(c)
            }
            i += 1
        }
        return String(out)
    }

    // MARK: transactions

    enum TransactionKind { case write, read }

    /// Runs `body` in one transaction (nested calls join the outer one). A write transaction
    /// takes the store's write lock first; a read one sees one snapshot.
    @discardableResult
    func transaction<T>(_ kind: TransactionKind = .write, _ body: () throws -> T) throws -> T {
        if transactionDepth > 0 {
            transactionDepth += 1
            defer { transactionDepth -= 1 }
            return try body()
        }
        switch kind {
        case .write: try exec("BEGIN ISOLATION LEVEL READ COMMITTED; SELECT pg_advisory_xact_lock(\(PGConnection.writeLockKey))")
        case .read: try exec("BEGIN ISOLATION LEVEL REPEATABLE READ")
        }
        transactionDepth = 1
        do {
            let result = try body()
            transactionDepth = 0
            try exec("COMMIT")
            return result
        } catch {
            transactionDepth = 0
            if PQtransactionStatus(handle) != PQTRANS_IDLE { try? exec("ROLLBACK") }
            throw error
        }
    }

    var inTransaction: Bool { transactionDepth > 0 }

    // MARK: COPY

    /// Runs `COPY … FROM STDIN` (text format) with the rows `fill` writes into its buffer.
    func copy(_ sql: String, _ fill: (inout [UInt8]) throws -> Void) throws {
        let start = PQexec(handle, sql)
        let status = PQresultStatus(start)
        guard status == PGRES_COPY_IN else {
            defer { PQclear(start) }
            throw failure(start, doing: "starting \(sql.prefix(60))")
        }
        PQclear(start)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        var fillError: Error?
        do { try fill(&buffer) } catch { fillError = error }
        var sent: Int32 = 1
        if fillError == nil && !buffer.isEmpty {
            sent = buffer.withUnsafeBufferPointer { bytes in
                bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    PQputCopyData(handle, $0, Int32(bytes.count))
                }
            }
        }
        _ = PQputCopyEnd(handle, fillError == nil && sent == 1 ? nil : "cancelled by docket")
        var failed: DocketError?
        while let r = PQgetResult(handle) {
            if PQresultStatus(r) != PGRES_COMMAND_OK && failed == nil { failed = failure(r, doing: "copying rows in") }
            PQclear(r)
        }
        if let fillError { throw fillError }
        if let failed { throw failed }
    }
}

/// One statement's run: values bound by position, then executed at the first `step`, its rows
/// read one after another.
final class PGStatement {
    unowned let connection: PGConnection
    let sql: String
    private var values: [SQLValue] = []
    private var result: OpaquePointer?
    private var row: Int32 = -1
    private var rowCount: Int32 = 0
    private(set) var changes = 0

    init(connection: PGConnection, sql: String) {
        self.connection = connection
        self.sql = sql
    }

    deinit { if let result { PQclear(result) } }

    func bind(_ list: [SQLValue]) throws {
        reset()
        values = list
    }

    func bind(_ value: SQLValue, at index: Int32) {
        reset()
        let i = Int(index) - 1
        if values.count <= i { values += Array(repeating: .null, count: i + 1 - values.count) }
        values[i] = value
    }

    func bind(_ value: Int64, at index: Int32) { bind(.int(value), at: index) }
    func bind(_ value: String, at index: Int32) { bind(.text(value), at: index) }
    func bind(_ value: String?, at index: Int32) { bind(value.map(SQLValue.text) ?? .null, at: index) }
    func bind(_ value: Int64?, at index: Int32) { bind(value.map(SQLValue.int) ?? .null, at: index) }

    /// Sends the statement: integers go binary (int8), text as text for the server to type.
    func execute() throws {
        reset()
        let n = values.count
        var types = [Oid](repeating: 0, count: n)
        var formats = [Int32](repeating: 0, count: n)
        var lengths = [Int32](repeating: 0, count: n)
        var buffers: [UnsafeMutablePointer<CChar>?] = Array(repeating: nil, count: n)
        defer { for b in buffers { b?.deallocate() } }
        for (i, v) in values.enumerated() {
            switch v {
            case .null: break
            case .int(let x):
                types[i] = 20
                formats[i] = 1
                lengths[i] = 8
                let p = UnsafeMutablePointer<CChar>.allocate(capacity: 8)
                withUnsafeBytes(of: x.bigEndian) { raw in
                    UnsafeMutableRawPointer(p).copyMemory(from: raw.baseAddress!, byteCount: 8)
                }
                buffers[i] = p
            case .double(let d):
                types[i] = 701
                buffers[i] = PGStatement.cText(String(d))
            case .text(let s):
                buffers[i] = PGStatement.cText(s)
            }
        }
        let r: OpaquePointer? = buffers.withUnsafeBufferPointer { bufs in
            bufs.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: max(n, 1)) { params in
                PQexecParams(connection.handle, sql, Int32(n), n == 0 ? nil : types, n == 0 ? nil : params,
                             n == 0 ? nil : lengths, n == 0 ? nil : formats, 0)
            }
        }
        let status = PQresultStatus(r)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            defer { PQclear(r) }
            throw connection.failure(r, doing: "running \(sql.prefix(80))")
        }
        connection.answered += 1
        result = r
        rowCount = PQntuples(r)
        changes = Int(String(cString: PQcmdTuples(r))) ?? 0
        row = -1
    }

    private static func cText(_ s: String) -> UnsafeMutablePointer<CChar> {
        let bytes = Array(s.utf8)
        let p = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
        bytes.withUnsafeBufferPointer { b in
            if let base = b.baseAddress { UnsafeMutableRawPointer(p).copyMemory(from: base, byteCount: b.count) }
        }
        p[bytes.count] = 0
        return p
    }

    /// Steps once: true when a row is ready, false when done. The first step runs the statement.
    func step() throws -> Bool {
        if result == nil { try execute() }
        row += 1
        return row < rowCount
    }

    /// Forgets the rows (the bindings stay, as SQLite's reset keeps them).
    func reset() {
        if let result { PQclear(result) }
        result = nil
        row = -1
        rowCount = 0
    }

    var columnCount: Int32 { result.map { PQnfields($0) } ?? 0 }

    private func raw(_ col: Int32) -> UnsafeMutablePointer<CChar>? {
        guard let result, PQgetisnull(result, row, col) == 0 else { return nil }
        return PQgetvalue(result, row, col)
    }

    func isNull(_ col: Int32) -> Bool { raw(col) == nil }

    /// Integers read from text; booleans (`x IS NULL` in a select list) as 1 and 0.
    func optionalInt(_ col: Int32) -> Int64? {
        guard let p = raw(col) else { return nil }
        switch p.pointee {
        case CChar(UInt8(ascii: "t")): return 1
        case CChar(UInt8(ascii: "f")): return 0
        default: return strtoll(p, nil, 10)
        }
    }

    func int(_ col: Int32) -> Int64 { optionalInt(col) ?? 0 }

    func optionalText(_ col: Int32) -> String? { raw(col).map { String(cString: $0) } }
    func text(_ col: Int32) -> String { optionalText(col) ?? "" }

    /// Whether a column holds integers (int2/4/8, numeric sums, booleans), as SQLite's column type tells.
    func isInteger(_ col: Int32) -> Bool {
        guard let result else { return false }
        return [20, 21, 23, 16, 1700].contains(PQftype(result, col)) && !isNull(col)
    }
}
