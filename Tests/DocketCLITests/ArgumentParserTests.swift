import XCTest
@testable import docket

final class ArgumentParserTests: XCTestCase {
    private let list = CommandTable.find(["case", "list"])!.0.spec

    func testOptionsFlagsAndInlineValues() throws {
        let p = try ArgumentParser.parse(["--dept", "VET", "--overdue", "--limit=5", "--json"], spec: list)
        XCTAssertEqual(p.value("dept"), "VET")
        XCTAssertEqual(try p.int("limit", default: 50), 5)
        XCTAssertTrue(p.has("overdue"))
        XCTAssertTrue(p.has("json"))
        XCTAssertFalse(p.has("all"))
    }

    func testUnknownFlagIsAUsageErrorNamingTheHelp() {
        XCTAssertThrowsError(try ArgumentParser.parse(["--no-such-flag"], spec: list)) { error in
            XCTAssertEqual(error as? CLIError, .usage("unknown option --no-such-flag for `docket case list`; see `docket case list --help`"))
        }
        XCTAssertThrowsError(try ArgumentParser.parse(["-x"], spec: list))
    }

    func testMissingValue() {
        XCTAssertThrowsError(try ArgumentParser.parse(["--dept"], spec: list)) { error in
            XCTAssertEqual(error as? CLIError, .usage("--dept needs a value; see `docket case list --help`"))
        }
        XCTAssertThrowsError(try ArgumentParser.parse(["--dept", "--json"], spec: list))
    }

    func testFlagWithValueAndRepeatedOptionAreRefused() {
        XCTAssertThrowsError(try ArgumentParser.parse(["--json=yes"], spec: list))
        XCTAssertThrowsError(try ArgumentParser.parse(["--dept", "A", "--dept", "B"], spec: list))
        let add = CommandTable.find(["staff", "add"])!.0.spec
        XCTAssertEqual(try ArgumentParser.parse(["bob", "--role", "clerk", "--dept", "A", "--dept", "B"], spec: add).values("dept"), ["A", "B"])
    }

    func testPositionalCounts() throws {
        let show = CommandTable.find(["case", "show"])!.0.spec
        XCTAssertThrowsError(try ArgumentParser.parse([], spec: show))
        XCTAssertThrowsError(try ArgumentParser.parse(["A", "B"], spec: show))
        XCTAssertEqual(try ArgumentParser.parse(["DC-2026-000001"], spec: show).positionals, ["DC-2026-000001"])
        XCTAssertEqual(try ArgumentParser.parse(["--", "--odd"], spec: show).positionals, ["--odd"])
    }

    func testBadNumber() throws {
        let p = try ArgumentParser.parse(["--limit", "lots"], spec: list)
        XCTAssertThrowsError(try p.int("limit", default: 50)) { error in
            XCTAssertEqual(error as? CLIError, .usage("--limit wants a whole number, got 'lots'"))
        }
    }

    func testGlobalOptionsAnywhere() throws {
        let p = try ArgumentParser.parse(["--db", "/tmp/x.db", "--as", "bob"], spec: list)
        XCTAssertEqual(p.value("db"), "/tmp/x.db")
        XCTAssertEqual(p.value("as"), "bob")
    }
}
