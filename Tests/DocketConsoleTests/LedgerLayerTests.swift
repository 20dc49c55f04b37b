import DocketEngine
@testable import DocketConsole
import Foundation
import XCTest

/// The ledger on the case screen: `$` takes a payment in one dialog and shows its receipt;
/// `L` lists the ledger, from which a supervisor refunds or waives.
final class LedgerLayerTests: ConsoleTestCase {
    /// The console agency with a fee, one claim charged it.
    private func makeDatabase() throws -> String {
        let dir = try temporaryDirectory()
        let path = dir.appendingPathComponent("ledger.db").path
        var agency = ConsoleFixtures.agency
        agency["fees"] = [["code": "copy_fee", "case_type": "claim", "name": "Copies of records", "amount": 1500]]
        let data = try JSONSerialization.data(withJSONObject: agency, options: [.sortedKeys])
        let engine = try Engine.create(path: path, agencySource: data, agencyFile: "test-agency.json", creator: "root",
                                       clock: .fixed(ConsoleFixtures.now - 86_400))
        let ref = try engine.intake(type: "claim", form: ["given_name": "Łukasz", "family_name": "Wójcik", "branch": "army"],
                                    as: try engine.staffMember(login: "ana")).summary.ref
        XCTAssertEqual(ref, "CL-2026-000001")
        try engine.charge(ref, fee: "copy_fee", reason: "copies of the service record", as: try engine.staffMember(login: "marcus"))
        return path
    }

    private func open(_ terminal: VirtualTerminal) {
        terminal.type(":open CL-2026-000001"); terminal.enqueue(names: "Enter")
    }

    /// The box whose top edge holds `title`, row by row, from its left edge.
    private func box(_ text: String, titled title: String) -> [String] {
        let rows = text.components(separatedBy: "\n")
        guard let top = rows.firstIndex(where: { $0.contains(title) }), let corner = rows[top].firstIndex(of: "┌") else { return [] }
        let left = rows[top].distance(from: rows[top].startIndex, to: corner)
        var out: [String] = []
        for row in rows[top...] {
            let chars = Array(row)
            guard chars.count > left else { break }
            let line = String(chars[left...]).trimmingCharacters(in: .whitespaces)
            out.append(line)
            if line.hasPrefix("└") { break }
        }
        return out
    }

    private func ledger(_ path: String) throws -> Engine.CaseLedger {
        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
        return try engine.ledger(ref: "CL-2026-000001", as: try engine.staffMember(login: "priya"))
    }

    func testDollarTakesAPaymentAndShowsTheReceipt() throws {
        let path = try makeDatabase()
        let terminal = VirtualTerminal(width: 100, height: 30)
        open(terminal)
        // $, the amount, the method (2: check), the reference: one dialog from the case.
        terminal.enqueue(names: "$")
        terminal.type("15.00")
        terminal.enqueue(names: "Tab 2 Tab")
        let runtime = try ConsoleFixtures.run(path: path, login: "marcus", terminal: terminal)
        assertScreen(box(terminal.text, titled: "Payment — CL-2026-000001").joined(separator: "\n"), """
            ┌─ Payment — CL-2026-000001 ───────────────────────────────────────────────┐
            │ Owed $15.00                                                              │
            │                                                                          │
            │ Amount     15.00                                                         │
            │ Method     1 card-terminal 2 check 3 cash 4 ach 5 money-order 6 online   │
            │ Reference  check no., terminal auth., provider id — never a card number  │
            │                                                                          │
            │                                                                          │
            │                                                                          │
            └───────────────────────────────────── Enter record  Tab next  Esc cancel ─┘
            """)
        terminal.type("check 4410")
        terminal.enqueue(names: "Enter")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        assertScreen(box(terminal.text, titled: "Payment — CL-2026-000001").joined(separator: "\n"), """
            ┌─ Payment — CL-2026-000001 ───────────────────────────────────────────────┐
            │ Receipt R-2026-000001                                                    │
            │                                                                          │
            │ Case       CL-2026-000001                                                │
            │ Paid       $15.00 by check                                               │
            │ Reference  check 4410                                                    │
            │ Taken by   marcus, 2026-11-18 10:00                                      │
            │                                                                          │
            │ Nothing owed                                                             │
            └──────────────────────────────────────────────────────────── Enter close ─┘
            """)
        XCTAssertEqual(runtime.state.status?.text, "CL-2026-000001: paid $15.00, receipt R-2026-000001")
        terminal.enqueue(names: "Enter")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertTrue(runtime.state.overlays.isEmpty, "closing the receipt goes back to the case")
        let l = try ledger(path)
        XCTAssertEqual(l.entries.map(\.kind), ["charge", "payment"])
        XCTAssertEqual(l.entries.last?.reference, "check 4410")
        XCTAssertEqual(l.entries.last?.method, "check")
        XCTAssertEqual(l.balance, 0)
        XCTAssertEqual(runtime.state.caseScreen?.summary?.version, 3, "the case screen was reloaded")
    }

    func testACardNumberOrABadAmountIsRefusedInTheDialog() throws {
        let path = try makeDatabase()
        let terminal = VirtualTerminal(width: 100, height: 30)
        open(terminal)
        terminal.enqueue(names: "$")
        terminal.type("15.001")
        terminal.enqueue(names: "Enter")
        let runtime = try ConsoleFixtures.run(path: path, login: "marcus", terminal: terminal)
        XCTAssertTrue(terminal.text.contains("never rounds money"), terminal.text)
        terminal.enqueue(names: "Backspace Tab Tab")
        terminal.type("4111 1111 1111 1111")
        terminal.enqueue(names: "Enter")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertTrue(terminal.text.contains("payment card number"), terminal.text)
        XCTAssertEqual(try ledger(path).entries.count, 1, "nothing recorded")
        terminal.enqueue(names: "Esc")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertTrue(runtime.state.overlays.isEmpty)
    }

    func testTheLedgerPaneLetsASupervisorRefundAndRefusesACaseworker() throws {
        let path = try makeDatabase()
        do {
            let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
            try engine.pay("CL-2026-000001", amount: 2000, method: .cash, reference: nil, as: try engine.staffMember(login: "marcus"))
        }
        // A caseworker sees the ledger but may not refund.
        let first = VirtualTerminal(width: 100, height: 30)
        open(first)
        first.enqueue(names: "L j r")
        let refused = try ConsoleFixtures.run(path: path, login: "marcus", terminal: first)
        XCTAssertTrue(first.text.contains("Cannot refund: refunds, waivers and reversals need a supervisor"), first.text)
        XCTAssertEqual(refused.state.overlays.count, 1)

        let terminal = VirtualTerminal(width: 100, height: 30)
        open(terminal)
        terminal.enqueue(names: "L")
        let runtime = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        assertScreen(box(terminal.text, titled: "Ledger — CL-2026-000001").joined(separator: "\n"), """
            ┌─ Ledger — CL-2026-000001 (USD) ────────────────────────────────────────────────────────────────┐
            │ #1  2026-11-17  charge    $15.00  copy_fee — copies of the service record                      │
            │ #2  2026-11-18  payment   $20.00  cash R-2026-000001                                           │
            │                                                                                                │
            │                                                                                                │
            │ Credit $5.00 (the agency owes it back)                                                         │
            │ Receipts: R-2026-000001 $20.00 left                                                            │
            │                                                                                                │
            └────────────────────────────────────────────────────────── $ pay  r refund  w waive  Esc close ─┘
            """)
        terminal.enqueue(names: "j r")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertTrue(terminal.text.contains("Refund from R-2026-000001"), terminal.text)
        terminal.enqueue(names: "Backspace Backspace Backspace Backspace Backspace")
        terminal.type("5.00")
        terminal.enqueue(names: "Tab")
        terminal.type("overpaid at the counter")
        terminal.enqueue(names: "Enter")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertTrue(terminal.text.contains("Refunded $5.00 from R-2026-000001"), terminal.text)
        XCTAssertEqual(runtime.state.status?.text, "CL-2026-000001: refunded $5.00 from R-2026-000001")
        terminal.enqueue(names: "Enter")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertTrue(terminal.text.contains("Receipts: R-2026-000001 $15.00 left"), terminal.text)
        XCTAssertTrue(terminal.text.contains("Nothing owed") || terminal.text.contains("nothing owed"), terminal.text)
        let l = try ledger(path)
        XCTAssertEqual(l.entries.map(\.kind), ["charge", "payment", "refund"])
        XCTAssertEqual(l.entries.last?.reason, "overpaid at the counter")
        XCTAssertEqual(l.entries.last?.actor, "priya")
        XCTAssertEqual(l.balance, 0)
    }

    func testHelpAndTheKeyReferenceListTheLedgerKeys() throws {
        let plain = KeyTables.plain()
        XCTAssertTrue(plain.contains("take a payment: amount, method, reference, Enter; shows the receipt"), plain)
        XCTAssertTrue(ConsoleKeymaps.standard.caseScreen.binding(forAction: .caseScreen(.payment))?.keys == [.character("$")])
        XCTAssertTrue(plain.contains("Ledger (ledger)"))
        XCTAssertTrue(plain.contains("ledger-refund"))
        XCTAssertTrue(plain.contains("Payment, refund and waiver dialog (money)"))
        XCTAssertTrue(ConsoleKeymaps.standard.caseScreen.helpLines().contains { $0.contains("take a payment") })
        XCTAssertEqual(ConsoleKeymaps.standard.all.flatMap { $0.conflicts() }, [])
    }

    func testQuestionMarkInTheLedgerListsItsKeys() throws {
        let path = try makeDatabase()
        let terminal = VirtualTerminal(width: 120, height: 40)
        open(terminal)
        terminal.enqueue(names: "L ?")
        let runtime = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        XCTAssertTrue(terminal.text.contains("refund from the selected payment's receipt"), terminal.text)
        XCTAssertTrue(terminal.text.contains("on the method: the next method"), terminal.text)
        terminal.enqueue(names: "?")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertTrue(terminal.text.contains("copy_fee"), "back to the entries: \(terminal.text)")
        XCTAssertEqual(runtime.state.overlays.count, 1)
    }
}
