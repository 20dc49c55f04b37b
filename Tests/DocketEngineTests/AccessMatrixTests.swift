import Foundation
import XCTest
@testable import DocketEngine

/// The role × action matrix of DESIGN.md section 6, cell by cell, against the engine. Every
/// "own" cell is checked twice: a case in the person's scope (allowed) and one outside it
/// (refused); "any" with a case outside any department of theirs; "–" with a case in scope,
/// so the refusal is the role's, not the scope's.
final class AccessMatrixTests: XCTestCase {
    enum Cell { case yes, no, own, any, ownAssigned }
    enum Scope { case inScope, outOfScope }

    /// clerk (INTAKE), caseworker (VET), supervisor (VET, MED), auditor, admin.
    var w: WorkflowWorld!
    var roles: [StaffMember] { [w.ana, w.marcus, w.priya, w.sam, w.boss] }
    var checks = 0
    var serial = 0

    override func setUpWithError() throws {
        w = try WorkflowWorld()
        // Someone who works BEN only, with a case of theirs: outside every "own" scope here.
        try w.engine.addStaff(StaffMember(login: "ben.worker", name: "Ben Worker", role: .caseworker, departments: ["BEN"]), as: w.boss)
        let c = try w.engine.intake(type: "benefit", input: ["given_name": "B", "family_name": "W", "amount": "100"], as: w.boss).summary
        try w.engine.assign(c.ref, to: "ben.worker", as: w.boss)
    }

    /// A fresh case for `actor` in or out of their scope, in `state`, assigned to `assignee`.
    func fresh(for actor: StaffMember, _ scope: Scope, state: String = "in_review", assignee: String? = nil) throws -> CaseSummary {
        serial += 1
        let person = ["given_name": "Given\(serial)", "family_name": "Family\(serial)"]
        let own = actor.role == .clerk ? "INTAKE" : "VET"
        let dept = scope == .inScope ? own : (own == "VET" ? "BEN" : "VET")
        var c: CaseSummary
        switch dept {
        case "INTAKE": c = try w.engine.intake(type: "inquiry", input: person, as: w.boss).summary
        case "BEN": c = try w.engine.intake(type: "benefit", input: person.merging(["amount": "100"]) { a, _ in a }, as: w.boss).summary
        default: c = try w.engine.intake(type: "claim", input: person.merging(["urgent": "no"]) { a, _ in a }, as: w.boss).summary
        }
        if state != "new" { try w.engine.changeState(c.ref, to: "triage", reason: nil, as: w.boss) }
        if state == "in_review" || state == "awaiting_info" { try w.engine.changeState(c.ref, to: "in_review", reason: nil, as: w.boss) }
        if state == "awaiting_info" { try w.engine.hold(c.ref, until: w.time.today + 5, reason: "papers", as: w.boss) }
        if let assignee { c = try w.engine.assign(c.ref, to: assignee, as: w.boss) }
        return try w.summary(c.ref)
    }

    /// The by-hand fee of the case's type in the workflow agency.
    func fee(for c: CaseSummary) -> String {
        ["claim": "copy_fee", "benefit": "filing_fee", "inquiry": "inquiry_fee"][c.type]!
    }

    /// A fresh case with a fee charged and paid, and its receipt.
    func paid(for actor: StaffMember, _ scope: Scope) throws -> (CaseSummary, String) {
        let c = try fresh(for: actor, scope)
        try w.engine.charge(c.ref, fee: fee(for: c), reason: nil, as: w.boss)
        let p = try w.engine.pay(c.ref, amount: 500, method: .check, reference: "check 1", as: w.boss)
        return (c, p.entry.receipt!)
    }

    /// Runs `body` as each role per its cell: allowed must succeed, refused must be refused.
    func row(_ name: String, _ cells: [Cell], file: StaticString = #filePath, line: UInt = #line,
             _ body: (StaffMember, Scope) throws -> Void) {
        for (actor, cell) in zip(roles, cells) {
            var cases: [(Scope, Bool)]
            switch cell {
            case .yes: cases = [(.inScope, true)]
            case .no: cases = [(.inScope, false)]
            case .own, .ownAssigned: cases = [(.inScope, true), (.outOfScope, false)]
            case .any: cases = [(.outOfScope, true)]
            }
            for (scope, allowed) in cases {
                checks += 1
                let what = "\(name): \(actor.role.rawValue) \(scope == .inScope ? "in scope" : "out of scope")"
                do {
                    try body(actor, scope)
                    if !allowed { XCTFail("\(what) was allowed; the matrix refuses it", file: file, line: line) }
                } catch let e as DocketError {
                    if allowed { XCTFail("\(what) was refused: \(e)", file: file, line: line) }
                    else if case .refused = e {} else { XCTFail("\(what): refused as \(e), not as a refusal", file: file, line: line) }
                } catch {
                    XCTFail("\(what): \(error)", file: file, line: line)
                }
            }
        }
    }

    func testEveryCellOfTheMatrix() throws {
        let claimForm = ["given_name": "New", "family_name": "Person", "urgent": "no"]
        // intake, import, own drafts
        row("intake", [.yes, .no, .yes, .no, .yes]) { a, _ in _ = try w.engine.intake(type: "claim", input: claimForm, as: a) }
        row("import", [.yes, .no, .yes, .no, .yes]) { a, _ in
            serial += 1
            let path = w.file("import-\(serial).csv", ImportTests.header + "Im\(serial),Port,1970-01-01,,army,no,\r\n")
            _ = try w.importing(path, as: a)
        }
        row("own intake drafts", [.yes, .no, .yes, .no, .yes]) { a, _ in
            _ = try w.engine.saveDraft(form: "claim_form", values: ["given_name": "D"], focus: nil, as: a)
        }
        row("identity candidates at intake", [.yes, .no, .yes, .no, .yes]) { a, _ in
            _ = try w.engine.intakePreview(type: "claim", input: claimForm, as: a)
        }
        // case list, show, search, route explain, constituent show (masked)
        row("case list", [.own, .own, .own, .any, .any]) { a, s in
            var q = CaseQuery()
            q.department = (a.role == .clerk) == (s == .inScope) ? "INTAKE" : "VET"
            if s == .outOfScope && a.role != .clerk { q.department = "BEN" }
            _ = try w.engine.listCases(q, as: a)
        }
        row("case show", [.own, .own, .own, .any, .any]) { a, s in _ = try w.engine.caseDetail(ref: try fresh(for: a, s).ref, as: a) }
        row("route explain", [.own, .own, .own, .any, .any]) { a, s in _ = try w.engine.explainRoute(try fresh(for: a, s).ref, as: a) }
        row("search", [.own, .own, .own, .any, .any]) { a, s in
            let c = try fresh(for: a, s)
            guard try w.engine.search(c.constituentName, as: a).contains(where: { $0.cases.contains { $0.ref == c.ref } }) else {
                throw DocketError.refused("not found: outside the scope")
            }
        }
        row("constituent show", [.no, .own, .own, .any, .any]) { a, s in
            _ = try w.engine.constituentView(id: try fresh(for: a, s).constituentId, as: a)
        }
        // reveal identifiers
        row("reveal", [.no, .ownAssigned, .own, .no, .any]) { a, s in
            let c = try fresh(for: a, s, assignee: a.role == .caseworker && s == .inScope ? a.login : nil)
            _ = try w.engine.revealCase(ref: c.ref, reason: "the person called", as: a)
        }
        row("reveal, not assigned", [.no, .no, .own, .no, .any]) { a, s in
            let c = try fresh(for: a, s, assignee: a.role == .caseworker ? "jo" : nil)
            _ = try w.engine.revealCase(ref: c.ref, reason: "the person called", as: a)
        }
        // work on a case
        row("claim", [.no, .own, .own, .no, .any]) { a, s in try w.engine.claim(try fresh(for: a, s).ref, as: a) }
        row("release", [.no, .own, .own, .no, .any]) { a, s in
            let holder = s == .inScope ? (a.role == .caseworker ? a.login : "jo") : (a.role == .clerk ? "jo" : "ben.worker")
            let c = try fresh(for: a, s, assignee: holder)
            try w.engine.release(c.ref, as: a)
        }
        row("route", [.no, .own, .own, .no, .any]) { a, s in
            let c = try fresh(for: a, s)
            try w.engine.route(c.ref, to: c.department == "MED" ? "VET" : "MED", reason: "needs a doctor", as: a)
        }
        row("refer", [.no, .own, .own, .no, .any]) { a, s in
            let c = try fresh(for: a, s)
            _ = try w.engine.refer(c.ref, to: c.department == "MED" ? "VET" : "MED", reason: "exam", as: a)
        }
        row("state", [.no, .own, .own, .no, .any]) { a, s in
            try w.engine.changeState(try fresh(for: a, s, state: "triage").ref, to: "in_review", reason: nil, as: a)
        }
        row("hold", [.no, .own, .own, .no, .any]) { a, s in
            try w.engine.hold(try fresh(for: a, s).ref, until: w.time.today + 3, reason: "papers", as: a)
        }
        row("decide", [.no, .own, .own, .no, .any]) { a, s in
            try w.engine.decide(try fresh(for: a, s).ref, outcome: "granted", reasonCode: "evidence", rationale: "Shown.", as: a)
        }
        row("note", [.no, .own, .own, .no, .any]) { a, s in try w.engine.note(try fresh(for: a, s).ref, text: "called", as: a) }
        row("complete a referral", [.no, .own, .own, .no, .any]) { a, s in
            // A BEN case referred to the person's department (in scope) or to one that is not theirs.
            serial += 1
            let c = try w.engine.intake(type: "benefit", input: ["given_name": "R\(serial)", "family_name": "F", "amount": "100"], as: w.boss).summary
            try w.engine.changeState(c.ref, to: "triage", reason: nil, as: w.boss)
            let target = s == .inScope ? (a.role == .clerk ? "INTAKE" : "VET") : "INTAKE"
            let task = try w.engine.refer(c.ref, to: target, reason: "records", as: w.boss)
            try w.engine.completeTask(c.ref, taskId: task.id, note: "done", as: a)
        }
        row("edit form", [.no, .own, .own, .no, .any]) { a, s in
            serial += 1
            try w.engine.editForm(ref: try fresh(for: a, s).ref, changes: ["family_name": "Edited\(serial)"], as: a)
        }
        row("next", [.no, .own, .own, .no, .own]) { a, s in
            _ = try fresh(for: a, s)
            var me = a
            if s == .outOfScope { me.departments = ["MED"]; if me.role == .admin { me.role = .supervisor } }
            _ = try w.engine.next(department: s == .inScope ? (a.role == .clerk ? "INTAKE" : "VET") : "BEN", as: me)
        }
        // money: charge and pay in scope (any for payments staff); refund, waive, reverse for supervisors
        row("charge", [.no, .own, .own, .no, .any]) { a, s in
            let c = try fresh(for: a, s)
            try w.engine.charge(c.ref, fee: fee(for: c), reason: nil, as: a)
        }
        row("pay", [.no, .own, .own, .no, .any]) { a, s in
            try w.engine.pay(try fresh(for: a, s).ref, amount: 500, method: .cash, reference: nil, as: a)
        }
        row("refund", [.no, .no, .own, .no, .any]) { a, s in
            let (c, receipt) = try paid(for: a, s)
            try w.engine.refund(c.ref, receipt: receipt, amount: 100, reason: "overpaid", as: a)
        }
        row("waive", [.no, .no, .own, .no, .any]) { a, s in
            let c = try fresh(for: a, s)
            try w.engine.charge(c.ref, fee: fee(for: c), reason: nil, as: w.boss)
            try w.engine.waive(c.ref, amount: 100, reason: "hardship", as: a)
        }
        row("reverse a ledger entry", [.no, .no, .own, .no, .any]) { a, s in
            let c = try fresh(for: a, s)
            let charged = try w.engine.charge(c.ref, fee: fee(for: c), reason: nil, as: w.boss)
            try w.engine.reverse(c.ref, entry: charged.entry.id, reason: "charged in error", as: a)
        }
        row("report payments", [.no, .no, .yes, .yes, .yes]) { a, _ in _ = try w.engine.paymentsReport(as: a) }
        // supervising
        row("assign", [.no, .no, .own, .no, .any]) { a, s in
            let c = try fresh(for: a, s)
            try w.engine.assign(c.ref, to: c.department == "BEN" ? "boss" : "jo", as: a)
        }
        row("rebalance", [.no, .no, .own, .no, .any]) { a, s in
            _ = try fresh(for: a, s)
            _ = try w.engine.rebalance(department: s == .inScope ? "VET" : "BEN", oldestUnassigned: 1, preview: true, as: a)
        }
        row("staff reassign", [.no, .no, .own, .no, .any]) { a, s in
            _ = try w.engine.reassign(from: s == .inScope ? "jo" : "ben.worker", preview: true, as: a)
        }
        row("staff away", [.no, .no, .own, .no, .any]) { a, s in
            try w.engine.markAway(s == .inScope ? "jo" : "ana", until: w.time.today + 3, as: a)
            try w.engine.markBack(s == .inScope ? "jo" : "ana", as: a)
        }
        row("legal hold", [.no, .no, .own, .no, .any]) { a, s in
            let c = try fresh(for: a, s)
            try w.engine.legalHold(c.ref, lift: false, reason: "lawsuit 26-CV-1", as: a)
            try w.engine.legalHold(c.ref, lift: true, reason: "settled", as: a)
        }
        // exports, reports, audit
        row("export cases", [.no, .own, .own, .any, .any]) { a, s in
            var r = ExportRequest(subject: .cases, format: .csv)
            r.query.department = s == .inScope ? "VET" : "BEN"
            _ = try w.engine.export(r, as: a, write: { _ in })
        }
        row("export constituents", [.no, .own, .own, .any, .any]) { a, s in
            var r = ExportRequest(subject: .constituents, format: .csv)
            r.query.department = s == .inScope ? "VET" : "BEN"
            _ = try w.engine.export(r, as: a, write: { _ in })
        }
        row("export with identifiers", [.no, .no, .own, .no, .any]) { a, s in
            var r = ExportRequest(subject: .cases, format: .csv)
            r.query.department = s == .inScope ? "VET" : "BEN"
            r.includePII = true
            r.reason = "records request"
            _ = try w.engine.export(r, as: a, write: { _ in })
        }
        row("report backlog", [.no, .no, .yes, .yes, .yes]) { a, _ in _ = try w.engine.backlogReport(as: a) }
        row("audit log of a case", [.no, .own, .own, .any, .any]) { a, s in
            _ = try w.engine.auditLog(ref: try fresh(for: a, s).ref, viewsOnly: true, as: a)
        }
        row("audit log of everything", [.no, .no, .no, .yes, .yes]) { a, _ in _ = try w.engine.auditLog(ref: nil, viewsOnly: false, as: a) }
        row("audit verify", [.no, .no, .no, .yes, .yes]) { a, _ in _ = try w.engine.verifyAudit(as: a) }
        row("audit anchor", [.no, .no, .no, .yes, .yes]) { a, _ in _ = try w.engine.anchor(to: w.dir.file("anchors"), as: a) }
        row("check", [.no, .no, .no, .yes, .yes]) { a, _ in _ = try w.engine.check(as: a) }
        row("constituent export", [.no, .no, .no, .yes, .yes]) { a, s in
            _ = try w.engine.subjectAccessExport(constituent: try fresh(for: a, s).constituentId, as: a)
        }
        // administration
        row("staff add", [.no, .no, .no, .no, .yes]) { a, _ in
            serial += 1
            try w.engine.addStaff(StaffMember(login: "new\(serial)", name: "New", role: .clerk, departments: ["INTAKE"]), as: a)
        }
        row("staff set", [.no, .no, .no, .no, .yes]) { a, _ in try w.engine.setStaff("lee", role: nil, departments: ["MED"], as: a) }
        row("staff deactivate", [.no, .no, .no, .no, .yes]) { a, _ in
            serial += 1
            let login = "leaver\(serial)"
            try w.engine.addStaff(StaffMember(login: login, name: "Leaver", role: .clerk, departments: ["INTAKE"]), as: w.boss)
            _ = try w.engine.deactivateStaff(login, as: a)
        }
        row("constituent erase", [.no, .no, .no, .no, .yes]) { a, s in
            let c = try fresh(for: a, s, state: "triage")
            try w.engine.changeState(c.ref, to: "withdrawn", reason: "withdrawn by letter", as: w.boss)
            let done = try w.engine.eraseConstituent(c.constituentId, reason: "request 12", as: a)
            XCTAssertTrue(done.erased)
        }
        row("retention run", [.no, .no, .no, .no, .yes]) { a, _ in _ = try w.engine.runRetention(dryRun: true, as: a) }
        // docket backup copies an SQLite file; a PostgreSQL database is backed up with pg_dump.
        if !TestStore.isPostgres { row("backup", [.no, .no, .no, .no, .yes]) { a, _ in
            serial += 1
            try w.engine.backup(to: w.dir.file("backup-\(serial).db"), as: a)
        } }
        XCTAssertGreaterThanOrEqual(checks, 150, "every cell, own cells twice")
    }

    /// "any for PAY staff": payments staff take payments on any case, as a cashier's window
    /// does, and payments supervisors refund, waive and reverse on any; a supervisor of another
    /// department may not refund outside it.
    func testPaymentsStaffActOnAnyCase() throws {
        var a = WorkflowFixture.agency()
        a["departments"] = (a["departments"] as! [[String: Any]]) + [["code": "PAY", "name": "Payments"]]
        a["staff"] = (a["staff"] as! [[String: Any]]) + [
            ["login": "cash", "name": "Cashier", "role": "caseworker", "departments": ["PAY"]],
            ["login": "paylead", "name": "Payments Lead", "role": "supervisor", "departments": ["PAY"]],
            ["login": "benlead", "name": "Benefits Lead", "role": "supervisor", "departments": ["BEN"]],
        ]
        let world = try WorkflowWorld(agency: a)
        let cashier = try world.engine.staffMember(login: "cash"), payLead = try world.engine.staffMember(login: "paylead")
        let benLead = try world.engine.staffMember(login: "benlead")
        let ref = try world.claim().ref  // a VET case
        try world.engine.charge(ref, fee: "copy_fee", reason: nil, as: cashier)
        let p = try world.engine.pay(ref, amount: 1500, method: .cardTerminal, reference: "AUTH 1", as: cashier)
        XCTAssertEqual(try world.engine.ledger(ref: ref, as: cashier).balance, 0, "payments staff read any ledger")
        expectRefusal("refused", try world.engine.refund(ref, receipt: p.entry.receipt!, amount: 100, reason: "x", as: cashier), "a cashier is no supervisor")
        expectRefusal("refused", try world.engine.refund(ref, receipt: p.entry.receipt!, amount: 100, reason: "x", as: benLead), "outside BEN")
        expectRefusal("refused", try world.engine.pay(ref, amount: 100, method: .cash, reference: nil, as: benLead), "outside BEN")
        try world.engine.refund(ref, receipt: p.entry.receipt!, amount: 100, reason: "overpaid", as: payLead)
        try world.engine.reverse(ref, entry: p.entry.id - 1, reason: "charged in error", as: payLead)
        expectRefusal("refused", try world.engine.pay(ref, amount: 100, method: .cash, reference: nil, as: world.ana), "clerks take no payments")
        expectRefusal("refused", try world.engine.paymentsReport(as: cashier), "the report is for supervisors")
    }
}
