import Foundation
import XCTest
@testable import docket

/// A test case that runs the command line in-process, as a script would call it, on a
/// database of its own in a temporary folder at the tests' fixed clock.
class InProcessCLITestCase: XCTestCase {
    var dir: String!

    override func setUp() {
        dir = NSTemporaryDirectory() + "docket-cli-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: dir) }

    var environment: [String: String] { ["DOCKET_DB": dir + "/d.db", "DOCKET_NOW": "2026-11-18T10:00:00Z", "HOME": dir!] }

    func run(_ words: String...) -> (code: Int32, out: String, err: String) { run(words) }

    func run(_ words: [String]) -> (code: Int32, out: String, err: String) {
        var out: [String] = [], err: [String] = []
        let code = DocketCLI.run(words, environment: environment, stdout: { out.append($0) }, stderr: { err.append($0) })
        return (code, out.joined(separator: "\n"), err.joined(separator: "\n"))
    }
}
