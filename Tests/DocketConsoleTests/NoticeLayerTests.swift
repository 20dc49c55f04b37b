import DocketEngine
@testable import DocketConsole
import Foundation
import XCTest

/// `N` on the case screen previews the constituent's letter and writes it to a file; the
/// decide dialog offers only the reasons the agency allows for the chosen outcome.
final class NoticeLayerTests: ConsoleTestCase {
    /// The console tests' agency with reasons tied to outcomes and English letters.
    private func makeDatabase() throws -> String {
        var agency = ConsoleFixtures.agency
        agency["reason_codes"] = [["code": "evidence", "name": "Evidence sufficient", "outcomes": ["granted"]],
                                  ["code": "no_evidence", "name": "No evidence", "outcomes": ["denied"]],
                                  ["code": "late_filing", "name": "Filed after the deadline", "outcomes": ["denied"]]]
        let phrases: [String: Any] = [
            "reference": "Reference: {ref}", "dear": "Dear {name},", "decision_subject": "Decision on your {case_type}",
            "decision_intro": "We received your {case_type} on {opened}.", "decision_outcome": "Our decision: {outcome}.",
            "decision_reasons": "Our reasons:", "rationale_note": "Ask us for the full reasoning.",
            "amount_owed": "You owe {amount}.", "amount_refund": "We owe you {amount}.",
            "appeal": "You may appeal until {appeal_by}, quoting {ref}.", "status_subject": "Your {case_type}",
            "status_intro": "We received it on {opened}; today is {today}.", "status_state": "It is {state} with {department}.",
            "status_closed": "It is closed ({state}).",
            "status_position": ["zero": "Nobody is ahead of you.", "one": "One case is ahead.", "other": "{position} cases are ahead."],
            "status_expected": "Expect a decision by {expected}.", "status_unknown": "We cannot yet say when.",
            "closing": "Yours sincerely,", "page": "Page {page} of {pages}",
        ]
        agency["notices"] = [
            "default_language": "en", "appeal_window_business_days": 20, "appeal_case_type": "claim",
            "languages": [[
                "code": "en", "name": "English", "letterhead": ["Test County", "Veterans Office"],
                "months": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                           "November", "December"],
                "date": "{month} {day}, {year}", "money": "${amount}", "phrases": phrases,
                "outcomes": ["granted": "we grant it", "denied": "we deny it"],
                "reasons": ["evidence": "The evidence supports it.", "no_evidence": "There is no evidence.",
                            "late_filing": "It came after the deadline."],
                "states": ["new": "new", "triage": "being sorted", "in_review": "under review", "awaiting_info": "waiting for you",
                           "decided": "decided", "withdrawn": "withdrawn"],
                "case_types": ["claim": "disability claim"],
                "departments": ["INTAKE": "Intake", "VET": "Veterans Claims", "MED": "Medical Review"],
            ]],
        ]
        let dir = try temporaryDirectory()
        let path = dir.appendingPathComponent("console.db").path
        let data = try JSONSerialization.data(withJSONObject: agency, options: [.sortedKeys])
        _ = try Engine.create(path: path, agencySource: data, agencyFile: "test-agency.json", creator: "root",
                              clock: .fixed(ConsoleFixtures.now - 60 * 86_400))
        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now - 3 * 86_400))
        let c = try engine.intake(type: "claim", form: ["given_name": "هدى", "family_name": "حداد", "national_id": "345-67-8901",
                                                        "birth_date": "1968-03-14", "branch": "army"],
                                  as: try engine.staffMember(login: "ana"))
        let priya = try engine.staffMember(login: "priya")
        try engine.changeState(c.summary.ref, to: "triage", reason: nil, as: priya)
        try engine.changeState(c.summary.ref, to: "in_review", reason: nil, as: priya)
        return path
    }

    private func open(_ terminal: VirtualTerminal) {
        terminal.type(":open CL-2026-000001"); terminal.enqueue(names: "Enter")
    }

    /// The rows of the terminal that hold a box's lines (between its top and bottom rules).
    private func box(_ text: String, titled title: String) -> [String] {
        let rows = text.components(separatedBy: "\n")
        guard let top = rows.firstIndex(where: { $0.contains(title) }) else { return [] }
        var out: [String] = []
        for row in rows[(top + 1)...] {
            if row.contains("└") || row.contains("╰") { break }
            guard let edge = row.firstIndex(of: "│") else { continue }
            // From the box's left edge to its right one: what the screen beneath shows beside
            // the box is not the letter's.
            let inside = row[row.index(after: edge)...]
            let right = inside.firstIndex(of: "│").map { inside.index(after: $0) } ?? inside.endIndex
            out.append(String(row[edge..<right]).trimmingCharacters(in: .whitespaces))
        }
        return out
    }

    func testTheDecideDialogOffersOnlyTheReasonsOfTheChosenOutcome() throws {
        let path = try makeDatabase()
        let terminal = VirtualTerminal(width: 100, height: 30)
        open(terminal)
        terminal.enqueue(names: "D")
        let runtime = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        XCTAssertTrue(terminal.text.contains("Decide CL-2026-000001: outcome"), terminal.text)
        // denied is the second outcome.
        terminal.enqueue(names: "j Enter")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        let reasons = box(terminal.text, titled: "Reason for denied")
        XCTAssertFalse(reasons.isEmpty, terminal.text)
        let listed = reasons.joined(separator: "\n")
        XCTAssertTrue(listed.contains("no_evidence  No evidence"), listed)
        XCTAssertTrue(listed.contains("late_filing  Filed after the deadline"), listed)
        XCTAssertFalse(listed.contains("evidence  Evidence sufficient"), "a granting reason is not offered for a denial: \(listed)")
        assertScreen(reasons.filter { !$0.isEmpty }.joined(separator: "\n"), """
            │no_evidence  No evidence                                      │
            │late_filing  Filed after the deadline                         │
            """)

        // A second reason may follow (or none); then the rationale and the confirmation.
        terminal.enqueue(names: "Enter")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        let more = box(terminal.text, titled: "Another reason for denied").joined(separator: "\n")
        XCTAssertTrue(more.contains("(no other reason)"), terminal.text)
        terminal.enqueue(names: "j j Enter")
        terminal.type("Filed two years late, without evidence.")
        terminal.enqueue(names: "Enter y")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
        let decision = try XCTUnwrap(try engine.caseDetail(ref: "CL-2026-000001", as: try engine.staffMember(login: "priya"),
                                                           recordView: false).decisions.last)
        XCTAssertEqual(decision.outcome, "denied")
        XCTAssertEqual(decision.reasonCodes, ["no_evidence", "late_filing"])
        XCTAssertEqual(runtime.state.status?.text.hasPrefix("CL-2026-000001: decided denied (no_evidence, late_filing)"), true,
                       runtime.state.status?.text ?? "")
    }

    func testNPreviewsTheLetterScrollsAndWritesItPrivately() throws {
        let path = try makeDatabase()
        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
        _ = try engine.decide("CL-2026-000001", outcome: "denied", reasonCodes: ["no_evidence", "late_filing"], rationale: "x",
                              as: try engine.staffMember(login: "priya"))
        let terminal = VirtualTerminal(width: 100, height: 30)
        open(terminal)
        terminal.enqueue(names: "N")
        let runtime = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        XCTAssertTrue(terminal.text.contains("Notice CL-2026-000001 · decision · en · 1 p."), terminal.text)
        let letter = box(terminal.text, titled: "Notice CL-2026-000001")
        assertScreen(letter.prefix(12).joined(separator: "\n"), """
            │ Test County                                                     │
            │ Veterans Office                                                 │
            │                                                                 │
            │ November 18, 2026                                               │
            │                                                                 │
            │ هدى حداد                                                        │
            │                                                                 │
            │ Reference: CL-2026-000001                                       │
            │ Decision on your disability claim                               │
            │                                                                 │
            │ Dear هدى حداد,                                                  │
            │                                                                 │
            """)
        XCTAssertTrue(terminal.text.contains("w write  j/k scroll  Esc close"), terminal.text)
        XCTAssertEqual(runtime.state.status?.text, "CL-2026-000001: decision letter in en", "no preference on record: the default language, no fallback said")

        // Scrolling brings the reasons and the appeal into view.
        terminal.enqueue(names: "G")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertTrue(terminal.text.contains("• There is no evidence."), terminal.text)
        XCTAssertTrue(terminal.text.contains("• It came after the deadline."), terminal.text)
        XCTAssertTrue(terminal.text.contains("Page 1 of 1"), terminal.text)

        // w writes it 0600 in the current folder.
        let here = FileManager.default.currentDirectoryPath
        let folder = try temporaryDirectory()
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(folder.path))
        defer { _ = FileManager.default.changeCurrentDirectoryPath(here) }
        terminal.enqueue(names: "w")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        let file = folder.appendingPathComponent("CL-2026-000001-notice-en.txt").path
        XCTAssertTrue(runtime.state.status?.text.contains("letter written to CL-2026-000001-notice-en.txt") ?? false,
                      runtime.state.status?.text ?? "")
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertTrue(try String(contentsOfFile: file, encoding: .utf8).contains("\u{2068}هدى حداد\u{2069}"))

        terminal.enqueue(names: "Esc")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertTrue(runtime.state.overlays.isEmpty, "Esc closes the preview")
        let produced = try engine.caseDetail(ref: "CL-2026-000001", as: try engine.staffMember(login: "priya"), recordView: false)
            .timeline.filter { $0.kind == "notice_produced" }
        XCTAssertEqual(produced.map(\.actor), ["priya"], "the preview is recorded as a letter produced")
    }

    func testHelpAndTheKeyTablesListTheNoticeKeys() {
        let bindings = ConsoleKeymaps.standard.caseScreen.bindings
        XCTAssertTrue(bindings.contains { $0.action == .caseScreen(.notice) && $0.keys == [.character("N")] })
        XCTAssertTrue(ConsoleKeymaps.standard.all.contains { $0.screen == "notice" })
        let markdown = KeyTables.markdown()
        XCTAssertTrue(markdown.contains("`write-notice`"), markdown)
        XCTAssertTrue(markdown.contains("`notice`"), markdown)
    }

    func testTheCaseHeaderShowsAppealLinksBothWaysAndEveryReason() throws {
        let path = try makeDatabase()
        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
        let priya = try engine.staffMember(login: "priya")
        _ = try engine.decide("CL-2026-000001", outcome: "denied", reasonCodes: ["no_evidence", "late_filing"], rationale: "x", as: priya)
        let appeal = try engine.appeal("CL-2026-000001", reason: "new evidence", as: priya).appeal.ref

        let terminal = VirtualTerminal(width: 120, height: 30)
        open(terminal)
        _ = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        XCTAssertTrue(terminal.text.contains("appealed in \(appeal)"), terminal.text)
        XCTAssertTrue(terminal.text.contains("(no_evidence, late_filing)"), terminal.text)

        let other = VirtualTerminal(width: 120, height: 30)
        other.type(":open \(appeal)"); other.enqueue(names: "Enter")
        _ = try ConsoleFixtures.run(path: path, login: "priya", terminal: other)
        XCTAssertTrue(other.text.contains("appeal of CL-2026-000001"), other.text)
    }
}
