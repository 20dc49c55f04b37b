@testable import DocketConsole
import DocketEngine
import XCTest

final class ConsoleCommandLineTests: ConsoleTestCase {
    private func parse(_ text: String) -> ConsoleCommandLine.Command? {
        try? ConsoleCommandLine.parse(text).get()
    }

    func testCommandsAreRead() {
        XCTAssertEqual(parse("open cl-2026-000004"), .open(ref: "CL-2026-000004"))
        XCTAssertEqual(parse("queue vet"), .queue("VET"))
        XCTAssertEqual(parse("queue all"), .queue("all"))
        XCTAssertEqual(parse("queue"), .queue(nil))
        XCTAssertEqual(parse("tab overdue"), .tab(.overdue))
        XCTAssertEqual(parse("sort due desc"), .sort(column: "due", descending: true))
        XCTAssertEqual(parse("theme high-contrast"), .theme("high-contrast"))
        XCTAssertEqual(parse("next MED"), .next(department: "MED"))
        XCTAssertEqual(parse("search José García"), .search("José García"))
        XCTAssertEqual(parse("help"), .help)
        XCTAssertEqual(parse("q"), .quit)
        var filter = QueueFilter()
        filter.state = "triage"
        filter.overdue = true
        filter.unassigned = true
        XCTAssertEqual(parse("filter state=triage overdue assignee=none"), .filter(filter))
        XCTAssertEqual(parse("filter"), .filter(QueueFilter()))
    }

    func testMistakesSayWhatWouldWork() {
        XCTAssertEqual(ConsoleCommandLine.parse("frobnicate").failureMessage,
                       "unknown command :frobnicate; commands: open, queue, tab, filter, sort, theme, next, search, dash, intake, drafts, help, quit (:help lists them)")
        XCTAssertEqual(ConsoleCommandLine.parse("filter colour=red").failureMessage,
                       "unknown filter key 'colour'; use dept, state, type, assignee or overdue")
        XCTAssertEqual(ConsoleCommandLine.parse("sort name").failureMessage,
                       ":sort takes one of waiting, due, priority, ref, type, dept, state, assignee, closed, then asc or desc")
        XCTAssertEqual(ConsoleCommandLine.parse("open").failureMessage, ":open needs one case ref, e.g. :open DC-2026-000123")
    }

    func testCompletion() {
        let vocabulary = ConsoleCommandLine.Vocabulary(departments: ["INTAKE", "MED", "VET"], states: ["new", "triage"],
                                                       types: ["claim"], themes: ["default", "high-contrast"], logins: ["marcus"])
        XCTAssertEqual(ConsoleCommandLine.completions(for: "q", vocabulary: vocabulary), ["queue", "quit"])
        XCTAssertEqual(ConsoleCommandLine.completions(for: "queue ", vocabulary: vocabulary), ["queue INTAKE", "queue MED", "queue VET", "queue all"])
        XCTAssertEqual(ConsoleCommandLine.completions(for: "theme h", vocabulary: vocabulary), ["theme high-contrast"])
        XCTAssertEqual(ConsoleCommandLine.completions(for: "filter overdue st", vocabulary: vocabulary), ["filter overdue state="])
        XCTAssertEqual(ConsoleCommandLine.completions(for: "filter state=t", vocabulary: vocabulary), ["filter state=triage"])
        XCTAssertEqual(ConsoleCommandLine.completions(for: "filter assignee=", vocabulary: vocabulary),
                       ["filter assignee=none", "filter assignee=marcus"])
    }

    func testCommandLineDrivesTheQueueWithHistoryAndCompletion() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: ":")
        terminal.type("filter state=awaiting")
        terminal.enqueue(names: "Tab Enter")
        let runtime = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        XCTAssertEqual(runtime.state.queue.spec.filter.state, "awaiting_info")
        XCTAssertEqual(runtime.state.queue.window.rows.map(\.ref), ["CL-2026-000005"])
        XCTAssertTrue(terminal.text.contains("priya · VET · state=awaiting_info"), terminal.text)

        // Up recalls the last command; the engine refuses an unknown state and the filter goes.
        terminal.enqueue(names: ": Up C-w")
        terminal.type("state=bogus")
        terminal.enqueue(names: "Enter")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        let again = runtime
        XCTAssertTrue(again.state.status?.text.hasPrefix("unknown state 'bogus'") ?? false, again.state.status?.text ?? "")
        XCTAssertTrue(again.state.status?.text.hasSuffix("filter cleared") ?? false)
        XCTAssertTrue(again.state.queue.spec.filter.isEmpty)
    }

    func testQueueSwitchesDepartmentWithinTheOnesAPersonWorksIn() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: ":")
        terminal.type("queue INTAKE")
        terminal.enqueue(names: "Enter")
        let refused = try ConsoleFixtures.run(path: path, login: "marcus", terminal: terminal)
        XCTAssertEqual(refused.state.status?.text, "INTAKE is not one of your departments (VET)")
        terminal.enqueue(names: "t")
        let priya = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        XCTAssertEqual(priya.state.queue.spec.scope, .department("MED"))
        XCTAssertTrue(terminal.text.contains("No unassigned work in MED."), terminal.text)
    }

    func testSortCyclesAndFlipsKeepingTheSelectedCase() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 132, height: 40)
        terminal.enqueue(names: "j o")
        let runtime = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        XCTAssertEqual(runtime.state.queue.spec.sort, .due)
        XCTAssertEqual(runtime.state.queue.window.selectedRow?.ref, "CL-2026-000002", "the same case stays selected")
        XCTAssertTrue(terminal.text.contains("Due ▲"), terminal.text)
        terminal.enqueue(names: "O")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertTrue(terminal.text.contains("Due ▼"), terminal.text)
        XCTAssertEqual(runtime.state.queue.window.selectedRow?.ref, "CL-2026-000002")
        XCTAssertEqual(runtime.state.queue.window.rows.first?.ref, "CL-2026-000005", "the latest due date first")
    }
}

private extension Result where Failure == ConsoleFailure {
    var failureMessage: String? {
        if case .failure(let failure) = self { return failure.message }
        return nil
    }
}
