import XCTest
@testable import DocketEngine

/// The payments report reconciles with the ledger: over a demo's whole history its totals are
/// the ledger's standing sums exactly, and windows add up.
final class PaymentsReportTests: XCTestCase {
    func testTheReportReconcilesWithTheLedgerOverADemo() throws {
        let dir = TempDir()
        let engine = try Fixtures.demo(dir, cases: 2000)
        let admin = try engine.staffMember(login: "tester")
        var payments: Int64 = 0, refunds: Int64 = 0, waivers: Int64 = 0
        var kinds: [String: Int] = [:]
        try engine.store.forEachCaseLedger { _, entries in
            let book = LedgerBook(entries)
            payments += book.total(.payment)
            refunds += book.total(.refund)
            waivers += book.total(.waiver)
            for e in entries { kinds[e.kind, default: 0] += 1 }
            for r in entries where r.kind == "payment" { XCTAssertGreaterThanOrEqual(book.refundable(receipt: r.receipt!), 0) }
        }
        for kind in LedgerKind.allCases { XCTAssertGreaterThan(kinds[kind.rawValue] ?? 0, 0, "the demo has \(kind.rawValue) entries") }
        let today = Day(unixSeconds: Fixtures.now)
        let all = try engine.paymentsReport(from: today + -800, to: today, as: admin)
        XCTAssertEqual(all.totals.payments, payments)
        XCTAssertEqual(all.totals.refunds, refunds)
        XCTAssertEqual(all.totals.waivers, waivers)
        XCTAssertEqual(Set(all.rows.compactMap(\.method)).count, PaymentMethod.allCases.count, "every method took money")
        // Windows add up: the last 30 days (the default) and everything before them.
        let recent = try engine.paymentsReport(as: admin)
        XCTAssertEqual(recent.from, today + -29)
        XCTAssertEqual(recent.to, today)
        let before = try engine.paymentsReport(from: today + -800, to: today + -30, as: admin)
        XCTAssertEqual(recent.totals.payments + before.totals.payments, payments)
        XCTAssertEqual(recent.totals.refunds + before.totals.refunds, refunds)
        XCTAssertEqual(recent.totals.waivers + before.totals.waivers, waivers)
        XCTAssertTrue(recent.rows.allSatisfy { $0.day >= recent.from && $0.day <= recent.to })
        let findings = try engine.check(as: admin).findings
        XCTAssertTrue(findings.isEmpty, "\(findings)")
        XCTAssertGreaterThan(kinds["charge"] ?? 0, 0)
        XCTAssertEqual(try engine.chargeLateFees(), [], "the demo's late fees are as a nightly tick would have left them")
    }

    func testAReversalCountsOnItsDayAgainstWhatItUndoes() throws {
        let w = try WorkflowWorld()
        let ref = try w.claim().ref
        try w.engine.charge(ref, fee: "copy_fee", reason: nil, as: w.marcus)
        let p = try w.engine.pay(ref, amount: 1500, method: .check, reference: "check 9", as: w.marcus)
        w.time.advance(days: 2)
        try w.engine.reverse(ref, entry: p.entry.id, reason: "check returned unpaid", as: w.priya)
        let r = try w.engine.paymentsReport(from: w.time.today + -5, to: w.time.today, as: w.priya)
        XCTAssertEqual(r.rows.map(\.payments), [1500, -1500])
        XCTAssertEqual(r.rows.map(\.method), ["check", "check"])
        XCTAssertEqual(r.totals.payments, 0)
        let onlyToday = try w.engine.paymentsReport(from: w.time.today, to: w.time.today, as: w.priya)
        XCTAssertEqual(onlyToday.totals.payments, -1500, "the reversal's day shows the money going back out")
        expectRefusal("usage", try w.engine.paymentsReport(from: w.time.today, to: w.time.today + -1, as: w.priya))
    }
}
