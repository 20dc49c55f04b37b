import XCTest
@testable import DocketEngine

/// The arithmetic of the report on small hand-made inputs: buckets, percentiles, weeks, projection.
final class MetricsCalculationTests: XCTestCase {
    func testAgeBucketsFollowTheThreshold() {
        XCTAssertEqual(AgeBucket.ranges(threshold: 125).map(\.label), ["0-30", "31-60", "61-90", "91-125", "over 125"])
        XCTAssertEqual(AgeBucket.ranges(threshold: 125).map(\.toDays), [30, 60, 90, 125, nil])
        XCTAssertEqual(AgeBucket.ranges(threshold: 60).map(\.label), ["0-30", "31-60", "over 60"])
        XCTAssertEqual(AgeBucket.ranges(threshold: 45).map(\.label), ["0-30", "31-45", "over 45"])
        XCTAssertEqual(AgeBucket.ranges(threshold: 10).map(\.label), ["0-10", "over 10"])
        XCTAssertEqual(AgeBucket.ranges(threshold: 365).map(\.fromDays), [0, 31, 61, 91, 366])
        let last = AgeBucket.ranges(threshold: 125).last!
        XCTAssertTrue(last.isOverThreshold)
        XCTAssertTrue(last.contains(age: 126))
        XCTAssertFalse(last.contains(age: 125))
    }

    func testAgesBucketsAndPercentilesFromCountsPerOpeningDay() {
        let today = Day(iso: "2026-11-18")!
        // 5 cases opened today, 3 forty days ago, 2 two hundred days ago.
        let profile = AgeProfile(opened: [OpenedDayCount(day: today.number - 200, count: 2),
                                          OpenedDayCount(day: today.number - 40, count: 3),
                                          OpenedDayCount(day: today.number, count: 5)], today: today)
        XCTAssertEqual(profile.buckets(threshold: 125).map(\.count), [5, 3, 0, 0, 2])
        XCTAssertEqual(profile.percentile(0.5), 0, "the 5th youngest of 10 opened today")
        XCTAssertEqual(profile.percentile(0.6), 40)
        XCTAssertEqual(profile.percentile(0.8), 40)
        XCTAssertEqual(profile.percentile(0.9), 200)
        XCTAssertEqual(profile.percentile(1.0), 200)
        XCTAssertNil(AgeProfile(opened: [], today: today).percentile(0.5))
        let one = AgeProfile(opened: [OpenedDayCount(day: today.number - 7, count: 1)], today: today)
        XCTAssertEqual(one.percentile(0.5), 7)
        XCTAssertEqual(one.percentile(0.9), 7)
        // A case "opened" after today (a clock set back) is age 0, not negative.
        XCTAssertEqual(AgeProfile(opened: [OpenedDayCount(day: today.number + 3, count: 1)], today: today).percentile(0.5), 0)
        let merged = AgeProfile.merged([[OpenedDayCount(day: 10, count: 1)], [OpenedDayCount(day: 5, count: 2), OpenedDayCount(day: 10, count: 1)]],
                                       today: Day(20))
        XCTAssertEqual(merged.opened, [OpenedDayCount(day: 5, count: 2), OpenedDayCount(day: 10, count: 2)])
    }

    func testWeeksStartOnMonday() {
        XCTAssertEqual(WeeklyFlow.weekStart(of: Day(iso: "2026-11-18")!).iso, "2026-11-16")
        XCTAssertEqual(WeeklyFlow.weekStart(of: Day(iso: "2026-11-16")!).iso, "2026-11-16")
        XCTAssertEqual(WeeklyFlow.weekStart(of: Day(iso: "2026-11-22")!).iso, "2026-11-16", "Sunday ends the week")
        XCTAssertEqual(WeeklyFlow.weekStart(of: Day(iso: "2027-01-01")!).iso, "2026-12-28")
        let w = WeeklyFlow(weekStart: Day(0), intake: 5, routedIn: 2, reopened: 1, closed: 3, routedOut: 4)
        XCTAssertEqual(w.net, 1)
    }

    func testProjectionAtTheRecentRate() {
        // 100 open, 28 more leaving than arriving in 28 days: one a day, a hundred days.
        var p = BacklogProjection.make(open: 100, arrivals: 50, departures: 78, windowDays: 28)
        XCTAssertEqual(p.projectedClearDays, 100)
        XCTAssertFalse(p.growing)
        XCTAssertEqual(p.clearedPerWeek, 7)
        p = BacklogProjection.make(open: 101, arrivals: 50, departures: 78, windowDays: 28)
        XCTAssertEqual(p.projectedClearDays, 101, "part days round up")
        p = BacklogProjection.make(open: 100, arrivals: 80, departures: 78, windowDays: 28)
        XCTAssertNil(p.projectedClearDays)
        XCTAssertTrue(p.growing)
        p = BacklogProjection.make(open: 100, arrivals: 78, departures: 78, windowDays: 28)
        XCTAssertNil(p.projectedClearDays, "holding steady never clears")
        XCTAssertFalse(p.growing)
        p = BacklogProjection.make(open: 0, arrivals: 0, departures: 0, windowDays: 28)
        XCTAssertEqual(p.projectedClearDays, 0)
        p = BacklogProjection.make(open: 1_000_000, arrivals: 0, departures: 1, windowDays: 28)
        XCTAssertEqual(p.projectedClearDays, 28_000_000)
    }

    func testBreachRateAndAverageDaysToDecision() {
        var f = BacklogFigures(open: 10, onHold: 2, overdue: 4)
        XCTAssertEqual(f.breachRate, 0.5)
        f.onHold = 10
        XCTAssertNil(f.breachRate, "no clock runs")
        f.decisions = 4
        f.decisionDays = 10
        XCTAssertEqual(f.averageDaysToDecision, 2.5)
    }

    func testCounterDeltaOfAChange() throws {
        let opened = Timestamp.parse("2026-11-02T09:00:00Z")!
        var c = CaseSummary(id: 1, ref: "DC-2026-000001", type: "disability_claim", state: "triage", priority: 3, department: "VET",
                            assignee: nil, taskStatus: "assigned", mainTaskId: 1, constituentId: 1, constituentName: "A B",
                            nationalId: nil, openedAt: opened, dueDay: Day(iso: "2026-12-01")!, closedAt: nil, holdSince: nil,
                            holdUntil: nil, holdPriorState: nil, heldSeconds: 0, pausedBusinessDays: 0, slaPolicy: "std",
                            amount: nil, tags: [], version: 1)
        let old = c
        c.assignee = "marcus"
        var d = CounterDelta()
        d.count(old, sign: -1)
        d.count(c, sign: 1)
        d.recordFlow(from: old, to: c) { XCTFail("a claim moves nothing"); return Day(0) }
        XCTAssertEqual(d.departments["VET"], CounterDelta.DepartmentCounts(unassigned: -1))
        XCTAssertTrue(d.due.values.allSatisfy { $0 == 0 })
        XCTAssertTrue(d.flows.isEmpty)

        // Reopened and routed by a state rule in one command: reopened and moved, at the command's time.
        var closed = old
        closed.closedAt = opened + 86400
        var reopened = old
        reopened.department = "MED"
        d = CounterDelta()
        let now = Day(iso: "2026-11-18")!
        d.recordFlow(from: closed, to: reopened) { now }
        let vet = CounterDelta.DepartmentDay(department: "VET", day: now.number)
        let med = CounterDelta.DepartmentDay(department: "MED", day: now.number)
        XCTAssertEqual(d.flows[vet], CounterDelta.FlowCounts(reopened: 1, routedOut: 1))
        XCTAssertEqual(d.flows[med], CounterDelta.FlowCounts(routedIn: 1))
    }
}
