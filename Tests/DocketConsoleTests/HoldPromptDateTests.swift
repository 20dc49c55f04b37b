@testable import DocketConsole
import DocketEngine
import XCTest

/// The hold prompt's own example, typed as shown, puts the case on hold (issue 14, item 7).
final class HoldPromptDateTests: ConsoleTestCase {
    func testTheHoldPromptsExampleWithoutAYearIsAccepted() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: "Enter c h")
        let shown = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        XCTAssertTrue(terminal.text.contains("e.g. 12/31 or 2026-12-31"), terminal.text)

        terminal.type("12/31")
        terminal.enqueue(names: "Enter")
        terminal.type("awaiting DD-214")
        terminal.enqueue(names: "Enter")
        ConsoleFixtures.resume(shown, terminal: terminal)
        XCTAssertNil(shown.state.flow, shown.state.status?.text ?? "")

        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
        let detail = try engine.caseDetail(ref: "CL-2026-000004", as: try engine.staffMember(login: "priya"), recordView: false)
        XCTAssertEqual(detail.summary.holdUntil.map { Day(unixSeconds: $0) }, Day(year: 2026, month: 12, day: 31))
    }

    /// Where the agency writes the day first, the prompt shows 31/12 and reads it.
    func testTheDayFirstExampleIsAcceptedWhereTheAgencyWritesTheDayFirst() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory(), dateOrder: .dmy)
        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: "Enter c h")
        let shown = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        XCTAssertTrue(terminal.text.contains("e.g. 31/12 or 2026-12-31"), terminal.text)

        terminal.type("12/31")
        ConsoleFixtures.resume(shown, terminal: terminal)
        XCTAssertTrue(terminal.text.contains("'12/31' is not a date in day"), terminal.text.split(separator: "\n").suffix(3).joined(separator: "\n"))
        for _ in 0..<5 { terminal.enqueue([.backspace]) }
        terminal.type("31/12")
        terminal.enqueue(names: "Enter")
        terminal.type("awaiting DD-214")
        terminal.enqueue(names: "Enter")
        ConsoleFixtures.resume(shown, terminal: terminal)
        XCTAssertNil(shown.state.flow, shown.state.status?.text ?? "")

        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
        let detail = try engine.caseDetail(ref: "CL-2026-000004", as: try engine.staffMember(login: "priya"), recordView: false)
        XCTAssertEqual(detail.summary.holdUntil.map { Day(unixSeconds: $0) }, Day(year: 2026, month: 12, day: 31))
    }
}
