import Foundation
import XCTest
@testable import DocketEngine

final class StoreSchemaTests: XCTestCase {
    func testNewDatabaseHasCurrentSchemaWALAndPrivateMode() throws {
        try TestStore.requireSQLite("PRAGMAs, WAL and the file mode are the SQLite file's")
        let dir = TempDir()
        let path = dir.file("new.db")
        let engine = try Engine.create(path: path, agencySource: Fixtures.data(Fixtures.minimalAgency()),
                                       agencyFile: "t.json", creator: "boss", clock: Fixtures.clock)
        XCTAssertEqual(try engine.sqlite.userVersion(), Schema.currentVersion)
        XCTAssertEqual(try engine.sqlite.db.scalarText("PRAGMA journal_mode"), "wal")
        XCTAssertEqual(try engine.sqlite.db.scalarInt("PRAGMA foreign_keys"), 1)
        XCTAssertEqual(try engine.sqlite.db.scalarInt("PRAGMA synchronous"), 2, "FULL")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! Int
        XCTAssertEqual(mode & 0o777, 0o600)
        let boss = try engine.staffMember(login: "boss")
        XCTAssertEqual(boss.role, .admin)
        XCTAssertEqual(boss.departments, ["INTAKE", "MED", "VET"])
    }

    func testMigratesForwardFromAnOlderVersionKeepingData() throws {
        let dir = TempDir()
        let path = dir.sqliteFile("old.db")
        do {
            let store = try SQLiteStore.open(path: path, create: true, migrate: false)
            try store.migrate(to: 1)
            XCTAssertEqual(try store.userVersion(), 1)
            try store.db.run("INSERT INTO department(code, name) VALUES ('X', 'Old dept')")
            XCTAssertThrowsError(try store.db.run("SELECT count(*) FROM draft"), "v1 has no drafts table")
        }
        let store = try SQLiteStore.open(path: path)
        XCTAssertEqual(try store.userVersion(), Schema.currentVersion)
        XCTAssertEqual(try store.db.scalarText("SELECT name FROM department WHERE code = 'X'"), "Old dept")
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM draft"), 0)
    }

    /// v4 rebuilds the draft table so corrections can keep drafts per case: an intake draft
    /// saved under v3 comes through as it was, and still answers to the intake calls.
    func testV4KeepsAnIntakeDraftSavedUnderV3() throws {
        let dir = TempDir()
        let path = dir.sqliteFile("v3.db")
        do {
            let store = try SQLiteStore.open(path: path, create: true, migrate: false)
            try store.migrate(to: 3)
            try store.db.run("INSERT INTO staff(login, name, role, created_at) VALUES ('ana', 'Ana', 'clerk', 1)")
            try store.db.run("""
                INSERT INTO draft(login, form, case_id, data, focus, updated_at)
                VALUES ('ana', 'claim_form', NULL, '{"given_name":"Jan"}', 'family_name', 1700000000)
                """)
        }
        let store = try SQLiteStore.open(path: path)
        XCTAssertEqual(try store.userVersion(), Schema.currentVersion, "v4 and the migrations after it")
        let kept = try XCTUnwrap(try store.draft(login: "ana", form: "claim_form"))
        XCTAssertEqual(kept.data, #"{"given_name":"Jan"}"#)
        XCTAssertEqual(kept.focus, "family_name")
        XCTAssertEqual(kept.updatedAt, 1_700_000_000)
        XCTAssertNil(kept.caseRef)
        XCTAssertEqual(try store.drafts(login: "ana").count, 1)
        // Still one intake draft per person and form: saving again replaces it.
        try store.saveDraft(login: "ana", form: "claim_form", data: #"{"given_name":"Janek"}"#, focus: nil, at: 1_700_000_060)
        XCTAssertEqual(try store.db.scalarInt("SELECT count(*) FROM draft"), 1)
        XCTAssertEqual(try store.draft(login: "ana", form: "claim_form")?.data, #"{"given_name":"Janek"}"#)
        XCTAssertEqual(try store.db.scalarInt("PRAGMA foreign_key_check(draft)"), nil, "no dangling references")
        XCTAssertTrue(try store.deleteDraft(login: "ana", form: "claim_form"))
    }

    func testNewerSchemaIsRefused() throws {
        let dir = TempDir()
        let path = dir.sqliteFile("future.db")
        do {
            let store = try SQLiteStore.open(path: path, create: true)
            try store.db.exec("PRAGMA user_version = 99")
        }
        XCTAssertThrowsError(try SQLiteStore.open(path: path)) { error in
            XCTAssertTrue("\(error)".contains("newer Docket"), "\(error)")
        }
    }

    func testMissingCorruptAndForeignFilesAreRefusedClearly() throws {
        try TestStore.requireSQLite("damaged and foreign files are an SQLite file's troubles")
        let dir = TempDir()
        XCTAssertThrowsError(try Engine.open(path: dir.file("none.db"))) { error in
            XCTAssertTrue("\(error)".contains("docket demo"), "\(error)")
        }
        let garbage = dir.file("garbage.db")
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: garbage))
        XCTAssertThrowsError(try Engine.open(path: garbage)) { error in
            XCTAssertTrue("\(error)".contains("not a usable Docket database"), "\(error)")
        }
        let foreign = dir.file("foreign.db")
        do {
            let db = try Database(path: foreign)
            try db.exec("CREATE TABLE recipes(name TEXT)")
        }
        XCTAssertThrowsError(try Engine.open(path: foreign)) { error in
            XCTAssertTrue("\(error)".contains("not a Docket database"), "\(error)")
        }
    }

    func testFailedInitLeavesNoFileBehind() throws {
        let dir = TempDir()
        var bad = Fixtures.minimalAgency()
        bad["currency"] = "dollars"
        XCTAssertThrowsError(try Engine.create(path: dir.file("x.db"), agencySource: Fixtures.data(bad), agencyFile: "a.json",
                                               creator: "boss"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.file("x.db")))
    }

    func testExistingFileIsNotOverwrittenByInit() throws {
        let dir = TempDir()
        let path = dir.file("keep.db")
        _ = try Engine.create(path: path, agencySource: Fixtures.data(Fixtures.minimalAgency()), agencyFile: "a", creator: "boss")
        XCTAssertThrowsError(try Engine.create(path: path, agencySource: Fixtures.data(Fixtures.minimalAgency()),
                                               agencyFile: "a", creator: "boss")) { error in
            XCTAssertTrue("\(error)".contains("already exists"), "\(error)")
        }
        XCTAssertNoThrow(try Engine.open(path: path))
    }

    func testDemoRefusesExistingDatabaseUnlessForced() throws {
        let dir = TempDir()
        _ = try Fixtures.demo(dir, cases: 20)
        XCTAssertThrowsError(try Fixtures.demo(dir, cases: 20)) { error in
            XCTAssertTrue("\(error)".contains("--force"), "\(error)")
        }
        let again = try Engine.createDemo(path: dir.file("demo.db"), cases: 30, seed: 2, force: true, creator: "tester",
                                          clock: Fixtures.clock)
        XCTAssertEqual(try again.overview().cases, 30)
    }

    func testUnknownLoginIsRefusedNamingTheAdminCommand() throws {
        let dir = TempDir()
        let engine = try Fixtures.demo(dir, cases: 5)
        XCTAssertThrowsError(try engine.staffMember(login: "stranger")) { error in
            XCTAssertTrue("\(error)".contains("docket staff add stranger"), "\(error)")
        }
    }

    func testStaffAddIsForAdminsOnlyAndRecorded() throws {
        let dir = TempDir()
        let engine = try Fixtures.demo(dir, cases: 5)
        let admin = try engine.staffMember(login: "tester")
        try engine.addStaff(StaffMember(login: "newbie", name: "New Person", role: .caseworker, departments: ["VET"]), as: admin)
        let newbie = try engine.staffMember(login: "newbie")
        XCTAssertEqual(newbie.departments, ["VET"])
        XCTAssertThrowsError(try engine.addStaff(StaffMember(login: "other", name: "O", role: .clerk, departments: ["VET"]), as: newbie))
        XCTAssertThrowsError(try engine.addStaff(StaffMember(login: "x", name: "X", role: .clerk, departments: ["NOPE"]), as: admin))
        let events = try engine.auditLog(ref: nil, viewsOnly: false, as: admin)
        XCTAssertTrue(events.contains { $0.kind == "staff_added" && $0.actor == "tester" && $0.details.contains("newbie") })
    }
}
