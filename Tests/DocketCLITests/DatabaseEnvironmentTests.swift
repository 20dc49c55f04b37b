import Foundation
import XCTest
@testable import docket
@testable import DocketEngine

/// The database's surroundings going wrong (#17 item 7): a file that is not Docket's, an account
/// that may only read, a full disk, an import killed after its commit. Each through the real
/// binary where the environment is the process's own (its uid, its file size limit, a kill).
final class DatabaseEnvironmentTests: XCTestCase {
    var dir: String!
    var db: String { dir + "/d.db" }
    static let now = "2026-11-18T10:00:00Z"

    override func setUp() {
        dir = NSTemporaryDirectory() + "docket-environment-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: dir) }

    var env: [String: String] { ["DOCKET_DB": db, "DOCKET_NOW": Self.now, "HOME": dir, "NO_COLOR": "1", "PATH": "/usr/bin:/bin"] }

    func run(_ words: String..., db path: String? = nil) -> (code: Int32, out: String, err: String) {
        var out: [String] = [], err: [String] = []
        var e = env
        if let path { e["DOCKET_DB"] = path }
        let code = DocketCLI.run(words, environment: e, stdout: { out.append($0) }, stderr: { err.append($0) })
        return (code, out.joined(separator: "\n"), err.joined(separator: "\n"))
    }

    func binary() throws -> String {
        try XCTUnwrap(ProcessRunner.docketBinary(), "run `swift build` first").path
    }

    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }
    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    // MARK: (b) not a Docket database

    func testAFileThatIsNotADocketDatabaseIsRefusedAndLeftByteForByte() throws {
        let foreign = dir + "/other.db"
        do {
            // Another program's SQLite file, in the default rollback-journal mode.
            let other = try Database(path: foreign)
            try other.exec("CREATE TABLE photo(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photo(name) VALUES ('a')")
        }
        let text = dir + "/notes.txt", empty = dir + "/empty.db"
        try "not a database\n".write(toFile: text, atomically: false, encoding: .utf8)
        _ = FileManager.default.createFile(atPath: empty, contents: Data())
        let expected = [
            foreign: "is an SQLite file but not a Docket database; left as it is",
            text: "is not a usable Docket database (not an SQLite file: another program's file, or one damaged past reading); left as it is",
            empty: "is an empty file, not a Docket database; left as it is",
        ]
        for (path, message) in expected {
            let before = try XCTUnwrap(bytes(path))
            let r = run("case", "list", db: path)
            XCTAssertEqual(r.code, 1, path)
            XCTAssertTrue(r.err.contains(path + " " + message), r.err)
            XCTAssertEqual(bytes(path), before, "\(path) unchanged, byte for byte")
            XCTAssertFalse(exists(path + "-wal") || exists(path + "-shm") || exists(path + "-journal"), "nothing made beside \(path)")
        }
    }

    func testAFolderAndADamagedAgencyAreNamedWithWhatToDo() throws {
        let folder = dir + "/folder"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let r = run("case", "list", db: folder)
        XCTAssertEqual(r.code, 1)
        XCTAssertEqual(r.err, "docket: \(folder) is a folder; --db (or DOCKET_DB) names the database file, e.g. \(folder)/docket.db")

        XCTAssertEqual(run("demo", "--cases", "5").code, 0)
        do {
            let raw = try Database(path: db)
            try raw.exec("UPDATE agency SET source = '{\"name\": ' WHERE id = 1")
        }
        let damaged = run("check")
        XCTAssertEqual(damaged.code, 1)
        XCTAssertTrue(damaged.err.hasPrefix("docket: \(db) is damaged: the agency configuration stored in it cannot be read ("), damaged.err)
        XCTAssertTrue(damaged.err.hasSuffix("restore it from a backup (`docket backup` makes one)"), damaged.err)
    }

    // MARK: (a) an account that may only read

    /// Runs the binary as `nobody` (CI runs as root; permissions only bind other accounts),
    /// from a copy in a folder anyone may enter: the build folder may sit in one they may not.
    func runAsNobody(_ words: [String]) throws -> ProcessRunner.Run {
        if nobodysCopy == nil {
            let folder = dir + "/bin"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
            try FileManager.default.copyItem(atPath: try binary(), toPath: folder + "/docket")
            XCTAssertEqual(chmod(folder + "/docket", 0o755), 0)
            nobodysCopy = folder + "/docket"
        }
        return try ProcessRunner.run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", nobodysCopy!] + words,
                                     env: env, in: NSTemporaryDirectory())
    }
    var nobodysCopy: String?

    func testAReadOnlyOpenLeavesNoWalOrShmAndLaterWritesNameTheRightFile() throws {
        guard getuid() == 0, exists("/usr/bin/setpriv") else { throw XCTSkip("needs root and setpriv to act as another account") }
        XCTAssertEqual(chown(dir, 65534, 65534), 0)
        let demo = try runAsNobody(["demo", "--cases", "30"])
        XCTAssertEqual(demo.code, 0, demo.err)
        XCTAssertFalse(exists(db + "-wal"), "the demo closes its log")

        // The owner made the file read-only: reads work and leave nothing beside it.
        XCTAssertEqual(chmod(db, 0o400), 0)
        let list = try runAsNobody(["case", "list"])
        XCTAssertEqual(list.code, 0, list.err)
        let ref = try XCTUnwrap(Self.firstRef(list.out), list.out)
        XCTAssertFalse(exists(db + "-wal") || exists(db + "-shm"), "no -wal/-shm left by a read-only open")
        let refused = try runAsNobody(["case", "note", ref, "read-only note"])
        XCTAssertEqual(refused.code, 1)
        XCTAssertTrue(refused.err.contains("\(db) may only be read by this account, so nothing was changed"), refused.err)

        // Writable again: the next write works.
        XCTAssertEqual(chmod(db, 0o600), 0)
        let note = try runAsNobody(["case", "note", ref, "writable again"])
        XCTAssertEqual(note.code, 0, note.err)

        // A read-only pair left by an older docket under the person's own account: the first
        // write takes its write bit back and works.
        func plant(owner: uid_t) {
            for suffix in ["-wal", "-shm"] {
                unlink(db + suffix)
                _ = FileManager.default.createFile(atPath: db + suffix, contents: Data(), attributes: [.posixPermissions: 0o400])
                XCTAssertEqual(chown(db + suffix, owner, owner), 0)
            }
        }
        plant(owner: 65534)
        let healed = try runAsNobody(["case", "note", ref, "own pair"])
        XCTAssertEqual(healed.code, 0, healed.err)
        // Another account's pair: the refusal names it, not the database.
        plant(owner: 0)
        let stuck = try runAsNobody(["case", "note", ref, "blocked"])
        XCTAssertEqual(stuck.code, 1)
        XCTAssertTrue(stuck.err.contains("\(db)-wal cannot be written by this account"), stuck.err)
        XCTAssertTrue(stuck.err.contains("rm \(db)-wal"), stuck.err)
        unlink(db + "-wal")
        unlink(db + "-shm")
        XCTAssertEqual(try runAsNobody(["check"]).code, 0)
    }

    /// The first case ref of `case list`'s table.
    static func firstRef(_ table: String) -> String? {
        table.split(separator: "\n").dropFirst().first.flatMap { $0.split(separator: " ").first }.map(String.init)
    }

    // MARK: (c) a full disk

    /// Runs the binary with no room to write (file size limit 0); its output goes through a
    /// pipe, which the limit does not cover.
    func runWithFullDisk(_ words: [String]) throws -> ProcessRunner.Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", "ulimit -f 0; exec \"$0\" \"$@\"", try binary()] + words
        p.environment = env
        p.standardInput = FileHandle.nullDevice
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        // Small outputs: both fit in a pipe, so reading one after the other cannot stall.
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return ProcessRunner.Run(code: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    func testAFullDiskSaysDiskFullWithThePathAndReadsStillWork() throws {
        XCTAssertEqual(run("demo", "--cases", "30").code, 0)
        let list = try runWithFullDisk(["case", "list"])
        XCTAssertEqual(list.code, 0, list.err)
        let ref = try XCTUnwrap(Self.firstRef(list.out), list.out)
        let search = try runWithFullDisk(["search", ref])
        XCTAssertEqual(search.code, 0, search.err)
        XCTAssertTrue(search.out.contains(ref), search.out)
        let note = try runWithFullDisk(["case", "note", ref, "no room for this"])
        XCTAssertEqual(note.code, 1, "a message and exit 1, not killed by SIGXFSZ: \(note.err)")
        XCTAssertTrue(note.err.contains("disk full: no room to write \(db)"), note.err)
        XCTAssertTrue(note.err.contains("nothing was changed") && note.err.contains("df -h \(dir!)"), note.err)
        // With room again, nothing of it is there and the store is whole.
        let log = run("audit", "log", ref)
        XCTAssertEqual(log.code, 0, log.err)
        XCTAssertFalse(log.out.contains("no room for this"), log.out)
        XCTAssertEqual(run("check").code, 0)
        XCTAssertEqual(run("case", "note", ref, "room again").code, 0)
    }

    func testAWriteThatFindsTheDiskFullSaysSo() {
        let full = StoreError.from(nil, 13 /* SQLITE_FULL */, path: "/srv/docket/d.db", doing: "committing")
        XCTAssertTrue(full.isDiskFull)
        XCTAssertTrue(full.message.hasPrefix("disk full: no room to write /srv/docket/d.db"), full.message)
        XCTAssertTrue(full.message.contains("df -h /srv/docket"), full.message)
    }

    // MARK: (d) an import killed after its commit

    func testAnImportKilledAfterItsCommitIsNamedOnTheNextRun() throws {
        XCTAssertEqual(run("init").code, 0)
        let csv = dir + "/apps.csv"
        var text = "given_name,family_name,birth_date,national_id,address,preferred_language,household_size,programs_requested,amount,employment_status,receives_other_benefits\n"
        for i in 0..<400 {
            text += "G\(i),Family\(i),1980-02-03,\(String(format: "%03d-%02d-%04d", 100 + i, 10 + i % 80, 1000 + i)),\"\(i) Main St\nSpringfield\",en,1,snap,100.00,retired,no\n"
        }
        try text.write(toFile: csv, atomically: true, encoding: .utf8)

        // Its stdout is a pipe filled to the brim: the child blocks on its first line of output,
        // which it writes only after its commit, and is killed there.
        let pipe = Pipe()
        let writeEnd = pipe.fileHandleForWriting.fileDescriptor
        XCTAssertEqual(fcntl(writeEnd, F_SETFL, fcntl(writeEnd, F_GETFL) | O_NONBLOCK), 0)
        let filler = [UInt8](repeating: 0x2E, count: 4096)
        while filler.withUnsafeBytes({ write(writeEnd, $0.baseAddress, $0.count) }) > 0 {}
        XCTAssertEqual(fcntl(writeEnd, F_SETFL, fcntl(writeEnd, F_GETFL) & ~O_NONBLOCK), 0)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try binary())
        p.arguments = ["import", csv, "--form", "benefits_application"]
        p.environment = env
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = pipe.fileHandleForWriting
        p.standardError = FileHandle.nullDevice
        try p.run()
        let reader = try Database(path: db, readOnly: true)
        var recorded: Int64 = 0
        let deadline = Date().addingTimeInterval(30)
        while recorded == 0 && Date() < deadline {
            recorded = (try? reader.scalarInt("SELECT count(*) FROM import_file")) ?? 0
            reader.resetAll()
            if recorded == 0 { usleep(5_000) }
        }
        XCTAssertEqual(recorded, 1, "the import committed within 30 s")
        XCTAssertTrue(p.isRunning, "still blocked before its acknowledgement")
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationReason, .uncaughtSignal)
        XCTAssertEqual(p.terminationStatus, SIGKILL)

        let again = run("import", csv, "--form", "benefits_application")
        XCTAssertEqual(again.code, 1)
        XCTAssertTrue(again.err.contains("apps.csv was imported already: on \(Self.now) by"), again.err)
        XCTAssertTrue(again.err.contains("(400 cases,"), again.err)
        XCTAssertTrue(again.err.contains("nothing was imported"), again.err)
        let engine = try Engine.open(path: db)
        XCTAssertEqual(try engine.sqlite.db.scalarInt("SELECT count(*) FROM cases"), 400, "every row once, none twice")
        XCTAssertEqual(run("check").code, 0)
    }
}
