@testable import DocketConsole
import DocketEngine
import XCTest

/// Whole flows driven by keys through the real runtime and engine, with the database
/// checked afterwards.
final class ConsoleSessionTests: ConsoleTestCase {
    private var path = ""

    override func setUpWithError() throws {
        path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
    }

    private func engine() throws -> Engine { try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now)) }

    func testClaimRouteAndNoteFromTheCaseScreen() throws {
        let terminal = VirtualTerminal(width: 100, height: 30)
        // Priya opens on VET's unassigned work; the first row is Łukasz Wójcik's claim.
        terminal.enqueue(names: "Enter c r / M E D Enter")
        terminal.type("needs a medical exam")
        terminal.enqueue(names: "Enter y a")
        terminal.type("Sent to MED with the exam request")
        terminal.enqueue(names: "Enter")
        let runtime = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)

        XCTAssertEqual(runtime.state.caseScreen?.ref, "CL-2026-000004")
        XCTAssertEqual(runtime.state.status?.text, "CL-2026-000004: note added, version 4")
        XCTAssertNil(runtime.state.flow)

        let detail = try engine().caseDetail(ref: "CL-2026-000004", as: try engine().staffMember(login: "priya"), recordView: false)
        XCTAssertEqual(detail.summary.department, "MED")
        XCTAssertNil(detail.summary.assignee, "routing opens an unassigned main task in MED")
        XCTAssertEqual(detail.summary.version, 4)
        let mine = detail.timeline.filter { $0.actor == "priya" }
        XCTAssertEqual(mine.map(\.kind), ["case_viewed", "claimed", "routed", "note"])
        XCTAssertEqual(mine.first { $0.kind == "routed" }?.reason, "needs a medical exam")
        XCTAssertTrue(mine.first { $0.kind == "routed" }?.details.contains("\"to\":\"MED\"") ?? false)
        XCTAssertEqual(mine.last?.reason, "Sent to MED with the exam request")
        // The screen shows the case as it is now.
        XCTAssertTrue(terminal.text.contains("MED Medical Review · unassigned · v4"), terminal.text)
    }

    func testRoutingOutOfOwnDepartmentAsksFirstAndNoCancelsNothing() throws {
        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: "r / M E D Enter")
        terminal.type("wrong queue")
        terminal.enqueue(names: "Enter")
        let runtime = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        XCTAssertTrue(terminal.text.contains("Route CL-2026-000004 out of VET to MED?"), terminal.text)
        XCTAssertNotNil(runtime.state.flow)

        terminal.enqueue(names: "n Esc Esc Esc")
        let again = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        XCTAssertNil(again.state.flow)
        XCTAssertEqual(try engine().caseDetail(ref: "CL-2026-000004", as: try engine().staffMember(login: "priya"),
                                               recordView: false).summary.department, "VET")
    }

    func testConflictReloadsAndKeepsWhatWasTyped() throws {
        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: "Enter a")
        terminal.type("my careful note")
        terminal.enqueue(names: "Enter")
        // Just before Enter is read, someone else changes the case.
        let other = try engine()
        let marcus = try other.staffMember(login: "marcus")
        terminal.beforeEachRead = { [unowned terminal] in
            if terminal.remainingKeys.first == .enter && terminal.remainingKeys.count == 3 {
                _ = try? other.note("CL-2026-000004", text: "someone else was here", as: marcus)
                terminal.beforeEachRead = nil
            }
        }
        let runtime = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        let status = try XCTUnwrap(runtime.state.status?.text)
        XCTAssertTrue(status.contains("CL-2026-000004 was changed meanwhile by marcus, now version 2"), status)
        XCTAssertEqual(runtime.state.flow?.currentInput?.text, "my careful note")
        XCTAssertEqual(runtime.state.flow?.target?.version, 2, "the retry is sent against the version now seen")
        XCTAssertEqual(runtime.state.caseScreen?.summary?.version, 2, "the case was reloaded")

        // Enter again sends it.
        let (program, _) = try ConsoleFixtures.console(path: path, login: "priya", terminal: terminal)
        var state = runtime.state
        let effects = program.update(&state, .input(.enter))
        XCTAssertTrue(state.flow?.isSubmitting ?? false)
        XCTAssertEqual(effects.count, 1)
        try runEffects(effects, program: program, state: &state)
        XCTAssertNil(state.flow)
        let notes = try engine().caseDetail(ref: "CL-2026-000004", as: marcus, recordView: false).timeline.filter { $0.kind == "note" }
        XCTAssertEqual(notes.map(\.reason), ["someone else was here", "my careful note"])
    }

    func testNextCaseClaimsAndOpensTheBestWaitingCase() throws {
        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: "n")
        let runtime = try ConsoleFixtures.run(path: path, login: "marcus", terminal: terminal)
        // Same priority everywhere: the earliest due date wins (Łukasz, due 2026-11-12).
        XCTAssertEqual(runtime.state.caseScreen?.ref, "CL-2026-000004")
        XCTAssertEqual(try engine().caseDetail(ref: "CL-2026-000004", as: try engine().staffMember(login: "marcus"),
                                               recordView: false).summary.assignee, "marcus")
        XCTAssertTrue(terminal.text.contains("assigned to marcus"), terminal.text)
    }

    func testDisabledActionSaysWhyInTheStatusLine() throws {
        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: ":")
        terminal.type("open CL-2026-000001")
        terminal.enqueue(names: "Enter A")
        let runtime = try ConsoleFixtures.run(path: path, login: "marcus", terminal: terminal)
        XCTAssertEqual(runtime.state.status?.text,
                       "Cannot assign: only a supervisor of VET or an admin assigns cases")
        XCTAssertTrue(terminal.text.contains("Cannot assign: only a supervisor of VET"), terminal.text)
    }

    /// A case outside the person's departments is not shown at all: the engine refuses it.
    func testACaseOutsideYourDepartmentsIsNotOpened() throws {
        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: ":")
        terminal.type("open CL-2026-000001")
        terminal.enqueue(names: "Enter")
        let runtime = try ConsoleFixtures.run(path: path, login: "lee", terminal: terminal)
        XCTAssertNil(runtime.state.caseScreen?.model, "no data of the case is loaded")
        XCTAssertTrue(runtime.state.caseScreen?.failure?.contains("outside lee's departments") ?? false,
                      "\(String(describing: runtime.state.caseScreen?.failure))")
        XCTAssertTrue(terminal.text.contains("outside lee's departments"), terminal.text)
    }

    func testKeysTypedWhileAnActionIsCheckedAnswerItsQuestions() throws {
        let terminal = VirtualTerminal(width: 100, height: 30)
        let (program, initial) = try ConsoleFixtures.console(path: path, login: "priya", terminal: terminal)
        var state = initial
        try runEffects(program.update(&state, .start), program: program, state: &state)
        state.queue.rowActions = nil
        // `a` from the queue asks the engine first; the note is typed before it answers.
        let check = program.update(&state, .action(.command(.note)))
        let asking = try XCTUnwrap(state.layers.top as? ActionFlowLayer)
        XCTAssertNotNil(asking.preparing, "the engine is asked first")
        for key in "quick".map(Key.character) + [.enter] {
            XCTAssertNotNil(program.message(for: key, in: state).map { program.update(&state, $0) })
        }
        XCTAssertEqual((state.layers.top as? ActionFlowLayer)?.typeAhead.count, 6, "the keys wait with the action")
        try runEffects(check, program: program, state: &state)
        XCTAssertNil(state.flow)
        XCTAssertEqual(state.status?.text, "CL-2026-000004: note added, version 2")
    }

    func testSearchResultsFromAnOlderQueryAreDroppedAndEnterWaits() throws {
        let terminal = VirtualTerminal(width: 100, height: 30)
        let (program, initial) = try ConsoleFixtures.console(path: path, login: "priya", terminal: terminal)
        var state = initial
        _ = program.update(&state, .action(.general(.search)))
        let first = program.update(&state, .input(.character("g")))
        let firstGeneration = try XCTUnwrap(state.search?.generation)
        _ = program.update(&state, .input(.character("a")))
        // The answer for "g" arrives after "ga" was typed: dropped.
        let stale = SearchResult(name: "Wrong Person", maskedId: nil, ref: "CL-2026-000003", detail: "")
        let searchLayer = try XCTUnwrap(state.layers.ids.last)
        _ = program.update(&state, .layerAnswer(searchLayer, SearchLayer.Answer(generation: firstGeneration, result: .success([stale]))))
        XCTAssertEqual(state.search?.results, [])
        XCTAssertFalse(state.search?.isCurrent ?? true)
        // Enter before the current answer opens nothing.
        _ = program.update(&state, .input(.enter))
        XCTAssertNil(state.caseScreen)
        XCTAssertEqual(state.status?.text, "Still searching; Enter again in a moment")
        _ = first
    }

    func testSearchFindsFoldedNamesAndOpensTheChosenCase() throws {
        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: "/")
        terminal.type("lukasz")
        let runtime = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        XCTAssertEqual(runtime.state.search?.results.map(\.ref), ["CL-2026-000004"])
        XCTAssertTrue(terminal.text.contains("Łukasz Wójcik"), terminal.text)
        terminal.enqueue(names: "/ l u k a s z Enter")
        let opened = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        XCTAssertEqual(opened.state.caseScreen?.ref, "CL-2026-000004")
    }

    func testDecideAsksOutcomeReasonRationaleAndConfirmation() throws {
        let priya = try engine().staffMember(login: "priya")
        try engine().changeState("CL-2026-000002", to: "triage", reason: nil, as: priya)
        try engine().changeState("CL-2026-000002", to: "in_review", reason: nil, as: priya)
        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: ":")
        terminal.type("open CL-2026-000002")
        // Outcome, reason, no other reason (the first row), rationale.
        terminal.enqueue(names: "Enter D Enter j Enter Enter")
        terminal.type("Service records confirm the injury.")
        terminal.enqueue(names: "Enter")
        let runtime = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        XCTAssertTrue(terminal.text.contains("Decide CL-2026-000002 as granted, reason no_evidence?"), terminal.text)
        terminal.enqueue(names: "y")
        var state = runtime.state
        let (program, _) = try ConsoleFixtures.console(path: path, login: "priya", terminal: terminal)
        try runEffects(program.update(&state, .input(.character("y"))), program: program, state: &state)
        XCTAssertEqual(state.status?.text, "CL-2026-000002: decided granted (no_evidence), version 4")
        let detail = try engine().caseDetail(ref: "CL-2026-000002", as: priya, recordView: false)
        XCTAssertEqual(detail.summary.state, "decided")
        XCTAssertEqual(detail.decisions.last?.rationale, "Service records confirm the injury.")
    }

    func testReferralCompletedByMedicalReviewWakesTheClaim() throws {
        let priya = try engine().staffMember(login: "priya")
        try engine().refer("CL-2026-000003", to: "MED", reason: "exam please", as: priya)
        let terminal = VirtualTerminal(width: 100, height: 30)
        // Dr. Lee has no cases of her own: she opens on the referrals to MED.
        terminal.enqueue(names: "C")
        terminal.type("Exam done: 30% rating supported")
        terminal.enqueue(names: "Enter")
        let runtime = try ConsoleFixtures.run(path: path, login: "lee", terminal: terminal)
        XCTAssertEqual(runtime.state.queue.spec.tab, .referrals)
        // The case has left MED: she is told where it went, not that it cannot be shown.
        XCTAssertEqual(runtime.state.status?.text, "CL-2026-000003: referral completed; the case is back in VET's queue")
        let detail = try engine().caseDetail(ref: "CL-2026-000003", as: priya, recordView: false)
        XCTAssertFalse(detail.summary.isOnHold, "the claim resumes in VET once its referral is answered")
        XCTAssertTrue(detail.timeline.contains { $0.kind == "task_completed" && $0.reason == "Exam done: 30% rating supported" })
    }

    func testSupervisorAssignsToAPersonOfTheDepartment() throws {
        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: "A")
        let runtime = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        // Only people who work VET cases are offered: marcus, priya and the admin.
        XCTAssertTrue(terminal.text.contains("Assign CL-2026-000004 to (3/3)"), terminal.text)
        XCTAssertTrue(terminal.text.contains("marcus  Marcus Reyes (caseworker)"), terminal.text)
        XCTAssertFalse(terminal.text.contains("lee  "), "Dr. Lee works in MED")
        terminal.enqueue(names: "Enter")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertEqual(runtime.state.status?.text, "CL-2026-000004: assigned to marcus, version 2")
        XCTAssertEqual(try engine().caseDetail(ref: "CL-2026-000004", as: try engine().staffMember(login: "priya"),
                                               recordView: false).summary.assignee, "marcus")
    }

    func testCaseworkersCannotAssignAndTheFooterLeavesItOut() throws {
        let terminal = VirtualTerminal(width: 132, height: 40)
        terminal.enqueue(names: "Tab A")
        let runtime = try ConsoleFixtures.run(path: path, login: "marcus", terminal: terminal)
        XCTAssertEqual(runtime.state.status?.text, "Cannot assign: only a supervisor of VET or an admin assigns cases")
        XCTAssertFalse(terminal.text.contains("D Decide"), "new cases cannot be decided yet, so no hint for it")
    }

    /// Runs effects the way the runtime would, feeding their messages back, until none are left.
    private func runEffects(_ effects: [Effect<ConsoleMessage>], program: ConsoleProgram, state: inout ConsoleState) throws {
        var pending = effects
        var rounds = 0
        while !pending.isEmpty {
            rounds += 1
            XCTAssertLessThan(rounds, 100)
            let effect = pending.removeFirst()
            switch effect.kind {
            case .task(_, let work):
                let box = MessageBox()
                let done = DispatchSemaphore(value: 0)
                Task.detached {
                    box.message = await work()
                    done.signal()
                }
                done.wait()
                if let message = box.message { pending += program.update(&state, message) }
            case .send(let message):
                pending += program.update(&state, message)
            default:
                break
            }
        }
    }
}

/// Carries one message out of a detached task in tests.
private final class MessageBox: @unchecked Sendable {
    var message: ConsoleMessage?
}
