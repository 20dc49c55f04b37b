import Foundation
import XCTest
@testable import DocketEngine

/// Decision notices and status letters from the demo agency's templates: every outcome, every
/// language, positions in `next`'s order, Arabic isolates, the layout, falling back.
final class NoticeTests: XCTestCase {
    private var dir: TempDir!
    private var clock: TestClock!
    private var engine: Engine!

    override func setUpWithError() throws {
        dir = TempDir()
        clock = TestClock()
        engine = try Engine.createDemo(path: dir.file("n.db"), cases: 800, seed: 5, force: false, creator: "tester", clock: clock.clock)
    }

    private func staff(_ login: String) throws -> StaffMember { try engine.staffMember(login: login) }
    private var admin: StaffMember { get throws { try staff("robin.admin") } }
    private var settings: NoticeSettings { engine.agency.notices! }

    /// Open cases the admin may decide now, in a department.
    private func decidable(in department: String? = nil, count: Int = 1) throws -> [CaseSummary] {
        var q = CaseQuery()
        q.department = department
        q.limit = 500
        var out: [CaseSummary] = []
        for c in try engine.listCases(q, as: admin) where c.assignee == nil {
            if try engine.availableActions(ref: c.ref, as: admin).contains(where: { $0.kind == .decide && $0.enabled }) {
                out.append(c)
                if out.count == count { break }
            }
        }
        XCTAssertEqual(out.count, count, "the demo should have \(count) decidable case(s) in \(department ?? "any department")")
        return out
    }

    private func words(_ l: NoticeLanguage) -> [String] {
        l.phrases.values.flatMap(\.wordings) + Array(l.outcomes.values) + Array(l.reasons.values) + Array(l.states.values)
            + Array(l.caseTypes.values) + Array(l.departments.values)
    }

    // MARK: decisions

    func testEveryOutcomeGetsADecisionNoticeWithItsReasonsAmountAndAppealDate() throws {
        let cases = try decidable(count: engine.agency.outcomes.count)
        let english = settings.language(for: "en")!
        for (outcome, c) in zip(engine.agency.outcomes, cases) {
            let codes = engine.agency.reasonCodes(for: outcome.code).prefix(2).map(\.code)
            _ = try engine.decide(c.ref, outcome: outcome.code, reasonCodes: codes, rationale: "Decided in a test.", as: admin)
            let n = try engine.notice(ref: c.ref, language: "en", as: admin)
            XCTAssertEqual(n.kind, .decision)
            XCTAssertEqual(n.outcome, outcome.code)
            XCTAssertEqual(n.reasonCodes, codes)
            let appealBy = engine.agency.calendar.adding(businessDays: settings.appealWindowBusinessDays, to: clock.today)
            XCTAssertEqual(n.appealBy, appealBy)
            let text = BidiIsolate.stripped(n.text)
            XCTAssertTrue(text.contains(english.outcomes[outcome.code]!), "\(outcome.code): the outcome in plain words")
            for code in codes { XCTAssertTrue(text.contains(english.reasons[code]!), "\(outcome.code): the reason \(code)") }
            XCTAssertTrue(text.contains(NoticeRenderer(language: english).date(appealBy)), "\(outcome.code): the appeal date")
            let balance = try engine.caseDetail(ref: c.ref, as: admin, recordView: false).balance
            XCTAssertEqual(n.balance, balance)
            if balance != 0 {
                XCTAssertTrue(text.contains(NoticeRenderer(language: english).money(abs(balance))), "\(outcome.code): the amount")
            }
            assertPrintable(n.text)
        }
        let produced = try engine.caseDetail(ref: cases[0].ref, as: admin, recordView: false).timeline.filter { $0.kind == "notice_produced" }
        XCTAssertEqual(produced.count, 1, "a notice produced is an event on the chain")
        XCTAssertTrue(produced[0].details.contains("\"language\":\"en\""), produced[0].details)
    }

    func testTheEngineRefusesAReasonCodeThatDoesNotExplainTheOutcomeAndNamesTheAllowedOnes() throws {
        let c = try decidable()[0]
        let allowed = engine.agency.reasonCodes(for: "denied").map(\.code)
        XCTAssertFalse(allowed.contains("evidence_sufficient"))
        XCTAssertThrowsError(try engine.decide(c.ref, outcome: "denied", reasonCode: "evidence_sufficient", rationale: "x", as: admin)) { e in
            let said = "\(e)"
            XCTAssertTrue(said.contains("does not explain"), said)
            for code in allowed { XCTAssertTrue(said.contains(code), "\(code) in: \(said)") }
        }
        XCTAssertThrowsError(try engine.decide(c.ref, outcome: "denied", reasonCode: "no_such_code", rationale: "x", as: admin))
        // A comma list and repeats give every code once, in order.
        _ = try engine.decide(c.ref, outcome: "denied", reasonCodes: ["not_eligible,documents_missing", "not_eligible"], rationale: "x", as: admin)
        let d = try engine.caseDetail(ref: c.ref, as: admin, recordView: false).decisions.last!
        XCTAssertEqual(d.reasonCodes, ["not_eligible", "documents_missing"])
        XCTAssertEqual(try engine.check(as: admin).findings.filter { $0.ref == c.ref }.count, 0)
    }

    // MARK: status letters

    func testAStatusLettersPositionIsHowManyCasesNextHandsOutFirst() throws {
        let marcus = try staff("marcus.reyes")
        var q = CaseQuery()
        q.department = "VET"
        q.limit = 500
        let waiting = try engine.listCases(q, as: admin).filter { $0.assignee == nil && $0.taskStatus == "assigned" }
        var target: (CaseSummary, Int)?
        for c in waiting {
            let p = try XCTUnwrap(engine.notice(ref: c.ref, as: admin).position)
            if (3...8).contains(p) { target = (c, p); break }
        }
        let (c, position) = try XCTUnwrap(target, "a VET case a few places back in the queue")
        for _ in 0..<position { XCTAssertNotEqual(try engine.next(department: "VET", as: marcus).ref, c.ref) }
        XCTAssertEqual(try engine.next(department: "VET", as: marcus).ref, c.ref, "next hands the case out after the \(position) ahead of it")
        XCTAssertEqual(try engine.notice(ref: c.ref, as: admin).position, 0, "claimed, nothing is ahead of it")
    }

    func testTheExpectedDateComesFromTheDepartmentsPaceAndIsWithheldWhileItsQueueGrows() throws {
        let report = try engine.backlogReport(as: admin)
        let growing = report.departments.filter { $0.figures.projection.growing && $0.figures.open > 0 }
        let clearing = report.departments.filter { !$0.figures.projection.growing && $0.figures.projection.departures > 0 && $0.figures.open > 0 }
        XCTAssertFalse(growing.isEmpty, "the demo has growing departments")
        XCTAssertFalse(clearing.isEmpty, "the demo has clearing departments")
        let english = settings.language(for: "en")!
        for d in [growing[0], clearing[0]] {
            var q = CaseQuery()
            q.department = d.code
            let c = try XCTUnwrap(engine.listCases(q, as: admin).first)
            let n = try engine.notice(ref: c.ref, language: "en", as: admin)
            XCTAssertEqual(n.kind, .status)
            XCTAssertEqual(n.department, d.code)
            let text = BidiIsolate.stripped(n.text)
            if d.figures.projection.growing {
                XCTAssertNil(n.expectedDecision, d.code)
                guard case .text(let unknown)? = english.phrases["status_unknown"] else { return XCTFail() }
                XCTAssertTrue(text.contains(String(unknown.prefix(30))), d.code)
            } else {
                let expected = try XCTUnwrap(n.expectedDecision, d.code)
                let p = d.figures.projection
                let days = ((n.position! + 1) * p.windowDays + p.departures - 1) / p.departures
                XCTAssertGreaterThanOrEqual(expected, clock.today + days)
                XCTAssertLessThan(expected, clock.today + days + 7)
                XCTAssertTrue(engine.agency.calendar.isBusinessDay(expected))
                XCTAssertTrue(text.contains(NoticeRenderer(language: english).date(expected)), d.code)
            }
            assertPrintable(n.text)
        }
    }

    // MARK: languages

    func testEveryLanguageFillsEveryPlaceholderAndLeavesNoEnglishBehind() throws {
        let decided = try decidable(count: 2)
        _ = try engine.decide(decided[0].ref, outcome: "partially_granted",
                              reasonCodes: engine.agency.reasonCodes(for: "partially_granted").map(\.code), rationale: "x", as: admin)
        let open = decided[1]
        let englishWords = Set(words(settings.language(for: "en")!).flatMap { wordsOf($0) }.filter { $0.count >= 4 })
        XCTAssertEqual(Set(settings.languages.map(\.code)), ["en", "es", "it", "pl", "ko", "ar"])
        for language in settings.languages {
            for ref in [decided[0].ref, open.ref] {
                let n = try engine.notice(ref: ref, language: language.code, as: admin)
                XCTAssertEqual(n.language, language.code)
                XCTAssertFalse(n.text.contains("{") || n.text.contains("}"), "\(language.code) \(ref): a placeholder left unfilled")
                assertPrintable(n.text)
                guard language.code != "en" else { continue }
                // Leave out what is not template text: the person's name and address, the
                // letterhead's street address, the ref.
                let detail = try engine.caseDetail(ref: ref, as: admin, recordView: false)
                var text = BidiIsolate.stripped(n.text)
                for data in [detail.constituent.fullName, detail.constituent.address ?? "", ref] + language.letterhead {
                    for part in data.split(separator: "\n") { text = text.replacingOccurrences(of: part, with: " ") }
                }
                let leftovers = Set(wordsOf(text)).intersection(englishWords)
                XCTAssertTrue(leftovers.isEmpty, "\(language.code) \(ref): English left in the letter: \(leftovers.sorted())")
            }
        }
    }

    func testArabicLettersKeepEachLineAndEachValueInIsolates() throws {
        let c = try decidable()[0]
        _ = try engine.decide(c.ref, outcome: "denied", reasonCode: "not_eligible", rationale: "x", as: admin)
        let n = try engine.notice(ref: c.ref, language: "ar", as: admin)
        let arabic = settings.language(for: "ar")!
        for page in n.text.split(separator: "\u{0C}") {
            for line in page.split(separator: "\n") where !line.isEmpty {
                XCTAssertEqual(line.unicodeScalars.first, "\u{2067}", "each line is a right-to-left isolate: \(line)")
                XCTAssertEqual(line.unicodeScalars.last, "\u{2069}")
                let opens = line.unicodeScalars.filter { (0x2066...0x2068).contains($0.value) }.count
                let closes = line.unicodeScalars.filter { $0.value == 0x2069 }.count
                XCTAssertEqual(opens, closes, "isolates balanced on every line: \(line)")
            }
        }
        XCTAssertTrue(n.text.contains("\u{2068}\(c.ref)\u{2069}"), "the Latin ref keeps its own direction")
        // Logical order: the Arabic words are stored as written, not reversed for display.
        XCTAssertTrue(BidiIsolate.stripped(n.text).contains(arabic.reasons["not_eligible"]!))

        // A name in Arabic script in a left-to-right letter is isolated too.
        let person = try engine.caseDetail(ref: c.ref, as: admin, recordView: false).constituent
        let en = try engine.notice(ref: c.ref, language: "en", as: admin)
        XCTAssertTrue(en.text.contains("\u{2068}\(person.fullName)\u{2069}"))
    }

    func testMrsHaddadReceivesHerDecisionInSpanishWithHerNameInArabicScript() throws {
        var q = CaseQuery()
        q.includeClosed = true
        q.closedOnly = true
        q.type = "benefits_application"
        q.limit = 1000
        var found: (CaseSummary, Constituent)?
        for c in try engine.listCases(q, as: admin) {
            let p = try engine.caseDetail(ref: c.ref, as: admin, recordView: false).constituent
            if p.familyName == "حداد" && p.language == "es" { found = (c, p); break }
        }
        let (c, person) = try XCTUnwrap(found, "the demo's applicant story")
        let n = try engine.notice(ref: c.ref, as: admin)
        XCTAssertEqual(n.kind, .decision)
        XCTAssertEqual(n.language, "es")
        XCTAssertNil(n.fallbackFrom)
        XCTAssertTrue(n.text.contains("\u{2068}ليلى حداد\u{2069}"), "her name, in its script, isolated")
        XCTAssertEqual(person.fullName, "ليلى حداد")
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(n.appealBy), clock.today, "still inside her appeal window")
        XCTAssertTrue(n.text.contains("Resolución"))
    }

    func testAPreferenceWithoutTemplatesFallsBackToTheDefaultLanguageAndSaysSo() throws {
        let c = try decidable()[0]
        try engine.testExec("UPDATE constituent SET language = 'de' WHERE id = \(c.constituentId)")
        let n = try engine.notice(ref: c.ref, as: admin)
        XCTAssertEqual(n.language, settings.defaultLanguage)
        XCTAssertEqual(n.fallbackFrom, "de")
        XCTAssertThrowsError(try engine.notice(ref: c.ref, language: "fr", as: admin)) { e in
            XCTAssertTrue("\(e)".contains("en, es, it, pl, ko, ar"), "\(e)")
        }
        // A language named the way older records name it.
        try engine.testExec("UPDATE constituent SET language = 'Korean' WHERE id = \(c.constituentId)")
        XCTAssertEqual(try engine.notice(ref: c.ref, as: admin).language, "ko")
    }

    // MARK: who sees what

    func testTheAddressIsInTheLetterOnlyForThoseWhoMayRevealIt() throws {
        let c = try decidable(in: "VET")[0]
        let person = try engine.caseDetail(ref: c.ref, as: admin, recordView: false).constituent
        let street = try XCTUnwrap(person.address?.split(separator: "\n").first.map(String.init))
        let forAdmin = try engine.notice(ref: c.ref, as: admin)
        XCTAssertTrue(forAdmin.text.contains(street))
        XCTAssertFalse(forAdmin.addressWithheld)
        let forAuditor = try engine.notice(ref: c.ref, as: try staff("sam.okafor"))
        XCTAssertFalse(forAuditor.text.contains(street), "the auditor's copy is masked")
        XCTAssertTrue(forAuditor.addressWithheld)
        XCTAssertTrue(forAuditor.text.contains(person.fullName), "names are shown, as on every screen")
        let forSupervisor = try engine.notice(ref: c.ref, as: try staff("priya.shah"))
        XCTAssertTrue(forSupervisor.text.contains(street), "a supervisor of the department may send it")
        XCTAssertThrowsError(try engine.notice(ref: c.ref, as: try staff("kenji.watanabe")), "outside a caseworker's departments")
    }

    // MARK: layout

    func testLinesFitSeventyTwoColumnsAndPagesBreakWithTheirNumbers() {
        let layout = LetterLayout(rightToLeft: false)
        let korean = String(repeating: "귀하께서 접수하신 복지 급여 신청 건의 처리 현황을 알려 드립니다. ", count: 30)
        let lines = layout.wrap(korean)
        XCTAssertGreaterThan(lines.count, 20)
        for l in lines { XCTAssertLessThanOrEqual(LetterWidth.of(l), 72, l) }
        let isolated = layout.wrap("Dear \u{2068}" + String(repeating: "Anna-Maria ", count: 12) + "\u{2069}, welcome")
        for l in isolated {
            let opens = l.unicodeScalars.filter { $0.value == 0x2068 }.count
            XCTAssertEqual(opens, l.unicodeScalars.filter { $0.value == 0x2069 }.count, "an isolate cut by a line break is closed and reopened")
        }
        let (text, pages) = layout.paginate(Array(repeating: "line", count: 130)) { "Page \($0) of \($1)" }
        XCTAssertEqual(pages, 3)
        let split = text.split(separator: "\u{0C}")
        XCTAssertEqual(split.count, 3)
        for (i, page) in split.enumerated() {
            XCTAssertLessThanOrEqual(page.split(separator: "\n", omittingEmptySubsequences: false).count, LetterLayout.linesPerPage + 1)
            XCTAssertTrue(page.contains("Page \(i + 1) of 3"))
        }
    }

    func testPluralFormsFollowEachLanguagesRules() {
        let pl = ["zero": "z", "one": "1", "few": "f", "many": "m", "other": "o"]
        XCTAssertEqual([0, 1, 2, 4, 5, 12, 22, 25, 112].map { PluralCategory.pick(pl, n: $0, language: "pl") },
                       ["z", "1", "f", "f", "m", "m", "f", "m", "m"])
        let ar = ["one": "1", "two": "2", "few": "f", "many": "m", "other": "o"]
        XCTAssertEqual([1, 2, 3, 10, 11, 99, 100, 103].map { PluralCategory.pick(ar, n: $0, language: "ar") },
                       ["1", "2", "f", "f", "m", "m", "o", "f"])
        XCTAssertEqual(PluralCategory.pick(["other": "o", "zero": "z"], n: 7, language: "ko"), "o")
    }

    // MARK: the agency file

    func testAnIncompleteLanguageOrAReasonForAnUnknownOutcomeIsRefusedWithWhatIsMissing() throws {
        var root = try JSONSerialization.jsonObject(with: try DemoAgency.source) as! [String: Any]
        var notices = root["notices"] as! [String: Any]
        var languages = notices["languages"] as! [[String: Any]]
        var korean = languages[4]
        var phrases = korean["phrases"] as! [String: Any]
        phrases.removeValue(forKey: "appeal")
        korean["phrases"] = phrases
        var reasons = korean["reasons"] as! [String: Any]
        reasons.removeValue(forKey: "no_nexus")
        korean["reasons"] = reasons
        languages[4] = korean
        notices["languages"] = languages
        root["notices"] = notices
        var codes = root["reason_codes"] as! [[String: Any]]
        codes[0]["outcomes"] = ["granted", "approved_maybe"]
        root["reason_codes"] = codes
        XCTAssertThrowsError(try AgencyParser.parse(data: Fixtures.data(root), file: "a.json")) { e in
            let said = "\(e)"
            XCTAssertTrue(said.contains("phrases.appeal"), said)
            XCTAssertTrue(said.contains("no_nexus"), said)
            XCTAssertTrue(said.contains("approved_maybe"), said)
        }
    }

    // MARK: helpers

    private func wordsOf(_ s: String) -> [String] {
        s.lowercased().split { !$0.isLetter }.map(String.init)
    }

    /// Every line within 72 columns, every page within its length, no control character but
    /// the form feed between pages.
    private func assertPrintable(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        for page in text.split(separator: "\u{0C}", omittingEmptySubsequences: false) {
            let lines = page.split(separator: "\n", omittingEmptySubsequences: false)
            XCTAssertLessThanOrEqual(lines.count, LetterLayout.linesPerPage + 1, file: file, line: line)
            for l in lines {
                XCTAssertLessThanOrEqual(LetterWidth.of(String(l)), 72, String(l), file: file, line: line)
                XCTAssertFalse(l.unicodeScalars.contains { $0.properties.generalCategory == .control }, String(l), file: file, line: line)
            }
        }
    }
}
