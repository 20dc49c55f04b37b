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
                var work: [(task: TaskRecord, ref: String)] = []
                for t in tasks {
                    if loads[t.department] == nil { loads[t.department] = try store.activeTaskCounts(department: t.department) }
                    guard let c = try store.caseSummary(id: t.caseId) else { continue }
                    work.append((t, c.ref))
                }
                let plan = WorkPlans.reassign(work, colleagues: staff, loads: loads, today: clock.today)
                if preview { return plan }
                let now = clock.now
                for step in plan {
                    guard let summary = try store.caseSummary(ref: step.ref) else { continue }
                    var w = try CaseWork(agency: agency, actor: actor.login, typedBy: actor.impersonatedBy, now: now, read: try store.caseForChange(summary))
                    if step.isReferral, let i = w.tasks.firstIndex(where: { $0.id == step.taskId }) {
                        w.tasks[i].assignee = step.to
                    } else {
                        w.setAssignee(step.to)
                    }
                    w.event("reassigned", reason: "work of \(login) spread by \(actor.login)",
                            details: [("task", .int(step.taskId)), ("from", .string(login)), ("to", .optional(step.to))])
                    try store.save(w.finish())
                }
                try recordPendingRequest()
                return plan
            }
        }
    }
}
