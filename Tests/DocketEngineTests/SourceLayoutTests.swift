import Foundation
import XCTest

/// The walls of the house, checked on the sources themselves: SQL only in the two stores,
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

    func testNoSQLOutsideTheStores() throws {
        let sql = try NSRegularExpression(pattern:
            #"\b(SELECT|INSERT INTO|DELETE FROM|CREATE TABLE|CREATE INDEX|PRAGMA|COPY [a-z_]+\()\b|\bUPDATE [a-z_]+ SET\b"#)
        let sqlite = try NSRegularExpression(pattern: #"sqlite3_|import CSQLite"#)
        let libpq = try NSRegularExpression(pattern: #"\bPQ[a-z]+\(|import CPostgres"#)
        func found(_ re: NSRegularExpression, _ text: String) -> Bool {
            re.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
        let files = swiftFiles(under: sources)
        XCTAssertGreaterThan(files.count, 100, "the sources were found")
        for store in ["/Store/SQLite/", "/Store/Postgres/"] {
            XCTAssertTrue(files.contains { $0.path.contains(store) && found(sql, $0.text) }, "the pattern finds the SQL in \(store)")
        }
        XCTAssertTrue(files.contains { $0.path.contains("/Store/Postgres/") && found(libpq, $0.text) }, "the pattern finds libpq")
        for f in files {
            let inSQLite = f.path.contains("/DocketEngine/Store/SQLite/"), inPostgres = f.path.contains("/DocketEngine/Store/Postgres/")
            for line in codeLines(f.text) {
                if !inSQLite && !inPostgres && found(sql, line) { XCTFail("SQL outside Store/SQLite and Store/Postgres: \(f.path): \(line)") }
                if !inSQLite && found(sqlite, line) { XCTFail("SQLite's C API outside Store/SQLite: \(f.path): \(line)") }
                if !inPostgres && found(libpq, line) { XCTFail("libpq outside Store/Postgres: \(f.path): \(line)") }
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
