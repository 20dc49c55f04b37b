/// What one change to a case or task does to the dashboard counters, as signed amounts per
/// counter row. Most counters are the sums of every row's contribution, so a change is the new
/// row's contribution less the old one's; flows (intake, routing, closures) are events instead.
struct CounterDelta {
    struct DepartmentCounts: Equatable {
        var open = 0, unassigned = 0, onHold = 0, referrals = 0
        var isZero: Bool { self == DepartmentCounts() }
    }

    struct DepartmentDay: Hashable {
        var department: String
        var day: Int
    }

    struct FlowCounts: Equatable {
        var intake = 0, routedIn = 0, reopened = 0, closed = 0, routedOut = 0, decided = 0, decidedDays = 0
        var isZero: Bool { self == FlowCounts() }
    }

    struct StaffDay: Hashable {
        var login: String
        var department: String
        var day: Int
    }

    struct StaffCounts: Equatable {
        var openTasks = 0, completed = 0
        var isZero: Bool { self == StaffCounts() }
    }

    var departments: [String: DepartmentCounts] = [:]
    /// Open cases whose SLA clock runs, by due day.
    var due: [DepartmentDay: Int] = [:]
    /// Open cases by the day they opened.
    var opened: [DepartmentDay: Int] = [:]
    var flows: [DepartmentDay: FlowCounts] = [:]
    var staff: [StaffDay: StaffCounts] = [:]

    /// Adds (sign +1) or takes away (sign -1) what a case row contributes to the open-case counters.
    mutating func count(_ c: CaseSummary, sign: Int) {
        guard c.isOpen else { return }
        departments[c.department, default: DepartmentCounts()].open += sign
        if c.assignee == nil { departments[c.department, default: DepartmentCounts()].unassigned += sign }
        if c.isOnHold {
            departments[c.department, default: DepartmentCounts()].onHold += sign
        } else {
            due[DepartmentDay(department: c.department, day: c.dueDay.number), default: 0] += sign
        }
        opened[DepartmentDay(department: c.department, day: Day(unixSeconds: c.openedAt).number), default: 0] += sign
    }

    /// Adds or takes away what a task row contributes: its assignee's open or completed work and,
    /// for an open referral, its department's referral count. `openedAt` is the stored opening time.
    mutating func count(_ t: TaskRecord, openedAt: Int64, sign: Int) {
        if let closedAt = t.closedAt {
            guard t.status == "completed", let login = t.assignee else { return }
            staff[StaffDay(login: login, department: t.department, day: Day(unixSeconds: closedAt).number),
                  default: StaffCounts()].completed += sign
        } else {
            if let login = t.assignee {
                staff[StaffDay(login: login, department: t.department, day: Day(unixSeconds: openedAt).number),
                      default: StaffCounts()].openTasks += sign
            }
            if t.isReferral { departments[t.department, default: DepartmentCounts()].referrals += sign }
        }
    }

    /// The movements a change records: a new case, a route, a closure, a reopening. `now` is asked
    /// for only when a movement happens at the command's time (routing, reopening).
    mutating func recordFlow(from old: CaseSummary?, to new: CaseSummary, now: () throws -> Day) rethrows {
        guard let old else {
            recordIntake(department: new.department, at: new.openedAt)
            if !new.isOpen { recordClosure(new) }
            return
        }
        if !old.isOpen && !new.isOpen { return }
        var today = 0
        if !old.isOpen || old.department != new.department { today = try now().number }
        if !old.isOpen {
            flows[DepartmentDay(department: old.department, day: today), default: FlowCounts()].reopened += 1
        }
        if old.department != new.department { recordRoute(from: old.department, to: new.department, day: today) }
        if old.isOpen && !new.isOpen { recordClosure(new) }
    }

    mutating func recordIntake(department: String, at openedAt: Int64) {
        flows[DepartmentDay(department: department, day: Day(unixSeconds: openedAt).number), default: FlowCounts()].intake += 1
    }

    mutating func recordRoute(from: String, to: String, day: Int) {
        guard from != to else { return }
        flows[DepartmentDay(department: from, day: day), default: FlowCounts()].routedOut += 1
        flows[DepartmentDay(department: to, day: day), default: FlowCounts()].routedIn += 1
    }

    /// A case row that is closed: its closure, and its decision when it was decided.
    mutating func recordClosure(_ c: CaseSummary) {
        guard let closedAt = c.closedAt else { return }
        let day = Day(unixSeconds: closedAt)
        let key = DepartmentDay(department: c.department, day: day.number)
        flows[key, default: FlowCounts()].closed += 1
        // The engine's decide command is the only way into "decided"; other closings are not decisions.
        if c.state == "decided" {
            flows[key, default: FlowCounts()].decided += 1
            flows[key, default: FlowCounts()].decidedDays += day - Day(unixSeconds: c.openedAt)
        }
    }
}
