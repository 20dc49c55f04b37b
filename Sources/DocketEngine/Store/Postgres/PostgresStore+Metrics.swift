/// Reading the dashboard counters: a few thousand small rows summed for one day, never a scan
/// of the cases.
extension PostgresStore {
    /// Every counter the backlog report needs, read in one snapshot so the figures agree with
    /// each other even while others write.
    func counterSnapshot(today: Day, dueSoonThrough: Day, flowsSince: Day, completedSince: Day) throws -> CounterSnapshot {
        try db.transaction(.read) {
            var snap = CounterSnapshot()
            let dept = db.statement("SELECT department, open, unassigned, on_hold, referrals FROM counter_department")
            while try dept.step() {
                snap.departments[dept.text(0)] = CounterDelta.DepartmentCounts(
                    open: Int(dept.int(1)), unassigned: Int(dept.int(2)), onHold: Int(dept.int(3)), referrals: Int(dept.int(4)))
            }
            let due = db.statement("""
                SELECT department, sum(CASE WHEN due_day < ?1 THEN n ELSE 0 END),
                       sum(CASE WHEN due_day >= ?1 AND due_day <= ?2 THEN n ELSE 0 END)
                FROM counter_due GROUP BY department
                """)
            try due.bind([.int(Int64(today.number)), .int(Int64(dueSoonThrough.number))])
            while try due.step() {
                snap.overdue[due.text(0)] = Int(due.int(1))
                snap.dueSoon[due.text(0)] = Int(due.int(2))
            }
            let opened = db.statement("SELECT department, opened_day, n FROM counter_opened WHERE n <> 0 ORDER BY department, opened_day")
            while try opened.step() {
                snap.opened[opened.text(0), default: []].append(OpenedDayCount(day: Int(opened.int(1)), count: Int(opened.int(2))))
            }
            let flow = db.statement("""
                SELECT department, day, intake, routed_in, reopened, closed, routed_out, decided, decided_days
                FROM counter_flow WHERE day >= ?
                """)
            try flow.bind([.int(Int64(flowsSince.number))])
            while try flow.step() {
                snap.flows[flow.text(0), default: [:]][Int(flow.int(1))] = CounterDelta.FlowCounts(
                    intake: Int(flow.int(2)), routedIn: Int(flow.int(3)), reopened: Int(flow.int(4)), closed: Int(flow.int(5)),
                    routedOut: Int(flow.int(6)), decided: Int(flow.int(7)), decidedDays: Int(flow.int(8)))
            }
            let staff = db.statement("""
                SELECT login, department, sum(open_tasks), min(CASE WHEN open_tasks > 0 THEN day END),
                       sum(CASE WHEN day >= ? THEN completed ELSE 0 END)
                FROM counter_staff GROUP BY login, department
                """)
            try staff.bind([.int(Int64(completedSince.number))])
            while try staff.step() {
                snap.staff.append(StaffTaskCounts(login: staff.text(0), department: staff.text(1), openTasks: Int(staff.int(2)),
                                                  oldestOpenDay: staff.optionalInt(3).map { Int($0) },
                                                  completedSince: Int(staff.int(4))))
            }
            return snap
        }
    }

    /// Open tasks per person over every department (for spreading work by load).
    func openTaskLoads() throws -> [String: Int] {
        let s = db.statement("SELECT login, sum(open_tasks) FROM counter_staff GROUP BY login")
        var out: [String: Int] = [:]
        while try s.step() { out[s.text(0)] = Int(s.int(1)) }
        return out
    }
}

