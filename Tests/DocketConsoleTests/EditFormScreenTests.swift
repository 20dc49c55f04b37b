import DocketEngine
@testable import DocketConsole
import Foundation
import XCTest

/// Correcting a case's form from the case screen (`e`): the form opens on the case's values
/// with personal ones masked, Ctrl-S saves the changes under the version read, and a change
/// made meanwhile is a conflict that keeps what was typed. The changes are kept in a draft
/// as they are typed: a new console restores them, Esc keeps them, saving discards them.
final class EditFormScreenTests: ConsoleTestCase {
    private let ref = "CL-2026-000001"

    /// The case as stored now.
    private func stored(_ path: String) throws -> CaseDetail {
        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
        return try engine.caseDetail(ref: ref, as: try engine.staffMember(login: "marcus"), recordView: false)
    }

    private func openEdit(_ terminal: VirtualTerminal) {
        terminal.enqueue(names: ":")
        terminal.type("open \(ref)")
        terminal.enqueue(names: "Enter e")
    }

    func testEOpensTheCasesFormMaskedAndCtrlSSavesTheChange() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        openEdit(terminal)
        let runtime = try ConsoleFixtures.run(path: path, login: "marcus", terminal: terminal)
        XCTAssertEqual(runtime.state.form?.purpose, .edit(ref: ref, version: 3))
        XCTAssertTrue(terminal.text.hasPrefix("Correct the form of \(ref)"), terminal.text)
        XCTAssertTrue(terminal.text.contains("* Given name  José"), terminal.text)
        XCTAssertTrue(terminal.text.contains("kept: ***-**-6789 (type to replace)"), terminal.text)
        XCTAssertFalse(terminal.text.contains("123-45-6789"), "the national id is not shown in clear")
        XCTAssertTrue(terminal.text.contains("  Branch      Army"), terminal.text)

        // Branch: Right to the next choice; Ctrl-S.
        terminal.enqueue(names: "Tab Tab Tab Tab Right C-s")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertNil(runtime.state.form)
        XCTAssertEqual(runtime.state.status?.text, "Saved the corrections to \(ref) (version 4)")
        let detail = try stored(path)
        XCTAssertEqual(detail.form["branch"], "navy")
        XCTAssertEqual(detail.form["national_id"], "123-45-6789", "a masked value left alone is kept")
        XCTAssertEqual(detail.summary.version, 4)
        XCTAssertEqual(runtime.state.caseScreen?.ref, ref)
    }

    func testAChangeMadeMeanwhileIsAConflictThatKeepsWhatWasTyped() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        openEdit(terminal)
        terminal.enqueue(names: "Tab Tab Tab Tab Right")
        let runtime = try ConsoleFixtures.run(path: path, login: "marcus", terminal: terminal)
        XCTAssertEqual(runtime.state.form?.editor.values["branch"], "navy")

        // Priya adds a note while Marcus types: the case moves to version 4.
        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
        try engine.note(ref, text: "Checked the DD-214.", as: try engine.staffMember(login: "priya"))

        terminal.enqueue(names: "C-s")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertEqual(runtime.state.status?.text.hasPrefix("\(ref) was changed meanwhile by someone else; your changes are kept"), true,
                       runtime.state.status?.text ?? "")
        XCTAssertEqual(runtime.state.form?.purpose, .edit(ref: ref, version: 4), "reloaded at the new version")
        XCTAssertEqual(runtime.state.form?.editor.values["branch"], "navy", "nothing typed is lost")
        XCTAssertEqual(runtime.state.form?.stage.takesFormKeys, true)

        terminal.enqueue(names: "C-s")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertNil(runtime.state.form)
        let detail = try stored(path)
        XCTAssertEqual(detail.form["branch"], "navy")
        XCTAssertEqual(detail.summary.version, 5)
    }

    func testAnInvalidCorrectionIsRefusedUnderItsFieldAndNothingIsSaved() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        openEdit(terminal)
        // Clear the given name and the family name: the engine's rule is that someone is named.
        terminal.enqueue(names: "C-u Tab C-u C-s")
        let runtime = try ConsoleFixtures.run(path: path, login: "marcus", terminal: terminal)
        XCTAssertEqual(runtime.state.form?.editor.focus, "given_name")
        XCTAssertTrue(runtime.state.status?.text.hasPrefix("2 problems: Given name is required") == true, runtime.state.status?.text ?? "")
        let detail = try stored(path)
        XCTAssertEqual(detail.form["given_name"], "José")
        XCTAssertEqual(detail.summary.version, 3)
    }

    // MARK: drafts

    private func engine(_ path: String) throws -> (Engine, StaffMember) {
        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
        return (engine, try engine.staffMember(login: "marcus"))
    }

    /// A change, the field left (the draft is saved at once), and the console dies: a new
    /// console on the same database finds the change again when `e` opens the case.
    func testACorrectionDraftIsRestoredByANewConsole() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        openEdit(terminal)
        terminal.enqueue(names: "Tab Tab Tab Tab Right Tab")
        let first = try ConsoleFixtures.run(path: path, login: "marcus", terminal: terminal)
        XCTAssertEqual(first.state.form?.editor.values["branch"], "navy")
        XCTAssertEqual(first.state.form?.draft.savedAt, ConsoleFixtures.now, "saved on leaving the field")
        let (engine, marcus) = try engine(path)
        let draft = try XCTUnwrap(try engine.draft(form: "claim", case: ref, as: marcus))
        XCTAssertEqual(draft.values, ["branch": "navy"], "only what was typed: no masked national id, no unchanged field")
        XCTAssertEqual(draft.caseVersion, 3)
        XCTAssertNil(try engine.draft(form: "claim", as: marcus), "no intake draft was made")

        // The first console is never closed, as after kill -9.
        let again = VirtualTerminal(width: 100, height: 30)
        openEdit(again)
        let second = try ConsoleFixtures.run(path: path, login: "marcus", terminal: again)
        XCTAssertEqual(second.state.form?.purpose, .edit(ref: ref, version: 3))
        XCTAssertEqual(second.state.form?.editor.values["branch"], "navy")
        XCTAssertEqual(second.state.form?.editor.changes, ["branch": "navy"])
        XCTAssertEqual(second.state.form?.editor.focus, draft.focus)
        XCTAssertEqual(second.state.status?.text, "Draft from 10:00 restored: 1 change to \(ref); Ctrl-S saves, Esc leaves (the draft stays)")
        XCTAssertTrue(again.text.contains("  Branch      Navy"), again.text)
        XCTAssertTrue(again.text.contains("kept: ***-**-6789 (type to replace)"), "the personal value is still the case's, masked")
        withExtendedLifetime(first) {}
    }

    /// Esc keeps the draft and says so; `e` brings it back; a successful Ctrl-S removes it.
    func testEscKeepsTheCorrectionDraftAndSavingTheCorrectionRemovesIt() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        openEdit(terminal)
        terminal.enqueue(names: "Tab Tab Tab Tab Right Esc")
        let runtime = try ConsoleFixtures.run(path: path, login: "marcus", terminal: terminal)
        XCTAssertNil(runtime.state.form)
        XCTAssertEqual(runtime.state.status?.text, "Left the correction of \(ref) unsaved; the draft of your changes is kept (e or I resumes it)")
        let (engine, marcus) = try engine(path)
        XCTAssertEqual(try engine.draft(form: "claim", case: ref, as: marcus)?.values, ["branch": "navy"])
        XCTAssertEqual(try stored(path).form["branch"], "army", "nothing reached the case")

        terminal.enqueue(names: "e")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertEqual(runtime.state.form?.editor.values["branch"], "navy")
        XCTAssertTrue(runtime.state.status?.text.hasPrefix("Draft from 10:00 restored: 1 change") == true, runtime.state.status?.text ?? "")
        terminal.enqueue(names: "C-s")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertNil(runtime.state.form)
        XCTAssertEqual(runtime.state.status?.text, "Saved the corrections to \(ref) (version 4)")
        XCTAssertEqual(try stored(path).form["branch"], "navy")
        XCTAssertNil(try engine.draft(form: "claim", case: ref, as: marcus), "the saved correction takes its draft with it")
        XCTAssertEqual(try engine.drafts(as: marcus), [])

        // Opened and left untouched: no draft is made.
        terminal.enqueue(names: "e Esc")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertEqual(runtime.state.status?.text, "Left the form; nothing was changed")
        XCTAssertEqual(try engine.drafts(as: marcus), [])
    }

    /// The drafts list shows a correction by its case; Enter opens the case with the draft laid
    /// over its form, and says that the case has changed since the draft was saved.
    func testTheDraftsListResumesACorrectionAndSaysTheCaseMovedOn() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let (engine, marcus) = try engine(path)
        try engine.saveDraft(form: "claim", case: ref, caseVersion: 3, values: ["branch": "navy"], focus: "branch", as: marcus)
        try engine.note(ref, text: "Checked the DD-214.", as: try engine.staffMember(login: "priya"))

        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: "I")
        let runtime = try ConsoleFixtures.run(path: path, login: "marcus", terminal: terminal)
        XCTAssertTrue(terminal.text.contains("Correction of \(ref) · Disability claim · 1 change · saved 2026-11-18 10:00"), terminal.text)
        terminal.enqueue(names: "Enter")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertNil(runtime.state.draftsList)
        XCTAssertEqual(runtime.state.caseScreen?.ref, ref, "the case is under the form")
        XCTAssertEqual(runtime.state.form?.purpose, .edit(ref: ref, version: 3), "pinned to the version the draft was made on")
        XCTAssertEqual(runtime.state.form?.editor.values["branch"], "navy")
        XCTAssertEqual(runtime.state.status?.text,
                       "Draft from 10:00 restored: 1 change laid over \(ref), which has changed since (version 3, now 4); Ctrl-S stops to let you look first")

        // x on a correction's draft throws away that one only.
        // A second draft of marcus's: a caseworker keys no intake, so the correction of another case.
        var others = CaseQuery()
        others.type = "claim"
        let other = try XCTUnwrap(try engine.listCases(others, as: marcus).first { $0.ref != ref }?.ref)
        try engine.saveDraft(form: "claim", case: other, values: ["given_name": "Ida"], focus: nil, as: marcus)
        terminal.enqueue(names: "Esc Esc I")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertEqual(runtime.state.draftsList?.drafts.count, 2)
        let correction = try XCTUnwrap(runtime.state.draftsList?.drafts.firstIndex { $0.caseRef == ref })
        terminal.enqueue(names: correction == 0 ? "x" : "j x")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertTrue(terminal.text.contains("Throw away the draft of the correction of"), terminal.text)
        terminal.enqueue(names: "y")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertEqual(runtime.state.status?.text, "Discarded the draft of the correction of \(ref)")
        XCTAssertEqual(try engine.drafts(as: marcus).map(\.caseRef), [other], "the other draft of the same form stays")
    }

    /// A draft made on an older version of the case, resumed and left again, still knows its
    /// version; Ctrl-S on it is a conflict to look at (the other person's change is not
    /// silently overwritten), and the second Ctrl-S saves on top of the new version.
    func testAStaleCorrectionDraftIsAConflictNotAnOverwrite() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let (engine, marcus) = try engine(path)
        try engine.saveDraft(form: "claim", case: ref, caseVersion: 3, values: ["branch": "navy"], focus: "branch", as: marcus)
        try engine.note(ref, text: "Checked the DD-214.", as: try engine.staffMember(login: "priya"))

        let terminal = VirtualTerminal(width: 100, height: 30)
        openEdit(terminal)
        terminal.enqueue(names: "Esc")
        let runtime = try ConsoleFixtures.run(path: path, login: "marcus", terminal: terminal)
        XCTAssertEqual(try engine.draft(form: "claim", case: ref, as: marcus)?.caseVersion, 3, "leaving does not move the draft's version on")

        terminal.enqueue(names: "e")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertTrue(runtime.state.status?.text.contains("which has changed since (version 3, now 4)") == true, runtime.state.status?.text ?? "")
        terminal.enqueue(names: "C-s")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertEqual(runtime.state.status?.text.hasPrefix("\(ref) was changed meanwhile by someone else; your changes are kept"), true,
                       runtime.state.status?.text ?? "")
        XCTAssertEqual(try stored(path).summary.version, 4, "nothing was written over the newer version")
        XCTAssertEqual(runtime.state.form?.purpose, .edit(ref: ref, version: 4))

        terminal.enqueue(names: "C-s")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertNil(runtime.state.form)
        XCTAssertEqual(try stored(path).form["branch"], "navy")
        XCTAssertNil(try engine.draft(form: "claim", case: ref, as: marcus))
    }

    /// A draft that cannot be read (here: the case was withdrawn since, so it can no longer be
    /// corrected) is left alone: leaving the form does not replace it with nothing.
    func testADraftThatCannotBeReadIsNotThrownAwayByLeaving() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let (engine, marcus) = try engine(path)
        try engine.saveDraft(form: "claim", case: ref, caseVersion: 3, values: ["branch": "navy"], focus: "branch", as: marcus)
        try engine.changeState(ref, to: "withdrawn", reason: "the veteran withdrew", as: try engine.staffMember(login: "priya"))

        let terminal = VirtualTerminal(width: 100, height: 30)
        openEdit(terminal)
        terminal.enqueue(names: "Esc")
        let runtime = try ConsoleFixtures.run(path: path, login: "marcus", terminal: terminal)
        XCTAssertEqual(try engine.drafts(as: marcus).count, 1, "the unreadable draft is still there")
        XCTAssertNil(runtime.state.form)
    }
}
