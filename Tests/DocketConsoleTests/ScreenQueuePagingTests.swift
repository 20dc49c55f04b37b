@testable import DocketConsole
@testable import DocketEngine
import XCTest

/// The queue keeps a window of rows around the cursor and pages by keyset, so a long
/// queue scrolls with a bounded number of rows in memory and never skips or repeats one.
final class ScreenQueuePagingTests: ConsoleTestCase {
    private static let now = Timestamp.parse("2026-11-18T10:00:00Z")!

    private func rows(_ refs: ClosedRange<Int>) -> [QueueRow] {
        refs.map { n in
            let summary = CaseSummary(id: Int64(n), ref: String(format: "T-2026-%06d", n), type: "t", state: "new", priority: 3,
                                      department: "D", assignee: nil, taskStatus: "assigned", mainTaskId: nil,
                                      constituentId: 1, constituentName: "Name \(n)", nationalId: nil,
                                      openedAt: ScreenQueuePagingTests.now - 86_400, dueDay: Day(unixSeconds: ScreenQueuePagingTests.now) + 30,
                                      closedAt: nil, holdSince: nil, holdUntil: nil, holdPriorState: nil, heldSeconds: 0,
                                      pausedBusinessDays: 0, slaPolicy: "std", amount: nil, tags: [], version: 1)
            return QueueRow(summary, now: ScreenQueuePagingTests.now, calendar: BusinessCalendar(weekend: [0, 6], holidays: []))
        }
    }

    func testWindowAsksForPagesNearItsEdgesAndTrimsTheFarSide() {
        var window = QueueWindow()
        window.replace(rows: rows(1...100), selecting: 0, visibleRows: 20, reachedStart: true, reachedEnd: false, startPosition: 0)
        XCTAssertFalse(window.wantsNext)
        window.move(by: 70, visibleRows: 20)
        XCTAssertTrue(window.wantsNext, "within \(QueueWindow.nearEdge) rows of the end")
        XCTAssertFalse(window.wantsPrevious)
        for start in stride(from: 101, through: 401, by: 100) {
            window.append(rows(start...(start + 99)), visibleRows: 20)
            window.move(by: 100, visibleRows: 20)
        }
        XCTAssertLessThanOrEqual(window.rows.count, QueueWindow.maxRows)
        XCTAssertFalse(window.reachedStart, "the front was trimmed")
        XCTAssertEqual(window.selectedRow?.ref, "T-2026-000471")
        XCTAssertEqual(window.selectedPosition, 470, "positions survive trimming")
        XCTAssertTrue(window.visibleRows(20).contains { $0.ref == "T-2026-000471" })
    }

    func testMoveThatRunsIntoAnUnloadedPageIsKeptForLater() {
        var window = QueueWindow()
        window.replace(rows: rows(1...100), selecting: 90, visibleRows: 20, reachedStart: true, reachedEnd: false, startPosition: 0)
        XCTAssertEqual(window.move(by: 25, visibleRows: 20), 16, "9 rows were there, 16 wait for the next page")
        XCTAssertEqual(window.selectedRow?.ref, "T-2026-000100")
        window.append(rows(101...200), visibleRows: 20)
        XCTAssertEqual(window.move(by: 16, visibleRows: 20), 0)
        XCTAssertEqual(window.selectedRow?.ref, "T-2026-000116")
        // At the real end nothing is owed.
        window.append(rows(201...230), visibleRows: 20)
        XCTAssertTrue(window.reachedEnd)
        XCTAssertEqual(window.move(by: 500, visibleRows: 20), 0)
        XCTAssertEqual(window.selectedRow?.ref, "T-2026-000230")
    }

    func testPrependKeepsTheSelectionOnTheSameRow() {
        var window = QueueWindow()
        window.replace(rows: rows(301...400), selecting: 5, screenRow: 5, visibleRows: 20,
                       reachedStart: false, reachedEnd: true, startPosition: nil)
        XCTAssertTrue(window.wantsPrevious)
        window.prepend(rows(201...300), visibleRows: 20)
        XCTAssertEqual(window.selectedRow?.ref, "T-2026-000306")
        XCTAssertEqual(window.selected - window.top, 5, "still on the same screen row")
        window.prepend(rows(151...200), visibleRows: 20)
        XCTAssertTrue(window.reachedStart, "a short page is the start")
        XCTAssertEqual(window.selectedPosition, 155)
    }

    /// Scrolls a 2,000-case demo queue by keys and checks each stop against the engine's
    /// own complete order.
    func testScrollingTheWholeQueueMatchesTheEnginesOrder() throws {
        let dir = try temporaryDirectory()
        let path = dir.appendingPathComponent("demo.db").path
        let engine = try Engine.createDemo(path: path, cases: 2000, seed: 1, force: false, creator: "root",
                                           clock: .fixed(ScreenQueuePagingTests.now))
        let root = try engine.staffMember(login: "root")
        var all = CaseQuery()
        all.unassigned = true
        all.limit = 10_000
        let expected = try engine.listCases(all, as: root).map(\.ref)
        XCTAssertGreaterThan(expected.count, 500, "several pages of 50")

        let terminal = VirtualTerminal(width: 100, height: 24)
        let visible = QueueView.visibleRows(for: terminal.size)
        let session = ConsoleSession(engine: engine, actor: root)
        let program = ConsoleProgram(session: session, screenSize: { [unowned terminal] in terminal.size }, monotonicMs: { 0 },
                                     themeLoader: ThemeLoader(environment: [:], executablePath: nil))
        var options = Runtime<ConsoleProgram>.Options()
        options.waitsForEffectsBeforeInput = true
        let runtime = Runtime(program: program, state: program.initialState(themeName: "default"), terminal: terminal, options: options)
        runtime.send(.start)
        // Run until the opening page is in.
        terminal.enqueue([ConsoleFixtures.settleKey])
        runtime.run()
        XCTAssertEqual(runtime.state.queue.spec.tab, .unassigned, "root has no work of his own: unassigned work it is")

        var position = 0
        var steps = 0
        while position < expected.count - 1 {
            let key: Key = steps % 3 == 0 ? .pageDown : (steps % 3 == 1 ? .ctrl("d") : .down)
            terminal.enqueue([key, ConsoleFixtures.settleKey])
            runtime.run()
            position = min(expected.count - 1, position + (key == .pageDown ? visible : key == .down ? 1 : visible / 2))
            XCTAssertEqual(runtime.state.queue.window.selectedRow?.ref, expected[position], "after \(steps) keys")
            XCTAssertEqual(runtime.state.queue.window.selectedPosition, position)
            XCTAssertLessThanOrEqual(runtime.state.queue.window.rows.count, QueueWindow.maxRows)
            steps += 1
        }
        XCTAssertTrue(terminal.text.contains("\(BarChart.formatted(expected.count))/\(BarChart.formatted(expected.count))"))

        // End, then back up: read from the end, paged backwards.
        terminal.enqueue([.home, ConsoleFixtures.settleKey, .end, ConsoleFixtures.settleKey])
        runtime.run()
        XCTAssertEqual(runtime.state.queue.window.selectedRow?.ref, expected.last)
        for _ in 0..<10 {
            terminal.enqueue([.pageUp])
        }
        terminal.enqueue([ConsoleFixtures.settleKey])
        runtime.run()
        XCTAssertEqual(runtime.state.queue.window.selectedRow?.ref, expected[expected.count - 1 - 10 * visible])
        terminal.enqueue([.character("g"), ConsoleFixtures.settleKey])
        runtime.run()
        XCTAssertEqual(runtime.state.queue.window.selectedRow?.ref, expected.first)
    }

    func testRefreshKeepsTheSelectedRowInPlaceAndSlidesTheNextOneInWhenItLeaves() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: "j j")
        let runtime = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        XCTAssertEqual(runtime.state.queue.window.selectedRow?.ref, "CL-2026-000006")
        // Someone claims the row above; a refresh keeps CL-6 selected, one row higher.
        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
        try engine.claim("CL-2026-000002", as: try engine.staffMember(login: "marcus"))
        terminal.enqueue([.ctrl("r"), ConsoleFixtures.settleKey])
        runtime.run()
        XCTAssertEqual(runtime.state.queue.window.selectedRow?.ref, "CL-2026-000006")
        XCTAssertEqual(runtime.state.queue.counts[.unassigned], 4)
        // Now CL-6 itself is claimed by someone else: the row after it takes its place.
        try engine.claim("CL-2026-000006", as: try engine.staffMember(login: "marcus"))
        terminal.enqueue([.ctrl("r"), ConsoleFixtures.settleKey])
        runtime.run()
        XCTAssertEqual(runtime.state.queue.window.selectedRow?.ref, "CL-2026-000003")
    }
}
