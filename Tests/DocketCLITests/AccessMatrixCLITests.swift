import Foundation
import XCTest

/// A sample of the access matrix through the real binary, as each demo person (`--as`).
final class AccessMatrixCLITests: XCTestCase {
    func testASampleOfCellsThroughTheBinary() throws {
        let binary = try XCTUnwrap(ProcessRunner.docketBinary(), "the docket executable was not built")
        let dir = NSTemporaryDirectory() + "docket-matrix-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var env = ProcessInfo.processInfo.environment
        env["DOCKET_DB"] = dir + "/d.db"
        env["DOCKET_NOW"] = "2026-11-18T10:00:00Z"
        env["HOME"] = dir
        func docket(_ words: [String]) throws -> ProcessRunner.Run { try ProcessRunner.run(binary.path, words, env: env, in: dir) }
        XCTAssertEqual(try docket(["demo", "--cases", "400"]).code, 0)
        let listed = try docket(["case", "list", "--dept", "VET", "--limit", "1", "--json"]).out
        let vet = try XCTUnwrap(listed.range(of: #"[A-Z]+-\d{4}-\d{6}"#, options: .regularExpression).map { String(listed[$0]) })
        let cells: [(who: String, words: [String], allowed: Bool)] = [
            ("ana.kowalski", ["case", "note", vet, "x"], false),           // clerk: no case work
            ("ana.kowalski", ["case", "show", vet], false),                // clerk: VET is not theirs
            ("ana.kowalski", ["export", "cases", "--format", "csv"], false),
            ("marcus.reyes", ["case", "note", vet, "called"], true),       // caseworker, own
            ("luis.moreno", ["case", "note", vet, "called"], false),       // caseworker of BEN
            ("marcus.reyes", ["report", "backlog"], false),
            ("marcus.reyes", ["case", "assign", vet, "tomasz.nowak"], false),
            ("priya.shah", ["case", "assign", vet, "tomasz.nowak"], true),  // supervisor, own
            ("david.kim", ["case", "assign", vet, "tomasz.nowak"], false), // supervisor of BEN
            ("priya.shah", ["audit", "verify"], false),
            ("priya.shah", ["backup", dir + "/b1.db"], false),
            ("sam.okafor", ["audit", "verify"], true),                     // auditor
            ("sam.okafor", ["check"], true),
            ("sam.okafor", ["case", "note", vet, "x"], false),
            ("sam.okafor", ["case", "show", vet], true),                   // any, masked
            ("robin.admin", ["backup", dir + "/b2.db"], true),
            ("priya.shah", ["staff", "add", "new.person", "--role", "clerk", "--dept", "INTAKE"], false),
        ]
        for cell in cells {
            let r = try docket(cell.words + ["--as", cell.who])
            let what = "\(cell.who): docket \(cell.words.joined(separator: " "))"
            if cell.allowed {
                XCTAssertEqual(r.code, 0, "\(what): \(r.err)")
            } else {
                XCTAssertEqual(r.code, 1, "\(what) should be refused: \(r.out)")
                XCTAssertFalse(r.err.isEmpty, "\(what): a refusal says why")
            }
        }
    }
}
