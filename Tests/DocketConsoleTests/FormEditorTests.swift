import DocketEngine
@testable import DocketConsole
import Foundation
import XCTest

/// The form screen's pure parts: the editor's values and moves, the option picker, the
/// multi-line input, and when drafts are saved (on the tick after a change, not on every key).
final class FormEditorTests: ConsoleTestCase {
    private let rules = FormRules(dateOrder: .mdy, currency: "USD", today: Day(year: 2026, month: 11, day: 18)!)

    private func benefits() throws -> FormDefinition {
        let agency = try DemoAgency.load()
        return try XCTUnwrap(agency.form("benefits_application"))
    }

    func testTypingMovingAndCheckingOnLeave() throws {
        var editor = FormEditor(form: try benefits(), values: [:], focus: nil, rules: rules)
        XCTAssertEqual(editor.focus, "given_name")
        XCTAssertEqual(editor.values["preferred_language"], "en", "defaults fill a new form")
        for c in "Ann" { XCTAssertEqual(editor.type(.character(c)), .edited) }
        XCTAssertEqual(editor.type(.left), .moved)
        XCTAssertEqual(editor.type(.backspace), .edited)
        XCTAssertEqual(editor.values["given_name"], "An")
        XCTAssertEqual(editor.type(.enter), .left("given_name"), "Enter in a one-line field goes on")
        XCTAssertEqual(editor.focus, "family_name")
        _ = editor.move(by: 1)
        for c in "2/30/1968" { _ = editor.type(.character(c)) }
        XCTAssertNil(editor.errors["birth_date"], "not judged while typing")
        XCTAssertEqual(editor.move(by: 1), .left("birth_date"))
        XCTAssertNotNil(editor.errors["birth_date"])
        XCTAssertEqual(editor.move(by: -1), .left("national_id"))
        XCTAssertNil(editor.errors["national_id"], "an empty field is not flagged before submit")
    }

    func testChoicesYesNoAndShowIf() throws {
        var editor = FormEditor(form: try benefits(), values: [:], focus: "employment_status", rules: rules)
        XCTAssertFalse(editor.visible.contains { $0.id == "employer_name" })
        XCTAssertEqual(editor.type(.right), .edited)
        XCTAssertEqual(editor.values["employment_status"], "employed_full_time")
        XCTAssertTrue(editor.visible.contains { $0.id == "employer_name" })
        XCTAssertEqual(editor.type(.left), .edited)
        XCTAssertEqual(editor.values["employment_status"], "unable_to_work")
        XCTAssertFalse(editor.visible.contains { $0.id == "employer_name" })
        // A letter opens the list on the first option with that initial; Enter picks it.
        XCTAssertEqual(editor.type(.character("r")), .moved)
        XCTAssertEqual(editor.picker?.options[editor.picker?.selection ?? 0].value, "retired")
        XCTAssertEqual(editor.type(.enter), .edited)
        XCTAssertNil(editor.picker)
        XCTAssertEqual(editor.values["employment_status"], "retired")

        editor.focus(on: "programs_requested")
        _ = editor.type(.character(" "))
        _ = editor.type(.down)
        _ = editor.type(.character(" "))
        _ = editor.type(.up)
        _ = editor.type(.character(" "))
        XCTAssertEqual(editor.type(.enter), .edited)
        XCTAssertEqual(editor.values["programs_requested"], "snap;medicaid", "stored values in the options' order")
        XCTAssertEqual(FormValueText.shown("snap;medicaid", field: editor.focusedField!, rules: rules), ["Food assistance (SNAP), Medicaid"])

        editor.focus(on: "receives_other_benefits")
        XCTAssertEqual(editor.type(.character("y")), .edited)
        XCTAssertTrue(editor.visible.contains { $0.id == "other_benefits" })
        XCTAssertEqual(editor.type(.character(" ")), .edited)
        XCTAssertEqual(editor.values["receives_other_benefits"], "no")
        XCTAssertFalse(editor.visible.contains { $0.id == "other_benefits" })
    }

    func testSubmitCheckFocusesTheFirstProblemAndEchoes() throws {
        var editor = FormEditor(form: try benefits(), values: ["given_name": "Anna", "birth_date": "3/4/1968", "amount": "12.5"],
                                focus: "amount", rules: rules)
        let verdict = editor.checkAll()
        XCTAssertFalse(verdict.isValid)
        XCTAssertEqual(editor.focus, "family_name")
        XCTAssertEqual(editor.errors.count, verdict.errors.count)
        let born = try XCTUnwrap(editor.form.field("birth_date"))
        XCTAssertEqual(FormValueText.echo("3/4/1968", field: born, rules: rules), "→ Mon 4 Mar 1968")
        let amount = try XCTUnwrap(editor.form.field("amount"))
        XCTAssertEqual(FormValueText.echo("12.5", field: amount, rules: rules), "→ $12.50 (1250 minor units)")
        XCTAssertNil(FormValueText.echo("12.555", field: amount, rules: rules), "nothing is echoed for a value that is not read")
    }

    func testCorrectingHidesPersonalValuesAndSendsOnlyChanges() throws {
        let values = FormFixture.benefits(given: "Anna", family: "Nowak", born: "1968-03-14", nationalId: "123-45-6789")
        var editor = FormEditor(form: try benefits(), values: values, focus: nil, rules: rules, correcting: true)
        XCTAssertNil(editor.values["national_id"])
        XCTAssertEqual(editor.hidden["national_id"], "123-45-6789")
        XCTAssertEqual(editor.changes, [:])
        XCTAssertTrue(editor.checkAll().isValid, "hidden values count as filled")
        editor.focus(on: "family_name")
        _ = editor.type(.ctrl("u"))
        for c in "Nowakowska" { _ = editor.type(.character(c)) }
        editor.focus(on: "national_id")
        for c in "987-65-4321" { _ = editor.type(.character(c)) }
        XCTAssertEqual(editor.changes, ["family_name": "Nowakowska", "national_id": "987-65-4321"])
    }

    /// A correction's draft holds only what was typed; restored, it lies over the case's values,
    /// which stay what the form opened with, so the same changes (and only they) are sent.
    func testACorrectionDraftLiesOverTheCaseAndGivesBackTheSameChanges() throws {
        let values = FormFixture.benefits(given: "Anna", family: "Nowak", born: "1968-03-14", nationalId: "123-45-6789")
        let typed = ["family_name": "Nowakowska", "national_id": "987-65-4321", "given_name": ""]
        let editor = FormEditor(form: try benefits(), values: values, focus: "family_name", rules: rules, correcting: true,
                                typed: typed)
        XCTAssertEqual(editor.values["family_name"], "Nowakowska")
        XCTAssertNil(editor.values["given_name"], "a field cleared in the draft stays cleared")
        XCTAssertEqual(editor.values["national_id"], "987-65-4321", "a retyped personal value is the clerk's")
        XCTAssertEqual(editor.hidden["national_id"], "123-45-6789", "the case's own stays hidden")
        XCTAssertEqual(editor.changes, typed)
        XCTAssertEqual(editor.focus, "family_name")
        // Not retyped: the personal value is neither in the values nor in the changes (no mask is ever taken for it).
        let untouched = FormEditor(form: try benefits(), values: values, focus: nil, rules: rules, correcting: true,
                                   typed: ["family_name": "Nowakowska"])
        XCTAssertNil(untouched.values["national_id"])
        XCTAssertEqual(untouched.changes, ["family_name": "Nowakowska"])
    }

    func testANewFormStartsOnDefaultsAndARestoredDraftKeepsAClearedOne() throws {
        let fresh = FormEditor(form: try benefits(), values: [:], focus: nil, rules: rules)
        XCTAssertEqual(fresh.values["has_disability"], "no", "a new form starts on the agency's default")
        // The clerk cleared the default before the draft was saved: the draft has no value for it.
        let restored = FormEditor(form: try benefits(), values: ["given_name": "Anna"], focus: "given_name", rules: rules,
                                  restoring: true)
        XCTAssertNil(restored.values["has_disability"], "a cleared default does not come back from the draft")
        XCTAssertEqual(restored.values["given_name"], "Anna")
    }

    func testLongLinesOfAMultiLineFieldWrapAndTheCursorFollows() throws {
        XCTAssertEqual(FormValueText.rows("abcdefghij", width: 4), ["abcd", "efgh", "ij"])
        XCTAssertEqual(FormValueText.rows("", width: 4), [""], "an empty line still takes a row")
        XCTAssertEqual(FormValueText.rows("김민준", width: 4), ["김민", "준"], "wide characters count two columns")
        let address = try XCTUnwrap(try benefits().fields.first { $0.type == .address })
        XCTAssertEqual(FormValueText.shown("12 Oak Street\nSpringfield", field: address, rules: rules, width: 6),
                       ["12 Oak", " Stree", "t", "Spring", "field"])
        var input = TextInput(text: "12 Oak Street")
        input.acceptsNewlines = true
        _ = input.handle(.enter)
        for character in "Spring" { _ = input.handle(.character(character)) }
        let cursor = FormValueText.cursorRow(in: input, width: 6)
        XCTAssertEqual(cursor.row, 3, "three rows for the first line, then the second line's first row")
        XCTAssertEqual(cursor.column, 6)
    }

    func testMultiLineInputTakesEnterAsALineBreak() {
        var input = TextInput(text: "12 Main St")
        input.acceptsNewlines = true
        XCTAssertEqual(input.handle(.enter), .edited)
        for c in "Springfield" { _ = input.handle(.character(c)) }
        XCTAssertEqual(input.text, "12 Main St\nSpringfield")
        XCTAssertEqual(input.cursorLine.line, 1)
        XCTAssertEqual(input.cursorLine.before, "Springfield")
        XCTAssertEqual(input.handle(.home), .moved)
        XCTAssertEqual(input.cursorLine.before, "")
        XCTAssertEqual(input.cursorLine.line, 1, "Home goes to the start of the line, not of the text")
        var single = TextInput(text: "x")
        XCTAssertEqual(single.handle(.enter), .submitted("x"))
    }

    /// The console program with a new benefits application open (messages fed by hand, no
    /// runtime), and the terminal it measures (the program holds it unowned: keep it alive).
    private func benefitsFormOpened() throws -> (ConsoleProgram, ConsoleState, VirtualTerminal) {
        let path = try FormFixture.makeDemo(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        let (program, initial) = try ConsoleFixtures.console(path: path, login: FormFixture.clerk, terminal: terminal)
        var state = initial
        _ = program.update(&state, .action(.general(.intake)))
        _ = program.update(&state, .input(.down))
        XCTAssertEqual(program.update(&state, .input(.enter)).count, 1, "the draft is asked for")
        _ = program.update(&state, state.answer(.intakeDraftLoaded(type: "benefits_application", .success(nil)), for: FormLayer.self))
        XCTAssertEqual(state.form?.editor.form.id, "benefits_application")
        return (program, state, terminal)
    }

    /// A change marks the draft; the next tick saves it once; a tick with nothing new saves nothing.
    func testDraftsAreSavedOnTheTickAfterAChangeNotOnEveryKey() throws {
        let (program, initial, terminal) = try benefitsFormOpened()
        var state = initial
        defer { withExtendedLifetime(terminal) {} }
        for c in "Anna" { XCTAssertTrue(program.update(&state, .input(.character(c))).isEmpty, "no save per key") }
        XCTAssertEqual(state.form?.draft.dirty, true)
        XCTAssertEqual(program.update(&state, .tick(atMs: 0)).count, 1, "the tick saves")
        XCTAssertEqual(state.form?.draft.dirty, false)
        XCTAssertTrue(program.update(&state, .tick(atMs: 0)).isEmpty, "nothing new, nothing saved")
        XCTAssertEqual(program.update(&state, .action(.form(.fieldNext))).count, 0, "leaving a field with no change saves nothing")
        _ = program.update(&state, .input(.character("N")))
        XCTAssertEqual(program.update(&state, .input(.tab)).count, 1, "leaving a changed field saves at once")
        // An answer to an older save than the latest is ignored by the writer (nil), not shown as an error.
        _ = program.update(&state, state.answer(.draftSaved(.intake("benefits_application"), sequence: 1, .success(nil)), for: FormLayer.self))
        XCTAssertNil(state.form?.draft.failure)
    }

    /// The engine refuses an intake: its problems go under their fields, the form stays open
    /// with everything typed, and the draft (not discarded) is saved again.
    func testAnEngineRefusalKeepsTheFormAndTheDraft() throws {
        let (program, initial, terminal) = try benefitsFormOpened()
        var state = initial
        defer { withExtendedLifetime(terminal) {} }
        for c in "Anna" { _ = program.update(&state, .input(.character(c))) }
        state.form?.stage = .submitting
        // Keys typed while the engine works wait, and are played after its answer.
        _ = program.update(&state, .input(.character("!")))
        XCTAssertEqual(state.form?.editor.values["given_name"], "Anna")
        let refusal = ConsoleFailure(message: "national_id: that national id belongs to constituent #12\nfamily_name: is required")
        let effects = program.update(&state, state.answer(.intakeFinished(.failure(refusal)), for: FormLayer.self))
        XCTAssertEqual(effects.count, 1, "the draft is saved again")
        XCTAssertEqual(state.form?.stage.takesFormKeys, true)
        XCTAssertEqual(state.form?.editor.errors["national_id"], "that national id belongs to constituent #12")
        XCTAssertEqual(state.form?.editor.focus, "national_id", "the cursor goes to the first problem")
        XCTAssertEqual(state.status?.text, "2 problems: national_id: that national id belongs to constituent #12; family_name: is required")
        XCTAssertEqual(state.form?.editor.values["given_name"], "Anna!", "the key typed meanwhile went where it was typed")

        // A refusal that names no field is said as it is.
        state.form?.stage = .submitting
        _ = program.update(&state, state.answer(.intakeFinished(.failure(ConsoleFailure(message: "auditors have read-only access"))), for: FormLayer.self))
        XCTAssertEqual(state.status?.text, "Refused: auditors have read-only access — the form and its draft are kept")
        XCTAssertNotNil(state.form)
    }
}
