/// A case being changed by one command, inside that command's transaction. It keeps the case
/// row, its main task and the SLA clock consistent, and records an event for every change.
struct CaseWork {
    let store: SQLiteStore
    let agency: Agency
    let actor: String
    let now: Int64
    var c: CaseSummary
    /// The case as it was read, for the counters' before-and-after.
    let original: CaseSummary
    var tasks: [TaskRecord]
    let lifecycle: Lifecycle

    init(store: SQLiteStore, agency: Agency, actor: String, now: Int64, summary: CaseSummary, tasks: [TaskRecord]) throws {
        guard let lifecycle = agency.lifecycle(forType: summary.type) else {
            throw DocketError.refused("\(summary.ref) has case type \(summary.type), which the agency file no longer defines")
        }
        self.store = store
        self.agency = agency
        self.actor = actor
        self.now = now
        self.c = summary
        self.original = summary
        self.tasks = tasks
        self.lifecycle = lifecycle
    }

    var openReferrals: [TaskRecord] { tasks.filter { $0.isReferral && $0.isOpen } }
    var mainTaskIndex: Int? { tasks.firstIndex { $0.id == c.mainTaskId } }
    var group: StateGroup { lifecycle.state(c.state)?.group ?? .active }

    func event(_ kind: String, reason: String? = nil, details: [(String, JSONText.Value)] = []) throws {
        try store.appendEvent(at: now, actor: actor, caseId: c.id, constituentId: nil, kind: kind, reason: reason,
                              details: JSONText.encode(.object(details)))
    }

    // MARK: the main task

    /// The main task's status follows from the case: closed, paused, worked, or waiting.
    var mainTaskStatus: String {
        if !c.isOpen { return "completed" }
        if group == .hold || !openReferrals.isEmpty { return "on_hold" }
        return c.assignee == nil ? "assigned" : "in_progress"
    }

    mutating func setAssignee(_ login: String?) throws {
        c.assignee = login
        try syncMainTask()
    }

    mutating func syncMainTask() throws {
        c.taskStatus = mainTaskStatus
        guard let i = mainTaskIndex else { return }
        tasks[i].assignee = c.assignee
        tasks[i].department = c.department
        tasks[i].status = c.taskStatus
        if !c.isOpen && tasks[i].closedAt == nil { tasks[i].closedAt = now }
        try store.updateTask(tasks[i], closedBy: tasks[i].closedAt == nil ? nil : actor)
    }

    mutating func openMainTask(department: String, reason: String?) throws {
        var t = TaskRecord(id: 0, caseId: c.id, parentId: nil, department: department, assignee: nil, status: "assigned",
                           reason: reason, openedAt: now, closedAt: nil)
        t.id = try store.insertTask(t)
        tasks.append(t)
        c.mainTaskId = t.id
        c.department = department
        c.assignee = nil
        // Open referrals follow the case to its new main task.
        for i in tasks.indices where tasks[i].isReferral && tasks[i].isOpen {
            tasks[i].parentId = t.id
            try store.updateTask(tasks[i], closedBy: nil)
        }
        try syncMainTask()
    }

    // MARK: the SLA clock

    /// Paused while in a hold state or waiting on referrals; the time is kept apart from waiting time
    /// and the business days paused push the due date out.
    ///
    /// `endingAt` is when a pause that ends now really ended: a hold whose date passed before
    /// anyone looked ended on that date, not when the next query noticed it.
    mutating func updatePause(endingAt end: Int64? = nil) {
        let paused = c.isOpen && (group == .hold || !openReferrals.isEmpty)
        if paused, c.holdSince == nil {
            c.holdSince = now
        } else if !paused, let since = c.holdSince {
            let stop = max(since, min(end ?? now, now))
            c.heldSeconds += stop - since
            c.pausedBusinessDays += agency.calendar.businessDays(from: Day(unixSeconds: since), to: Day(unixSeconds: stop))
            c.holdSince = nil
        }
        recomputeDue()
    }

    /// When leaving a hold state ends its pause: on the hold date if that has passed, else now.
    func holdPauseEnd() -> Int64? {
        guard group == .hold, let until = c.holdUntil else { return nil }
        return min(until, now)
    }

    mutating func recomputeDue() {
        let target = (agency.slaPolicy(c.slaPolicy) ?? agency.slaPolicies[0]).businessDays(in: c.department)
        c.dueDay = SLAClock.dueDay(opened: Day(unixSeconds: c.openedAt), targetBusinessDays: target,
                                   pausedBusinessDays: c.pausedBusinessDays, calendar: agency.calendar)
    }

    // MARK: moves

    mutating func route(to department: String, reason: String, rule: String? = nil, action: RouteAction? = nil) throws {
        let from = c.department
        if let i = mainTaskIndex {
            tasks[i].status = "completed"
            tasks[i].closedAt = now
            try store.updateTask(tasks[i], closedBy: actor)
        }
        if let action {
            if let p = action.priority { c.priority = p }
            if let s = action.slaPolicy { c.slaPolicy = s }
            c.tags = Array(Set(c.tags + action.tags)).sorted()
        }
        try openMainTask(department: department, reason: reason)
        recomputeDue()
        try event("routed", reason: reason, details: [("from", .string(from)), ("to", .string(department)), ("rule", .optional(rule))])
    }

    /// Enters a state: closing, reopening, pausing and state-triggered routing follow from it.
    mutating func enter(_ state: String, reason: String?, extra: [(String, JSONText.Value)] = []) throws {
        let from = c.state
        let wasClosed = !c.isOpen
        let pauseEnd = holdPauseEnd()
        c.state = state
        let nowClosed = group == .closed
        if nowClosed && !wasClosed {
            c.closedAt = now
            c.holdUntil = nil
            c.holdPriorState = nil
            for i in tasks.indices where tasks[i].isReferral && tasks[i].isOpen {
                tasks[i].status = "cancelled"
                tasks[i].closedAt = now
                try store.updateTask(tasks[i], closedBy: actor)
            }
        }
        if group != .hold {
            c.holdUntil = nil
            c.holdPriorState = nil
        }
        updatePause(endingAt: pauseEnd)
        try event("state_changed", reason: reason, details: [("from", .string(from)), ("to", .string(state))] + extra)
        if wasClosed && !nowClosed {
            c.closedAt = nil
            try openMainTask(department: c.department, reason: "reopened: \(reason ?? "")")
            updatePause()
        } else {
            try syncMainTask()
        }
        if !nowClosed, group != .hold, let d = RoutingEvaluator.decide(agency, trigger: .enterState(state), subject: try subject(), explain: false),
           d.action.department != c.department {
            try route(to: d.action.department, reason: "entered \(state): \(d.explanation)", rule: d.ruleName, action: d.action)
        }
    }

    func subject() throws -> RoutingSubject {
        let attributes = try store.constituent(id: c.constituentId).map {
            CaseWork.routingAttributes(of: $0, today: Day(unixSeconds: now))
        } ?? [:]
        return RoutingSubject(type: c.type, priority: c.priority, state: c.state, amount: c.amount, tags: c.tags,
                              form: JSONText.decodeForm(try store.formJSON(caseId: c.id)), constituent: attributes)
    }

    /// What routing rules see of a constituent (`constituent.ATTR`), the same at intake and on
    /// entering a state: the identity attributes, with `overrides` (a form's) taking precedence,
    /// and the age in whole years on `today`.
    static func routingAttributes(of p: Constituent, overrides: [String: String] = [:], today: Day) -> [String: String] {
        var a = ["given_name": p.givenName, "family_name": p.familyName, "birth_date": p.birthDate ?? "",
                 "national_id": p.nationalId ?? "", "email": p.email ?? "", "phone": p.phone ?? "",
                 "address": p.address ?? "", "language": p.language ?? ""]
        for (k, v) in overrides where !v.isEmpty { a[k] = v }
        if let born = a["birth_date"].flatMap(Day.init(iso:)), born <= today {
            let (y, m, d) = today.civil, (by, bm, bd) = born.civil
            a["age"] = String(y - by - ((m, d) < (bm, bd) ? 1 : 0))
        }
        return a
    }

    mutating func save(expectedVersion: Int64) throws {
        try syncMainTask()
        try store.updateCase(c, previous: original, expectedVersion: expectedVersion, at: now, actor: actor)
        c.version = expectedVersion + 1
    }
}
