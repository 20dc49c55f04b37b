import Foundation
import Synchronization
import XCTest
@testable import DocketEngine

/// A fresh folder per test, removed afterwards. With `DOCKET_TEST_PG` set (a connection string
/// to a PostgreSQL server where the tests may create databases), every database a test names
/// (`*.db`) is a fresh PostgreSQL database instead of a file, dropped afterwards: the one engine
/// suite runs against either store.
final class TempDir {
    let path: String
    private var databases: [String: String] = [:]
    init() {
        path = NSTemporaryDirectory() + "docket-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit {
        try? FileManager.default.removeItem(atPath: path)
        for name in databases.keys { TestStore.dropDatabase(name) }
    }
    func file(_ name: String) -> String {
        guard TestStore.postgres != nil, name.hasSuffix(".db") else { return path + "/" + name }
        let key = path + "/" + name
        if let made = databaseFor[key] { return made }
        let db = "docket_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        let conninfo = TestStore.createDatabase(db)
        databases[db] = conninfo
        databaseFor[key] = conninfo
        return conninfo
    }
    private var databaseFor: [String: String] = [:]

    /// A file path whichever store the suite runs against: for tests of SQLite itself, and of
    /// files that merely end in .db.
    func sqliteFile(_ name: String) -> String { path + "/" + name }
}

/// Which store the engine suite runs against.
enum TestStore {
    /// The server the suite may make databases on, when it runs against PostgreSQL.
    static let postgres: String? = ProcessInfo.processInfo.environment["DOCKET_TEST_PG"].flatMap { $0.isEmpty ? nil : $0 }

    static var isPostgres: Bool { postgres != nil }

    /// Skips a test that checks what only an SQLite file has.
    static func requireSQLite(_ why: String) throws {
        if isPostgres { throw XCTSkip("SQLite only: \(why)") }
    }

    /// The server's connection string naming another database.
    static func conninfo(database: String, user: String? = nil) -> String {
        let base = postgres!
        if base.hasPrefix("postgres://") || base.hasPrefix("postgresql://"), var url = URLComponents(string: base) {
            url.path = "/" + database
            if let user { url.user = user }
            return url.string!
        }
        return base + " dbname=" + database + (user.map { " user=" + $0 } ?? "")
    }

    static func createDatabase(_ name: String) -> String {
        let admin = try! PGConnection(conninfo: postgres!)
        try! admin.exec("CREATE DATABASE \(name)")
        return conninfo(database: name)
    }

    /// Drops a test's database once nobody uses it; one an engine still holds (a suite's shared
    /// fixture outlives the folder it was made in) is dropped when the test process ends.
    static func dropDatabase(_ name: String) {
        // The anchor key and anchors files a PostgreSQL database keeps in the local data folder.
        let folder = (DatabaseLocation.resolve(flag: nil, environment: ProcessInfo.processInfo.environment.filter { $0.key != "DOCKET_DB" })
            as NSString).deletingLastPathComponent
        for file in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where file.hasPrefix("postgres-") && file.contains(name) {
            try? FileManager.default.removeItem(atPath: folder + "/" + file)
        }
        guard let admin = try? PGConnection(conninfo: postgres!) else { return }
        if (try? admin.exec("DROP DATABASE IF EXISTS \(name)")) == nil {
            pending.withLock { $0.append(name) }
        }
    }

    private static let pending: Mutex<[String]> = {
        atexit {
            guard let admin = try? PGConnection(conninfo: TestStore.postgres!) else { return }
            for name in TestStore.pending.withLock({ $0 }) { try? admin.exec("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
        }
        return Mutex([])
    }()
}

enum Fixtures {
    /// 2026-11-18, a Wednesday, at 10:00 UTC.
    static let now: Int64 = Timestamp.parse("2026-11-18T10:00:00Z")!
    static let clock = Clock.fixed(now)

    /// A small valid agency as a JSON object, for tests to break one piece at a time.
    static func minimalAgency() -> [String: Any] {
        [
            "name": "Test County", "currency": "USD", "date_order": "mdy",
            "weekend": ["saturday", "sunday"], "holidays": ["2026-11-26"],
            "departments": [["code": "INTAKE", "name": "Intake"], ["code": "VET", "name": "Veterans"], ["code": "MED", "name": "Medical"]],
            "lifecycles": [[
                "id": "standard",
                "states": [["id": "new", "group": "initial"], ["id": "triage", "group": "active"],
                           ["id": "awaiting_info", "group": "hold"], ["id": "decided", "group": "closed"]],
                "transitions": [["from": "new", "to": "triage"], ["from": "triage", "to": "decided"],
                                ["from": ["new", "triage"], "to": "awaiting_info", "reason": true]],
            ]],
            "forms": [[
                "id": "claim", "case_type": "claim", "title": "Claim",
                "sections": [["title": "Applicant", "fields": [
                    ["id": "given_name", "label": "Given name", "type": "text", "required": true, "identity": "given_name"],
                    ["id": "family_name", "label": "Family name", "type": "text", "required": true, "identity": "family_name"],
                    ["id": "branch", "label": "Branch", "type": "choice", "options": ["army", "navy"]],
                    ["id": "national_id", "label": "National id", "type": "national_id", "pii": true, "identity": "national_id"],
                ]]],
            ]],
            "outcomes": [["code": "granted", "name": "Granted"]],
            "reason_codes": [["code": "evidence", "name": "Evidence sufficient"]],
            "sla_policies": [["id": "std", "business_days": 10, "by_department": ["MED": 5]]],
            "case_types": [["code": "claim", "name": "Claim", "prefix": "CL", "lifecycle": "standard", "form": "claim",
                            "sla_policy": "std"]],
            "routing_rules": [["name": "claims to VET", "trigger": "intake",
                               "when": [["field": "case.type", "op": "eq", "value": "claim"]],
                               "then": ["department": "VET"]]],
            "default_route": ["department": "INTAKE"],
            "staff": [["login": "ana", "name": "Ana", "role": "clerk", "departments": ["INTAKE"]]],
        ]
    }

    static func data(_ object: [String: Any]) -> Data {
        try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    /// A demo database of `cases` cases at the fixed clock.
    static func demo(_ dir: TempDir, cases: Int = 300, seed: UInt64 = 1, name: String = "demo.db") throws -> Engine {
        try Engine.createDemo(path: dir.file(name), cases: cases, seed: seed, force: false, creator: "tester", clock: clock)
    }
}

extension Engine {
    /// Runs SQL both stores speak (placeholders `?`) against the store under a test's engine.
    func testRun(_ sql: String, _ args: [SQLValue] = []) throws {
        if let pg = store as? PostgresStore { try pg.db.run(sql, args) } else { try (store as! SQLiteStore).db.run(sql, args) }
    }

    /// Runs several statements of SQL both stores speak (no placeholders).
    func testExec(_ sql: String) throws {
        if let pg = store as? PostgresStore { try pg.db.exec(sql) } else { try (store as! SQLiteStore).db.exec(sql) }
    }

    /// The first column of every row, as integers.
    func testInts(_ sql: String) throws -> [Int64] {
        var out: [Int64] = []
        if let pg = store as? PostgresStore {
            let s = pg.db.statement(sql)
            while try s.step() { out.append(s.int(0)) }
        } else {
            let s = try (store as! SQLiteStore).db.statement(sql)
            while try s.step() { out.append(s.int(0)) }
        }
        return out
    }

    /// Drops one of the event table's append-only triggers, as whoever owns the database could.
    func testDropEventTrigger(_ name: String) throws {
        if let pg = store as? PostgresStore { try pg.db.exec("DROP TRIGGER \(name) ON event") } else { try (store as! SQLiteStore).db.exec("DROP TRIGGER \(name)") }
    }

    func testScalarText(_ sql: String, _ args: [SQLValue] = []) throws -> String? {
        if let pg = store as? PostgresStore { return try pg.db.scalarText(sql, args) }
        return try (store as! SQLiteStore).db.scalarText(sql, args)
    }

    func testScalarInt(_ sql: String, _ args: [SQLValue] = []) throws -> Int64? {
        if let pg = store as? PostgresStore { return try pg.db.scalarInt(sql, args) }
        return try (store as! SQLiteStore).db.scalarInt(sql, args)
    }

    /// The SQLite store under a test's engine, for what only SQL can check or plant; on
    /// PostgreSQL the test is skipped.
    var sqlite: SQLiteStore {
        get throws {
            guard let s = store as? SQLiteStore else { throw XCTSkip("SQLite only: the test reads or plants rows through SQLite's own SQL") }
            return s
        }
    }
}
