/// Spreading a department's oldest waiting work over its caseworkers, from the dashboard.
extension Engine {
    public struct RebalanceStep: Sendable, Equatable {
        public var ref: String
        public var taskId: Int64
        /// Calendar days since the case opened.
        public var ageDays: Int
        public var to: String
        /// The person's open tasks (every department) before this one.
        public var loadBefore: Int
    }

    /// Assigns the `count` oldest unassigned open cases of `department` to its active
    /// caseworkers, each to whoever has the fewest open tasks at that moment (ties by login), the
    /// way `reassign` spreads a person's work. With `preview` nothing is written; otherwise every
    /// move is recorded as an `assigned` event, all in one transaction.
    public func rebalance(department: String, oldestUnassigned count: Int, preview: Bool,
                          as actor: StaffMember) throws -> [RebalanceStep] {
        let dept = department.uppercased()
        try StaffActions.require(.rebalance, actor: actor)
        try agency.requireDepartment(dept)
        try StaffActions.require(.rebalance, actor: actor, department: dept)
        guard count >= 1 else { throw DocketError.usage("the number of cases to rebalance must be at least 1") }
        try resumeDueHolds()
        return try locked {
            try store.transaction {
                // The department's people who take work, narrowed to caseworkers: a supervisor
                // takes backlog with next rather than being handed it.
                let workers = WorkTakers.members(of: dept, among: try store.allStaff(), on: clock.today)
                    .filter { $0.role == .caseworker }
                    .map(\.login)
                guard !workers.isEmpty else {
                    throw DocketError.refused("\(dept) has no active caseworkers to give work to; `docket staff add LOGIN --role caseworker --dept \(dept)` adds one")
                }
                var query = CaseQuery()
                query.department = dept
                query.unassigned = true
                query.limit = count
                let today = clock.today
                let cases = try store.listCases(query, today: today)
                let plan = WorkPlans.rebalance(cases, workers: workers, loads: try store.openTaskLoads(), today: today)
                if preview { return plan }
                let now = clock.now
                for (step, summary) in zip(plan, cases) {
                    var w = try CaseWork(agency: agency, actor: actor.login, typedBy: actor.impersonatedBy, now: now, read: try store.caseForChange(summary))
                    w.setAssignee(step.to)
                    w.event("assigned", reason: "\(dept) backlog rebalanced by \(actor.login)",
                            details: [("task", .int(step.taskId)), ("from", .null), ("to", .string(step.to))])
                    try store.save(w.finish())
                }
                try recordPendingRequest()
                return plan
            }
        }
    }
}
