import Foundation
import XCTest
@testable import docket
@testable import DocketEngine

/// The pieces of an installed docket that can be checked without root's side effects; the
/// whole install, as real users, is Tests/EndToEnd/install.sh.
final class InstallTests: XCTestCase {
    var dir: String!

    override func setUp() {
        dir = NSTemporaryDirectory() + "docket-install-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: dir) }

    func testTheLayoutIsBelievedOnlyFromAFileOnlyItsOwnerCanChange() throws {
        let layout = InstalledLayout(dataDirectory: "/var/lib/docket", account: "docket")
        let path = dir + "/docket.conf"
        try layout.text.write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o644)
        let owner = getuid()
        XCTAssertEqual(InstalledLayout.read(path, trustedOwner: owner), layout)
        XCTAssertEqual(InstalledLayout.read(path, trustedOwner: owner)?.databasePath, "/var/lib/docket/docket.db")
        XCTAssertNil(InstalledLayout.read(path, trustedOwner: owner + 1), "someone else's file")
        chmod(path, 0o666)
        XCTAssertNil(InstalledLayout.read(path, trustedOwner: owner), "a file others can write")
        chmod(path, 0o644)
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.conf", withDestinationPath: path)
        XCTAssertNil(InstalledLayout.read(dir + "/link.conf", trustedOwner: owner), "a link")
        XCTAssertNil(InstalledLayout.parse("data = relative/path\naccount = docket\n"))
        XCTAssertNil(InstalledLayout.parse("data = /var/lib/../../etc\naccount = docket\n"))
        XCTAssertEqual(InstalledLayout.configPath(forBinary: "/usr/local/bin/docket"), "/usr/local/etc/docket.conf")
    }

    func testTheInstalledDatabaseIsTheDefaultButFlagAndEnvironmentStillWin() {
        let shared = "/var/lib/docket/docket.db"
        XCTAssertEqual(DatabaseLocation.resolve(flag: nil, environment: ["HOME": "/home/ana"], installed: shared), shared)
        XCTAssertEqual(DatabaseLocation.resolve(flag: nil, environment: ["DOCKET_DB": "/x.db"], installed: shared), "/x.db")
        XCTAssertEqual(DatabaseLocation.resolve(flag: "/y.db", environment: [:], installed: shared), "/y.db")
        XCTAssertEqual(DatabaseLocation.resolve(flag: nil, environment: ["HOME": "/home/ana"]), "/home/ana/.local/share/docket/docket.db")
    }

    func testABinaryThatNeedsTheSwiftRuntimeBesideItIsRecognised() throws {
        // The test bundle links the Swift runtime dynamically, as a debug docket does.
        let me = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        XCTAssertTrue(try ELFNeeded.libraries(of: me).contains("libc.so.6"))
        let needed = try ELFNeeded.libraries(of: me)
        XCTAssertTrue(try ELFNeeded.swiftRuntime(of: me).contains("libswiftCore.so"), "\(needed)")
        let plain = ["/usr/bin/ls", "/bin/ls"].first { FileManager.default.fileExists(atPath: $0) }!
        XCTAssertTrue(try ELFNeeded.libraries(of: plain).contains("libc.so.6"))
        XCTAssertEqual(try ELFNeeded.swiftRuntime(of: plain), [])
        try "#!/bin/sh\n".write(toFile: dir + "/script", atomically: false, encoding: .utf8)
        XCTAssertThrowsError(try ELFNeeded.libraries(of: dir + "/script"))
    }

    func testTheEnvironmentASetuidDocketRefuses() {
        for name in ["LD_PRELOAD", "LD_LIBRARY_PATH", "SWIFT_BACKTRACE", "SWIFT_DEBUG_RUNTIME", "DOCKET_NOW"] {
            XCTAssertTrue(CleanEnvironment.isRefused(name), name)
        }
        for name in ["DOCKET_DB", "TERM", "HOME", "LANG", "XDG_CONFIG_HOME"] {
            XCTAssertFalse(CleanEnvironment.isRefused(name), name)
        }
    }

    func testNotSetuidEveryDatabaseIsOpenedWithOnesOwnRights() throws {
        XCTAssertFalse(ServiceRights.isSetuid, "the tests run as a plain process")
        XCTAssertFalse(ServiceRights.isShared("/var/lib/docket/docket.db"))
        let uid = try ServiceRights.forStore("/var/lib/docket/docket.db") { geteuid() }
        XCTAssertEqual(uid, getuid())
    }

    func testInstallIsForRootAndRefusesABinaryNeedingTheRuntime() throws {
        var err: [String] = []
        let me = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let code = DocketCLI.run(["install", "--prefix", dir + "/prefix", "--data", dir + "/data", "--binary", me],
                                 environment: [:], stdout: { _ in }, stderr: { err.append($0) })
        XCTAssertEqual(code, 1)
        let message = err.joined()
        if getuid() == 0 {
            XCTAssertTrue(message.contains("--static-swift-stdlib"), message)
        } else {
            XCTAssertTrue(message.contains("run it as root"), message)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/prefix"), "nothing was made")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/data"))
    }
}
