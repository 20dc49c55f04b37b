@testable import DocketConsole
import DocketEngine
import XCTest

/// After `:sort ref desc` the selected case is somewhere new in the queue; the status line
/// says where (it read `?/3,116`; issue 14, item 7).
final class QueuePositionAfterSortTests: ConsoleTestCase {
    func testTheSelectedRowsPositionIsKnownAfterANewOrder() throws {
        let path = try temporaryDirectory().appendingPathComponent("d.db").path
        let engine = try Engine.createDemo(path: path, cases: 1000, seed: 8, force: false,
                                           creator: "tester", clock: .fixed(ConsoleFixtures.now))
        let terminal = VirtualTerminal(width: 120, height: 30)
        terminal.enqueue(names: ":")
        terminal.type("queue all")
        terminal.enqueue(names: "Enter")
        let runtime = try ConsoleFixtures.run(path: path, login: "tester", terminal: terminal)
        let selected = try XCTUnwrap(runtime.state.queue.window.selectedRow?.ref)

        terminal.enqueue(names: ":")
        terminal.type("sort ref desc")
        terminal.enqueue(names: "Enter")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertEqual(runtime.state.queue.window.selectedRow?.ref, selected, "a new order keeps the case selected")

        let admin = try engine.staffMember(login: "tester")
        let everything = try engine.listCases(runtime.state.queue.spec.query(actor: "tester", now: ConsoleFixtures.now, limit: 100_000),
                                              as: admin)
        let expected = try XCTUnwrap(everything.firstIndex { $0.ref == selected })
        XCTAssertGreaterThan(expected, QueueWindow.pageSize, "the case moved beyond the first page, where the position is not known by paging")
        XCTAssertEqual(runtime.state.queue.window.selectedPosition, expected)
        let shown = "\(BarChart.formatted(expected + 1))/\(BarChart.formatted(everything.count))"
        XCTAssertTrue(terminal.text.contains(shown), "\(shown) in\n\(terminal.text)")
        XCTAssertFalse(terminal.text.contains("?/"), terminal.text)
    }
}
