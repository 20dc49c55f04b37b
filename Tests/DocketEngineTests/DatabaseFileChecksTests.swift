import Foundation
import XCTest
@testable import DocketEngine

/// A database whose file or folder others can write is refused with the chmod that fixes it.
final class DatabaseFileChecksTests: XCTestCase {
    func testAWorldWritableFolderIsRefused() throws {
        try TestStore.requireSQLite("file permissions of the SQLite file's folder")
        let dir = TempDir()
        let open = dir.file("open")
        try FileManager.default.createDirectory(atPath: open, withIntermediateDirectories: false)
        chmod(open, 0o777)
        XCTAssertThrowsError(try Engine.create(path: open + "/d.db", agencySource: try DemoAgency.source,
                                               agencyFile: "demo-agency.json", creator: "tester")) {
            XCTAssertTrue("\($0)".contains("chmod go-w \(open)"), "\($0)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: open + "/d.db"), "nothing was made there")
        chmod(open, 0o1777)
        XCTAssertThrowsError(try Engine.create(path: open + "/d.db", agencySource: try DemoAgency.source,
                                               agencyFile: "demo-agency.json", creator: "tester")) {
            XCTAssertTrue("\($0)".contains("a folder of its own"), "\($0)")
        }
    }

    func testADatabaseOthersCanWriteIsRefusedAndOneThroughALinkToo() throws {
        try TestStore.requireSQLite("file permissions of the SQLite file")
        let dir = TempDir()
        let path = dir.file("d.db")
        _ = try Engine.create(path: path, agencySource: try DemoAgency.source, agencyFile: "demo-agency.json", creator: "tester")
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! Int) & 0o777, 0o600)
        XCTAssertNoThrow(try Engine.open(path: path))
        chmod(path, 0o666)
        XCTAssertThrowsError(try Engine.open(path: path)) { XCTAssertTrue("\($0)".contains("chmod 600 \(path)"), "\($0)") }
        chmod(path, 0o600)
        try FileManager.default.createSymbolicLink(atPath: dir.file("link.db"), withDestinationPath: path)
        XCTAssertThrowsError(try Engine.open(path: dir.file("link.db"))) { XCTAssertTrue("\($0)".contains("symbolic link"), "\($0)") }
    }
}
