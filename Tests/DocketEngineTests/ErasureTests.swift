import Foundation
import XCTest
@testable import DocketEngine

/// The right to erasure: after `constituent erase`, nothing of the person is in any byte of the
/// database files, while the cases' skeleton, the figures and the chain stay.
final class ErasureTests: XCTestCase {
    /// The workflow agency with a retention rule on claims.
    static func agency(claimYears: Int = 2) -> [String: Any] {
        var a = WorkflowFixture.agency()
        var types = a["case_types"] as! [[String: Any]]
        types[0]["erase_years_after_close"] = claimYears
        a["case_types"] = types
        return a
    }

    struct Person {
        var given, family, born, nationalId, notes: String
        var input: [String: String] {
            ["given_name": given, "family_name": family, "birth_date": born, "national_id": nationalId,
             "language": "fa", "urgent": "no", "notes": notes]
        }
        /// Everything of theirs that must be gone after the erasure, as it would be stored.
        var identifiers: [String] {
            [given, family, NameFolding.fold(given), NameFolding.fold(family), born, nationalId, notes]
        }
    }

    static let people = [
        Person(given: "Zéphyrine", family: "Quillfeather", born: "1971-04-09", nationalId: "271-84-3306",
               notes: "Lives over the bakery on Marsh Lane"),
        Person(given: "زمرّدة", family: "الحسيني", born: "1983-11-02", nationalId: "381-22-9041",
               notes: "يفضل الاتصال صباحا"),
        Person(given: "서윤", family: "황보", born: "1990-06-30", nationalId: "462-07-5518",
               notes: "오전 통화 선호"),
    ]

    /// The bytes of the database and of whatever SQLite keeps beside it. On PostgreSQL, whose
    /// files are the server's: every row of every table, as text, one "file" per table (what
    /// the database holds, live rows only; VACUUM in the scrub frees the dead versions).
    private func storeBytes(_ w: WorkflowWorld) throws -> [(String, Data)] {
        if let pg = w.engine.store as? PostgresStore {
            return try PostgresSchema.tables.compactMap { table in
                try pg.db.scalarText("SELECT string_agg(t::text, E'\\n') FROM \(table) t").map { (table, Data($0.utf8)) }
            }
        }
        let path = w.dir.file("workflow.db")
        return [path, path + "-wal", path + "-shm", path + "-journal"].compactMap { p in
            FileManager.default.contents(atPath: p).map { (p, $0) }
        }
    }

    private func filesHolding(_ text: String, _ w: WorkflowWorld) throws -> [String] {
        let needle = Data(text.utf8)
        return try storeBytes(w).filter { $0.1.range(of: needle) != nil }.map { ($0.0 as NSString).lastPathComponent }
    }

    /// A person's closed case with everything a year of work leaves: a note, a form correction,
    /// a decision's rationale, a referral's reason, a draft, a retried command naming them.
    private func closedCase(for p: Person, _ w: WorkflowWorld) throws -> CaseSummary {
        let c = try w.engine.intake(type: "claim", form: p.input, as: w.ana).summary
        try w.engine.note(c.ref, text: "Spoke with \(p.given) about the exam", as: w.priya)
        try w.engine.editForm(ref: c.ref, changes: ["notes": p.notes + " (corrected)"], reason: "constituent called", as: w.priya)
        try w.engine.changeState(c.ref, to: "triage", reason: nil, as: w.priya)
        try w.engine.changeState(c.ref, to: "in_review", reason: nil, as: w.priya)
        _ = try w.engine.refer(c.ref, to: "MED", reason: "Examine \(p.family)'s knee", as: w.priya)
        XCTAssertNil(try w.engine.begin(request: "retry-\(c.ref)", command: "case note \(c.ref) about \(p.family)", as: w.priya))
        try w.engine.note(c.ref, text: "Second call", as: w.priya)
        let paid = try w.engine.pay(c.ref, amount: 2500, method: .cash, reference: nil, as: w.priya)
        _ = try w.engine.refund(c.ref, receipt: try XCTUnwrap(paid.entry.receipt), amount: 500,
                                reason: "Paid twice; sent back to \(p.family)", as: w.priya)
        let referral = try XCTUnwrap(try w.tasks(c.ref).first { $0.isReferral && $0.isOpen })
        try w.engine.completeTask(c.ref, taskId: referral.id, note: nil, as: w.lee)
        _ = try w.engine.saveDraft(form: "claim_form", case: c.ref, values: ["notes": "draft about \(p.given)"], focus: nil, as: w.priya)
        try w.engine.decide(c.ref, outcome: "granted", reasonCode: "evidence", rationale: "\(p.family) showed service connection",
                            as: w.priya)
        return try w.summary(c.ref)
    }

    func testErasureLeavesNoByteOfThePersonAndKeepsTheFigures() throws {
        let w = try WorkflowWorld(agency: Self.agency())
        let cases = try Self.people.map { try closedCase(for: $0, w) }
        let bystander = try w.claim(["given_name": "Olwen", "family_name": "Bystander"])
        try w.engine.note(bystander.ref, text: "Olwen's own note", as: w.priya)

        // At rest, free text about a person is sealed; read through Docket it is whole.
        let note = try XCTUnwrap(try w.events(cases[0].ref).first { $0.kind == "note" })
        XCTAssertEqual(note.reason, "Spoke with Zéphyrine about the exam")
        XCTAssertTrue(note.storedReason.map(PersonalSeal.isSealed) ?? false, "sealed in the store")
        XCTAssertEqual(try filesHolding("Spoke with Zéphyrine", w), [], "no note in plain text at rest")
        // The scan can fail: before the erasure every identifier is in the files.
        for p in Self.people {
            for id in [p.given, p.family, p.nationalId, p.born] {
                XCTAssertFalse(try filesHolding(id, w).isEmpty, "\(id) is stored before the erasure")
            }
        }

        let figures = try w.engine.backlogReport(week: true, as: w.boss)
        let eventsBefore = try w.eventCount()
        for (p, c) in zip(Self.people, cases) {
            expectRefusal("usage", try w.engine.eraseConstituent(c.constituentId, reason: "asked by \(p.given)", as: w.boss),
                          "a reason that names the person is kept for good")
            let done = try w.engine.eraseConstituent(c.constituentId, reason: "request 2026-114", as: w.boss)
            XCTAssertTrue(done.erased)
            XCTAssertEqual(done.refs, [c.ref])
            XCTAssertEqual(done.counts.unsealedEvents, 0)
            XCTAssertTrue(done.scrubbed, "the write-ahead log emptied")
        }
        w.engine.store.endOfCall()

        for p in Self.people {
            for id in p.identifiers + ["Spoke with \(p.given)", "\(p.family)'s knee", "\(p.family) showed", "draft about \(p.given)",
                                    "sent back to \(p.family)"] {
                XCTAssertEqual(try filesHolding(id, w), [], "'\(id)' is gone from every byte")
            }
        }
        XCTAssertFalse(try filesHolding("Olwen", w).isEmpty, "someone else's data stays")

        // The skeleton and the figures stay; the chain still verifies; the erasure is an event.
        XCTAssertEqual(try w.engine.backlogReport(week: true, as: w.boss).departments, figures.departments)
        XCTAssertEqual(try w.eventCount(), eventsBefore + Self.people.count)
        XCTAssertNil(try w.engine.verifyAudit(as: w.boss).firstBroken)
        let check = try w.engine.check(as: w.boss)
        XCTAssertTrue(check.ok, "\(check.findings)")
        let detail = try w.engine.caseDetail(ref: cases[0].ref, as: w.boss)
        XCTAssertEqual(detail.summary.state, "decided")
        XCTAssertEqual(detail.constituent.fullName, "(erased)")
        XCTAssertNil(detail.constituent.birthDate)
        XCTAssertNil(detail.constituent.nationalId)
        XCTAssertEqual(detail.form, [:], "form values gone")
        XCTAssertEqual(detail.decisions.map(\.rationale), [""])
        XCTAssertEqual(detail.decisions.map(\.outcome), ["granted"], "the decision itself stays")
        XCTAssertEqual(detail.timeline.first { $0.kind == "note" }?.reason, "(erased)")
        XCTAssertTrue(detail.tasks.allSatisfy { $0.reason == nil })
        XCTAssertEqual(detail.ledger.map(\.amount), [2500, 500], "the money stays")
        XCTAssertEqual(detail.ledger.last?.reason, "(erased)")
        let erasure = try XCTUnwrap(try w.engine.store.events(constituentId: cases[0].constituentId).last { $0.kind.hasSuffix("erased") })
        XCTAssertEqual("\(erasure.actor) \(erasure.kind) \(erasure.reason ?? "")", "boss constituent_erased request 2026-114")
        XCTAssertEqual(try w.engine.store.drafts(caseIds: cases.map(\.id)).count, 0)
        let retry = try XCTUnwrap(try w.engine.store.request(id: "retry-\(cases[0].ref)"))
        XCTAssertEqual(retry.command, "(erased)")
        XCTAssertEqual(try w.engine.search("Quillfeather", as: w.boss).count, 0, "not found by name any more")

        // Done once: a second erasure says so and changes nothing.
        let eventsAfter = try w.eventCount()
        let again = try w.engine.eraseConstituent(cases[0].constituentId, reason: "request 2026-114", as: w.boss)
        XCTAssertFalse(again.erased)
        XCTAssertEqual(try w.eventCount(), eventsAfter)
    }

    func testErasureIsRefusedWhileACaseIsOpenOrUnderALegalHoldAndForAllButAdmins() throws {
        let w = try WorkflowWorld(agency: Self.agency())
        let open = try w.claim()
        var message = expectRefusal("refused", try w.engine.eraseConstituent(open.constituentId, reason: "request 7", as: w.boss))
        XCTAssertTrue(message.contains(open.ref), message)

        let closed = try closedCase(for: Self.people[0], w)
        for who in [w.ana, w.marcus, w.priya, w.sam] {
            message = expectRefusal("refused", try w.engine.eraseConstituent(closed.constituentId, reason: "request 7", as: who))
            XCTAssertTrue(message.contains("admins"), message)
        }
        expectRefusal("refused", try w.engine.legalHold(closed.ref, lift: false, reason: "lawsuit 26-CV-118", as: w.marcus),
                      "caseworkers do not place legal holds")
        let held = try w.engine.legalHold(closed.ref, lift: false, reason: "lawsuit 26-CV-118", as: w.priya)
        XCTAssertNotNil(held.legalHoldSince)
        expectRefusal("refused", try w.engine.legalHold(closed.ref, lift: false, reason: "again", as: w.priya), "held already")
        message = expectRefusal("refused", try w.engine.eraseConstituent(closed.constituentId, reason: "request 7", as: w.boss))
        XCTAssertTrue(message.contains("legal hold") && message.contains(closed.ref), message)
        XCTAssertEqual(try w.engine.store.constituent(id: closed.constituentId)?.givenName, Self.people[0].given, "nothing erased")

        try w.engine.legalHold(closed.ref, lift: true, reason: "case settled", as: w.priya)
        XCTAssertEqual(try w.events(closed.ref).suffix(2).map(\.kind), ["legal_hold_placed", "legal_hold_lifted"])
        XCTAssertTrue(try w.engine.eraseConstituent(closed.constituentId, reason: "request 7", as: w.boss).erased)
    }

    func testRetentionErasesExactlyWhatItsDryRunListed() throws {
        let w = try WorkflowWorld(agency: Self.agency(claimYears: 2))
        let due = try closedCase(for: Self.people[0], w)
        let held = try closedCase(for: Self.people[1], w)
        try w.engine.legalHold(held.ref, lift: false, reason: "audit of 2026 grants", as: w.priya)
        let stillOpen = try w.claim()
        // A person with a second, later case is due only when that one is old enough too.
        let later = try closedCase(for: Self.people[2], w)

        XCTAssertEqual(try w.engine.runRetention(dryRun: true, as: w.boss), [], "nothing is two years closed yet")
        w.time.advance(days: 365 * 2 + 1)
        let second = try w.engine.intake(type: "claim", form: Self.people[2].input, as: w.ana).summary
        try w.engine.changeState(second.ref, to: "withdrawn", reason: "withdrawn by letter", as: w.priya)
        XCTAssertEqual(try w.engine.store.cases(constituentId: later.constituentId).count, 2, "matched to the same person")

        expectRefusal("refused", try w.engine.runRetention(dryRun: true, as: w.priya), "admins only")
        let listed = try w.engine.runRetention(dryRun: true, as: w.boss)
        XCTAssertEqual(listed.map(\.constituentId), [due.constituentId])
        XCTAssertEqual(listed.first?.refs, [due.ref])
        XCTAssertFalse(try XCTUnwrap(try w.engine.store.constituent(id: due.constituentId)).erased, "a dry run changes nothing")

        let erased = try w.engine.runRetention(dryRun: false, as: w.boss)
        XCTAssertEqual(erased, listed)
        XCTAssertTrue(try XCTUnwrap(try w.engine.store.constituent(id: due.constituentId)).erased)
        for kept in [held, stillOpen, later] {
            XCTAssertFalse(try XCTUnwrap(try w.engine.store.constituent(id: kept.constituentId)).erased, kept.ref)
        }
        XCTAssertEqual(try w.engine.store.events(constituentId: due.constituentId).last?.kind, "constituent_erased_by_retention")
        XCTAssertEqual(try w.engine.runRetention(dryRun: true, as: w.boss), [], "done once")
    }

    func testAPersonsKeyOpensOnlyTheirOwnText() throws {
        let key = PersonalSeal.newKey(), other = PersonalSeal.newKey()
        let sealed = PersonalSeal.seal("Called Ms Quillfeather at home", key: key)
        XCTAssertTrue(sealed.hasPrefix("sealed:v1:"))
        XCTAssertFalse(sealed.contains("Quillfeather"))
        XCTAssertNotEqual(sealed, PersonalSeal.seal("Called Ms Quillfeather at home", key: key), "a fresh nonce each time")
        XCTAssertEqual(PersonalSeal.open(sealed, key: key), "Called Ms Quillfeather at home")
        XCTAssertNil(PersonalSeal.open(sealed, key: other), "another key opens nothing")
        XCTAssertNil(PersonalSeal.open(sealed, key: nil), "a destroyed key opens nothing")
        var tampered = Array(sealed.utf8)
        tampered[tampered.count - 6] = tampered[tampered.count - 6] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
        XCTAssertNil(PersonalSeal.open(String(decoding: tampered, as: UTF8.self), key: key), "altered bytes fail the tag")
        XCTAssertEqual(PersonalSeal.open(PersonalSeal.seal("", key: key), key: key), "")
    }
}
