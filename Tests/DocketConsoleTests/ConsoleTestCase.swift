import Foundation
import XCTest

/// Base class for console tests: widths come from wcwidth, which needs a UTF-8 locale
/// (CI runs in "C").
class ConsoleTestCase: XCTestCase {
    override class func setUp() {
        super.setUp()
        setlocale(LC_ALL, "C.UTF-8")
    }

    /// The repository root (this file is Tests/DocketConsoleTests/ConsoleTestCase.swift).
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A fresh empty temporary directory, removed after the test.
    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docket-console-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// Compares a screen row by row, so a failure names the row that differs.
    func assertScreen(_ actual: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        let actualLines = actual.components(separatedBy: "\n")
        let expectedLines = expected.components(separatedBy: "\n")
        for index in 0..<max(actualLines.count, expectedLines.count) {
            let a = index < actualLines.count ? actualLines[index] : "<missing>"
            let e = index < expectedLines.count ? expectedLines[index] : "<missing>"
            XCTAssertEqual(a, e, "row \(index)", file: file, line: line)
        }
    }
}
