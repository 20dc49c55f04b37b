@testable import DocketConsole
import DocketEngine
import XCTest

/// Completing a referral hands the case back to a department the reviewer does not work in:
/// the console says so and goes back to the queue, not "its data is not shown" (issue 14, item 7).
final class ReferralHandBackTests: ConsoleTestCase {
    func testCompletingAReferralFromTheCaseScreenSaysWhereTheCaseWentAndGoesBack() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
        let task = try engine.refer("CL-2026-000001", to: "MED", reason: "exam needed", as: try engine.staffMember(login: "marcus"))

        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: ":")
        terminal.type("open CL-2026-000001")
        terminal.enqueue(names: "Enter C")
        terminal.type("exam done")
        terminal.enqueue(names: "Enter")
        let runtime = try ConsoleFixtures.run(path: path, login: "lee", terminal: terminal)

        XCTAssertEqual(runtime.state.status?.text, "CL-2026-000001: referral completed; the case is back in VET's queue")
        XCTAssertNil(runtime.state.caseScreen, "back on the queue")
        XCTAssertTrue(runtime.state.isOnQueue)
        XCTAssertFalse(terminal.text.contains("its data is not shown"), terminal.text)
        let after = try engine.caseDetail(ref: "CL-2026-000001", as: try engine.staffMember(login: "marcus"), recordView: false)
        XCTAssertFalse(after.tasks.first { $0.id == task.id }?.isOpen ?? true)
    }

    /// A task completed in the person's own department leaves the case on screen, as before.
    func testCompletingAMainTaskTheyStillSeeStaysOnTheCase() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
        let task = try engine.refer("CL-2026-000001", to: "MED", reason: "exam needed", as: try engine.staffMember(login: "marcus"))

        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: ":")
        terminal.type("open CL-2026-000001")
        // Both open tasks are hers: the referral is listed first.
        terminal.enqueue(names: "Enter C Enter")
        terminal.type("exam done")
        terminal.enqueue(names: "Enter")
        // priya works in VET and MED: the case is still hers to see.
        let runtime = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        XCTAssertEqual(runtime.state.caseScreen?.ref, "CL-2026-000001", runtime.state.status?.text ?? "")
        XCTAssertEqual(runtime.state.status?.text, "CL-2026-000001: task #\(task.id) completed; the case is back in VET, version 5")
    }
}
