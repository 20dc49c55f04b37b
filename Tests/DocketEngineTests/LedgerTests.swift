import Foundation
import XCTest
@testable import DocketEngine

/// The ledger: entries never change, the balance comes from them, refunds never exceed their
/// receipt, card numbers are refused, and old rows come through the migration.
final class LedgerTests: XCTestCase {
    /// The balance as DESIGN.md section 5 defines it, worked out here without LedgerBook:
    /// charges − payments − waivers + refunds, reversed entries taken out.
    static func independentBalance(_ entries: [LedgerEntry]) -> Int64 {
        let reversed = Set(entries.filter { $0.kind == "reversal" }.compactMap(\.reverses))
        var sum: Int64 = 0
        for e in entries where e.kind != "reversal" && !reversed.contains(e.id) {
            switch e.kind {
            case "charge", "refund": sum += e.amount
            case "payment", "waiver": sum -= e.amount
            default: XCTFail("unknown kind \(e.kind)")
            }
        }
        return sum
    }

    func testRandomSequencesKeepTheBooksStraight() throws {
        let w = try WorkflowWorld()
        var rng = SeededRandom(seed: 18)
        var refused = 0, done = 0
        for round in 0..<6 {
            let ref = try w.claim().ref
            for step in 0..<40 {
                let before = try w.engine.ledger(ref: ref, as: w.priya)
                let book = before.book
                let receipts = before.entries.filter { $0.kind == "payment" }.compactMap(\.receipt)
                let what = "round \(round) step \(step)"
                switch rng.int(0...5) {
                case 0:
                    try w.engine.charge(ref, fee: rng.chance(0.5) ? "copy_fee" : "exam_fee", reason: nil, as: w.marcus)
                    done += 1
                case 1:
                    let amount = Int64(rng.int(1...6000))
                    let o = try w.engine.pay(ref, amount: amount, method: rng.pick(PaymentMethod.allCases), reference: "ref \(step)", as: w.marcus)
                    XCTAssertNotNil(o.entry.receipt?.range(of: #"^R-2026-\d{6}$"#, options: .regularExpression), what)
                    done += 1
                case 2 where !receipts.isEmpty:
                    let receipt = rng.pick(receipts)
                    let left = book.refundable(receipt: receipt)
                    let amount = Int64(rng.int(1...5000))
                    if amount <= left {
                        try w.engine.refund(ref, receipt: receipt, amount: amount, reason: "overpaid", as: w.priya)
                        done += 1
                    } else {
                        expectRefusal("refused", try w.engine.refund(ref, receipt: receipt, amount: amount, reason: "overpaid", as: w.priya), what)
                        refused += 1
                    }
                case 3:
                    let amount = Int64(rng.int(1...3000))
                    let most = book.waivable { w.engine.agency.isWaivable(feeCode: $0) }
                    if amount <= most {
                        try w.engine.waive(ref, amount: amount, reason: "hardship", as: w.priya)
                        done += 1
                    } else {
                        expectRefusal("refused", try w.engine.waive(ref, amount: amount, reason: "hardship", as: w.priya), what)
                        refused += 1
                    }
                case 4 where !before.entries.isEmpty:
                    let target = rng.pick(before.entries)
                    let blocked = target.kind == "reversal" || book.reversed.contains(target.id)
                        || (target.kind == "payment" && book.refundable(receipt: target.receipt!) < target.amount)
                    if blocked {
                        expectRefusal("refused", try w.engine.reverse(ref, entry: target.id, reason: "keyed wrong", as: w.priya), what)
                        refused += 1
                    } else {
                        try w.engine.reverse(ref, entry: target.id, reason: "keyed wrong", as: w.priya)
                        done += 1
                    }
                default:
                    continue
                }
                let after = try w.engine.ledger(ref: ref, as: w.priya)
                XCTAssertEqual(after.balance, Self.independentBalance(after.entries), what)
                XCTAssertEqual(try w.engine.caseDetail(ref: ref, as: w.priya, recordView: false).balance, after.balance, what)
                XCTAssertTrue(after.entries.allSatisfy { $0.amount > 0 && $0.currency == "USD" }, "positive integer amounts: \(what)")
                XCTAssertEqual(Array(after.entries.prefix(before.entries.count)), before.entries, "no entry changed: \(what)")
                for r in after.entries.filter({ $0.kind == "payment" }) {
                    let refunded = after.entries.filter { $0.kind == "refund" && $0.receipt == r.receipt && !after.book.reversed.contains($0.id) }
                        .reduce(0) { $0 + $1.amount }
                    XCTAssertLessThanOrEqual(refunded, after.book.reversed.contains(r.id) ? 0 : r.amount, "refunds within \(r.receipt!): \(what)")
                }
            }
        }
        XCTAssertGreaterThan(done, 100)
        XCTAssertGreaterThan(refused, 5, "the refusals were exercised too")
        // No entry can be changed or deleted, even with SQL.
        XCTAssertThrowsError(try w.engine.testRun("UPDATE ledger SET amount = 1"))
        XCTAssertThrowsError(try w.engine.testRun("DELETE FROM ledger"))
        XCTAssertTrue(try w.engine.check(as: w.boss).findings.isEmpty)
    }

    func testEachEntryIsAnEventOnTheChainAndReceiptsAreNumberedPerYear() throws {
        let w = try WorkflowWorld()
        let ref = try w.claim().ref
        let events = try w.eventCount()
        try w.engine.charge(ref, fee: "copy_fee", reason: "copies asked for", as: w.marcus)
        let first = try w.engine.pay(ref, amount: 1000, method: .check, reference: "check 512", as: w.marcus)
        let second = try w.engine.pay(ref, amount: 1000, method: .cash, reference: nil, as: w.marcus)
        XCTAssertEqual(first.entry.receipt, "R-2026-000001")
        XCTAssertEqual(second.entry.receipt, "R-2026-000002")
        XCTAssertEqual(second.balance, -500, "overpaid: a credit of 5.00")
        w.time.set("2027-01-04T09:00:00Z")
        XCTAssertEqual(try w.engine.pay(ref, amount: 100, method: .ach, reference: "ACH 9", as: w.marcus).entry.receipt, "R-2027-000001")
        XCTAssertEqual(try w.eventCount(), events + 4)
        let kinds = try w.events(ref).suffix(4).map(\.kind)
        XCTAssertEqual(kinds, ["fee_charged", "payment_received", "payment_received", "payment_received"])
        XCTAssertEqual(try w.summary(ref).version, 5, "each entry moves the case's version")
        expectRefusal("usage", try w.engine.pay(ref, amount: 100, method: .check, reference: nil, as: w.marcus), "a check needs its number")
        expectRefusal("conflict", try w.engine.pay(ref, amount: 100, method: .cash, reference: nil, as: w.marcus, expectVersion: 2))
        XCTAssertTrue(try w.engine.verifyAudit(as: w.boss).ok)
    }

    func testCardNumbersAreRefusedInEveryFreeTextField() throws {
        let w = try WorkflowWorld()
        let ref = try w.claim().ref
        try w.engine.charge(ref, fee: "copy_fee", reason: nil, as: w.marcus)
        let paid = try w.engine.pay(ref, amount: 1500, method: .cardTerminal, reference: "AUTH 123456", as: w.marcus)
        for card in ["4111 1111 1111 1111", "4111-1111-1111-1111", "5500005555555559", "3782 822463 10005"] {
            expectRefusal("refused", try w.engine.pay(ref, amount: 100, method: .cardTerminal, reference: "card \(card)", as: w.marcus), "reference")
            expectRefusal("refused", try w.engine.charge(ref, fee: "copy_fee", reason: "for \(card)", as: w.marcus), "charge reason")
            expectRefusal("refused", try w.engine.refund(ref, receipt: paid.entry.receipt!, amount: 100, reason: card, as: w.priya), "refund reason")
            expectRefusal("refused", try w.engine.waive(ref, amount: 100, reason: card, as: w.priya), "waiver reason")
            expectRefusal("refused", try w.engine.reverse(ref, entry: paid.entry.id, reason: card, as: w.priya), "reversal reason")
        }
        XCTAssertEqual(try w.engine.ledger(ref: ref, as: w.priya).entries.count, 2, "nothing recorded")
        let stored = try w.engine.testScalarInt("SELECT count(*) FROM event WHERE details LIKE '%4111%' OR reason LIKE '%4111%'")
        XCTAssertEqual(stored, 0)
    }

    func testWaiversRefundsAndReversalsFollowTheRules() throws {
        let w = try WorkflowWorld()
        let ref = try w.claim().ref
        try w.engine.charge(ref, fee: "exam_fee", reason: nil, as: w.marcus)
        expectRefusal("refused", try w.engine.waive(ref, amount: 100, reason: "hardship", as: w.priya), "the exam fee is not waivable")
        let copy = try w.engine.charge(ref, fee: "copy_fee", reason: nil, as: w.marcus)
        XCTAssertEqual(try w.engine.waive(ref, amount: 1500, reason: "hardship", as: w.priya).balance, 4000)
        expectRefusal("refused", try w.engine.waive(ref, amount: 1, reason: "again", as: w.priya), "nothing waivable is left")
        expectRefusal("refused", try w.engine.charge(ref, fee: "filing_fee", reason: nil, as: w.marcus), "a benefit fee on a claim")
        expectRefusal("usage", try w.engine.charge(ref, fee: "no_such_fee", reason: nil, as: w.marcus))
        let paid = try w.engine.pay(ref, amount: 4000, method: .check, reference: "check 7", as: w.marcus)
        try w.engine.refund(ref, receipt: paid.entry.receipt!, amount: 1000, reason: "part", as: w.priya)
        expectRefusal("refused", try w.engine.reverse(ref, entry: paid.entry.id, reason: "bounced", as: w.priya), "a refund stands against it")
        expectRefusal("notFound", try w.engine.refund(ref, receipt: "R-2026-999999", amount: 1, reason: "x", as: w.priya))
        let undo = try w.engine.reverse(ref, entry: copy.entry.id, reason: "charged in error", as: w.priya)
        XCTAssertEqual(undo.entry.reverses, copy.entry.id)
        expectRefusal("refused", try w.engine.reverse(ref, entry: copy.entry.id, reason: "twice", as: w.priya), "an entry is reversed once")
        expectRefusal("refused", try w.engine.reverse(ref, entry: undo.entry.id, reason: "undo the undo", as: w.priya))
        // Charges − payments − waivers + refunds, the copy fee and its waiver... the waiver stands.
        XCTAssertEqual(try w.engine.ledger(ref: ref, as: w.priya).balance, 4000 + 1500 - 1500 - 4000 + 1000 - 1500)
        // Closed cases still take money: a fine is paid after the decision.
        let closed = try w.claim(in: "decided").ref
        try w.engine.charge(closed, fee: "copy_fee", reason: nil, as: w.priya)
        XCTAssertEqual(try w.engine.pay(closed, amount: 1500, method: .online, reference: "P-1", as: w.marcus).balance, 0)
    }

    func testTheOldLedgerComesThroughTheMigrationWithoutLosingARow() throws {
        let dir = TempDir()
        let path = dir.sqliteFile("v7.db")
        do {
            let store = try SQLiteStore.open(path: path, create: true, migrate: false)
            try store.migrate(to: 7)
            try store.db.exec("""
                INSERT INTO department(code, name) VALUES ('DMV', 'Motor vehicles');
                INSERT INTO staff(login, name, role, created_at) VALUES ('ana', 'Ana', 'clerk', 1);
                INSERT INTO constituent(id, given_name, family_name, search_terms, created_at) VALUES (1, 'A', 'B', 'a b', 1);
                INSERT INTO cases(id, ref, type, state, priority, constituent_id, department, task_status, sla_policy, opened_at,
                                  due_day, updated_at, updated_by) VALUES (7, 'TF-2026-000001', 'traffic_fine', 'issued', 4, 1, 'DMV',
                                  'assigned', 'fine', 100, 1, 100, 'ana');
                INSERT INTO ledger(id, case_id, at, kind, code, amount, currency, method, receipt, actor) VALUES
                    (1, 7, 100, 'fee', 'traffic_fine', 17500, 'USD', NULL, NULL, 'ana'),
                    (2, 7, 200, 'payment', 'traffic_fine', 17500, 'USD', 'card_terminal', 'R-123456', 'ana'),
                    (3, 7, 300, 'refund', NULL, 2500, 'USD', 'card_terminal', 'R-123456', 'ana');
                """)
        }
        let store = try SQLiteStore.open(path: path)
        XCTAssertEqual(try store.userVersion(), Schema.currentVersion)
        let rows = try store.ledger(caseId: 7)
        XCTAssertEqual(rows.map(\.id), [1, 2, 3])
        XCTAssertEqual(rows.map(\.kind), ["charge", "payment", "refund"])
        XCTAssertEqual(rows.map(\.amount), [17500, 17500, 2500])
        XCTAssertEqual(rows.map(\.method), [nil, "card-terminal", "card-terminal"])
        XCTAssertEqual(rows.map(\.receipt), [nil, "R-123456", "R-123456"])
        XCTAssertEqual(rows.map(\.department), ["DMV", "DMV", "DMV"])
        XCTAssertEqual(LedgerBook(rows).balance, 2500)
        XCTAssertThrowsError(try store.db.run("UPDATE ledger SET amount = 0 WHERE id = 1"))
        XCTAssertThrowsError(try store.db.run("DELETE FROM ledger WHERE id = 3"))
        XCTAssertEqual(try store.allocateReceipt(year: 2026), "R-2026-000001")
    }

    func testTheFeeScheduleIsReadAndChecked() throws {
        var a = WorkflowFixture.agency()
        a["fees"] = [
            ["code": "fine", "case_type": "benefit", "name": "Fine", "charged": "on_open", "waivable": false,
             "by_offence": ["field": "topic", "amounts": ["speeding": 15000]]],
            ["code": "late", "case_type": "benefit", "name": "Late fee", "amount": 2500, "charged": "late", "after_days": 30],
        ]
        let agency = try WorkflowFixture.parsedAgency(a)
        XCTAssertEqual(agency.fee("late")?.charged, .late(afterDays: 30))
        XCTAssertEqual(agency.fee("fine")?.waivable, false)
        XCTAssertEqual(agency.openingFees(type: "benefit").map(\.code), ["fine"])
        XCTAssertEqual(try agency.fee("fine")!.amount(form: ["topic": "speeding"]).get(), 15000)
        XCTAssertThrowsError(try agency.fee("fine")!.amount(form: ["topic": "parking"]).get())
        a["fees"] = [["code": "x", "case_type": "benefit", "name": "X", "charged": "sometimes"],
                     ["code": "y", "case_type": "benefit", "name": "Y", "amount": 1, "after_days": 3]]
        XCTAssertThrowsError(try WorkflowFixture.parsedAgency(a)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("fees[0].charged") && text.contains("fees[0].amount") && text.contains("fees[1].after_days"), text)
        }
    }

    func testFeesChargedWhenACaseOpens() throws {
        var a = WorkflowFixture.agency()
        a["fees"] = [["code": "filing_fee", "case_type": "benefit", "name": "Filing fee", "amount": 2500, "charged": "on_open"]]
        let w = try WorkflowWorld(agency: a)
        let c = try w.benefit(amount: 100)
        let l = try w.engine.ledger(ref: c.ref, as: w.boss)
        XCTAssertEqual(l.entries.map(\.kind), ["charge"])
        XCTAssertEqual(l.balance, 2500)
        XCTAssertEqual(l.entries.first?.department, c.department)
        XCTAssertTrue(try w.events(c.ref).contains { $0.kind == "fee_charged" })
        XCTAssertEqual(try w.engine.ledger(ref: try w.claim().ref, as: w.boss).entries.count, 0, "claims have no opening fee")
        // An import opens cases too: each is charged, an event on the chain like the rest.
        let path = w.file("benefits.csv", "given_name,family_name,amount\r\nImo,One,100\r\nImo,Two,200\r\n")
        let report = try w.importing(path, form: "benefit_form")
        XCTAssertEqual(report.imported, 2)
        for ref in [report.firstRef!, report.lastRef!] {
            XCTAssertEqual(try w.engine.ledger(ref: ref, as: w.boss).balance, 2500, ref)
            XCTAssertTrue(try w.events(ref).contains { $0.kind == "fee_charged" })
        }
        XCTAssertTrue(try w.engine.check(as: w.boss).findings.isEmpty)
        XCTAssertTrue(try w.engine.verifyAudit(as: w.boss).ok)
    }
}

/// `docket check` replays the ledger's invariants and names what breaks them.
final class LedgerCheckTests: XCTestCase {
    func testCheckNamesALedgerThatDoesNotAddUp() throws {
        let w = try WorkflowWorld()
        let ref = try w.claim().ref
        try w.engine.charge(ref, fee: "copy_fee", reason: nil, as: w.marcus)
        let p = try w.engine.pay(ref, amount: 1500, method: .check, reference: "check 1", as: w.marcus)
        XCTAssertTrue(try w.engine.check(as: w.boss).findings.isEmpty)
        let id = try w.summary(ref).id
        // Rows written past the rules (an insert is all the triggers allow): a refund larger
        // than its receipt and a second reversal of one entry.
        try w.engine.testExec("""
            INSERT INTO ledger(id, case_id, at, kind, amount, currency, method, receipt, department, actor)
                VALUES (100, \(id), 1, 'refund', 9999, 'USD', 'check', '\(p.entry.receipt!)', 'VET', 'x');
            INSERT INTO ledger(id, case_id, at, kind, amount, currency, reverses, department, actor)
                VALUES (101, \(id), 1, 'reversal', 1500, 'USD', 100, 'VET', 'x');
            INSERT INTO ledger(id, case_id, at, kind, amount, currency, reverses, department, actor)
                VALUES (102, \(id), 1, 'reversal', 700, 'USD', 101, 'VET', 'x');
            """)
        let findings = try w.engine.check(as: w.boss).findings.filter { $0.kind == "ledger" }
        let text = findings.map(\.detail).joined(separator: "\n")
        XCTAssertTrue(findings.allSatisfy { $0.ref == ref })
        XCTAssertTrue(text.contains("reverses a reversal"), text)
        XCTAssertTrue(text.contains("the entry it undoes for"), text)
        try w.engine.testExec("""
            INSERT INTO ledger(id, case_id, at, kind, amount, currency, method, receipt, department, actor)
                VALUES (103, \(id), 1, 'refund', 9999, 'USD', 'check', '\(p.entry.receipt!)', 'VET', 'x');
            """)
        let more = try w.engine.check(as: w.boss).findings.map(\.detail).joined(separator: "\n")
        XCTAssertTrue(more.contains("exceed its payment"), more)
    }
}

/// A late fee is a rule that fires: `docket tick` charges it once on what has been owed too long.
final class LateFeeTests: XCTestCase {
    func testALateFeeIsChargedOnceOnWhatIsOwedPastItsDays() throws {
        var a = WorkflowFixture.agency()
        a["fees"] = [["code": "filing_fee", "case_type": "benefit", "name": "Filing fee", "amount": 2500, "charged": "on_open"],
                     ["code": "late_fee", "case_type": "benefit", "name": "Late fee", "amount": 1000, "charged": "late", "after_days": 30]]
        let w = try WorkflowWorld(agency: a)
        let unpaid = try w.benefit(amount: 100).ref
        let paid = try w.benefit(amount: 200).ref
        try w.engine.pay(paid, amount: 2500, method: .cash, reference: nil, as: w.boss)
        w.time.advance(days: 29)
        XCTAssertEqual(try w.engine.chargeLateFees(), [], "not late yet")
        w.time.advance(days: 2)
        XCTAssertEqual(try w.engine.chargeLateFees(), [unpaid])
        XCTAssertEqual(try w.engine.chargeLateFees(), [], "once")
        let l = try w.engine.ledger(ref: unpaid, as: w.boss)
        XCTAssertEqual(l.entries.map { $0.code }, ["filing_fee", "late_fee"])
        XCTAssertEqual(l.entries.last?.actor, "docket")
        XCTAssertEqual(l.balance, 3500)
        XCTAssertEqual(try w.engine.ledger(ref: paid, as: w.boss).balance, 0)
    }
}
