import DocketEngine
@testable import DocketConsole
import Foundation
import XCTest

/// Correcting a case's form from the case screen (`e`): the form opens on the case's values
/// with personal ones masked, Ctrl-S saves the changes under the version read, and a change
/// made meanwhile is a conflict that keeps what was typed.
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
}
