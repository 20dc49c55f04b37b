import Foundation
import XCTest
@testable import DocketEngine

/// `docket demo` killed half way (Ctrl-C on a big demo, a dropped session, a power cut) must
/// not leave a half-made database where Docket looks for one: it would open without its
/// indexes, counters or half its cases, and nobody would be told. And `--force` must not have
/// thrown the old database away before the new one is whole.
final class InterruptedDemoTests: XCTestCase {
    var dir: String!

    override func setUp() {
        dir = NSTemporaryDirectory() + "docket-demo-kill-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: dir) }

    private var path: String { dir + "/d.db" }

    private var environment: [String: String] {
        ["DOCKET_DB": path, "DOCKET_NOW": "2026-11-18T10:00:00Z", "HOME": dir!, "XDG_CONFIG_HOME": dir + "/config",
         "SWIFT_BACKTRACE": "enable=no", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
    }

    /// Starts a large demo and kills it with SIGKILL once its rows are being written.
    private func killDemoHalfWay(_ binary: URL, force: Bool) throws {
        let process = try ProcessRunner.start(binary.path, ["demo", "--cases", "400000"] + (force ? ["--force"] : []),
                                              env: environment, out: dir + "/out", err: dir + "/err")
        let prefix = "d.db.building-\(process.processIdentifier)-"
        let started = PseudoTerminal.waitUntil(60) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: self.dir)) ?? []
            guard let name = names.first(where: { $0.hasPrefix(prefix) && !$0.hasSuffix("-journal") }) else { return false }
            return ((try? FileManager.default.attributesOfItem(atPath: self.dir + "/" + name)[.size] as? Int) ?? 0) > 4 << 20
        }
        XCTAssertTrue(started, "the demo never got going beside \(path): \((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []) \((try? String(contentsOfFile: dir + "/err", encoding: .utf8)) ?? "")")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal, "the demo finished before it could be stopped")
    }

    func testADemoKilledHalfWayLeavesNoDatabaseAndTheNextOneStartsClean() throws {
        let binary = try XCTUnwrap(ProcessRunner.docketBinary(), "build the docket executable first")
        try killDemoHalfWay(binary, force: false)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path), "a half-made database was left where Docket opens one")

        let next = try ProcessRunner.run(binary.path, ["demo", "--cases", "50"], env: environment, in: dir)
        XCTAssertEqual(next.code, 0, next.err)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".building-") }
        XCTAssertEqual(leftovers, [], "the stopped demo's files are gone")
        let engine = try Engine.open(path: path)
        XCTAssertEqual(try engine.overview().cases, 50)
        XCTAssertTrue(try engine.verifyAudit().ok, "the new demo's event chain holds")
    }

    func testAForcedDemoKilledHalfWayLeavesTheOldDatabaseAsItWas() throws {
        let binary = try XCTUnwrap(ProcessRunner.docketBinary(), "build the docket executable first")
        let first = try ProcessRunner.run(binary.path, ["demo", "--cases", "30"], env: environment, in: dir)
        XCTAssertEqual(first.code, 0, first.err)
        try killDemoHalfWay(binary, force: true)
        let engine = try Engine.open(path: path)
        XCTAssertEqual(try engine.overview().cases, 30, "the old database is still there, whole")
    }
}
