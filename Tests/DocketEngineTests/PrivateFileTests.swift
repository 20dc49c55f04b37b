import Foundation
import XCTest
@testable import DocketEngine

/// Files that may hold personal data: created 0600, never through a link, never by widening a mode.
final class PrivateFileTests: XCTestCase {
    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! Int) & 0o7777
    }

    func write(_ fd: Int32, _ text: String) {
        _ = text.withCString { Glibc.write(fd, $0, strlen($0)) }
        close(fd)
    }

    func testANewFileIsCreated0600() throws {
        let dir = TempDir()
        let previous = umask(0o022)
        defer { umask(previous) }
        write(try PrivateFile.openForWriting(dir.file("out.csv"), what: "the export file"), "rows")
        XCTAssertEqual(try mode(dir.file("out.csv")), 0o600)
        close(try PrivateFile.createNew(dir.sqliteFile("backup.db"), what: "the backup"))
        XCTAssertEqual(try mode(dir.sqliteFile("backup.db")), 0o600)
    }

    func testASymbolicLinkIsRefusedAndItsTargetLeftAlone() throws {
        let dir = TempDir()
        try "someone else's".write(toFile: dir.file("target"), atomically: false, encoding: .utf8)
        chmod(dir.file("target"), 0o600)
        try FileManager.default.createSymbolicLink(atPath: dir.file("link.csv"), withDestinationPath: dir.file("target"))
        XCTAssertThrowsError(try PrivateFile.openForWriting(dir.file("link.csv"), what: "the export file")) {
            XCTAssertTrue("\($0)".contains("symbolic link"), "\($0)")
        }
        XCTAssertThrowsError(try PrivateFile.createNew(dir.file("link.csv"), what: "the backup"))
        XCTAssertEqual(try String(contentsOfFile: dir.file("target"), encoding: .utf8), "someone else's")
    }

    func testAnExisting0644FileIsRefusedWithTheChmodThatFixesItAndKept() throws {
        let dir = TempDir()
        let path = dir.file("shared.csv")
        try "old rows".write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o644)
        XCTAssertThrowsError(try PrivateFile.openForWriting(path, what: "the export file")) {
            XCTAssertTrue("\($0)".contains("chmod 600 \(path)"), "\($0)")
        }
        XCTAssertEqual(try mode(path), 0o644, "the mode is not changed behind the person's back")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "old rows", "nothing was emptied")
        chmod(path, 0o600)
        write(try PrivateFile.openForWriting(path, what: "the export file"), "new")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "new", "a private file is replaced from its start")
        XCTAssertEqual(try mode(path), 0o600)
    }

    func testCreateNewRefusesAnExistingFile() throws {
        let dir = TempDir()
        try "x".write(toFile: dir.sqliteFile("b.db"), atomically: false, encoding: .utf8)
        XCTAssertThrowsError(try PrivateFile.createNew(dir.sqliteFile("b.db"), what: "the backup")) {
            XCTAssertTrue("\($0)".contains("already exists"), "\($0)")
        }
    }

    func testADeviceIsWrittenAsItIs() throws {
        close(try PrivateFile.openForWriting("/dev/null", what: "the export file"))
    }
}
