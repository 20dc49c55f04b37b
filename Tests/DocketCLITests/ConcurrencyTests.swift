import Foundation
import XCTest
@testable import DocketEngine

/// Two real `docket` processes taking `next` from the same database at the same time: every
/// claim lands on a different case, and the event chain stays whole.
final class ConcurrencyTests: XCTestCase {
    static let loops = 200
    static let now = "2026-11-18T10:00:00Z"

    /// The built `docket` executable: beside the test bundle in the products folder
    /// (`swift test`, any --scratch-path), else under the package's default `.build`.
    static func docketBinary() -> URL? {
        let fm = FileManager.default
        var candidates: [URL] = []
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(dir.appendingPathComponent("docket"))
            dir = dir.deletingLastPathComponent()
        }
        var bundle = Bundle(for: ConcurrencyTests.self).bundleURL.deletingLastPathComponent()
        for _ in 0..<3 {
            candidates.append(bundle.appendingPathComponent("docket"))
            bundle = bundle.deletingLastPathComponent()
        }
        // Tests/DocketCLITests/ConcurrencyTests.swift -> the package root.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates += ["debug", "release"].map { root.appendingPathComponent(".build/\($0)/docket") }
        return candidates.first { url in
            var isDir: ObjCBool = false
            return fm.fileExists(atPath: url.path, isDirectory: &isDir) && !isDir.boolValue && fm.isExecutableFile(atPath: url.path)
        }
    }

    struct Run { var code: Int32; var out: String; var err: String }

    /// Runs a program to completion with the given environment; output goes through files so a
    /// full pipe can never stall the child.
    func run(_ executable: String, _ arguments: [String], env: [String: String], in dir: String) throws -> Run {
        let tag = UUID().uuidString
        let outPath = dir + "/run-\(tag).out", errPath = dir + "/run-\(tag).err"
        let p = try start(executable, arguments, env: env, out: outPath, err: errPath)
        p.waitUntilExit()
        return Run(code: p.terminationStatus, out: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                   err: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }

    func start(_ executable: String, _ arguments: [String], env: [String: String], out: String, err: String) throws -> Process {
        for path in [out, err] where !FileManager.default.createFile(atPath: path, contents: nil) {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        p.environment = env
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        p.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        try p.run()
        return p
    }

    func testTwoProcessesTakingNextNeverClaimTheSameCase() throws {
        let binary = try XCTUnwrap(Self.docketBinary(), "no built docket next to \(CommandLine.arguments[0]); run `swift build` first")
        let dir = NSTemporaryDirectory() + "docket-concurrency-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let db = dir + "/docket.db"
        var env = ProcessInfo.processInfo.environment
        env["DOCKET_DB"] = db
        env["DOCKET_NOW"] = Self.now
        env["HOME"] = dir
        env["NO_COLOR"] = "1"

        let demo = try run(binary.path, ["demo", "--cases", "3000"], env: env, in: dir)
        XCTAssertEqual(demo.code, 0, demo.err)

        let (firstNewEvent, claimable, versions): (Int64, Int64, [String: Int64]) = try {
            let engine = try Engine.open(path: db, clock: .fixed(Timestamp.parse(Self.now)!))
            let last = try engine.store.db.scalarInt("SELECT max(id) FROM event") ?? 0
            let open = try engine.store.db.scalarInt(
                "SELECT count(*) FROM cases WHERE closed_at IS NULL AND assignee IS NULL AND task_status = 'assigned'") ?? 0
            var versions: [String: Int64] = [:]
            let s = try engine.store.db.statement("SELECT ref, version FROM cases")
            while try s.step() { versions[s.text(0)] = s.int(1) }
            return (last + 1, open, versions)
        }()
        XCTAssertGreaterThanOrEqual(claimable, Int64(2 * Self.loops), "the demo leaves enough unassigned work")

        // Each worker: a shell loop of `docket next --json`, one output file per call.
        let script = """
            for i in $(seq 1 "$LOOPS"); do
              if ! "$DOCKET" next --json > "$OUT/$TAG-$i.json" 2> "$OUT/$TAG-$i.err"; then
                echo "$i" >> "$OUT/$TAG.failures"
              fi
            done
            """
        var workers: [Process] = []
        for tag in ["a", "b"] {
            var wenv = env
            wenv["DOCKET"] = binary.path
            wenv["OUT"] = dir
            wenv["TAG"] = tag
            wenv["LOOPS"] = String(Self.loops)
            workers.append(try start("/bin/bash", ["-c", script], env: wenv, out: dir + "/\(tag).log", err: dir + "/\(tag).log2"))
        }
        for w in workers { w.waitUntilExit() }
        for (tag, w) in zip(["a", "b"], workers) {
            XCTAssertEqual(w.terminationStatus, 0, "worker \(tag)")
            let failures = (try? String(contentsOfFile: dir + "/\(tag).failures", encoding: .utf8)) ?? ""
            if !failures.isEmpty {
                let first = failures.split(separator: "\n").first.map(String.init) ?? ""
                let why = (try? String(contentsOfFile: dir + "/\(tag)-\(first).err", encoding: .utf8)) ?? ""
                XCTFail("worker \(tag): calls \(failures.split(separator: "\n").joined(separator: ",")) failed; first said: \(why)")
            }
        }

        // What the two processes printed: 400 different cases.
        var refs: [String] = []
        var login: String?
        for tag in ["a", "b"] {
            for i in 1...Self.loops {
                let text = (try? String(contentsOfFile: dir + "/\(tag)-\(i).json", encoding: .utf8)) ?? ""
                guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
                      let ref = object["ref"] as? String else {
                    XCTFail("worker \(tag) call \(i) printed no case: \(text.prefix(200))")
                    continue
                }
                refs.append(ref)
                let assignee = object["assignee"] as? String
                XCTAssertNotNil(assignee, ref)
                if login == nil { login = assignee }
                XCTAssertEqual(assignee, login, "\(ref): claimed by the one OS login")
            }
        }
        XCTAssertEqual(refs.count, 2 * Self.loops)
        XCTAssertEqual(Set(refs).count, 2 * Self.loops, "no case handed out twice")

        // What the database recorded: one claim per case, each case now with its claimer.
        let engine = try Engine.open(path: db, clock: .fixed(Timestamp.parse(Self.now)!))
        let claims = try engine.store.db.scalarInt(
            "SELECT count(*) FROM event WHERE kind = 'claimed' AND id >= ?", [.int(firstNewEvent)])
        XCTAssertEqual(claims, Int64(2 * Self.loops))
        let twice = try engine.store.db.scalarInt("""
            SELECT count(*) FROM (SELECT case_id FROM event WHERE kind = 'claimed' AND id >= ?
                                  GROUP BY case_id HAVING count(*) > 1)
            """, [.int(firstNewEvent)])
        XCTAssertEqual(twice, 0, "no case claimed twice")
        for ref in Set(refs) {
            let c = try XCTUnwrap(try engine.store.caseSummary(ref: ref), ref)
            XCTAssertEqual(c.assignee, login, ref)
            XCTAssertGreaterThan(c.version, versions[ref] ?? .max, "\(ref): its version moved on")
        }

        let verify = try run(binary.path, ["audit", "verify"], env: env, in: dir)
        XCTAssertEqual(verify.code, 0, "audit verify: \(verify.out) \(verify.err)")
    }
}
