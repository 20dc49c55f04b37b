import Foundation
import XCTest
@testable import DocketEngine

/// What only the PostgreSQL store has: its wrapper's translations (always run), and, with
/// DOCKET_TEST_PG set, its triggers and rights, SKIP LOCKED under contenders, and the same
/// answers as SQLite for the same demo.
final class PostgresStoreTests: XCTestCase {
    func testPlaceholdersBecomeDollarNumbersOutsideQuotes() {
        XCTAssertEqual(PGConnection.dollarPlaceholders("SELECT a FROM t WHERE b = ? AND c = ?"),
                       "SELECT a FROM t WHERE b = $1 AND c = $2")
        XCTAssertEqual(PGConnection.dollarPlaceholders("SELECT sum(CASE WHEN d < ?1 THEN n END), ?2, ?1"),
                       "SELECT sum(CASE WHEN d < $1 THEN n END), $2, $1")
        XCTAssertEqual(PGConnection.dollarPlaceholders("SELECT '?', \"a?\" FROM t WHERE x = ?"),
                       "SELECT '?', \"a?\" FROM t WHERE x = $1")
        XCTAssertEqual(PGConnection.dollarPlaceholders("VALUES (?, ?, ?11, ?10)"), "VALUES ($1, $2, $11, $10)")
    }

    func testConnectionStringsAreToldFromFiles() {
        for s in ["postgresql://docket@db1,db2/agency?target_session_attrs=read-write", "postgres:///t1?host=/run/pg",
                  "host=/tmp port=5432 dbname=docket", "dbname=docket"] {
            XCTAssertTrue(PostgresStore.isConnectionString(s), s)
        }
        for s in ["docket.db", "/var/lib/docket/docket.db", "./a=b.db", "~/x.db", ""] {
            XCTAssertFalse(PostgresStore.isConnectionString(s), s)
        }
    }

    func testPasswordsAreNeverShown() {
        XCTAssertEqual(PGConnection.redacted("postgresql://ana:s3cret@db/agency"), "postgresql://ana:***@db/agency")
        XCTAssertEqual(PGConnection.redacted("host=db password=s3cret dbname=x"), "host=db password=*** dbname=x")
        XCTAssertEqual(PGConnection.redacted("host=db dbname=x"), "host=db dbname=x")
    }

    func testAMissingOrWrongPasswordSaysWhereThePasswordGoes() {
        let target = "host=10.0.0.1 dbname=docket user=svc"
        for why in ["connection to server at \"10.0.0.1\", port 5432 failed: fe_sendauth: no password supplied",
                    "connection to server at \"10.0.0.1\", port 5432 failed: FATAL:  password authentication failed for user \"svc\""] {
            let message = "\(PGConnection.connectRefusal(why, target: target))"
            XCTAssertTrue(message.contains("asks this role for its password"), message)
            XCTAssertTrue(message.contains(".pgpass"), message)
            XCTAssertFalse(message.contains("server is running"), message)
        }
        let unreachable = "\(PGConnection.connectRefusal("connection to server at \"10.0.0.1\", port 5432 failed: Connection refused", target: target))"
        XCTAssertTrue(unreachable.contains("check that the server is running"), unreachable)
    }

    func testNameSearchWordsAndQueriesAreCutAsFTS5CutsThem() {
        XCTAssertEqual(PostgresNameSearch.words("o'brien obrien 김 민준"), ["o", "brien", "obrien", "김", "민준"])
        XCTAssertEqual(PostgresNameSearch.vector("o'brien"), "'o' 'brien'")
        XCTAssertEqual(PostgresNameSearch.query(NameFolding.ftsQuery("Łukasz O'B")!), "'lukasz':* & 'o':* & 'b':*")
        XCTAssertEqual(PostgresNameSearch.query("\"kim\""), "'kim'")
        XCTAssertEqual(PostgresNameSearch.query("\"a\\\\b\""), "'a' & 'b'", "a backslash is no word character")
        XCTAssertNil(PostgresNameSearch.query("\"\"*"))
    }

    // MARK: against a server

    private func requirePostgres() throws {
        if !TestStore.isPostgres { throw XCTSkip("PostgreSQL only: set DOCKET_TEST_PG to a server where tests may create databases") }
    }

    private func pg(_ engine: Engine) -> PostgresStore { engine.store as! PostgresStore }

    func testEventsAreAppendOnlyByTriggerAndByRevokedRights() throws {
        try requirePostgres()
        let dir = TempDir()
        let engine = try Fixtures.demo(dir, cases: 10)
        let db = pg(engine).db
        for sql in ["UPDATE event SET reason = 'edited' WHERE id = 2", "DELETE FROM event WHERE id = 2", "TRUNCATE event"] {
            XCTAssertThrowsError(try db.exec(sql), sql) { XCTAssertTrue("\($0)".contains("append-only"), "\($0)") }
        }
        for sql in ["UPDATE ledger SET amount = 1", "DELETE FROM ledger", "TRUNCATE ledger"] {
            XCTAssertThrowsError(try db.exec(sql), sql) { XCTAssertTrue("\($0)".contains("reverse the entry instead"), "\($0)") }
        }
        // A role that owns nothing has no right to change events, trigger or not.
        let role = "docket_t_" + UUID().uuidString.prefix(8).lowercased()
        try db.exec("CREATE ROLE \(role); GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO \(role)")
        defer { try? db.exec("RESET ROLE; REVOKE ALL ON ALL TABLES IN SCHEMA public FROM \(role); DROP ROLE \(role)") }
        try db.exec("SET ROLE \(role)")
        XCTAssertThrowsError(try db.exec("UPDATE event SET reason = 'edited' WHERE id = 2")) {
            XCTAssertTrue("\($0)".contains("refused this for your role"), "\($0)")
        }
        try db.exec("RESET ROLE")
        let tester = try engine.staffMember(login: "tester")
        XCTAssertTrue(try engine.check(as: tester).ok)
        // A superuser can still drop the trigger: check names what is gone, and grants made again.
        try db.exec("DROP TRIGGER event_no_update ON event; GRANT UPDATE ON event TO PUBLIC")
        let findings = try engine.check(as: tester).findings.map { "\($0)" }.joined(separator: "\n")
        XCTAssertTrue(findings.contains("event_no_update"), findings)
        XCTAssertTrue(findings.contains("PUBLIC UPDATE"), findings)
    }

    func testEachStaffLoginIsARoleThatReadsOnlyItsScope() throws {
        try requirePostgres()
        let dir = TempDir()
        let engine = try Fixtures.demo(dir, cases: 300)
        let admin = try engine.staffMember(login: "tester")
        let login = "vet" + String(UUID().uuidString.prefix(6)).lowercased().filter(\.isLetter) + "cw"
        try engine.addStaff(StaffMember(login: login, name: "Vet Caseworker", role: .caseworker, departments: ["VET"]), as: admin)
        let db = pg(engine).db
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM pg_roles WHERE rolname = ? AND rolcanlogin", [.text(login)]), 1)
        let vet = try XCTUnwrap(db.scalarInt("""
            SELECT count(*) FROM cases c WHERE c.department = 'VET' OR EXISTS (SELECT 1 FROM task t WHERE t.case_id = c.id
                AND t.parent_id IS NOT NULL AND t.closed_at IS NULL AND t.department = 'VET')
            """))
        XCTAssertGreaterThan(vet, 0)
        XCTAssertGreaterThan(try XCTUnwrap(db.scalarInt("SELECT count(*) FROM cases WHERE department = 'PH'")), 0)
        try db.exec("SET ROLE \"\(login)\"")
        defer { try? db.exec("RESET ROLE") }
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM cases WHERE department = 'PH'"), 0, "no PH case")
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM cases"), vet, "every VET case and every one referred to VET")
        XCTAssertEqual(try db.scalarInt("""
            SELECT count(*) FROM constituent p WHERE NOT EXISTS (SELECT 1 FROM cases c WHERE c.constituent_id = p.id)
            """), 0, "no person without a case in scope")
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM task t WHERE NOT EXISTS (SELECT 1 FROM cases c WHERE c.id = t.case_id)"), 0)
        // Changes reach only rows in scope; the staff list is the owner's.
        try db.run("UPDATE cases SET priority = priority WHERE department = 'PH'")
        XCTAssertEqual(db.changes, 0, "no PH case changes through a VET role")
        XCTAssertThrowsError(try db.exec("UPDATE staff SET role = 'admin'")) { XCTAssertTrue("\($0)".contains("refused this for your role"), "\($0)") }
        for table in ["ledger", "case_link"] {
            XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM \(table) x WHERE NOT EXISTS (SELECT 1 FROM cases c WHERE c.id = x.case_id)"),
                           0, "\(table) only of cases in scope")
        }
        XCTAssertThrowsError(try db.scalarInt("SELECT count(*) FROM constituent_key"), "no staff role reads a person's key")
        try db.exec("RESET ROLE")
        XCTAssertGreaterThan(try XCTUnwrap(db.scalarInt("SELECT count(*) FROM constituent_key")), 0, "the demo's people have keys")
        XCTAssertGreaterThan(try XCTUnwrap(db.scalarInt("SELECT count(*) FROM ledger WHERE department <> 'VET'")), 0)
        _ = try engine.deactivateStaff(login, as: admin)
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM pg_roles WHERE rolname = ? AND NOT rolcanlogin", [.text(login)]), 1,
                       "deactivated: the role may not log in")
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM pg_roles WHERE rolname = current_user AND rolcanlogin"), 1,
                       "the service's own role is never touched")
    }

    func testMigrateCopiesAnSQLiteDatabaseAndRefusesATargetInUse() throws {
        try requirePostgres()
        let dir = TempDir()
        let source = try Engine.createDemo(path: dir.file("county.sqlite"), cases: 300, seed: 3, force: false, creator: "tester",
                                           clock: Fixtures.clock)
        let admin = try source.staffMember(login: "tester")
        // Some work first, so drafts, requests and counters have rows of their own.
        for _ in 0..<3 { _ = try source.next(as: admin) }
        let target = dir.file("agency.db")
        XCTAssertThrowsError(try source.migrate(to: target, as: try source.staffMember(login: "ana.kowalski"))) {
            XCTAssertTrue("\($0)".contains("for admins"), "\($0)")
        }
        let report = try source.migrate(to: target, as: admin)
        XCTAssertEqual(report.cases, 300)
        let copy = try Engine.open(path: target, clock: Fixtures.clock)
        let me = try copy.staffMember(login: "tester")
        var query = CaseQuery()
        query.limit = 400
        query.includeClosed = true
        XCTAssertEqual(try copy.listCases(query, as: me), try source.listCases(query, as: admin))
        XCTAssertEqual(try copy.backlogReport(as: me), try source.backlogReport(as: admin))
        XCTAssertEqual(try copy.store.count(.event), try source.store.count(.event), "both got their database_migrated event")
        XCTAssertEqual(try openedChain(copy).dropLast(), try openedChain(source).dropLast(),
                       "sealed text opens on the copy: the people's keys came over")
        XCTAssertTrue(try copy.verifyAudit(as: me).ok)
        XCTAssertTrue(try copy.check(as: me).ok)
        XCTAssertEqual(try copy.search("mar", limit: 50, as: me).map(\.constituent.id), try source.search("mar", limit: 50, as: admin).map(\.constituent.id))
        // Work goes on on the copy.
        _ = try copy.next(as: me)
        XCTAssertThrowsError(try source.migrate(to: target, as: admin)) { XCTAssertTrue("\($0)".contains("already exists"), "\($0)") }
        XCTAssertTrue(try copy.check(as: me).ok, "a refused migration leaves the target as it was")
    }

    /// An agency's service account is seldom a superuser: as a role that merely owns the
    /// database, the demo (which has reversals) loads and a reversal is recorded, while the
    /// ledger stays unchangeable for that role and a reversal of no entry is refused.
    func testAServiceRoleThatIsNoSuperuserRecordsReversals() throws {
        try requirePostgres()
        let suffix = UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
        let role = "docket_svc_" + suffix, name = "docket_test_svc_" + suffix
        let admin = try PGConnection(conninfo: TestStore.postgres!)
        try admin.exec("CREATE ROLE \(role) LOGIN CREATEROLE")
        try admin.exec("CREATE DATABASE \(name) OWNER \(role)")
        defer {
            try? admin.exec("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
            try? admin.exec("DROP ROLE IF EXISTS \(role)")
        }
        let conninfo = TestStore.conninfo(database: name, user: role)
        let engine = try Engine.createDemo(path: conninfo, cases: 1500, seed: 1, force: false, creator: "tester", clock: Fixtures.clock)
        let db = pg(engine).db
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM pg_roles WHERE rolname = current_user AND NOT rolsuper"), 1)
        XCTAssertGreaterThan(try db.scalarInt("SELECT count(*) FROM ledger WHERE kind = 'reversal'") ?? 0, 0, "the demo's reversals loaded")
        let tester = try engine.staffMember(login: "tester")
        let open = """
            FROM ledger l JOIN cases c ON c.id = l.case_id WHERE l.kind = 'charge' AND c.closed_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM ledger r WHERE r.reverses = l.id) ORDER BY l.id LIMIT 1
            """
        let ref = try XCTUnwrap(try db.scalarText("SELECT c.ref " + open))
        let entry = try XCTUnwrap(try db.scalarInt("SELECT l.id " + open))
        let reversal = try engine.reverse(ref, entry: entry, reason: "keyed wrong", as: tester)
        XCTAssertEqual(reversal.entry.reverses, entry)
        XCTAssertThrowsError(try db.exec("""
            INSERT INTO ledger(id, case_id, at, kind, amount, currency, actor, department, reverses)
            SELECT max(id) + 1, min(case_id), 0, 'reversal', 1, 'USD', 'tester', 'PH', max(id) + 100 FROM ledger
            """)) { XCTAssertTrue("\($0)".contains("not in the ledger"), "\($0)") }
        XCTAssertEqual(try db.scalarInt("SELECT count(*) WHERE has_table_privilege('ledger', 'UPDATE')"), 0,
                       "the owner still may not change an entry")
        // Through a person's own role too: a PAY supervisor reverses a charge on another department's case.
        let elsewhere = open.replacingOccurrences(of: "c.closed_at IS NULL", with: "c.closed_at IS NULL AND c.department NOT IN ('BEN', 'TAX', 'PAY')")
        let otherRef = try XCTUnwrap(try db.scalarText("SELECT c.ref " + elsewhere))
        let otherEntry = try XCTUnwrap(try db.scalarInt("SELECT l.id " + elsewhere))
        let till = try Engine.open(path: TestStore.conninfo(database: name, user: "david.kim"), clock: Fixtures.clock)
        XCTAssertEqual(try till.sessionRole(), "david.kim")
        let byRole = try till.reverse(otherRef, entry: otherEntry, reason: "keyed twice", as: try till.staffMember(login: "david.kim"))
        XCTAssertEqual(byRole.entry.reverses, otherEntry)
        XCTAssertTrue(try engine.check(as: tester).ok)
        // A demo --force makes it all again from nothing, the trigger's function included.
        let again = try Engine.createDemo(path: conninfo, cases: 50, seed: 2, force: true, creator: "tester", clock: Fixtures.clock)
        XCTAssertTrue(try again.check(as: try again.staffMember(login: "tester")).ok)
    }

    func testEightContendersNeverClaimTheSameCase() throws {
        try requirePostgres()
        let dir = TempDir()
        let first = try Fixtures.demo(dir, cases: 120)
        let path = dir.file("demo.db")
        let waiting = try first.testScalarInt("""
            SELECT count(*) FROM cases WHERE closed_at IS NULL AND assignee IS NULL AND task_status = 'assigned'
            """) ?? 0
        XCTAssertGreaterThan(waiting, 20)
        let claimed = Mutex8<[String]>([])
        let failures = Mutex8<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            do {
                let engine = try Engine.open(path: path, clock: Fixtures.clock)
                let me = try engine.staffMember(login: "tester")
                while true {
                    do {
                        let c = try engine.next(as: me)
                        claimed.with { $0.append(c.ref) }
                    } catch let e as DocketError where "\(e)".contains("no unassigned work") {
                        return
                    }
                }
            } catch {
                failures.with { $0.append("\(error)") }
            }
        }
        XCTAssertEqual(failures.with { $0 }, [])
        let refs = claimed.with { $0 }
        XCTAssertEqual(Set(refs).count, refs.count, "no case claimed twice")
        XCTAssertEqual(Int64(refs.count), waiting, "every waiting case claimed once")
        XCTAssertTrue(try first.check(as: try first.staffMember(login: "tester")).ok)
    }

    /// Every event as people read it (sealed text opened), without the hashes.
    private func openedChain(_ engine: Engine) throws -> [String] {
        var out: [String] = []
        try engine.store.forEachEvent(opened: true) { e in
            out.append("\(e.id) \(e.at) \(e.actor) \(e.caseId ?? 0) \(e.constituentId ?? 0) \(e.kind) \(e.reason ?? "-") \(e.details)")
            return true
        }
        return out
    }

    func testTheSameDemoAnswersAsOnSQLite() throws {
        try requirePostgres()
        let dir = TempDir()
        let onPG = try Fixtures.demo(dir, cases: 400, seed: 7)
        let onSQLite = try Engine.createDemo(path: dir.file("same.sqlite"), cases: 400, seed: 7, force: false, creator: "tester",
                                             clock: Fixtures.clock)
        let a = try onPG.staffMember(login: "tester"), b = try onSQLite.staffMember(login: "tester")
        for q in ["mar", "jos", "o'b", "garcia", "müller", "김", "민준", "lukasz", "a", "smith j", "ng", "zz", "محمد"] {
            let pgHits = try onPG.search(q, limit: 50, as: a).map { "\($0.constituent.id) \($0.cases.map(\.ref))" }
            let liteHits = try onSQLite.search(q, limit: 50, as: b).map { "\($0.constituent.id) \($0.cases.map(\.ref))" }
            XCTAssertEqual(pgHits, liteHits, "search \(q)")
        }
        var query = CaseQuery()
        query.limit = 500
        query.includeClosed = true
        XCTAssertEqual(try onPG.listCases(query, as: a), try onSQLite.listCases(query, as: b))
        XCTAssertEqual(try onPG.backlogReport(as: a), try onSQLite.backlogReport(as: b))
        // Free text is sealed under each person's own random key, so the stored bytes (and the
        // hashes) differ between two builds; the events as read are the same.
        XCTAssertEqual(try openedChain(onPG), try openedChain(onSQLite), "the same chain")
        XCTAssertTrue(try onPG.check(as: a).ok)
        // A day of work on both gives the same cases and the same chain.
        for engine in [onPG, onSQLite] {
            let me = try engine.staffMember(login: "tester")
            for _ in 0..<5 { _ = try engine.next(as: me) }
        }
        XCTAssertEqual(try onPG.listCases(query, as: a), try onSQLite.listCases(query, as: b))
        XCTAssertEqual(try openedChain(onPG), try openedChain(onSQLite))
        XCTAssertTrue(try onPG.check(as: a).ok)
    }
}

/// A value several threads add to.
private final class Mutex8<T>: @unchecked Sendable {
    private var value: T
    private let lock = NSLock()
    init(_ value: T) { self.value = value }
    func with<R>(_ body: (inout T) -> R) -> R {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
