import Foundation
import XCTest

/// The bench harness itself on a tiny database: every figure of DESIGN.md section 7 is
/// produced, named as the contract says, and sane. Its speed is not judged here.
final class BenchTests: XCTestCase {
    func testEveryFigureIsProducedAndSane() throws {
        let binary = try XCTUnwrap(ProcessRunner.docketBinary(), "the docket executable was not built")
        let dir = NSTemporaryDirectory() + "docket-bench-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let env = ["HOME": dir, "DOCKET_NOW": "2026-11-18T10:00:00Z", "PATH": "/usr/bin:/bin"]
        let run = try ProcessRunner.run(binary.path, ["bench", "--cases", "1000", "--count", "40", "--keep", dir + "/kept", "--json"],
                                 env: env, in: dir)
        XCTAssertEqual(run.code, 0, run.err)
        let report = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        XCTAssertEqual(report["cases"] as? Int, 1000)
        let figures = try XCTUnwrap(report["figures"] as? [[String: Any]])
        let byName = Dictionary(uniqueKeysWithValues: figures.map { ($0["name"] as! String, $0) })
        let expected = ["first_paint_ms", "scroll_frame_ms", "page_frame_ms", "filter_first_page_ms", "search_first_page_ms",
                        "case_open_ms", "dashboard_ms", "report_backlog_ms", "command_ms", "next_contended_ms",
                        "demo_rows_per_s", "demo_write_s", "demo_index_s", "console_rss_mib", "db_bytes_per_case", "import_rows_per_s",
                        "reimport_rows_per_s",
                        "export_rows_per_s"]
        for name in expected {
            let f = try XCTUnwrap(byName[name], "\(name) missing")
            for key in ["name", "unit", "min", "median", "p99", "budget", "pass"] { XCTAssertTrue(f.keys.contains(key), "\(name).\(key)") }
            let min = try XCTUnwrap(f["min"] as? Double, name), median = try XCTUnwrap(f["median"] as? Double, name)
            let p99 = try XCTUnwrap(f["p99"] as? Double, name)
            XCTAssertTrue(min > 0 && min <= median && median <= p99, "\(name): \(min) \(median) \(p99)")
            if let budget = f["budget"] as? Double {
                XCTAssertGreaterThan(budget, 0)
                XCTAssertNotNil(f["pass"] as? Bool, name)
            }
        }
        // Reads while 8 processes write: a count of failures (0 is the budget), not a time.
        let underLoad = try XCTUnwrap(byName["case_show_under_load_failures"])
        XCTAssertEqual(underLoad["median"] as? Double, 0, "\(underLoad)")
        XCTAssertEqual(underLoad["pass"] as? Bool, true)
        XCTAssertTrue((underLoad["note"] as? String ?? "").contains("while 8 processes wrote 1600 notes (0 writes failed)"), "\(underLoad)")
        XCTAssertLessThan(byName["console_rss_mib"]!["median"] as! Double, 4096, "resident memory in MiB, not bytes")
        XCTAssertGreaterThan(byName["db_bytes_per_case"]!["median"] as! Double, 100)
        // Rows are counted from the import's own report, not from lines (addresses span two).
        XCTAssertTrue((byName["import_rows_per_s"]?["note"] as? String ?? "").hasPrefix("1000 benefits applications from new people"),
                      "\(byName["import_rows_per_s"] ?? [:])")
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir + "/kept/docket.db"), "--keep leaves the database")
    }
}
