/// Moving a person's open work to colleagues when they are away or leave.
extension Engine {
    public struct ReassignmentStep: Sendable, Equatable {
        public var ref: String
        public var taskId: Int64
        public var department: String
        public var isReferral: Bool
        /// nil: nobody else works in that department, so the task goes back to its queue.
        public var to: String?
    }

    /// Spreads every open task of `login` over the other people who take work in each task's
    /// department (`WorkTakers.members`), each to whoever has the fewest active tasks at that
    /// moment. With `preview` nothing is written.
    public func reassign(from login: String, preview: Bool, as actor: StaffMember) throws -> [ReassignmentStep] {
        try StaffActions.require(.reassign, actor: actor)
        return try locked {
            guard try store.staff(login: login) != nil else {
                throw DocketError.notFound("no staff member '\(login)'; `docket staff list` shows the logins")
            }
            return try store.transaction {
                let tasks = try store.openTasks(assignee: login)
                for t in tasks where !actor.worksIn(t.department) {
                    throw DocketError.refused("\(login) has work in \(t.department), which \(actor.login) does not supervise; ask an admin")
                }
                let staff = try store.allStaff().filter { $0.login != login }
                var loads: [String: [String: Int]] = [:]
                var plan: [ReassignmentStep] = []
                for t in tasks {
                    if loads[t.department] == nil { loads[t.department] = try store.activeTaskCounts(department: t.department) }
                    let candidates = WorkTakers.members(of: t.department, among: staff).map(\.login)
                    let pick = candidates.min { a, b in
                        let la = loads[t.department]![a, default: 0], lb = loads[t.department]![b, default: 0]
                        return la == lb ? a < b : la < lb
                    }
                    if let pick { loads[t.department]![pick, default: 0] += 1 }
                    guard let c = try store.caseSummary(id: t.caseId) else { continue }
                    plan.append(ReassignmentStep(ref: c.ref, taskId: t.id, department: t.department, isReferral: t.isReferral, to: pick))
                }
                if preview { return plan }
                let now = clock.now
                for step in plan {
                    guard let summary = try store.caseSummary(ref: step.ref) else { continue }
                    var w = try CaseWork(store: store, agency: agency, actor: actor.login, now: now, summary: summary,
                                         tasks: try store.tasks(caseId: summary.id))
                    if step.isReferral, let i = w.tasks.firstIndex(where: { $0.id == step.taskId }) {
                        w.tasks[i].assignee = step.to
                        try store.updateTask(w.tasks[i], closedBy: nil)
                    } else {
                        try w.setAssignee(step.to)
                    }
                    try w.event("reassigned", reason: "work of \(login) spread by \(actor.login)",
                                details: [("task", .int(step.taskId)), ("from", .string(login)), ("to", .optional(step.to))])
                    try w.save(expectedVersion: summary.version)
                }
                return plan
            }
        }
    }
}
