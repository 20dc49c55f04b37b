import Foundation
import XCTest

/// The walls of the house, checked on the sources themselves: SQL only in the SQLite store,
/// and workflow rules that touch no store.
final class SourceLayoutTests: XCTestCase {
    /// Sources/, found from this file's place in Tests/DocketEngineTests.
    let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    func swiftFiles(under folder: URL) -> [(path: String, text: String)] {
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        return files.compactMap { url in (try? String(contentsOf: url, encoding: .utf8)).map { (url.path, $0) } }
    }

    /// A line's code, without a trailing `//` comment and skipping `///` doc lines.
    func codeLines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
    }

    func testNoSQLOutsideTheSQLiteStore() throws {
        let sql = try NSRegularExpression(pattern:
            #"sqlite3_|import CSQLite|\b(SELECT|INSERT INTO|DELETE FROM|CREATE TABLE|CREATE INDEX|PRAGMA)\b|\bUPDATE [a-z_]+ SET\b"#)
        let files = swiftFiles(under: sources)
        XCTAssertGreaterThan(files.count, 100, "the sources were found")
        XCTAssertTrue(files.contains { $0.path.contains("/Store/SQLite/") && sql.firstMatch(in: $0.text, range: NSRange($0.text.startIndex..., in: $0.text)) != nil },
                      "the pattern finds the SQL that is there")
        for f in files where !f.path.contains("/DocketEngine/Store/SQLite/") {
            for line in codeLines(f.text) where sql.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
                XCTFail("SQL outside Store/SQLite: \(f.path): \(line)")
            }
        }
    }

    func testWorkflowRulesHoldNoStore() throws {
        let files = swiftFiles(under: sources.appendingPathComponent("DocketEngine/Workflow"))
        XCTAssertTrue(files.contains { $0.path.hasSuffix("CaseWork.swift") })
        for f in files {
            for line in codeLines(f.text) where line.contains("CaseStore") || line.contains("SQLiteStore") || line.contains("store.") {
                XCTFail("a workflow rule touches a store: \(f.path): \(line)")
            }
        }
    }
}
