import Foundation
import XCTest
@testable import DocketEngine

final class BackupTests: XCTestCase {
    func testBackupIsAConsistentPrivateCopyAndNeverOverwrites() throws {
        try TestStore.requireSQLite("docket backup copies an SQLite file (PostgreSQL: pg_dump)")
        let dir = TempDir()
        let engine = try Fixtures.demo(dir, cases: 120)
        let admin = try engine.staffMember(login: "tester")
        let copy = dir.file("nightly.db")
        try engine.backup(to: copy, as: admin)
        let mode = try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as! Int
        XCTAssertEqual(mode & 0o777, 0o600)
        let restored = try Engine.open(path: copy, clock: Fixtures.clock)
        XCTAssertEqual(try restored.overview().cases, 120)
        XCTAssertTrue(try restored.verifyAudit().ok)
        XCTAssertThrowsError(try engine.backup(to: copy, as: admin)) { XCTAssertTrue("\($0)".contains("already exists"), "\($0)") }
        XCTAssertThrowsError(try engine.backup(to: dir.file("missing/x.db"), as: admin))
        let events = try engine.auditLog(ref: nil, viewsOnly: false, as: admin)
        XCTAssertTrue(events.contains { $0.kind == "backup_made" })
    }
}
