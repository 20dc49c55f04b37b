@testable import DocketConsole
@testable import DocketEngine
import XCTest

/// The queue, case, dashboard and form screens' updates as pure functions: a message in,
/// the layer's state and what it asks of the root (effects, requests, popping) out. No
/// effect is run here; engine answers are handed in as the root would hand them.
final class ScreenLayerUpdateTests: ConsoleTestCase {
    private var context: LayerContext!
    private let id = LayerID(number: 3)

    override func setUpWithError() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
        context = LayerContext(screen: Size(width: 100, height: 30), keymaps: .standard, screenKeymap: ConsoleKeymaps.standard.queue,
                               session: ConsoleSession(engine: engine, actor: try engine.staffMember(login: "priya")),
                               today: Day(unixSeconds: ConsoleFixtures.now))
    }

    private func described(_ update: LayerUpdate) -> String { update.requests.map { "\($0)" }.joined(separator: "; ") }

    private func queue(drill: QueueDrill? = nil) -> QueueLayer {
        let order = QueueSpec.defaultOrder(for: .unassigned)
        return QueueLayer(spec: QueueSpec(tab: .unassigned, scope: .department("VET"), filter: QueueFilter(), sort: order.sort,
                                          descending: order.descending, drill: drill), agency: context.agency)
    }

    private func rows(_ count: Int) throws -> [QueueRow] {
        let refs = (1...count).map { String(format: "CL-2026-%06d", $0) }
        return try refs.map { ref in
            let summary = try context.session.engine.caseSummary(ref: ref, as: context.actor)
            return QueueRow(summary, now: ConsoleFixtures.now, agency: context.agency)
        }
    }

    // MARK: queue

    func testTheQueueTakesItsPageDropsAStaleOneAndAsksForTheSelectedRowsActions() throws {
        var layer = queue()
        let opened = layer.update(.answer(ConsoleMessage.start), id: id, context: context)
        XCTAssertEqual(opened.effects.count, 1, "the first page is asked for")
        XCTAssertTrue(layer.queue.isLoading)
        let current = layer.queue.generation
        let page = QueueReplacement(generation: current, spec: layer.queue.spec, rows: try rows(3), selecting: 0, screenRow: 0,
                                    reachedStart: true, reachedEnd: true, startPosition: 0)
        XCTAssertTrue(layer.update(.answer(ConsoleMessage.queueReplaced(.success(page), Generation(0))), id: id, context: context).effects.isEmpty)
        XCTAssertTrue(layer.queue.window.isEmpty, "an older question's page is dropped")
        let taken = layer.update(.answer(ConsoleMessage.queueReplaced(.success(page), current)), id: id, context: context)
        XCTAssertEqual(layer.queue.window.rows.count, 3)
        XCTAssertFalse(layer.queue.isLoading)
        XCTAssertGreaterThanOrEqual(taken.effects.count, 2, "the selected row's actions and, on the first load, the counts")

        _ = layer.update(.action(.move(.down)), id: id, context: context)
        XCTAssertEqual(layer.queue.window.selectedRow?.ref, "CL-2026-000002")
        let filter = layer.update(.action(.queue(.filter)), id: id, context: context)
        guard case .openCommandLine("filter ")? = filter.requests.first else { return XCTFail(described(filter)) }
        let open = layer.update(.action(.queue(.open)), id: id, context: context)
        guard case .openCase("CL-2026-000002", false)? = open.requests.first else { return XCTFail(described(open)) }
        XCTAssertFalse(open.pops, "the case opens over the queue")
    }

    func testTheQueueRefreshesOnlyInFrontAndEveryHalfMinuteAndTakesTheCommandLinesChanges() {
        var layer = queue()
        var quiet = context!
        quiet.ticks = 30
        quiet.isTop = false
        XCTAssertTrue(layer.update(.tick, id: id, context: quiet).effects.isEmpty, "covered: no refresh")
        layer.queue.isLoading = false
        quiet.isTop = true
        XCTAssertFalse(layer.update(.tick, id: id, context: quiet).effects.isEmpty, "in front, on the half minute: refreshed")
        layer.queue.isLoading = false
        quiet.ticks = 31
        XCTAssertTrue(layer.update(.tick, id: id, context: quiet).effects.isEmpty)

        let filtered = layer.update(.answer(QueueChange.filter(QueueFilter(state: "triage"))), id: id, context: context)
        XCTAssertEqual(layer.queue.spec.filter.state, "triage")
        guard case .say("Filter: state=triage", _)? = filtered.requests.first else { return XCTFail(described(filtered)) }
        XCTAssertFalse(filtered.effects.isEmpty, "the queue is read again")
    }

    func testADrillDownsBackGoesToTheDashboardBeneath() {
        var layer = queue(drill: QueueDrill(query: CaseQuery(), title: "VET unassigned", count: 3))
        XCTAssertFalse(layer.start(id: id, context: context).effects.isEmpty, "a drill-down loads at once")
        let back = layer.update(.action(.queue(.back)), id: id, context: context)
        XCTAssertTrue(back.pops)
        guard case .toBelow(.inFront(reloadsCase: true))? = back.requests.first else { return XCTFail(described(back)) }
        let keymap = layer.keymap(context: context)
        XCTAssertNotNil(keymap?.binding(forAction: .queue(.nextTab))?.disabledReason, "a drill-down has no tabs")
    }

    // MARK: case

    private func load(_ ref: String) throws -> CaseLoad {
        let detail = try context.session.engine.caseDetail(ref: ref, as: context.actor, recordView: false)
        return try CaseRequests.caseLoad(detail, revealed: false, session: context.session)
    }

    func testACaseKeepsKeysTypedBeforeItsFirstLoadAndPlaysThemAfter() throws {
        var layer = CaseLayer(ref: "CL-2026-000004")
        let started = layer.start(id: id, context: context)
        XCTAssertEqual(started.effects.count, 1, "the case is read")
        XCTAssertNil(layer.keymap(context: context), "waiting: keys are the layer's")
        _ = layer.update(.key(.character("j")), id: id, context: context)
        _ = layer.update(.key(.tab), id: id, context: context)
        XCTAssertEqual(layer.typeAhead, [.character("j"), .tab])
        let loaded = try load("CL-2026-000004")
        XCTAssertTrue(layer.update(.answer(ConsoleMessage.caseLoaded(ref: "CL-2026-000004", Generation(0), .success(loaded))),
                                   id: id, context: context).requests.isEmpty, "a stale load changes nothing")
        XCTAssertNil(layer.screen.model)
        let answered = layer.update(.answer(ConsoleMessage.caseLoaded(ref: "CL-2026-000004", layer.screen.generation, .success(loaded))),
                                    id: id, context: context)
        XCTAssertNotNil(layer.screen.model)
        guard case .replay(let keys)? = answered.requests.first else { return XCTFail(described(answered)) }
        XCTAssertEqual(keys, [.character("j"), .tab])
        XCTAssertNotNil(layer.keymap(context: context))
    }

    func testACaseGoesBackRevealsAndReloadsAfterItsOwnAction() throws {
        var layer = CaseLayer(ref: "CL-2026-000004")
        _ = layer.start(id: id, context: context)
        let loaded = try load("CL-2026-000004")
        _ = layer.update(.answer(ConsoleMessage.caseLoaded(ref: "CL-2026-000004", layer.screen.generation, .success(loaded))), id: id, context: context)

        _ = layer.update(.action(.caseScreen(.nextPane)), id: id, context: context)
        XCTAssertEqual(layer.screen.focus, .form)
        let reveal = layer.update(.action(.caseScreen(.reveal)), id: id, context: context)
        guard case .push(let prompt as RevealLayer)? = reveal.requests.first else { return XCTFail(described(reveal)) }
        XCTAssertEqual(prompt.ref, "CL-2026-000004")
        _ = layer.update(.answer(ScreenNotice.revealed(ref: "CL-2026-000004", loaded)), id: id, context: context)
        XCTAssertTrue(layer.screen.revealed)

        let summary = try XCTUnwrap(layer.screen.summary)
        let outcome = ActionOutcome(command: .note, target: ActionTarget(summary: summary, fromCaseScreen: true),
                                    result: .success(ActionSuccess(message: "Noted", summary: summary, opens: false)), current: nil)
        let finished = layer.update(.answer(ScreenNotice.actionFinished(outcome, keepsAnswers: true)), id: id, context: context)
        guard case .say("Noted", .success)? = finished.requests.first else { return XCTFail(described(finished)) }
        XCTAssertEqual(finished.effects.count, 1, "the case is read again")
        XCTAssertFalse(finished.pops)

        let back = layer.update(.action(.caseScreen(.back)), id: id, context: context)
        XCTAssertTrue(back.pops)
        guard case .toBelow(.inFront(reloadsCase: true))? = back.requests.first else { return XCTFail(described(back)) }
    }

    // MARK: dashboard

    func testTheDashboardDropsAStaleReportDrillsDownAndLeaves() {
        var layer = DashboardLayer()
        XCTAssertEqual(layer.start(id: id, context: context).effects.count, 1)
        let first = layer.dashboard.generation
        _ = layer.update(.answer(ConsoleMessage.dashboardLoaded(Generation(0), .success(DashboardFixture.report()))), id: id, context: context)
        XCTAssertNil(layer.dashboard.report, "a stale report is dropped")
        XCTAssertNotNil(layer.keymap(context: context)?.binding(forAction: .dashboard(.open))?.disabledReason, "nothing to open yet")
        _ = layer.update(.answer(ConsoleMessage.dashboardLoaded(first, .success(DashboardFixture.report()))), id: id, context: context)
        XCTAssertNotNil(layer.dashboard.report)
        let drill = layer.update(.action(.dashboard(.open)), id: id, context: context)
        guard case .push(let queue as QueueLayer)? = drill.requests.first else { return XCTFail(described(drill)) }
        XCTAssertNotNil(queue.queue.spec.drill, "the figure's queue is pushed over the dashboard")
        XCTAssertFalse(drill.pops)
        let back = layer.update(.action(.dashboard(.back)), id: id, context: context)
        XCTAssertTrue(back.pops)
        guard case .toBelow(.inFront)? = back.requests.first else { return XCTFail(described(back)) }
    }

    func testARefusedFirstReadTakesTheDashboardAwayAndSaysWhy() {
        var layer = DashboardLayer()
        _ = layer.start(id: id, context: context)
        let refused = layer.update(.answer(ConsoleMessage.dashboardLoaded(layer.dashboard.generation,
                                                                           .failure(ConsoleFailure(message: "caseworkers have no dashboard")))),
                                   id: id, context: context)
        XCTAssertTrue(refused.pops)
        XCTAssertEqual(refused.requests.count, 2, described(refused))
        guard case .say("caseworkers have no dashboard", .warning)? = refused.requests.last else { return XCTFail(described(refused)) }
    }

    // MARK: form

    private func intakeForm() throws -> FormLayer {
        let opened = FormLayer.openIntake(type: "claim", context: context)
        guard case .push(let form as FormLayer)? = opened.requests.first else { throw XCTSkip("no form: \(described(opened))") }
        return form
    }

    func testAFormSavesItsDraftOnTheTickNumberedAfterTheConsolesLastSave() throws {
        var layer = try intakeForm()
        XCTAssertEqual(layer.start(id: id, context: context).effects.count, 1, "its draft is asked for")
        _ = layer.update(.key(.character("A")), id: id, context: context)
        XCTAssertEqual(layer.form.typeAhead, [.character("A")], "keys wait while it opens")
        let opened = layer.update(.answer(ConsoleMessage.intakeDraftLoaded(type: "claim", .success(nil))), id: id, context: context)
        XCTAssertEqual(layer.form.editor.values["given_name"], "A", "the key typed meanwhile went into the field")
        XCTAssertTrue(opened.effects.isEmpty)
        var later = context!
        later.draftSequence = 41
        let saved = layer.update(.tick, id: id, context: later)
        XCTAssertEqual(saved.effects.count, 1)
        XCTAssertEqual(saved.draftSequence, 42, "numbered after every save the console made")
        XCTAssertTrue(layer.update(.tick, id: id, context: later).effects.isEmpty, "nothing new, nothing saved")
    }

    func testLeavingAFormKeepsItsDraftAndTellsTheScreenBeneath() throws {
        var layer = try intakeForm()
        _ = layer.update(.answer(ConsoleMessage.intakeDraftLoaded(type: "claim", .success(nil))), id: id, context: context)
        let left = layer.update(.key(.escape), id: id, context: context)
        XCTAssertTrue(left.pops)
        XCTAssertEqual(left.effects.count, 1, "the draft is saved as it is")
        XCTAssertTrue(left.requests.contains { if case .toBelow(.inFront(reloadsCase: false)) = $0 { return true } else { return false } },
                      described(left))

        var stopping = try intakeForm()
        _ = stopping.update(.answer(ConsoleMessage.intakeDraftLoaded(type: "claim", .success(nil))), id: id, context: context)
        XCTAssertTrue(stopping.update(.stopping(everything: false), id: id, context: context).effects.isEmpty, "nothing typed")
        XCTAssertEqual(stopping.update(.stopping(everything: true), id: id, context: context).effects.count, 1, "idle logoff saves it all")
    }
}
