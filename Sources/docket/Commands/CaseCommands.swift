import DocketEngine
import Foundation

/// `docket case list` and `docket case show`.
enum CaseCommands {
    static func list(_ ctx: Context) throws -> Int32 {
        let engine = try ctx.openEngine()
        let actor = try ctx.actor(in: engine)
        let a = ctx.arguments
        var q = CaseQuery()
        q.department = a.value("dept")?.uppercased()
        q.referrals = a.has("referrals")
        if q.referrals && q.department == nil { throw CLIError.usage("--referrals needs --dept D: the department the referrals go to") }
        q.state = a.value("state")
        q.type = a.value("type")
        if let assignee = a.value("assignee") { q.setAssignee(typed: assignee) }
        q.overdue = a.has("overdue")
        q.includeClosed = a.has("all")
        q.after = a.value("after")?.uppercased()
        q.limit = try a.int("limit", default: 50)
        let cases = try engine.listCases(q, as: actor)
        let now = engine.clock.now, today = engine.clock.today
        if ctx.json {
            ctx.stdout(JSONText.encode(.array(cases.map { .object(CaseOutput.json($0, now: now, today: today)) })))
        } else if cases.isEmpty {
            ctx.stdout(q.after == nil ? "no cases match" : "no more cases after \(q.after!)")
        } else {
            ctx.stdout(CaseOutput.table(cases, now: now, today: today))
            if cases.count == q.limit {
                ctx.stderr("more: add --after \(cases.last!.ref) for the next page")
            }
        }
        return 0
    }

    static func show(_ ctx: Context) throws -> Int32 {
        let engine = try ctx.openEngine()
        let actor = try ctx.actor(in: engine)
        let ref = ctx.arguments.positionals[0]
        let reveal = ctx.arguments.has("reveal")
        guard reveal == (ctx.arguments.value("reason") != nil) else {
            throw CLIError.usage("--reveal needs --reason TEXT (why the identifiers are needed; it is recorded), and --reason goes with --reveal")
        }
        // Identifiers are masked unless revealed, by someone allowed to, for a recorded reason.
        let detail = reveal ? try engine.revealCase(ref: ref, reason: ctx.arguments.value("reason")!, as: actor)
                            : Disclosure.masked(try engine.caseDetail(ref: ref, as: actor), agency: engine.agency)
        let now = engine.clock.now, today = engine.clock.today
        if ctx.json {
            ctx.stdout(JSONText.encode(CaseOutput.detailJSON(detail, agency: engine.agency, now: now, today: today, revealed: reveal),
                                       pretty: true))
        } else {
            ctx.stdout(CaseText.render(detail, agency: engine.agency, now: now, today: today))
        }
        return 0
    }
}

/// `case show` as text: header, constituent, form, tasks, timeline, ledger.
enum CaseText {
    static func render(_ d: CaseDetail, agency: Agency, now: Int64, today: Day) -> String {
        let c = d.summary
        let clean = { (s: String) in UntrustedText.sanitize(s) }
        var out: [String] = []
        let typeName = agency.caseType(c.type)?.name ?? c.type
        out.append("\(c.ref)  \(typeName)  [\(c.state)]  priority \(c.priority)  version \(c.version)")
        let sla = c.isOverdue(today: today) ? "OVERDUE since \(c.dueDay.iso)" : (c.isOnHold ? "paused (on hold)" : "due \(c.dueDay.iso)")
        out.append("department \(c.department)  assignee \(c.assignee ?? "unassigned")  waiting \(c.daysWaiting(now: now)) days  on hold \(c.daysOnHold(now: now)) days  SLA \(sla)")
        if let until = c.holdUntil { out.append("on hold until \(Day(unixSeconds: until).iso)") }
        if let since = c.legalHoldSince { out.append("under legal hold since \(Timestamp.iso(since).prefix(10)): its people cannot be erased") }
        if let of = d.appealOf { out.append("appeal of \(of)") }
        if !d.appeals.isEmpty { out.append("appealed in \(d.appeals.joined(separator: ", "))") }
        for x in d.decisions {
            out.append("decision \(x.outcome) (\(x.reasonCodes.joined(separator: ", "))) on \(Day(unixSeconds: x.at).iso) by \(x.actor): \(clean(x.rationale))")
        }
        out.append("")
        let p = d.constituent
        out.append("Constituent #\(p.id): \(clean(p.fullName))  born \(p.birthDate ?? "?")  id \(p.nationalId ?? "-")  language \(p.language ?? "-")")
        out.append("")
        out.append("Form")
        let form = agency.caseType(c.type).flatMap { agency.form($0.form) }
        for field in form?.fields ?? [] {
            guard let v = d.form[field.id] else { continue }
            let shown = clean(v.replacingOccurrences(of: "\n", with: ", "))
            out.append("  \(field.label): \(shown)")
        }
        out.append("")
        out.append("Tasks")
        for t in d.tasks {
            let kind = t.parentId == nil ? "main" : "referral"
            out.append("  #\(t.id) \(kind) \(t.department) \(t.status) \(t.assignee ?? "unassigned")\(t.reason.map { " — \(clean($0))" } ?? "")")
        }
        out.append("")
        out.append("Timeline")
        for e in d.timeline {
            out.append("  \(Timestamp.iso(e.at))  \(e.actor)\(e.actingAs.map { " as \($0)" } ?? "")  \(e.kind)\(e.reason.map { ": \(clean($0))" } ?? "")")
        }
        if !d.ledger.isEmpty {
            out.append("")
            out.append("Ledger (balance \(Money.format(d.balance, currency: agency.currency)))")
            for l in d.ledger {
                out.append("  \(Day(unixSeconds: l.at).iso)  \(l.kind)  \(Money.format(l.amount, currency: l.currency))\(l.method.map { " by \($0)" } ?? "")\(l.receipt.map { " receipt \($0)" } ?? "")")
            }
        }
        return out.joined(separator: "\n")
    }
}

enum Money {
    static func format(_ minor: Int64, currency: String) -> String {
        let sign = minor < 0 ? "-" : ""
        let v = abs(minor)
        return "\(sign)\(v / 100).\(String(format: "%02d", Int(v % 100))) \(currency)"
    }
}
