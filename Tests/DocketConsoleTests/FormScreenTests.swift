import DocketEngine
@testable import DocketConsole
import Foundation
import XCTest

/// The form screen drawn into the virtual terminal from a real demo database: sections,
/// required markers, a problem under the field left, the parsed-date and amount echoes,
/// show-if fields appearing and going, and the focused field kept in sight on small screens.
final class FormScreenTests: ConsoleTestCase {
    private var path = ""

    override func setUpWithError() throws {
        path = try FormFixture.makeDemo(in: try temporaryDirectory())
    }

    /// Opens a benefits application and types a name, a date in the agency's order and a
    /// national id that is too short, leaving the cursor in Email.
    private func keyed(_ width: Int, _ height: Int, more: String = "") throws -> (VirtualTerminal, Runtime<ConsoleProgram>) {
        let terminal = VirtualTerminal(width: width, height: height)
        terminal.enqueue(names: FormFixture.openBenefits)
        terminal.type("Anna"); terminal.enqueue(names: "Tab")
        terminal.type("Nowak"); terminal.enqueue(names: "Tab")
        terminal.type("3/4/1968"); terminal.enqueue(names: "Tab")
        terminal.type("12345"); terminal.enqueue(names: "Tab")
        if !more.isEmpty { terminal.enqueue(names: more) }
        let runtime = try ConsoleFixtures.run(path: path, login: FormFixture.clerk, terminal: terminal)
        if let file = ProcessInfo.processInfo.environment["DOCKET_PRINT_SNAPSHOTS"], let handle = FileHandle(forWritingAtPath: file) {
            handle.seekToEndOfFile()
            handle.write(Data("--- \(width)×\(height) \(more)\n\(terminal.text)\n---\n".utf8))
            handle.closeFile()
        }
        return (terminal, runtime)
    }

    func testAt80x24SectionsRequiredMarkersAProblemAndTheDateAsRead() throws {
        let (terminal, runtime) = try keyed(80, 24)
        assertScreen(terminal.text, """
            New intake: Benefits application                    ↓ more draft saved 10:00:00
            ── Applicant ───────────────────────────────────────────────────────────────────
            * Given name                    Anna
            * Family name                   Nowak
            * Date of birth                 3/4/1968
                                            → Mon 4 Mar 1968
            ! Social Security number        12345
                                            ! the value is not a national id number;
                                            expected 9 digits written as 123-45-6789
              Email
              Phone
            * Mailing address
            * Preferred language            English

            ── Household ───────────────────────────────────────────────────────────────────
            * People in the household
            * Programs applied for
            * Total monthly household inco…
              Monthly rent or mortgage
              Cash and bank balances
              Anyone in the household has … No

            ana.kowalski · field 5/16  Social Security number: the value is not a… 1 problem
            F1 Help  C-s Submit  Tab Next  S-Tab Prev  Esc Leave
            """)
        // The hardware cursor sits in the focused field (Email), where a screen reader looks.
        XCTAssertEqual(runtime.state.form?.editor.focus, "email")
        XCTAssertEqual(terminal.cursor, Point(x: 32, y: 9))
    }

    func testAt132x40AShowIfFieldAppearsWhenItsControllingChoiceIsMade() throws {
        let (terminal, _) = try keyed(132, 40, more: "Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Right")
        let rows = terminal.text.components(separatedBy: "\n")
        XCTAssertEqual(rows.count, 40)
        XCTAssertEqual(rows[22], "* Employment status             Employed full time")
        XCTAssertEqual(rows[23], "                                Space or Enter: list of choices · ←/→: next choice")
        XCTAssertEqual(rows[24], "* Employer")
        XCTAssertEqual(rows[25], "* Receives other benefits")
        XCTAssertEqual(rows[38], "ana.kowalski · field 15/17" + String(repeating: " ", count: 97) + "1 problem")
        // No tick came (the script has no clock), but the end of input saved the change.
        XCTAssertTrue(rows[0].hasSuffix("draft saved 10:00:00"), rows[0])
        let engine = try FormFixture.engine(path)
        let draft = try engine.draft(form: "benefits_application", as: try engine.staffMember(login: FormFixture.clerk))
        XCTAssertEqual(draft?.values["employment_status"], "employed_full_time")
        XCTAssertEqual(draft?.focus, "employment_status")
    }

    func testShowIfFieldsComeAndGoAsTheControllingFieldChanges() throws {
        let terminal = VirtualTerminal(width: 100, height: 40)
        terminal.enqueue(names: FormFixture.openBenefits)
        let runtime = try ConsoleFixtures.run(path: path, login: FormFixture.clerk, terminal: terminal)
        XCTAssertFalse(terminal.text.contains("Employer"), terminal.text)
        XCTAssertFalse(terminal.text.contains("Which benefits"), terminal.text)
        // Employment status by the picker: Enter opens it, Down to "Employed part time", Enter picks.
        terminal.enqueue(names: "PgDn PgDn PgDn PgDn Up Enter Down Enter")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertEqual(runtime.state.form?.editor.values["employment_status"], "employed_part_time")
        XCTAssertTrue(terminal.text.contains("* Employer"), terminal.text)
        // Right cycles on: self-employed has no employer field.
        terminal.enqueue(names: "Right")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertEqual(runtime.state.form?.editor.values["employment_status"], "self_employed")
        XCTAssertFalse(terminal.text.contains("Employer"), terminal.text)
        // A yes/no answered with y shows its follow-up question.
        terminal.enqueue(names: "Tab y")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertTrue(terminal.text.contains("* Which benefits"), terminal.text)
        terminal.enqueue(names: "Space")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertFalse(terminal.text.contains("Which benefits"), terminal.text)
    }

    func testAnAmountIsEchoedAsReadWithItsMinorUnits() throws {
        let terminal = VirtualTerminal(width: 100, height: 40)
        terminal.enqueue(names: FormFixture.openBenefits + " Tab Tab Tab Tab Tab Tab Tab Tab")
        let runtime = try ConsoleFixtures.run(path: path, login: FormFixture.clerk, terminal: terminal)
        XCTAssertEqual(runtime.state.form?.editor.focus, "household_size")
        terminal.enqueue(names: "Tab Tab")
        terminal.type("1,234.5")
        terminal.enqueue(names: "Tab")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertTrue(terminal.text.contains("* Total monthly household inco… 1,234.5\n"), terminal.text)
        XCTAssertTrue(terminal.text.contains("→ $1,234.50 (123450 minor units)"), terminal.text)
        terminal.enqueue(names: "S-Tab C-u")
        terminal.type("12.345")
        terminal.enqueue(names: "Tab")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertNotNil(runtime.state.form?.editor.errors["amount"])
        XCTAssertTrue(terminal.text.contains("! Total monthly household inco… 12.345"), terminal.text)
    }

    func testAt40x10TheFocusedFieldStaysInSight() throws {
        let (terminal, runtime) = try keyed(40, 10)
        assertScreen(terminal.text, """
            New intak… ↑↓ more draft saved 10:00:00
            * Date of birth 3/4/1968
              → Mon 4 Mar 1968
            ! Social Secur… 12345
              ! the value is not a national id
              number; expected 9 digits written as
              123-45-6789
              Email
            ana.kowalski ·…  Social Secur… 1 problem
            F1 Help  C-s Submit  Tab Next  Esc Leave
            """)
        // Down to the last field: the body scrolls with it.
        terminal.enqueue(names: "PgDn PgDn PgDn PgDn PgDn PgDn PgDn PgDn")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertEqual(runtime.state.form?.editor.focus, "receives_other_benefits")
        let cursor = try XCTUnwrap(terminal.cursor)
        let row = terminal.text.components(separatedBy: "\n")[cursor.y]
        XCTAssertTrue(row.hasPrefix("* Receives oth"), row)
        // Smaller than 40×10: the too-small notice, and the form is still there afterwards.
        terminal.resize(width: 30, height: 8)
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertTrue(terminal.text.contains("Terminal too small"), terminal.text)
        terminal.resize(width: 40, height: 10)
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertTrue(terminal.text.hasPrefix("New intake… ↑ more"), terminal.text)
    }

    func testF1ShowsTheFormsKeysAndTheFieldKeys() throws {
        let (terminal, runtime) = try keyed(100, 40, more: "F1")
        XCTAssertNotNil(runtime.state.help)
        XCTAssertTrue(terminal.text.contains("Keys — Form"), terminal.text)
        XCTAssertTrue(terminal.text.contains("C-s"), terminal.text)
        XCTAssertTrue(terminal.text.contains("submit (problems are listed"), terminal.text)
        XCTAssertTrue(terminal.text.contains("switch between yes and no"), terminal.text)
        // q and ? are typed into fields, not taken as keys.
        terminal.enqueue(names: "Esc")
        terminal.type("q?")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertNil(runtime.state.help)
        XCTAssertEqual(runtime.state.form?.editor.values["email"], "q?")
    }
}
