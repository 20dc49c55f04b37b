/// Turns the counters read for one day into the report: dates of the windows, age profiles,
/// weekly flows, projections and workloads. No SQL and no clock: everything comes in.
struct BacklogReportBuilder {
    static let weeks = 12
    static let projectionWindowDays = 28
    static let dueSoonBusinessDays = 5

    let agency: Agency
    let staff: [StaffMember]
    let now: Int64
    let includesWeek: Bool

    var today: Day { Day(unixSeconds: now) }
    var dueSoonThrough: Day { agency.calendar.adding(businessDays: Self.dueSoonBusinessDays, to: today) }
    var thisWeek: Day { WeeklyFlow.weekStart(of: today) }
    var weekStarts: [Day] { (0..<Self.weeks).map { thisWeek + -7 * (Self.weeks - 1 - $0) } }
    /// The first day any flow figure looks at.
    var flowsSince: Day { min(weekStarts[0], today + -(Self.projectionWindowDays - 1)) }

    func build(_ snap: CounterSnapshot) -> BacklogReport {
        let departments = agency.departments.map { d in
            DepartmentBacklog(code: d.code, name: d.name, figures: figures(for: [d.code], snap))
        }
        let all = Set(agency.departments.map(\.code)).union(snap.departments.keys).sorted()
        return BacklogReport(asOf: now, thresholdDays: agency.backlogThresholdDays, total: figures(for: all, snap),
                             departments: departments, includesWeek: includesWeek, dueSoonThrough: dueSoonThrough)
    }

    /// The figures of a set of departments together (one department, or all for the total).
    func figures(for codes: [String], _ snap: CounterSnapshot) -> BacklogFigures {
        var f = BacklogFigures()
        for code in codes {
            let d = snap.departments[code] ?? CounterDelta.DepartmentCounts()
            f.open += d.open
            f.unassigned += d.unassigned
            f.onHold += d.onHold
            f.referralsOpen += d.referrals
            f.overdue += snap.overdue[code] ?? 0
            f.dueSoon += snap.dueSoon[code] ?? 0
        }
        let profile = AgeProfile.merged(codes.map { snap.opened[$0] ?? [] }, today: today)
        f.ageBuckets = profile.buckets(threshold: agency.backlogThresholdDays)
        f.medianAgeDays = profile.percentile(0.5)
        f.p90AgeDays = profile.percentile(0.9)

        var byDay: [Int: CounterDelta.FlowCounts] = [:]
        for code in codes {
            for (day, c) in snap.flows[code] ?? [:] {
                var sum = byDay[day] ?? CounterDelta.FlowCounts()
                sum.intake += c.intake; sum.routedIn += c.routedIn; sum.reopened += c.reopened
                sum.closed += c.closed; sum.routedOut += c.routedOut
                sum.decided += c.decided; sum.decidedDays += c.decidedDays
                byDay[day] = sum
            }
        }
        f.weekly = weekStarts.map { start in
            var w = WeeklyFlow(weekStart: start)
            for day in start.number..<min(start.number + 7, today.number + 1) {
                guard let c = byDay[day] else { continue }
                w.intake += c.intake; w.routedIn += c.routedIn; w.reopened += c.reopened
                w.closed += c.closed; w.routedOut += c.routedOut
            }
            return w
        }
        var arrivals = 0, departures = 0
        for (day, c) in byDay {
            if day >= weekStarts[0].number && day <= today.number {
                f.decisions += c.decided
                f.decisionDays += c.decidedDays
            }
            if day > today.number - Self.projectionWindowDays && day <= today.number {
                arrivals += c.intake + c.routedIn + c.reopened
                departures += c.closed + c.routedOut
            }
        }
        f.projection = BacklogProjection.make(open: f.open, arrivals: arrivals, departures: departures,
                                              windowDays: Self.projectionWindowDays)
        f.workload = workload(for: Set(codes), snap)
        return f
    }

    /// Everyone who works cases in these departments, and anyone else holding or finishing work there.
    func workload(for codes: Set<String>, _ snap: CounterSnapshot) -> [CaseworkerLoad] {
        var loads: [String: CaseworkerLoad] = [:]
        let names = Dictionary(staff.map { ($0.login, $0.name) }, uniquingKeysWith: { a, _ in a })
        let away = Dictionary(staff.compactMap { s in s.isAway(on: today) ? s.awayUntil.map { (s.login, $0) } : nil },
                              uniquingKeysWith: { a, _ in a })
        for s in staff where s.active && (s.role == .caseworker || s.role == .supervisor) && s.departments.contains(where: codes.contains) {
            loads[s.login] = CaseworkerLoad(login: s.login, name: s.name)
        }
        for row in snap.staff where codes.contains(row.department) && (row.openTasks != 0 || row.completedSince != 0) {
            var load = loads[row.login] ?? CaseworkerLoad(login: row.login, name: names[row.login] ?? row.login)
            load.activeTasks += row.openTasks
            load.closedThisWeek += row.completedSince
            if let day = row.oldestOpenDay, row.openTasks > 0 {
                let age = max(0, today.number - day)
                load.oldestTaskAgeDays = max(load.oldestTaskAgeDays ?? 0, age)
            }
            loads[row.login] = load
        }
        for login in loads.keys { loads[login]?.awayUntil = away[login] }
        return loads.values.sorted { a, b in
            a.activeTasks != b.activeTasks ? a.activeTasks > b.activeTasks : a.login < b.login
        }
    }
}
