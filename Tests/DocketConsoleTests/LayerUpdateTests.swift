@testable import DocketConsole
@testable import DocketEngine
import XCTest

/// Each layer's update as a pure function: a message in, its state and what it asks of the
/// root out (no engine call is made: effects are only returned).
final class LayerUpdateTests: ConsoleTestCase {
    private var context: LayerContext!
    private let id = LayerID(number: 7)

    override func setUpWithError() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
        context = LayerContext(screen: Size(width: 100, height: 30), keymaps: .standard, screenKeymap: ConsoleKeymaps.standard.queue,
                               session: ConsoleSession(engine: engine, actor: try engine.staffMember(login: "priya")),
                               today: Day(unixSeconds: ConsoleFixtures.now))
    }

    private func requests(_ update: LayerUpdate) -> [String] { update.requests.map { "\($0)" } }

    func testTheCommandLineHandsTheTypedCommandToTheRoot() {
        var layer = CommandLineLayer(input: TextInput(text: "sort ref"))
        XCTAssertFalse(layer.update(.key(.character(" ")), id: id, context: context).pops)
        let enter = layer.update(.key(.enter), id: id, context: context)
        XCTAssertTrue(enter.pops)
        guard case .runCommand("sort ref ")? = enter.requests.first else { return XCTFail("\(requests(enter))") }

        var empty = CommandLineLayer(input: TextInput())
        XCTAssertTrue(empty.update(.key(.backspace), id: id, context: context).pops, "Backspace on an empty line leaves it")
        var escaped = CommandLineLayer(input: TextInput(text: "open"))
        let escape = escaped.update(.key(.escape), id: id, context: context)
        XCTAssertTrue(escape.pops)
        XCTAssertTrue(escape.requests.isEmpty, "Esc runs nothing")
    }

    func testTheDraftsListShowsItsAnswerAndAsksBeforeADiscard() {
        var layer = DraftsLayer(agency: context.session.agency)
        let drafts = [Draft(form: "claim", caseRef: nil, caseVersion: nil, values: ["given_name": "Ana"], focus: nil, savedAt: 0),
                      Draft(form: "claim", caseRef: "CL-2026-000001", caseVersion: 1, values: [:], focus: nil, savedAt: 0)]
        _ = layer.update(.answer(DraftsLayer.Loaded(result: .success(drafts))), id: id, context: context)
        XCTAssertEqual(layer.list.drafts.count, 2)
        XCTAssertFalse(layer.list.isLoading)

        _ = layer.update(.key(.character("j")), id: id, context: context)
        XCTAssertEqual(layer.list.selection, 1)
        let asked = layer.update(.key(.character("x")), id: id, context: context)
        XCTAssertTrue(asked.requests.isEmpty, "nothing is discarded before the answer")
        XCTAssertEqual(layer.list.confirmingDiscard, DraftKey(form: "claim", caseRef: "CL-2026-000001"))
        let yes = layer.update(.key(.character("y")), id: id, context: context)
        guard case .discardDraft(let key)? = yes.requests.first else { return XCTFail("\(requests(yes))") }
        XCTAssertEqual(key, DraftKey(form: "claim", caseRef: "CL-2026-000001"))
        XCTAssertFalse(yes.pops, "the list stays, to be read again")

        let resume = layer.update(.key(.enter), id: id, context: context)
        XCTAssertTrue(resume.pops)
        guard case .openCase("CL-2026-000001", correcting: true)? = resume.requests.first else { return XCTFail("\(requests(resume))") }
    }

    func testTheIntakeTypeListOpensTheChosenTypesFormInItsPlace() {
        var layer = IntakeTypeLayer(picker: IntakeTypePicker(agency: context.session.agency))
        let picked = layer.update(.key(.enter), id: id, context: context)
        XCTAssertTrue(picked.pops)
        guard case .push(let form as FormLayer)? = picked.requests.first else { return XCTFail("\(requests(picked))") }
        XCTAssertEqual(form.form.purpose, .intake(type: "claim"))
        var other = IntakeTypeLayer(picker: IntakeTypePicker(agency: context.session.agency))
        XCTAssertTrue(other.update(.key(.escape), id: id, context: context).pops)
    }

    func testAnActionLayerWaitsForTheEngineThenTheTypedKeysAnswerItsQuestions() throws {
        let summary = try context.session.engine.caseSummary(ref: "CL-2026-000004", as: context.session.actor)
        var layer = ActionFlowLayer(preparing: .note, target: ActionTarget(summary: summary, fromCaseScreen: false))
        let started = layer.start(id: id, context: context)
        XCTAssertEqual(started.effects.count, 1, "the engine is asked about the action")
        for key in "hi".map(Key.character) { _ = layer.update(.key(key), id: id, context: context) }
        XCTAssertEqual(layer.typeAhead.count, 2)
        let facts = ActionFacts(available: AvailableAction(.note))
        _ = layer.update(.answer(ActionFlowLayer.Facts(result: .success(facts))), id: id, context: context)
        XCTAssertNil(layer.preparing)
        XCTAssertEqual(layer.flow?.currentInput?.text, "hi", "the keys typed while waiting answered the question")
        let submitted = layer.update(.key(.enter), id: id, context: context)
        XCTAssertEqual(submitted.effects.count, 1, "Enter runs the action")
        XCTAssertTrue(layer.flow?.isSubmitting ?? false)
    }
}
