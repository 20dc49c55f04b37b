import Foundation
import XCTest
@testable import DocketEngine

/// Two real `docket` processes taking `next` from the same database at the same time: every
/// claim lands on a different case, and the event chain stays whole.
final class ConcurrencyTests: XCTestCase {
    static let loops = 200
    static let now = "2026-11-18T10:00:00Z"

    func testTwoProcessesTakingNextNeverClaimTheSameCase() throws {
        let binary = try XCTUnwrap(ProcessRunner.docketBinary(), "no built docket next to \(CommandLine.arguments[0]); run `swift build` first")
        let dir = NSTemporaryDirectory() + "docket-concurrency-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let db = dir + "/docket.db"
        var env = ProcessInfo.processInfo.environment
        env["DOCKET_DB"] = db
        env["DOCKET_NOW"] = Self.now
        env["HOME"] = dir
        env["NO_COLOR"] = "1"

        let demo = try ProcessRunner.run(binary.path, ["demo", "--cases", "3000"], env: env, in: dir)
        XCTAssertEqual(demo.code, 0, demo.err)

        let (firstNewEvent, claimable, versions): (Int64, Int64, [String: Int64]) = try {
            let engine = try Engine.open(path: db, clock: .fixed(Timestamp.parse(Self.now)!))
            let last = try engine.sqlite.db.scalarInt("SELECT max(id) FROM event") ?? 0
            let open = try engine.sqlite.db.scalarInt(
                "SELECT count(*) FROM cases WHERE closed_at IS NULL AND assignee IS NULL AND task_status = 'assigned'") ?? 0
            var versions: [String: Int64] = [:]
            let s = try engine.sqlite.db.statement("SELECT ref, version FROM cases")
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
            workers.append(try ProcessRunner.start("/bin/bash", ["-c", script], env: wenv, out: dir + "/\(tag).log", err: dir + "/\(tag).log2"))
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
        let claims = try engine.sqlite.db.scalarInt(
            "SELECT count(*) FROM event WHERE kind = 'claimed' AND id >= ?", [.int(firstNewEvent)])
        XCTAssertEqual(claims, Int64(2 * Self.loops))
        let twice = try engine.sqlite.db.scalarInt("""
            SELECT count(*) FROM (SELECT case_id FROM event WHERE kind = 'claimed' AND id >= ?
                                  GROUP BY case_id HAVING count(*) > 1)
            """, [.int(firstNewEvent)])
        XCTAssertEqual(twice, 0, "no case claimed twice")
        for ref in Set(refs) {
            let c = try XCTUnwrap(try engine.store.caseSummary(ref: ref), ref)
            XCTAssertEqual(c.assignee, login, ref)
            XCTAssertGreaterThan(c.version, versions[ref] ?? .max, "\(ref): its version moved on")
        }

        let verify = try ProcessRunner.run(binary.path, ["audit", "verify"], env: env, in: dir)
        XCTAssertEqual(verify.code, 0, "audit verify: \(verify.out) \(verify.err)")
    }
}

extension Engine {
    /// The SQLite store under a test's engine, for what only SQL can check.
    var sqlite: SQLiteStore { store as! SQLiteStore }
}
