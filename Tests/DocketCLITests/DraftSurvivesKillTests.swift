import Foundation
import XCTest
@testable import DocketEngine

/// The clerk's SSH connection drops halfway through a form: the real console, on a real
/// pseudo-terminal, is killed with SIGKILL (no handler, no goodbye). The draft must already
/// be in the database file — to the last field left and the characters typed after it —
/// and a fresh console must put it back on screen.
final class DraftSurvivesKillTests: XCTestCase {
    var dir: String!

    override func setUp() {
        dir = NSTemporaryDirectory() + "docket-pty-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: dir) }

    private var environment: [String: String] {
        ["DOCKET_DB": dir + "/d.db", "DOCKET_NOW": "2026-11-18T10:00:00Z", "HOME": dir!, "XDG_CONFIG_HOME": dir + "/config",
         "TERM": "xterm", "ESCDELAY": "25", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no",
         "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
    }

    private func draft() throws -> Draft? {
        let engine = try Engine.open(path: dir + "/d.db")
        return try engine.draft(form: "benefits_application", as: try engine.staffMember(login: "ana.kowalski"))
    }

    private func shown() -> String { String(describing: try? draft()) }

    private func console(_ binary: URL) throws -> PseudoTerminal {
        let pty = try PseudoTerminal(executable: binary.path, arguments: ["--as", "ana.kowalski"], environment: environment)
        addTeardownBlock { pty.close() }
        // The queue is up when the footer's hints are drawn.
        XCTAssertTrue(PseudoTerminal.waitUntil(20) { pty.text.contains("Intake") }, "the console did not start: \(pty.text)")
        return pty
    }

    /// i, the second case type (benefits application), Enter.
    private func openBenefits(_ pty: PseudoTerminal) {
        pty.send("i")
        XCTAssertTrue(PseudoTerminal.waitUntil(10) { pty.text.contains("which case type") }, pty.text)
        pty.send("j\r")
    }

    func testADraftSurvivesAKilledConsoleAndComesBackInTheNextOne() throws {
        let binary = try XCTUnwrap(ProcessRunner.docketBinary(), "build the docket executable first")
        let demo = try ProcessRunner.run(binary.path, ["demo", "--cases", "20"], env: environment, in: dir)
        XCTAssertEqual(demo.code, 0, demo.err)

        let first = try console(binary)
        // i, the second case type (benefits application), Enter; then three fields and a Tab
        // out of each: leaving a field saves the draft at once.
        openBenefits(first)
        XCTAssertTrue(PseudoTerminal.waitUntil(10) { first.text.contains("Benefits application") && first.text.contains("Given name") }, first.text)
        first.send("Anna\tNowak\t3/14/1968\t")
        let leftFields = try PseudoTerminal.waitUntil(20) { try draft()?.focus == "national_id" }
        XCTAssertTrue(leftFields, "the draft never reached the database: \(shown())")
        // Typed but not left: the next tick (within a second) saves it.
        first.send("123-45")
        let typed = try PseudoTerminal.waitUntil(20) { try draft()?.values["national_id"] == "123-45" }
        XCTAssertTrue(typed, "the characters typed after the last Tab were not saved: \(shown())")

        first.killHard()
        XCTAssertEqual(first.process.terminationReason, .uncaughtSignal)
        XCTAssertEqual(first.process.terminationStatus, SIGKILL)

        let saved = try XCTUnwrap(try draft())
        XCTAssertEqual(saved.values["given_name"], "Anna")
        XCTAssertEqual(saved.values["family_name"], "Nowak")
        XCTAssertEqual(saved.values["birth_date"], "3/14/1968")
        XCTAssertEqual(saved.values["national_id"], "123-45")
        XCTAssertEqual(saved.focus, "national_id")

        // A fresh console: the same intake puts the draft back, cursor in the same field.
        let second = try console(binary)
        openBenefits(second)
        // curses sends only the cells that changed, so status messages do not arrive as whole
        // strings; the restored values are drawn into empty fields, and they do.
        XCTAssertTrue(PseudoTerminal.waitUntil(10) { second.text.contains("Nowak") && second.text.contains("123-45") }, second.text)
        // Typing goes on in the field where it stopped (the focus was restored): the digits
        // land after "123-45". Esc leaves (saving), Q quits cleanly.
        second.send("-6789\u{1b}")
        let finished = try PseudoTerminal.waitUntil(20) { try draft()?.values["national_id"] == "123-45-6789" }
        XCTAssertTrue(finished, "Esc did not save the draft: \(shown())")
        XCTAssertEqual(try draft()?.values["given_name"], "Anna")
        second.send("Q")
        XCTAssertEqual(second.waitForExit(20), 0)
    }
}
