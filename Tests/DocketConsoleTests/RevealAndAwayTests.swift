import DocketEngine
@testable import DocketConsole
import Foundation
import XCTest

/// `v` on the case screen reveals a person's identifiers with a reason (recorded by the
/// engine) until the person leaves the case; the dashboard's workload says who is away.
final class RevealAndAwayTests: ConsoleTestCase {
    private func openWojcik(_ terminal: VirtualTerminal) {
        terminal.type(":open CL-2026-000004"); terminal.enqueue(names: "Enter")
    }

    func testVAsksWhyThenShowsTheWholeIdentifiersUntilTheCaseIsLeft() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 132, height: 40)
        openWojcik(terminal)
        let runtime = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        XCTAssertTrue(terminal.text.contains("National id ***-**-9012"), terminal.text)
        XCTAssertFalse(terminal.text.contains("456-78-9012"), "masked until revealed")
        XCTAssertFalse(terminal.text.contains("1968-03-14"), "masked until revealed")
        XCTAssertTrue(terminal.text.contains("v Reveal"), "the footer names the key: \(terminal.text)")

        terminal.enqueue(names: "v")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertTrue(terminal.text.contains("Why reveal the identifiers?"), terminal.text)
        XCTAssertTrue(terminal.text.contains("Enter give  Esc cancel"), terminal.text)

        terminal.type("DD-214 check"); terminal.enqueue(names: "Enter")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertEqual(runtime.state.caseScreen?.revealed, true)
        XCTAssertTrue(terminal.text.contains("National id 456-78-9012"), terminal.text)
        XCTAssertTrue(terminal.text.contains("Born        1968-03-14"), terminal.text)
        XCTAssertTrue(runtime.state.status?.text.hasPrefix("CL-2026-000004: identifiers shown until you leave the case") ?? false,
                      runtime.state.status?.text ?? "")
        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
        let detail = try engine.caseDetail(ref: "CL-2026-000004", as: try engine.staffMember(login: "priya"), recordView: false)
        let reveals = detail.timeline.filter { $0.kind == "pii_revealed" }
        XCTAssertEqual(reveals.map(\.reason), ["DD-214 check"])
        XCTAssertEqual(reveals.map(\.actor), ["priya"])

        // A reload (Ctrl-R) keeps them shown; leaving the case and coming back masks them again.
        terminal.enqueue(names: "C-r")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertTrue(terminal.text.contains("National id 456-78-9012"), terminal.text)
        terminal.enqueue(names: "q")
        openWojcik(terminal)
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertEqual(runtime.state.caseScreen?.revealed, false)
        XCTAssertTrue(terminal.text.contains("National id ***-**-9012"), terminal.text)
        XCTAssertFalse(terminal.text.contains("456-78-9012"), terminal.text)
    }

    func testARefusalIsSaidInTheStatusLine() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        // Marcus works VET but the case is not his: no reason is asked for.
        let terminal = VirtualTerminal(width: 132, height: 40)
        openWojcik(terminal)
        terminal.enqueue(names: "v")
        let runtime = try ConsoleFixtures.run(path: path, login: "marcus", terminal: terminal)
        XCTAssertEqual(runtime.state.status?.text, "Cannot reveal: only the assignee or a supervisor may reveal identifiers")
        XCTAssertTrue(runtime.state.overlays.isEmpty)
        XCTAssertFalse(terminal.text.contains("v Reveal"), "the footer leaves out what the engine refuses")
        XCTAssertFalse(terminal.text.contains("456-78-9012"), terminal.text)

        // Priya may, but the engine wants a reason.
        let second = VirtualTerminal(width: 132, height: 40)
        openWojcik(second)
        second.enqueue(names: "v Enter")
        let again = try ConsoleFixtures.run(path: path, login: "priya", terminal: second)
        XCTAssertTrue(again.state.status?.text.hasPrefix("Not revealed: ") ?? false, again.state.status?.text ?? "")
        XCTAssertTrue(again.state.status?.text.contains("reason") ?? false, again.state.status?.text ?? "")
        XCTAssertEqual(again.state.caseScreen?.revealed, false)
        XCTAssertFalse(second.text.contains("456-78-9012"), second.text)
    }

    func testTheHelpOverlayListsV() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 132, height: 60)
        openWojcik(terminal)
        terminal.enqueue(names: "?")
        _ = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        XCTAssertTrue(terminal.text.contains("reveal the person's identifiers (asks why; recorded)"), terminal.text)
    }

    func testTheWorkloadPanelMarksWhoIsAway() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
        _ = try engine.markAway("marcus", until: Day(iso: "2026-12-20")!, as: try engine.staffMember(login: "priya"))
        let terminal = VirtualTerminal(width: 132, height: 40)
        terminal.enqueue(names: "d")
        let runtime = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        XCTAssertNotNil(runtime.state.dashboard?.report)
        XCTAssertTrue(terminal.text.contains("marcus (away until 12-20)"), terminal.text)
        XCTAssertFalse(terminal.text.contains("lee (away"), terminal.text)
    }

    func testAMovePreviewSaysWhoIsSkippedAndWhy() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
        let admin = try engine.allStaff(as: try engine.staffMember(login: "priya")).first { $0.role == .admin }!
        try engine.addStaff(StaffMember(login: "jo", name: "Jo Worker", role: .caseworker, departments: ["VET"]), as: admin)
        _ = try engine.markAway("marcus", until: Day(iso: "2026-12-20")!, as: try engine.staffMember(login: "priya"))
        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: "d b 2 Enter")
        let runtime = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        guard case .confirming(_, let steps, _)? = runtime.state.rebalance?.stage else {
            return XCTFail("the preview is shown: \(terminal.text)")
        }
        XCTAssertEqual(Set(steps.map(\.to)), ["jo"], "nothing for marcus, who is away")
        XCTAssertTrue(terminal.text.contains("Skipped: marcus (away until 2026-12-20)"), terminal.text)
    }
}
