import DocketEngine
@testable import DocketConsole
import Foundation
import XCTest

/// Keys that were written into the code now come from keymaps: a person's keymap file
/// moves them, and what the screen says follows.
final class BoundKeysTests: ConsoleTestCase {
    private func keymaps(_ text: String) throws -> ConsoleKeymaps {
        let standard = ConsoleKeymaps.standard
        return standard.applying(try KeymapOverrides.parse(text, file: "keymap", keymaps: standard.all))
    }

    func testTheTooSmallNoticeQuitsWithTheBoundQuitKey() throws {
        XCTAssertEqual(ConsoleKeymaps.standard.quitKeysWhenTooSmall, [.character("Q"), .ctrl("c")])
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let mine = try keymaps("*  quit  X\n")
        XCTAssertEqual(mine.quitKeysWhenTooSmall, [.character("X"), .ctrl("c")])

        let terminal = VirtualTerminal(width: 20, height: 6)
        let runtime = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal, keymaps: mine)
        XCTAssertTrue(terminal.text.contains("X to quit"), terminal.text)
        terminal.enqueue(names: "Q F24")
        XCTAssertNotEqual(runtime.run(), .quit, "Q is no longer the quit key")
        terminal.enqueue(names: "X F24")
        XCTAssertEqual(runtime.run(), .quit)
    }
}

extension BoundKeysTests {
    func testHelpFootersFollowThePickerKeys() throws {
        XCTAssertEqual(HelpLayer.footer(ConsoleKeymaps.standard.picker), "Esc close  j/k scroll")
        let mine = try keymaps("picker  cancel  F3\npicker  down  F2\n")
        XCTAssertEqual(HelpLayer.footer(mine.picker), "F3 close  F2/k scroll")

        // The form's help overlay (F1) says the same as it reads.
        let path = try FormFixture.makeDemo(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: FormFixture.openBenefits + " F1")
        let runtime = try ConsoleFixtures.run(path: path, login: FormFixture.clerk, terminal: terminal, keymaps: mine)
        XCTAssertEqual(runtime.state.help?.footer, "F3 close  F2/k scroll")
        terminal.enqueue(names: "F3")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertNil(runtime.state.help)
    }
}

extension BoundKeysTests {
    /// A benefits application keyed by a supervisor of BEN (who may open the new case).
    private func finishedIntake(keymaps: ConsoleKeymaps) throws -> (Runtime<ConsoleProgram>, VirtualTerminal) {
        let path = try FormFixture.makeDemo(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        // The benefits application of IntakeSessionTests, every required field.
        terminal.enqueue(names: FormFixture.openBenefits)
        terminal.type("Anna"); terminal.enqueue(names: "Tab")
        terminal.type("Nowak"); terminal.enqueue(names: "Tab")
        terminal.type("3/14/1968"); terminal.enqueue(names: "Tab")
        terminal.type("123-45-0001"); terminal.enqueue(names: "Tab Tab Tab")
        terminal.type("12 Main St"); terminal.enqueue(names: "Enter"); terminal.type("Springfield, IL 62701")
        terminal.enqueue(names: "Tab Tab")
        terminal.type("3"); terminal.enqueue(names: "Tab")
        terminal.enqueue(names: "Space Space Down Space Enter Tab")
        terminal.type("1,234.50"); terminal.enqueue(names: "Tab Tab Tab Tab")
        terminal.enqueue(names: "Enter Down Down Down Enter Tab")
        terminal.type("n")
        let runtime = try ConsoleFixtures.run(path: path, login: "david.kim", terminal: terminal, keymaps: keymaps)
        return (runtime, terminal)
    }

    func testTheKeysAfterAnIntakeFollowTheKeymap() throws {
        XCTAssertEqual(ConsoleKeymaps.standard.intakeDone.action(for: .enter), .intakeDone(.openCase))
        XCTAssertEqual(ConsoleKeymaps.standard.intakeDone.action(for: .character("q")), .intakeDone(.back))
        let done = IntakeDone(ref: "BA-2026-000001", department: "BEN", departmentName: "Benefits", explanation: "rule", person: "R",
                              matched: nil, canOpen: true)
        XCTAssertEqual(done.footer(ConsoleKeymaps.standard.intakeDone), "Enter open case  i another  Esc back")
        var elsewhere = done
        elsewhere.canOpen = false
        XCTAssertEqual(elsewhere.footer(ConsoleKeymaps.standard.intakeDone), "i another  Enter/Esc back")
        let mine = try keymaps("intake-done  open-new-case  o\nintake-done  another-intake  a\n")
        XCTAssertEqual(done.footer(mine.intakeDone), "o open case  a another  Esc back")
    }

    func testRemappedOpenKeyOpensTheNewCase() throws {
        let mine = try keymaps("intake-done  open-new-case  o\n")
        let (runtime, terminal) = try finishedIntake(keymaps: mine)
        terminal.enqueue(names: "C-s")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        guard case .done(let done)? = runtime.state.form?.stage else {
            // The form may want more than these fields: say what it asked for.
            return XCTFail("the intake did not finish: \(runtime.state.status?.text ?? "") \(terminal.text)")
        }
        XCTAssertTrue(terminal.text.contains("o open case  i another  Esc back"), terminal.text)
        terminal.enqueue(names: "Enter")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertNotNil(runtime.state.form, "Enter is not bound after an intake any more")
        terminal.enqueue(names: "o")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertNil(runtime.state.form)
        XCTAssertEqual(runtime.state.caseScreen?.ref, done.ref)
    }
}

extension BoundKeysTests {
    private func benefitsEditor() throws -> FormEditor {
        let agency = try DemoAgency.load()
        let form = try XCTUnwrap(agency.form("benefits_application"))
        return FormEditor(form: form, values: [:], focus: nil,
                          rules: FormRules(dateOrder: .mdy, currency: "USD", today: Day(unixSeconds: ConsoleFixtures.now)))
    }

    func testYesNoFieldsReadTheirKeymap() throws {
        var editor = try benefitsEditor()
        editor.focus(on: "receives_other_benefits")
        XCTAssertEqual(editor.type(.character("y")), .edited)
        XCTAssertEqual(editor.values["receives_other_benefits"], "yes")

        let mine = try keymaps("yes-no-field  answer-yes  j\nyes-no-field  answer-no  x\n")
        XCTAssertEqual(FieldKeymaps.hint(ConsoleKeymaps.standard.yesNoField), "y yes · n no · Space switches")
        XCTAssertEqual(FieldKeymaps.hint(mine.yesNoField), "j yes · x no · Space switches")
        XCTAssertEqual(editor.type(.character("x"), keys: mine), .edited)
        XCTAssertEqual(editor.values["receives_other_benefits"], "no")
        XCTAssertEqual(editor.type(.character("y"), keys: mine), .ignored, "y is bound to nothing now")
        XCTAssertEqual(editor.values["receives_other_benefits"], "no")
        XCTAssertEqual(editor.type(.character(" "), keys: mine), .edited)
        XCTAssertEqual(editor.values["receives_other_benefits"], "yes")
    }

    func testAChoiceListReadsItsKeymapAndSaysSo() throws {
        var editor = try benefitsEditor()
        editor.focus(on: "employment_status")
        XCTAssertEqual(editor.type(.enter), .moved)
        let list = try XCTUnwrap(editor.picker)
        XCTAssertEqual(list.footer(ConsoleKeymaps.standard.optionList), "Enter pick  Esc cancel")

        let mine = try keymaps("option-list  pick-option  F2\noption-list  next-option  F3\n")
        XCTAssertEqual(list.footer(mine.optionList), "F2 pick  Esc cancel")
        XCTAssertEqual(editor.type(.function(3), keys: mine), .moved)
        XCTAssertEqual(editor.type(.enter, keys: mine), .ignored, "Enter no longer picks")
        XCTAssertNotNil(editor.picker)
        XCTAssertEqual(editor.type(.function(2), keys: mine), .edited)
        XCTAssertNil(editor.picker)
        let form = editor.form
        let second = try XCTUnwrap(form.field("employment_status")?.options.dropFirst().first?.value)
        XCTAssertEqual(editor.values["employment_status"], second)

        // A multiple choice ticks with the tick key.
        editor.focus(on: "programs_requested")
        XCTAssertEqual(editor.type(.enter), .moved)
        XCTAssertEqual(editor.picker?.footer(ConsoleKeymaps.standard.optionList), "Space tick  Enter done  Esc cancel")
    }

    /// A choice field's own keys (open the list, step in place, clear) and a one-line field's
    /// Enter are keymaps too: moved keys work, the old ones do nothing, the hint line follows.
    func testChoiceFieldsAndEnterInTextFieldsReadTheirKeymaps() throws {
        var editor = try benefitsEditor()
        let field = try XCTUnwrap(editor.form.field("employment_status"))
        editor.focus(on: field.id)
        XCTAssertEqual(FormValueText.keyHint(field, keymaps: .standard), "Space or Enter: list of choices · ←/→: next choice")
        let mine = try keymaps("choice-field  open-list  F4\nchoice-field  next-choice  F6\nchoice-field  previous-choice  F7\n"
                               + "choice-field  clear-choice  F8\ntext-input  submit-text  F9\ntext-input  delete-back  F10\n")
        XCTAssertEqual(FormValueText.keyHint(field, keymaps: mine), "F4: list of choices · F7/F6: next choice")
        XCTAssertEqual(editor.type(.right, keys: mine), .ignored, "Right steps no longer")
        XCTAssertEqual(editor.type(.enter, keys: mine), .ignored, "Enter opens no list now")
        XCTAssertNil(editor.picker)
        XCTAssertEqual(editor.type(.function(6), keys: mine), .edited)
        XCTAssertEqual(editor.values["employment_status"], field.options.first?.value)
        XCTAssertEqual(editor.type(.function(7), keys: mine), .edited)
        XCTAssertEqual(editor.values["employment_status"], field.options.last?.value)
        XCTAssertEqual(editor.type(.function(8), keys: mine), .edited)
        XCTAssertNil(editor.values["employment_status"])
        XCTAssertEqual(editor.type(.function(4), keys: mine), .moved)
        XCTAssertNotNil(editor.picker)

        // A text field's keys are the text boxes' keymap: Enter leaves a one-line field only
        // as bound, and so does deleting.
        var text = try benefitsEditor()
        let first = text.focus
        XCTAssertEqual(text.type(.enter, keys: mine), .ignored)
        XCTAssertEqual(text.focus, first)
        for c in "Ann" { _ = text.type(.character(c), keys: mine) }
        XCTAssertEqual(text.type(.backspace, keys: mine), .ignored, "Backspace deletes no longer")
        XCTAssertEqual(text.type(.function(10), keys: mine), .edited)
        XCTAssertEqual(text.values[first], "An")
        XCTAssertEqual(text.type(.function(9), keys: mine), .left(first))
        XCTAssertNotEqual(text.focus, first)
    }

    /// Messages name keys as they are bound: moved keys are named where they now are.
    func testMessagesNameTheKeysAsBound() throws {
        let mine = try keymaps("queue  next-case  F3\nqueue  back  x\nform  form-submit  F2\n")
        var queue = QueueState(spec: QueueSpec(tab: .myWork, scope: .department("VET"), filter: QueueFilter(), sort: .due, descending: false))
        queue.hasLoaded = true
        queue.isLoading = false
        XCTAssertTrue(QueueView.emptyMessage(queue).contains("Press n for the next case, or Tab for the other queues"))
        XCTAssertTrue(QueueView.emptyMessage(queue, keys: mine.queue).contains("Press F3 for the next case"), QueueView.emptyMessage(queue, keys: mine.queue))
        queue.spec.drill = QueueDrill(query: CaseQuery(), title: "VET overdue", count: 0)
        XCTAssertEqual(QueueView.emptyMessage(queue, keys: mine.queue), "No cases: VET overdue (x goes back to the dashboard).")
        XCTAssertEqual(ConsoleKeymaps.standard.form.spoken(.form(.submit)), "Ctrl-S")
        XCTAssertEqual(mine.form.spoken(.form(.submit)), "F2")
    }
}
