import DocketEngine
@testable import DocketConsole
import Foundation
import XCTest

/// A clerk's intake keyed through the virtual terminal against a real SQLite database:
/// `i`, a case type, every required field (a bad date fixed, choices from the picker, an
/// amount), Ctrl-S, the duplicate question, and the case checked in the database.
final class IntakeSessionTests: ConsoleTestCase {
    /// Keys for a benefits application for Anna Nowak, born 3/14/1968, stopping before Ctrl-S.
    private func keyBenefitsApplication(_ terminal: VirtualTerminal) {
        terminal.enqueue(names: FormFixture.openBenefits)
        terminal.type("Anna"); terminal.enqueue(names: "Tab")
        terminal.type("Nowak"); terminal.enqueue(names: "Tab")
        terminal.type("14/3/1968"); terminal.enqueue(names: "Tab")          // day first: wrong in this agency
        terminal.enqueue(names: "S-Tab C-u"); terminal.type("3/14/1968"); terminal.enqueue(names: "Tab")
        terminal.type("123-45-0001"); terminal.enqueue(names: "Tab Tab Tab") // email and phone left empty
        terminal.type("12 Main St"); terminal.enqueue(names: "Enter"); terminal.type("Springfield, IL 62701")
        terminal.enqueue(names: "Tab Tab")                                   // preferred language keeps English
        terminal.type("3"); terminal.enqueue(names: "Tab")
        terminal.enqueue(names: "Space Space Down Space Enter Tab")          // SNAP and Medicaid ticked
        terminal.type("1,234.50"); terminal.enqueue(names: "Tab Tab Tab Tab")
        terminal.enqueue(names: "Enter Down Down Down Enter Tab")            // employment status: Unemployed
        terminal.type("n")                                                   // receives other benefits: no
    }

    /// A demo database where one person is already known (taken in behind the console's back).
    private func demoKnowing(given: String, born: String = "1968-03-14", nationalId: String) throws -> (String, Engine, StaffMember, Engine.IntakeResult) {
        let path = try FormFixture.makeDemo(in: try temporaryDirectory())
        let engine = try FormFixture.engine(path)
        let clerk = try engine.staffMember(login: FormFixture.clerk)
        let known = try engine.intake(type: "benefits_application",
                                      input: FormFixture.benefits(given: given, family: "Nowak", born: born, nationalId: nationalId),
                                      as: clerk)
        return (path, engine, clerk, known)
    }

    /// Maria Nowak, born 1968-03-14, is known: the same family name and birth date as the
    /// Anna Nowak keyed in these tests, with another national id, so a possible duplicate.
    private func demoWithMariaNowak() throws -> (String, Engine, StaffMember, Engine.IntakeResult) {
        try demoKnowing(given: "Maria", nationalId: "987-65-0002")
    }

    func testAClerkKeysAnIntakeAndTheCaseIsInTheDatabaseWhereRoutingSentIt() throws {
        let (path, engine, clerk, maria) = try demoWithMariaNowak()

        let terminal = VirtualTerminal(width: 100, height: 30)
        keyBenefitsApplication(terminal)
        let runtime = try ConsoleFixtures.run(path: path, login: FormFixture.clerk, terminal: terminal)
        // The bad date was flagged on leaving the field and fixed; the echo shows how it was read.
        XCTAssertNil(runtime.state.form?.editor.errors["birth_date"])
        XCTAssertEqual(runtime.state.form?.editor.values["birth_date"], "3/14/1968")
        XCTAssertTrue(terminal.text.contains("→ Thu 14 Mar 1968"), terminal.text)

        terminal.enqueue(names: "C-s")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        guard case .choosingPerson(let choice)? = runtime.state.form?.stage else {
            return XCTFail("expected the duplicate question; \(runtime.state.status?.text ?? "") \(terminal.text)")
        }
        XCTAssertEqual(choice.candidates.map(\.id), [maria.summary.constituentId])
        XCTAssertEqual(choice.selection, 1, "Maria's national id differs: the question starts on a new person")
        XCTAssertTrue(terminal.text.contains("▸ A new person (none of these)"), terminal.text)
        XCTAssertTrue(terminal.text.contains("Same person: Maria Nowak, born 1968-03-14, id ***-**-0002, #\(maria.summary.constituentId), 1 open case"),
                      terminal.text)
        XCTAssertTrue(terminal.text.contains("A new person (none of these)"), terminal.text)
        XCTAssertFalse(terminal.text.contains("C-s Submit"), "the form's keys wait while the question is open")

        terminal.enqueue(names: "Enter")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        guard case .done(let done)? = runtime.state.form?.stage else {
            return XCTFail("the intake did not finish: \(runtime.state.status?.text ?? "") \(terminal.text)")
        }
        XCTAssertTrue(terminal.text.contains("Went to BEN (Benefits Eligibility)"), terminal.text)
        XCTAssertTrue(terminal.text.contains("because of rule 'benefits applications to Benefits Eligibility'."), terminal.text)
        XCTAssertEqual(runtime.state.status?.text, "\(done.ref) → BEN: rule 'benefits applications to Benefits Eligibility'")

        let detail = try FormFixture.engine(path).caseDetail(ref: done.ref, as: try engine.staffMember(login: "tester"), recordView: false)
        XCTAssertEqual(detail.summary.department, "BEN")
        XCTAssertEqual(detail.summary.type, "benefits_application")
        XCTAssertEqual(detail.constituent.fullName, "Anna Nowak")
        XCTAssertNotEqual(detail.constituent.id, maria.summary.constituentId, "a new person was chosen")
        XCTAssertEqual(detail.constituent.birthDate, "1968-03-14")
        XCTAssertEqual(detail.form["birth_date"], "1968-03-14")
        XCTAssertEqual(detail.form["national_id"], "123-45-0001")
        XCTAssertEqual(detail.form["address"], "12 Main St\nSpringfield, IL 62701")
        XCTAssertEqual(detail.form["preferred_language"], "en")
        XCTAssertEqual(detail.form["household_size"], "3")
        XCTAssertEqual(detail.form["programs_requested"], "snap;medicaid")
        XCTAssertEqual(detail.form["amount"], "123450")
        XCTAssertEqual(detail.form["employment_status"], "unemployed")
        XCTAssertEqual(detail.form["receives_other_benefits"], "no")
        XCTAssertNil(try FormFixture.engine(path).draft(form: "benefits_application", as: clerk), "the draft goes with the intake")

        // BEN is not the clerk's department: Enter goes back to the queue, saying where the case went.
        XCTAssertFalse(done.canOpen)
        XCTAssertTrue(terminal.text.contains("BEN is not one of your departments"), terminal.text)
        terminal.enqueue(names: "Enter")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertNil(runtime.state.form)
        XCTAssertTrue(runtime.state.isOnQueue)
        XCTAssertTrue(terminal.text.contains("\(done.ref) → BEN: rule 'benefits applications"), terminal.text)
    }

    func testChoosingTheKnownPersonLinksTheCaseToThem() throws {
        let (path, engine, _, maria) = try demoWithMariaNowak()
        let terminal = VirtualTerminal(width: 100, height: 30)
        keyBenefitsApplication(terminal)
        // Maria's national id differs, so she is chosen deliberately: up from "a new person".
        terminal.enqueue(names: "C-s Up Enter")
        // David Kim supervises BEN, where the case goes: he may open it from the result.
        let runtime = try ConsoleFixtures.run(path: path, login: "david.kim", terminal: terminal)
        guard case .done(let done)? = runtime.state.form?.stage else {
            return XCTFail("the intake did not finish: \(runtime.state.status?.text ?? "") \(terminal.text)")
        }
        XCTAssertEqual(done.matched, "linked to the person you chose")
        let detail = try FormFixture.engine(path).caseDetail(ref: done.ref, as: try engine.staffMember(login: "tester"), recordView: false)
        XCTAssertEqual(detail.constituent.id, maria.summary.constituentId)
        terminal.enqueue(names: "Enter")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertNil(runtime.state.form)
        XCTAssertEqual(runtime.state.caseScreen?.ref, done.ref)
        XCTAssertTrue(terminal.text.hasPrefix(done.ref), terminal.text)
    }

    func testACandidateWithAnotherIdAndBirthDateIsNeverTheDefault() throws {
        // Anna Nowak born in May 1968 with another national id: the same name and birth year.
        let (path, _, _, other) = try demoKnowing(given: "Anna", born: "1968-05-01", nationalId: "987-65-0003")
        let terminal = VirtualTerminal(width: 100, height: 30)
        keyBenefitsApplication(terminal)
        terminal.enqueue(names: "C-s")
        let runtime = try ConsoleFixtures.run(path: path, login: "david.kim", terminal: terminal)
        guard case .choosingPerson(let choice)? = runtime.state.form?.stage else {
            return XCTFail("expected the duplicate question; \(runtime.state.status?.text ?? "") \(terminal.text)")
        }
        XCTAssertEqual(choice.candidates.map(\.id), [other.summary.constituentId])
        XCTAssertNil(choice.chosen, "a new person is the default")
        XCTAssertTrue(terminal.text.contains("▸ A new person (none of these)"), terminal.text)
        XCTAssertTrue(terminal.text.contains("  Same person: Anna Nowak, born 1968-05-01"), terminal.text)

        terminal.enqueue(names: "Enter")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        guard case .done(let done)? = runtime.state.form?.stage else {
            return XCTFail("the intake did not finish: \(runtime.state.status?.text ?? "") \(terminal.text)")
        }
        let detail = try FormFixture.engine(path).caseDetail(ref: done.ref, as: try FormFixture.engine(path).staffMember(login: "tester"),
                                                             recordView: false)
        XCTAssertNotEqual(detail.constituent.id, other.summary.constituentId)
    }

    func testANationalIdOfSomeoneElseIsAConflictThatEnterDoesNotAttach() throws {
        // Susan Nowak holds the national id about to be keyed for Anna.
        let (path, engine, _, susan) = try demoKnowing(given: "Susan", nationalId: "123-45-0001")
        let admin = try engine.staffMember(login: "tester")
        let casesOfSusan = { try FormFixture.engine(path).constituentView(id: susan.summary.constituentId, as: admin).cases.map(\.ref) }
        let before = try casesOfSusan()
        let terminal = VirtualTerminal(width: 100, height: 30)
        keyBenefitsApplication(terminal)
        terminal.enqueue(names: "C-s")
        let runtime = try ConsoleFixtures.run(path: path, login: "david.kim", terminal: terminal)
        guard case .resolvingConflict(let choice)? = runtime.state.form?.stage else {
            return XCTFail("expected the conflict; \(runtime.state.status?.text ?? "") \(terminal.text)")
        }
        XCTAssertEqual(choice.record, susan.summary.constituentId)
        let message = "national_id: belongs to record #\(susan.summary.constituentId) (S. N., born 1968), not to Anna Nowak, born 1968-03-14"
        XCTAssertTrue(terminal.text.contains(message), terminal.text)
        XCTAssertFalse(terminal.text.contains("Susan"), "the other person is shown masked")
        XCTAssertTrue(terminal.text.contains("▸ Correct the national id"), terminal.text)

        // A reflexive Enter goes back to the id field; nothing is filed.
        terminal.enqueue(names: "Enter")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        guard case .editing? = runtime.state.form?.stage else { return XCTFail("expected the form again: \(terminal.text)") }
        XCTAssertEqual(runtime.state.form?.editor.focus, "national_id")
        XCTAssertEqual(runtime.state.status?.text, message)
        XCTAssertEqual(try casesOfSusan(), before, "nothing filed under Susan")

        // Choosing her record takes a deliberate move.
        terminal.enqueue(names: "C-s Down Enter")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        guard case .done(let done)? = runtime.state.form?.stage else {
            return XCTFail("the intake did not finish: \(runtime.state.status?.text ?? "") \(terminal.text)")
        }
        XCTAssertEqual(done.matched, "linked to the person you chose")
        let detail = try FormFixture.engine(path).caseDetail(ref: done.ref, as: try engine.staffMember(login: "tester"), recordView: false)
        XCTAssertEqual(detail.constituent.id, susan.summary.constituentId)
    }

    func testTheSameNationalIdIsRecognisedAndSaidSo() throws {
        // Anna Nowak herself, with the national id about to be keyed.
        let (path, engine, _, known) = try demoKnowing(given: "Anna", nationalId: "123-45-0001")
        let terminal = VirtualTerminal(width: 100, height: 30)
        keyBenefitsApplication(terminal)
        terminal.enqueue(names: "C-s")
        let runtime = try ConsoleFixtures.run(path: path, login: FormFixture.clerk, terminal: terminal)
        guard case .done(let done)? = runtime.state.form?.stage else {
            return XCTFail("the intake did not finish: \(runtime.state.status?.text ?? "") \(terminal.text)")
        }
        XCTAssertTrue(terminal.text.contains("Person: linked to the known person with the same national id."), terminal.text)
        let detail = try FormFixture.engine(path).caseDetail(ref: done.ref, as: try engine.staffMember(login: "tester"), recordView: false)
        XCTAssertEqual(detail.constituent.id, known.summary.constituentId)
    }

    func testCtrlSWithProblemsListsThemAndGoesToTheFirstThenEscKeepsTheDraftAndReopeningRestoresIt() throws {
        let path = try FormFixture.makeDemo(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: FormFixture.openBenefits)
        terminal.type("Anna"); terminal.enqueue(names: "Tab")
        terminal.type("Nowak"); terminal.enqueue(names: "Tab Tab")
        terminal.type("12-34"); terminal.enqueue(names: "C-s")
        let runtime = try ConsoleFixtures.run(path: path, login: FormFixture.clerk, terminal: terminal)
        let status = runtime.state.status?.text ?? ""
        XCTAssertTrue(status.hasPrefix("8 problems: Date of birth is required; expected a date such as 3/14/1968"), status)
        XCTAssertEqual(runtime.state.form?.editor.focus, "birth_date", "the cursor goes to the first problem")
        XCTAssertNotNil(runtime.state.form?.editor.errors["national_id"])
        XCTAssertTrue(terminal.text.contains("! Date of birth"), terminal.text)
        XCTAssertEqual(runtime.state.form?.stage.takesFormKeys, true, "the form stays open")

        terminal.enqueue(names: "Esc")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertNil(runtime.state.form)
        XCTAssertTrue(runtime.state.isOnQueue)
        let engine = try FormFixture.engine(path)
        let draft = try XCTUnwrap(try engine.draft(form: "benefits_application", as: try engine.staffMember(login: FormFixture.clerk)))
        XCTAssertEqual(draft.values["given_name"], "Anna")
        XCTAssertEqual(draft.values["family_name"], "Nowak")
        XCTAssertEqual(draft.values["national_id"], "12-34")
        XCTAssertEqual(draft.focus, "birth_date")

        // A new console: i, the same type, and the form is as it was left.
        let again = VirtualTerminal(width: 100, height: 30)
        again.enqueue(names: FormFixture.openBenefits)
        let second = try ConsoleFixtures.run(path: path, login: FormFixture.clerk, terminal: again)
        XCTAssertEqual(second.state.form?.editor.values["given_name"], "Anna")
        XCTAssertEqual(second.state.form?.editor.values["national_id"], "12-34")
        XCTAssertEqual(second.state.form?.editor.focus, "birth_date")
        XCTAssertTrue(second.state.status?.text.hasPrefix("Draft from 10:00 restored: 5 fields; the cursor is in Date of birth") == true,
                      second.state.status?.text ?? "")
        XCTAssertTrue(again.text.contains("Nowak"), again.text)
    }

    func testTheDraftsListResumesAndDiscards() throws {
        let path = try FormFixture.makeDemo(in: try temporaryDirectory())
        let engine = try FormFixture.engine(path)
        let clerk = try engine.staffMember(login: FormFixture.clerk)
        try engine.saveDraft(form: "traffic_fine", values: ["given_name": "Jan"], focus: "family_name", as: clerk)
        try engine.saveDraft(form: "licence_renewal", values: ["given_name": "Eva", "family_name": "Lind"], focus: "birth_date", as: clerk)

        let terminal = VirtualTerminal(width: 100, height: 30)
        let runtime = try ConsoleFixtures.run(path: path, login: FormFixture.clerk, terminal: terminal)
        XCTAssertEqual(runtime.state.status?.text, "You have 2 unfinished forms: I lists them")

        terminal.enqueue(names: "I")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertTrue(terminal.text.contains("Your drafts"), terminal.text)
        XCTAssertTrue(terminal.text.contains("Traffic Citation · 1 field · saved 2026-11-18 10:00"), terminal.text)
        XCTAssertTrue(terminal.text.contains("Driver Licence Renewal · 2 fields"), terminal.text)

        // x asks first; n keeps it.
        let first = try XCTUnwrap(runtime.state.draftsList?.selected?.form)
        terminal.enqueue(names: "x n")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertEqual(try engine.drafts(as: clerk).count, 2)
        terminal.enqueue(names: "x")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertTrue(terminal.text.contains("Throw away the draft"), terminal.text)
        terminal.enqueue(names: "y")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertEqual(try engine.drafts(as: clerk).map(\.form).contains(first), false)
        XCTAssertEqual(runtime.state.draftsList?.drafts.count, 1)

        // Enter resumes the other one where it was left.
        terminal.enqueue(names: "Enter")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertNil(runtime.state.draftsList)
        let remaining = try XCTUnwrap(try engine.drafts(as: clerk).first)
        XCTAssertEqual(runtime.state.form?.editor.form.id, remaining.form)
        XCTAssertEqual(runtime.state.form?.editor.focus, remaining.focus)
    }

    func testCardNumbersAreWithheldFromTheDraftAndTheClerkIsTold() throws {
        let path = try FormFixture.makeDemo(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: FormFixture.openBenefits)
        terminal.type("Anna 4111 1111 1111 1111"); terminal.enqueue(names: "Tab")
        let runtime = try ConsoleFixtures.run(path: path, login: FormFixture.clerk, terminal: terminal)
        XCTAssertTrue(runtime.state.status?.text.hasPrefix("Not kept in the draft: Given name") == true, runtime.state.status?.text ?? "")
        XCTAssertEqual(runtime.state.form?.editor.values["given_name"], "Anna 4111 1111 1111 1111", "kept on screen")
        let engine = try FormFixture.engine(path)
        let draft = try engine.draft(form: "benefits_application", as: try engine.staffMember(login: FormFixture.clerk))
        XCTAssertNil(draft?.values["given_name"])
    }

    func testAnAuditorCannotStartAnIntake() throws {
        let path = try FormFixture.makeDemo(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: "i")
        let runtime = try ConsoleFixtures.run(path: path, login: "sam.okafor", terminal: terminal)
        XCTAssertNil(runtime.state.intakeTypes)
        XCTAssertNil(runtime.state.form)
        XCTAssertTrue(runtime.state.status?.text.contains("intake is for clerks, supervisors and admins; sam.okafor is an auditor") == true, runtime.state.status?.text ?? "")
    }
}
