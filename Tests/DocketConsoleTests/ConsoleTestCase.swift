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
}
