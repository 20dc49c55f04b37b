import DocketEngine

/// `docket report backlog [--json] [--week]`: the supervisor's figures for cron and mail, as
/// aligned text or as the JSON of DESIGN.md section 5.
enum ReportCommand {
    static func backlog(_ ctx: Context) throws -> Int32 {
        let engine = try ctx.openEngine()
        let actor = try ctx.actor(in: engine)
        let report = try ctx.reportRead(engine) { try $0.backlogReport(week: ctx.arguments.has("week"), as: actor) }
        if ctx.json {
            ctx.stdout(JSONText.encode(report.json, pretty: true))
        } else {
            ctx.stdout(text(report, agencyName: engine.agency.name))
        }
        return 0
    }

    static func text(_ r: BacklogReport, agencyName: String) -> String {
        let time = Timestamp.iso(r.asOf)
        var out = ["Backlog report: \(UntrustedText.sanitize(agencyName)), as of \(time.prefix(10)) \(time.dropFirst(11).prefix(5)) UTC; backlog threshold \(r.thresholdDays) days", ""]
        let rows = r.departments.map { ($0.code, $0.figures) } + [("TOTAL", r.total)]

        var status = [["DEPT", "OPEN", "UNASSIGNED", "ON HOLD", "OVERDUE", "DUE SOON", "REFERRALS", "BREACH"]]
        for (code, f) in rows {
            status.append([code, n(f.open), n(f.unassigned), n(f.onHold), n(f.overdue), n(f.dueSoon), n(f.referralsOpen),
                           f.breachRate.map { percent($0) } ?? "-"])
        }
        out += ["Open cases (overdue: past the SLA due date and not on hold; due soon: within 5 business days)",
                AlignedText.render(status), ""]

        let labels = r.total.ageBuckets.map { $0.label.uppercased() }
        var ages = [["DEPT"] + labels + ["MEDIAN", "P90"]]
        for (code, f) in rows {
            ages.append([code] + f.ageBuckets.map { n($0.count) } + [f.medianAgeDays.map { "\($0)d" } ?? "-", f.p90AgeDays.map { "\($0)d" } ?? "-"])
        }
        out += ["Age of open cases (calendar days since opening; over \(r.thresholdDays) is the backlog)", AlignedText.render(ages), ""]

        var flow = [["DEPT", "INTAKE 12W", "CLOSED 12W", "NET 12W", "CLEARED/WK", "CLEAR IN", "DAYS TO DECISION"]]
        for (code, f) in rows {
            let intake = f.weekly.reduce(0) { $0 + $1.intake }, closed = f.weekly.reduce(0) { $0 + $1.closed }
            let net = f.weekly.reduce(0) { $0 + $1.net }
            let clear = f.projection.projectedClearDays.map { "\(n($0)) days" } ?? (f.projection.growing ? "growing" : "not shrinking")
            flow.append([code, n(intake), n(closed), signed(net), decimal(f.projection.clearedPerWeek), clear,
                         f.averageDaysToDecision.map(decimal) ?? "-"])
        }
        out += ["Flow (12 weeks; net counts routing in and out; clearing rate over the last \(r.total.projection.windowDays) days)",
                AlignedText.render(flow), ""]

        var weeks = [["WEEK OF", "INTAKE", "CLOSED", "REOPENED", "NET"]]
        for w in r.total.weekly { weeks.append([w.weekStart.iso, n(w.intake), n(w.closed), n(w.reopened), signed(w.net)]) }
        out += ["Agency by week (the last is this week so far)", AlignedText.render(weeks), ""]

        if r.includesWeek, let start = r.total.thisWeek?.weekStart {
            var week = [["DEPT", "INTAKE", "ROUTED IN", "REOPENED", "CLOSED", "ROUTED OUT", "NET"]]
            for (code, f) in rows {
                guard let w = f.thisWeek else { continue }
                week.append([code, n(w.intake), n(w.routedIn), n(w.reopened), n(w.closed), n(w.routedOut), signed(w.net)])
            }
            out += ["This week's movement (\(start.iso) to \(r.today.iso))", AlignedText.render(week), ""]
        }

        var load = [["LOGIN", "ACTIVE", "CLOSED THIS WEEK", "OLDEST", "NAME"]]
        for w in r.total.workload {
            load.append([w.login, n(w.activeTasks), n(w.closedThisWeek), w.oldestTaskAgeDays.map { "\($0)d" } ?? "-",
                         UntrustedText.sanitize(w.name)])
        }
        out += ["Workload (open tasks, main and referrals)", AlignedText.render(load, textColumns: [0, 4])]
        return out.joined(separator: "\n")
    }

    static func n(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { grouped += "," }
            grouped.append(d)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    static func signed(_ value: Int) -> String { value > 0 ? "+" + n(value) : n(value) }

    static func percent(_ fraction: Double) -> String { decimal(fraction * 100) + "%" }

    /// One decimal place without Foundation formatting.
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(n(abs(tenths) / 10)).\(abs(tenths) % 10)"
    }
}

/// Columns of figures right-aligned under their headings, text columns left-aligned, two
/// spaces apart: readable in a fixed-width mail.
enum AlignedText {
    static func render(_ rows: [[String]], textColumns: Set<Int> = [0]) -> String {
        guard let first = rows.first else { return "" }
        var widths = [Int](repeating: 0, count: first.count)
        for r in rows { for (i, cell) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) } }
        return rows.map { r in
            var line = ""
            for (i, cell) in r.enumerated() where i < widths.count {
                if i > 0 { line += "  " }
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                line += textColumns.contains(i) ? cell + pad : pad + cell
            }
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
