import Foundation
import XCTest
@testable import docket
@testable import DocketConsole

/// `docket help keys` is read from the keymaps, and the README's key tables are its output.
final class KeyTablesTests: XCTestCase {
    private func run(_ words: String...) -> (code: Int32, out: String) {
        var out: [String] = []
        let code = DocketCLI.run(words, environment: [:], stdout: { out.append($0) }, stderr: { _ in })
        return (code, out.joined(separator: "\n"))
    }

    private static let begin = "<!-- BEGIN docket help keys --markdown -->\n"
    private static let end = "\n<!-- END docket help keys --markdown -->"

    /// The README's generated section, between its markers.
    private func readmeKeyTables() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try XCTUnwrap(readme.range(of: KeyTablesTests.begin), "the README has no generated key tables")
        let stop = try XCTUnwrap(readme.range(of: KeyTablesTests.end, range: start.upperBound..<readme.endIndex))
        return String(readme[start.upperBound..<stop.lowerBound])
    }

    func testTheReadmesKeyTablesAreTheGeneratedOnes() throws {
        let generated = run("help", "keys", "--markdown")
        XCTAssertEqual(generated.code, 0)
        let readme = try readmeKeyTables()
        if readme != generated.out {
            let first = zip(readme.split(separator: "\n", omittingEmptySubsequences: false),
                            generated.out.split(separator: "\n", omittingEmptySubsequences: false))
                .first { $0 != $1 }
            XCTFail("README.md's key tables differ from `docket help keys --markdown`; paste its output between the markers. "
                    + "First difference: \(first.map { "README \($0.0) / generated \($0.1)" } ?? "a different length")")
        }
    }

    func testEveryBindingOfEveryScreenIsListedWithItsKeysAndHelp() {
        let markdown = run("help", "keys", "--markdown").out
        let plain = run("help", "keys").out
        for keymap in ConsoleKeymaps.standard.all {
            XCTAssertTrue(markdown.contains("(`\(keymap.screen)`)"), keymap.screen)
            for binding in keymap.bindings {
                let keys = binding.keys.map { KeyTables.codeSpan($0.name) }.joined(separator: ", ")
                XCTAssertTrue(markdown.contains("| \(keys) | `\(binding.action.id)` | \(binding.help) |"), "\(keymap.screen) \(binding.action.id)")
                XCTAssertTrue(plain.contains(binding.action.id), "\(keymap.screen) \(binding.action.id)")
                XCTAssertTrue(plain.contains(binding.help), "\(keymap.screen) \(binding.action.id)")
            }
        }
    }

    func testKeyNamesThatCollideWithMarkdownStayInTheirCell() {
        XCTAssertEqual(KeyTables.codeSpan("|"), "`\\|`")
        XCTAssertEqual(KeyTables.codeSpan("`"), "`` ` ``")
        XCTAssertEqual(KeyTables.codeSpan("C-d"), "`C-d`")
    }

    func testAnOverriddenKeymapIsWhatTheTablesWouldShow() throws {
        // The tables are read from keymap data, not written out: change a binding and they change.
        var queue = ConsoleKeymaps.queueKeymap
        let index = try XCTUnwrap(queue.bindings.firstIndex { $0.action == .command(.nextCase) })
        queue.bindings[index].keys = [.function(3)]
        XCTAssertTrue(KeyTables.markdown(of: [queue]).contains("| `F3` | `next-case` |"))
        XCTAssertFalse(KeyTables.markdown(of: [queue]).contains("| `n` | `next-case` |"))
    }
}
