/// The report as `docket report backlog --json` writes it (DESIGN.md section 5): the contract's
/// keys first, in its order, then the extra figures.
extension BacklogReport {
    public var json: JSONText.Value {
        .object([
            ("as_of", .string(Timestamp.iso(asOf))),
            ("backlog_threshold_days", .int(thresholdDays)),
            ("total", .object(Self.pairs(total, includesWeek: includesWeek))),
            ("departments", .array(departments.map { d in
                .object([("code", .string(d.code)), ("name", .string(d.name))] + Self.pairs(d.figures, includesWeek: includesWeek))
            })),
        ])
    }

    static func pairs(_ f: BacklogFigures, includesWeek: Bool) -> [(String, JSONText.Value)] {
        var pairs: [(String, JSONText.Value)] = [
            ("open", .int(f.open)),
            ("unassigned", .int(f.unassigned)),
            ("on_hold", .int(f.onHold)),
            ("overdue", .int(f.overdue)),
            ("due_soon", .int(f.dueSoon)),
            ("referrals_open", .int(f.referralsOpen)),
            ("age_buckets", .array(f.ageBuckets.map { b in
                .object([("label", .string(b.label)), ("from_days", .int(b.fromDays)),
                         ("to_days", b.toDays.map { .int($0) } ?? .null), ("count", .int(b.count))])
            })),
            ("median_age_days", f.medianAgeDays.map { .int($0) } ?? .null),
            ("p90_age_days", f.p90AgeDays.map { .int($0) } ?? .null),
            ("weekly", .array(f.weekly.map { .object(flowPairs($0)) })),
            ("projected_clear_days", f.projection.projectedClearDays.map { .int($0) } ?? .null),
            ("growing", .bool(f.projection.growing)),
            ("over_threshold", .int(f.overThreshold)),
            ("breach_rate", f.breachRate.map { .double(rounded($0, places: 3)) } ?? .null),
            ("avg_days_to_decision", f.averageDaysToDecision.map { .double(rounded($0, places: 1)) } ?? .null),
            ("decisions_12_weeks", .int(f.decisions)),
            ("projection", .object([
                ("window_days", .int(f.projection.windowDays)),
                ("arrivals", .int(f.projection.arrivals)),
                ("departures", .int(f.projection.departures)),
                ("cleared_per_week", .double(rounded(f.projection.clearedPerWeek, places: 1))),
            ])),
            ("workload", .array(f.workload.map { w in
                .object([("login", .string(w.login)), ("name", .string(w.name)), ("active_tasks", .int(w.activeTasks)),
                         ("closed_this_week", .int(w.closedThisWeek)),
                         ("oldest_task_age_days", w.oldestTaskAgeDays.map { .int($0) } ?? .null)])
            })),
        ]
        if includesWeek, let w = f.thisWeek { pairs.append(("this_week", .object(flowPairs(w)))) }
        return pairs
    }

    static func flowPairs(_ w: WeeklyFlow) -> [(String, JSONText.Value)] {
        [("week", .string(w.weekStart.iso)), ("intake", .int(w.intake)), ("closed", .int(w.closed)),
         ("routed_in", .int(w.routedIn)), ("routed_out", .int(w.routedOut)), ("reopened", .int(w.reopened)), ("net", .int(w.net))]
    }

    static func rounded(_ value: Double, places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (value * scale).rounded() / scale
    }
}
