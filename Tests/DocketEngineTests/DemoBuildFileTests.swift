import Foundation
import XCTest
@testable import DocketEngine

/// The file a demo is built in: a stopped build is cleared away whatever its process id has
/// become since, a running one (holding its lock) is left alone, and a finished build never
/// lands on a database that appeared meanwhile unless told to replace it.
final class DemoBuildFileTests: XCTestCase {
    func testStoppedBuildsGoAndARunningOneStays() throws {
        try TestStore.requireSQLite("a demo on PostgreSQL is built in its database, not in a file beside it")
        let dir = TempDir()
        let target = dir.file("d.db")
        // Stopped: named for this very process (as pid 1 in a container would be), nobody holds it.
        let stopped = "\(target).building-\(getpid())-dead"
        _ = FileManager.default.createFile(atPath: stopped, contents: Data("x".utf8))
        _ = FileManager.default.createFile(atPath: stopped + "-wal", contents: Data("x".utf8))
        // Running: its lock is held.
        let running = DemoBuildFile(beside: target)
        _ = FileManager.default.createFile(atPath: running.path, contents: Data("y".utf8))
        running.hold()

        DemoBuildFile.removeStopped(beside: target)
        XCTAssertFalse(FileManager.default.fileExists(atPath: stopped))
        XCTAssertFalse(FileManager.default.fileExists(atPath: stopped + "-wal"), "its log goes with it")
        XCTAssertTrue(FileManager.default.fileExists(atPath: running.path), "a build in progress is left alone")
    }

    func testAFinishedBuildDoesNotLandOnADatabaseMadeMeanwhile() throws {
        try TestStore.requireSQLite("a demo on PostgreSQL is built in its database, not in a file beside it")
        let dir = TempDir()
        let target = dir.file("d.db")
        let file = DemoBuildFile(beside: target)
        _ = FileManager.default.createFile(atPath: file.path, contents: Data("new".utf8))
        _ = FileManager.default.createFile(atPath: target, contents: Data("theirs".utf8))

        XCTAssertThrowsError(try file.place(replacing: false)) { error in
            XCTAssertTrue("\(error)".contains("created by someone else"), "\(error)")
        }
        XCTAssertEqual(FileManager.default.contents(atPath: target), Data("theirs".utf8))
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.path), "the build is removed")

        let forced = DemoBuildFile(beside: target)
        _ = FileManager.default.createFile(atPath: forced.path, contents: Data("new".utf8))
        _ = FileManager.default.createFile(atPath: target + "-wal", contents: Data("old log".utf8))
        try forced.place(replacing: true)
        XCTAssertEqual(FileManager.default.contents(atPath: target), Data("new".utf8))
        XCTAssertFalse(FileManager.default.fileExists(atPath: target + "-wal"), "the old database's log does not stay beside the new one")
    }
}
