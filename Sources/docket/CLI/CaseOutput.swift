import DocketEngine

/// How cases look on the command line: the JSON keys of DESIGN.md section 5, and aligned text.
enum CaseOutput {
    static func json(_ c: CaseSummary, now: Int64, today: Day) -> [(String, JSONText.Value)] {
        [
            ("ref", .string(c.ref)),
            ("type", .string(c.type)),
            ("state", .string(c.state)),
            ("department", .string(c.department)),
            ("assignee", .optional(c.assignee)),
            ("priority", .int(c.priority)),
            ("constituent", .object([
                ("id", .int(c.constituentId)),
                ("name", .string(c.constituentName)),
                ("national_id", .optional(c.maskedNationalId)),
            ])),
            ("opened_at", .string(Timestamp.iso(c.openedAt))),
            ("due_at", .string(c.dueDay.iso)),
            ("days_waiting", .int(c.daysWaiting(now: now))),
            ("days_on_hold", .int(c.daysOnHold(now: now))),
            ("overdue", .bool(c.isOverdue(today: today))),
            ("version", .int(c.version)),
        ]
    }

    /// The case as given: masked by `Disclosure` unless it was revealed (then `revealed` is true).
    static func detailJSON(_ d: CaseDetail, agency: Agency, now: Int64, today: Day, revealed: Bool = false) -> JSONText.Value {
        var pairs = json(d.summary, now: now, today: today)
        if revealed, let i = pairs.firstIndex(where: { $0.0 == "constituent" }) {
            pairs[i].1 = .object([("id", .int(d.summary.constituentId)), ("name", .string(d.summary.constituentName)),
                                  ("national_id", .optional(d.constituent.nationalId)), ("birth_date", .optional(d.constituent.birthDate))])
        }
        pairs.append(("revealed", .bool(revealed)))
        pairs.append(("closed_at", .optional(d.summary.closedAt.map(Timestamp.iso))))
        pairs.append(("on_hold_until", .optional(d.summary.holdUntil.map { Day(unixSeconds: $0).iso })))
        pairs.append(("tags", .array(d.summary.tags.map(JSONText.Value.string))))
        pairs.append(("tasks", .array(d.tasks.map { t in
            .object([("id", .int(t.id)), ("department", .string(t.department)), ("assignee", .optional(t.assignee)),
                     ("status", .string(t.status)), ("parent", .optional(t.parentId)), ("reason", .optional(t.reason)),
                     ("opened_at", .string(Timestamp.iso(t.openedAt))), ("closed_at", .optional(t.closedAt.map(Timestamp.iso)))])
        })))
        pairs.append(("timeline", .array(d.timeline.map { e in
            .object([("at", .string(Timestamp.iso(e.at))), ("actor", .string(e.actor)), ("acting_as", .optional(e.actingAs)),
                     ("kind", .string(e.kind)),
                     ("reason", .optional(e.reason)), ("details", JSONText.parse(e.details))])
        })))
        pairs.append(("form", .object(d.form.keys.sorted().map { ($0, .string(d.form[$0]!)) })))
        pairs.append(("decisions", .array(d.decisions.map { x in
            .object([("outcome", .string(x.outcome)), ("reason_code", .string(x.reasonCode)),
                     ("reason_codes", .array(x.reasonCodes.map { .string($0) })), ("rationale", .string(x.rationale)),
                     ("at", .string(Timestamp.iso(x.at))), ("actor", .string(x.actor))])
        })))
        pairs.append(("appeal_of", .optional(d.appealOf)))
        pairs.append(("appeals", .array(d.appeals.map { .string($0) })))
        pairs.append(("ledger", .array(d.ledger.map { l in
            .object([("id", .int(l.id)), ("at", .string(Timestamp.iso(l.at))), ("kind", .string(l.kind)), ("code", .optional(l.code)),
                     ("amount", .int(l.amount)), ("currency", .string(l.currency)), ("method", .optional(l.method)),
                     ("receipt", .optional(l.receipt)), ("reference", .optional(l.reference)), ("reason", .optional(l.reason)),
                     ("reverses", .optional(l.reverses))])
        })))
        pairs.append(("balance", .int(d.balance)))
        pairs.append(("currency", .string(agency.currency)))
        pairs.append(("legal_hold_since", .optional(d.summary.legalHoldSince.map(Timestamp.iso))))
        return .object(pairs)
    }

    /// Text for terminals and mail: one aligned line per case, the name last so scripts of any
    /// width cannot push the other columns out of line.
    static func table(_ cases: [CaseSummary], now: Int64, today: Day) -> String {
        var rows = [["REF", "TYPE", "STATE", "DEPT", "ASSIGNEE", "PRI", "OPENED", "DUE", "WAIT", "HOLD", "", "CONSTITUENT"]]
        for c in cases {
            let mark = c.isOverdue(today: today) ? "!late" : (c.isOnHold ? "hold" : "")
            rows.append([c.ref, c.type, c.state, c.department, c.assignee ?? "-", String(c.priority),
                         Day(unixSeconds: c.openedAt).iso, c.dueDay.iso, "\(c.daysWaiting(now: now))d",
                         "\(c.daysOnHold(now: now))d", mark, UntrustedText.sanitize(c.constituentName)])
        }
        return TextTable.render(rows)
    }
}

enum TextTable {
    /// Left-aligned columns two spaces apart; the last column is not padded.
    static func render(_ rows: [[String]]) -> String {
        guard let first = rows.first else { return "" }
        var widths = [Int](repeating: 0, count: first.count)
        for r in rows { for (i, cell) in r.enumerated() where i < r.count - 1 { widths[i] = max(widths[i], cell.count) } }
        return rows.map { r in
            r.enumerated().map { i, cell in i == r.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }.joined(separator: "\n")
    }
}
