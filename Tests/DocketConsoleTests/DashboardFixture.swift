import DocketEngine
@testable import DocketConsole

/// A fixed backlog report: four departments, one empty, one with a real backlog, on
/// Wednesday 2026-11-18.
enum DashboardFixture {
    static let asOf = Timestamp.parse("2026-11-18T10:00:00Z")!
    static let weekStarts = (0..<12).map { Day(iso: "2026-11-16")! + -7 * (11 - $0) }

    static func buckets(_ counts: [Int]) -> [AgeBucket] {
        zip(AgeBucket.ranges(threshold: 125), counts).map { b, n in
            var b = b
            b.count = n
            return b
        }
    }

    static func weekly(intake: [Int], closed: [Int]) -> [WeeklyFlow] {
        (0..<12).map { WeeklyFlow(weekStart: weekStarts[$0], intake: intake[$0], closed: closed[$0]) }
    }

    static let vet = BacklogFigures(
        open: 245, unassigned: 123, onHold: 33, overdue: 37, dueSoon: 5, referralsOpen: 0,
        ageBuckets: buckets([40, 42, 36, 44, 83]), medianAgeDays: 94, p90AgeDays: 339,
        weekly: weekly(intake: [14, 16, 15, 18, 12, 15, 17, 16, 18, 15, 17, 5], closed: [6, 5, 7, 8, 7, 6, 9, 8, 7, 9, 8, 2]),
        decisions: 82, decisionDays: 8438,
        projection: BacklogProjection.make(open: 245, arrivals: 70, departures: 32, windowDays: 28),
        workload: [CaseworkerLoad(login: "aisha.bello", name: "Aisha Bello", activeTasks: 100, closedThisWeek: 4, oldestTaskAgeDays: 577),
                   CaseworkerLoad(login: "priya.shah", name: "Priya Shah", activeTasks: 51, closedThisWeek: 0, oldestTaskAgeDays: 575),
                   CaseworkerLoad(login: "marcus.reyes", name: "Marcus Reyes", activeTasks: 35, closedThisWeek: 2, oldestTaskAgeDays: 671),
                   CaseworkerLoad(login: "tomasz.nowak", name: "Tomasz Nowak", activeTasks: 35, closedThisWeek: 0, oldestTaskAgeDays: 369),
                   CaseworkerLoad(login: "new.hire", name: "New Hire")])

    static let med = BacklogFigures(
        open: 176, unassigned: 97, onHold: 12, overdue: 132, dueSoon: 5, referralsOpen: 39,
        ageBuckets: buckets([31, 32, 29, 18, 66]), medianAgeDays: 85, p90AgeDays: 346,
        weekly: weekly(intake: [3, 4, 2, 3, 4, 3, 3, 4, 3, 3, 4, 2], closed: [1, 2, 1, 1, 2, 1, 1, 2, 1, 1, 1, 1]),
        decisions: 15, decisionDays: 1551,
        projection: BacklogProjection.make(open: 176, arrivals: 10, departures: 38, windowDays: 28),
        workload: [CaseworkerLoad(login: "dr.lee", name: "Dr. Hannah Lee", activeTasks: 28, closedThisWeek: 0, oldestTaskAgeDays: 521)])

    static let ben = BacklogFigures(
        open: 1_234_567, unassigned: 1_000_000, onHold: 0, overdue: 0, dueSoon: 1, referralsOpen: 0,
        ageBuckets: buckets([1_234_567, 0, 0, 0, 0]), medianAgeDays: 3, p90AgeDays: 12,
        weekly: weekly(intake: Array(repeating: 0, count: 11) + [1_234_567], closed: Array(repeating: 0, count: 12)),
        projection: BacklogProjection.make(open: 1_234_567, arrivals: 1_234_567, departures: 0, windowDays: 28))

    static let empty = BacklogFigures(ageBuckets: buckets([0, 0, 0, 0, 0]), weekly: weekly(intake: Array(repeating: 0, count: 12), closed: Array(repeating: 0, count: 12)),
                                      projection: BacklogProjection.make(open: 0, arrivals: 0, departures: 0, windowDays: 28))

    static func report() -> BacklogReport {
        let depts = [DepartmentBacklog(code: "INTAKE", name: "Intake & Triage", figures: empty),
                     DepartmentBacklog(code: "VET", name: "Veterans Claims", figures: vet),
                     DepartmentBacklog(code: "MED", name: "Medical Review", figures: med),
                     DepartmentBacklog(code: "BEN", name: "Benefits Eligibility", figures: ben)]
        var total = BacklogFigures()
        for d in depts.map(\.figures) {
            total.open += d.open; total.unassigned += d.unassigned; total.onHold += d.onHold; total.overdue += d.overdue
            total.dueSoon += d.dueSoon; total.referralsOpen += d.referralsOpen
        }
        total.ageBuckets = buckets((0..<5).map { i in depts.reduce(0) { $0 + $1.figures.ageBuckets[i].count } })
        total.medianAgeDays = 3
        total.p90AgeDays = 14
        total.weekly = (0..<12).map { i in
            WeeklyFlow(weekStart: weekStarts[i], intake: depts.reduce(0) { $0 + $1.figures.weekly[i].intake },
                       closed: depts.reduce(0) { $0 + $1.figures.weekly[i].closed })
        }
        total.projection = BacklogProjection.make(open: total.open, arrivals: 1_234_647, departures: 70, windowDays: 28)
        total.workload = (vet.workload + med.workload).sorted { $0.activeTasks > $1.activeTasks }
        return BacklogReport(asOf: asOf, thresholdDays: 125, total: total, departments: depts)
    }
}
