import DocketEngine
import Foundation

/// `docket ledger`, `charge`, `pay`, `refund`, `reverse`, `waive`: a case's money. Amounts are
/// typed in major units (`25.00`) and shown in the agency's currency; JSON carries integer minor
/// units plus `currency` (DESIGN.md section 5).
enum LedgerCommands {
    static func style(_ e: Engine) -> MoneyStyle { MoneyStyle(currency: e.agency.currency) }

    static func amount(_ e: Engine, _ a: ParsedArguments) throws -> Int64 {
        let raw = try WorkflowCommands.required(a, "amount", "how much, such as \(style(e).format(2500))")
        do { return try e.amount(raw) } catch let err as DocketError { throw CLIError.usage("--amount: \(err.description)") }
    }

    static func balanceLine(_ e: Engine, _ balance: Int64) -> String {
        let s = style(e)
        return balance > 0 ? "balance \(s.format(balance)) owed" : balance < 0 ? "credit \(s.format(-balance)) (the agency owes it back)" : "balance \(s.format(0)): nothing owed"
    }

    static func done(_ e: Engine, _ o: Engine.LedgerOutcome, _ what: String) -> String {
        "\(o.summary.ref) \(what): entry #\(o.entry.id), \(balanceLine(e, o.balance)) (version \(o.summary.version))"
    }

    static func ledger(_ ctx: Context) throws -> Int32 {
        let engine = try ctx.openEngine()
        let actor = try ctx.actor(in: engine)
        let l = try engine.ledger(ref: ctx.arguments.positionals[0], as: actor)
        if ctx.json {
            ctx.stdout(JSONText.encode(json(l, currency: engine.agency.currency), pretty: true))
        } else {
            ctx.stdout(text(l, engine: engine))
        }
        return 0
    }

    static func json(_ l: Engine.CaseLedger, currency: String) -> JSONText.Value {
        .object([
            ("ref", .string(l.summary.ref)), ("currency", .string(currency)), ("balance", .int(l.balance)),
            ("entries", .array(l.entries.map { e in
                .object([("id", .int(e.id)), ("at", .string(Timestamp.iso(e.at))), ("kind", .string(e.kind)), ("amount", .int(e.amount)),
                         ("method", .optional(e.method)), ("receipt", .optional(e.receipt)), ("reference", .optional(e.reference)),
                         ("fee", .optional(e.code)), ("reason", .optional(e.reason)), ("actor", .string(e.actor)),
                         ("reverses", .optional(e.reverses))])
            })),
        ])
    }

    static func text(_ l: Engine.CaseLedger, engine: Engine) -> String {
        let s = style(engine)
        let book = l.book
        var rows = [["#", "DATE", "KIND", "AMOUNT", "EFFECT", "DETAIL"]]
        for e in l.entries {
            var detail: [String] = []
            if let c = e.code { detail.append(engine.agency.fee(c)?.name ?? c) }
            if let m = e.method { detail.append("by \(m)") }
            if let r = e.receipt { detail.append(e.kind == "payment" ? "receipt \(r)" : "against \(r)") }
            if let r = e.reference { detail.append("ref \(r)") }
            if let r = e.reverses { detail.append("undoes #\(r)") }
            if book.reversed.contains(e.id) { detail.append("(reversed)") }
            if let r = e.reason { detail.append("— \(r)") }
            detail.append("by \(e.actor)")
            let effect = book.effect(of: e)
            rows.append(["\(e.id)", Day(unixSeconds: e.at).iso, e.kind, s.format(e.amount),
                         effect == 0 ? "0" : (effect > 0 ? "+" : "") + s.format(effect), UntrustedText.sanitize(detail.joined(separator: " "))])
        }
        var out = ["Ledger of \(l.summary.ref) (\(engine.agency.currency))"]
        out.append(l.entries.isEmpty ? "No charges or payments." : AlignedText.render(rows, textColumns: [1, 2, 5]))
        let receipts = l.entries.filter { $0.kind == "payment" }.compactMap(\.receipt)
        for r in receipts where book.refundable(receipt: r) > 0 {
            out.append("Receipt \(r): \(s.format(book.refundable(receipt: r))) left to refund")
        }
        out.append(balanceLine(engine, l.balance).prefix(1).uppercased() + balanceLine(engine, l.balance).dropFirst())
        return out.joined(separator: "\n")
    }

    static let charge = WorkflowCommands.command { e, me, a, v in
        let fee = try WorkflowCommands.required(a, "fee", "the fee's code in the agency's schedule")
        let o = try e.charge(a.positionals[0], fee: fee, reason: a.value("reason"), as: me, expectVersion: v)
        return done(e, o, "charged \(style(e).format(o.entry.amount)) (\(fee))")
    }

    static let pay = WorkflowCommands.command { e, me, a, v in
        let amount = try amount(e, a)
        let rawMethod = try WorkflowCommands.required(a, "method", PaymentMethod.list)
        guard let method = PaymentMethod(rawValue: rawMethod.lowercased().replacingOccurrences(of: "_", with: "-")) else {
            throw CLIError.usage("--method '\(rawMethod)' is not a payment method (\(PaymentMethod.list)); a card is taken on the card terminal: give its reference, never the card number")
        }
        let o = try e.pay(a.positionals[0], amount: amount, method: method, reference: a.value("reference"), as: me, expectVersion: v)
        let s = style(e)
        return [
            "Receipt \(o.entry.receipt ?? "")",
            "  case       \(o.summary.ref)",
            "  paid       \(s.format(o.entry.amount)) by \(method.rawValue)\(o.entry.reference.map { " (reference \($0))" } ?? "")",
            "  taken by   \(o.entry.actor) at \(Timestamp.iso(o.entry.at))",
            "  \(balanceLine(e, o.balance))",
            done(e, o, "paid"),
        ].joined(separator: "\n")
    }

    static let refund = WorkflowCommands.command { e, me, a, v in
        let receipt = try WorkflowCommands.required(a, "receipt", "the receipt number the money goes back from (R-YYYY-NNNNNN)")
        let amount = try amount(e, a)
        let reason = try WorkflowCommands.required(a, "reason", "why the money goes back (it goes in the ledger and the timeline)")
        let o = try e.refund(a.positionals[0], receipt: receipt, amount: amount, reason: reason, as: me, expectVersion: v)
        return done(e, o, "refunded \(style(e).format(o.entry.amount)) against \(o.entry.receipt ?? receipt)")
    }

    static let waive = WorkflowCommands.command { e, me, a, v in
        let amount = try amount(e, a)
        let reason = try WorkflowCommands.required(a, "reason", "why the fee is forgiven")
        let o = try e.waive(a.positionals[0], amount: amount, reason: reason, as: me, expectVersion: v)
        return done(e, o, "waived \(style(e).format(o.entry.amount))")
    }

    static let reverse = WorkflowCommands.command { e, me, a, v in
        let raw = try WorkflowCommands.required(a, "entry", "the entry's number (see `docket ledger REF`)")
        guard let id = Int64(raw.trimmingCharacters(in: CharacterSet(charactersIn: "#"))) else {
            throw CLIError.usage("--entry wants an entry number such as 42, got '\(raw)'")
        }
        let reason = try WorkflowCommands.required(a, "reason", "why the entry is undone")
        let o = try e.reverse(a.positionals[0], entry: id, reason: reason, as: me, expectVersion: v)
        return done(e, o, "entry #\(id) reversed")
    }

    /// `docket report payments [--from D] [--to D] [--json|--csv]`.
    static func report(_ ctx: Context) throws -> Int32 {
        let engine = try ctx.openEngine()
        let actor = try ctx.actor(in: engine)
        func day(_ name: String) throws -> Day? {
            guard let raw = ctx.arguments.value(name) else { return nil }
            guard let d = Day(iso: raw) else { throw CLIError.usage("--\(name) wants a date as YYYY-MM-DD, got '\(raw)'") }
            return d
        }
        if ctx.json && ctx.arguments.has("csv") { throw CLIError.usage("choose --json or --csv, not both") }
        let (from, to) = (try day("from"), try day("to"))
        let r = try ctx.reportRead(engine) { try $0.paymentsReport(from: from, to: to, as: actor) }
        if ctx.json {
            ctx.stdout(JSONText.encode(r.json, pretty: true))
        } else if ctx.arguments.has("csv") {
            var out = CSVWriter.line(["day", "department", "method", "payments", "refunds", "waivers", "count"])
            for row in r.rows {
                out += CSVWriter.line([row.day.iso, row.department, row.method ?? "", String(row.payments), String(row.refunds),
                                       String(row.waivers), String(row.count)])
            }
            ctx.stdout(String(out.dropLast(2)))
        } else {
            let s = style(engine)
            var rows = [["DAY", "DEPT", "METHOD", "PAYMENTS", "REFUNDS", "WAIVERS", "ENTRIES"]]
            for row in r.rows {
                rows.append([row.day.iso, row.department, row.method ?? "-", s.format(row.payments), s.format(row.refunds),
                             s.format(row.waivers), String(row.count)])
            }
            let t = r.totals
            rows.append(["TOTAL", "", "", s.format(t.payments), s.format(t.refunds), s.format(t.waivers), String(r.rows.reduce(0) { $0 + $1.count })])
            ctx.stdout("Payments \(r.from.iso) to \(r.to.iso) (\(r.currency); net takings \(s.format(t.payments - t.refunds)))\n"
                       + AlignedText.render(rows, textColumns: [0, 1, 2]))
        }
        return 0
    }
}
