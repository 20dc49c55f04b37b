import Foundation
import XCTest
@testable import docket
@testable import DocketEngine

/// A traffic fine through the command line: charged, paid by check with a numbered receipt,
/// partly refunded by a supervisor, and the takings reconcile with the ledger.
final class LedgerCommandTests: InProcessCLITestCase {
    func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], text)
    }

    func testATrafficFineIsChargedPaidByCheckPartlyRefundedAndReconciles() throws {
        XCTAssertEqual(run("demo", "--cases", "400").code, 0)
        let list = run("case", "list", "--type", "traffic_fine", "--limit", "1", "--json")
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as? [[String: Any]])
        let ref = try XCTUnwrap(rows.first?["ref"] as? String)
        let before = try json(run("ledger", ref, "--json").out)
        XCTAssertEqual(before["currency"] as? String, "USD")
        XCTAssertEqual((before["entries"] as? [[String: Any]])?.first?["fee"] as? String, "traffic_fine", "the fine was charged as the case opened")

        // A late fee by hand, by payments staff (the case is not in their department).
        let charged = run("charge", ref, "--fee", "traffic_fine_late_fee", "--reason", "unpaid after 30 days", "--as", "wei.zhang")
        XCTAssertEqual(charged.code, 0, charged.err)
        let owed = try XCTUnwrap(try json(run("ledger", ref, "--json").out)["balance"] as? Int)
        XCTAssertGreaterThan(owed, 0)

        // Paid in full by check: a numbered receipt.
        let amount = String(format: "%d.%02d", owed / 100, owed % 100)
        let paid = run("pay", ref, "--amount", amount, "--method", "check", "--reference", "check 4410", "--as", "wei.zhang",
                       "--request-id", "pay-1")
        XCTAssertEqual(paid.code, 0, paid.err)
        let receipt = try XCTUnwrap(paid.out.range(of: #"R-2026-\d{6}"#, options: .regularExpression).map { String(paid.out[$0]) }, paid.out)
        XCTAssertTrue(paid.out.hasPrefix("Receipt \(receipt)"), paid.out)
        XCTAssertTrue(paid.out.contains("nothing owed"), paid.out)
        let again = run("pay", ref, "--amount", amount, "--method", "check", "--reference", "check 4410", "--as", "wei.zhang",
                        "--request-id", "pay-1")
        XCTAssertEqual(again.out, paid.out, "a retried payment is not taken twice")
        XCTAssertEqual(try json(run("ledger", ref, "--json").out)["balance"] as? Int, 0)

        // Refunds are for supervisors; a payments supervisor refunds part of the receipt.
        let cashierRefund = run("refund", ref, "--receipt", receipt, "--amount", "10.00", "--reason", "late fee charged in error", "--as", "wei.zhang")
        XCTAssertEqual(cashierRefund.code, 1)
        XCTAssertTrue(cashierRefund.err.contains("supervisor"), cashierRefund.err)
        let tooMuch = run("refund", ref, "--receipt", receipt, "--amount", "100000", "--reason", "x", "--as", "david.kim")
        XCTAssertEqual(tooMuch.code, 1)
        XCTAssertTrue(tooMuch.err.contains("left to refund"), tooMuch.err)
        let refunded = run("refund", ref, "--receipt", receipt, "--amount", "10.00", "--reason", "late fee charged in error", "--as", "david.kim")
        XCTAssertEqual(refunded.code, 0, refunded.err)
        let after = try json(run("ledger", ref, "--json").out)
        XCTAssertEqual(after["balance"] as? Int, 1000, "the refund is owed again: charges - payments - waivers + refunds")
        let kinds = (after["entries"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
        XCTAssertEqual(Array(kinds.suffix(3)), ["charge", "payment", "refund"])
        let actors = (after["entries"] as? [[String: Any]] ?? []).suffix(3).compactMap { $0["actor"] as? String }
        XCTAssertEqual(actors, ["wei.zhang", "wei.zhang", "david.kim"], "the person of record; the events keep who typed it")
        XCTAssertTrue(run("ledger", ref).out.contains("\(receipt)"))

        // The takings reconcile: the report's totals are the ledger's sums, exactly.
        let report = try json(run("report", "payments", "--from", "2020-01-01", "--to", "2026-11-18", "--json").out)
        let totals = try XCTUnwrap(report["totals"] as? [String: Int])
        let engine = try Engine.open(path: dir + "/d.db")
        var sums = (payments: Int64(0), refunds: Int64(0), waivers: Int64(0))
        try engine.store.forEachCaseLedger { _, entries in
            let b = LedgerBook(entries)
            sums.payments += b.total(.payment); sums.refunds += b.total(.refund); sums.waivers += b.total(.waiver)
        }
        XCTAssertEqual(totals["payments"].map(Int64.init), sums.payments)
        XCTAssertEqual(totals["refunds"].map(Int64.init), sums.refunds)
        XCTAssertEqual(totals["waivers"].map(Int64.init), sums.waivers)
        let today = try json(run("report", "payments", "--from", "2026-11-18", "--to", "2026-11-18", "--json").out)
        let days = today["days"] as? [[String: Any]] ?? []
        XCTAssertTrue(days.contains { $0["method"] as? String == "check" && ($0["refunds"] as? Int ?? 0) >= 1000 }, "\(days)")
        let csv = run("report", "payments", "--csv")
        XCTAssertTrue(csv.out.hasPrefix("day,department,method,payments,refunds,waivers,count"), csv.out)
        XCTAssertEqual(run("check").code, 0, run("check").out)
    }

    func testRefusalsSayWhatIsWrong() throws {
        XCTAssertEqual(run("demo", "--cases", "100").code, 0)
        let list = run("case", "list", "--type", "traffic_fine", "--limit", "1", "--json")
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as? [[String: Any]])
        let ref = try XCTUnwrap(rows.first?["ref"] as? String)
        let card = run("pay", ref, "--amount", "5", "--method", "card-terminal", "--reference", "4111 1111 1111 1111")
        XCTAssertEqual(card.code, 1)
        XCTAssertTrue(card.err.contains("card number"), card.err)
        let method = run("pay", ref, "--amount", "5", "--method", "visa", "--reference", "x")
        XCTAssertEqual(method.code, 2)
        XCTAssertTrue(method.err.contains("card-terminal|check|cash|ach|money-order|online"), method.err)
        let rounding = run("pay", ref, "--amount", "5.005", "--method", "cash")
        XCTAssertEqual(rounding.code, 2)
        XCTAssertTrue(rounding.err.contains("never rounds"), rounding.err)
        let stale = run("pay", ref, "--amount", "5", "--method", "cash", "--expect-version", "999")
        XCTAssertEqual(stale.code, 1)
        XCTAssertTrue(stale.err.contains("version"), stale.err)
        let waive = run("waive", ref, "--amount", "999.00", "--reason", "hardship")
        XCTAssertEqual(waive.code, 1, "the fine itself is not waivable, at most a late fee is")
        XCTAssertTrue(waive.err.contains("waived"), waive.err)
        XCTAssertEqual(run("reverse", ref, "--entry", "abc", "--reason", "x").code, 2)
        XCTAssertEqual(run("report", "payments", "--from", "2026-11-18", "--to", "2026-11-01").code, 2)
        XCTAssertTrue(run("pay", "--help").out.contains("--request-id"))
    }
}
