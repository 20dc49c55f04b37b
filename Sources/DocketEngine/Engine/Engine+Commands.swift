import Foundation

/// The workflow commands. Each: read the case under the write lock, check the version the
/// caller saw, check permission through AvailableActions, change, record — one transaction.
extension Engine {
    func mutate<T>(_ ref: String, as actor: StaffMember, expectVersion: Int64?, action: CaseActionKind,
                   _ body: (inout CaseWork, AvailableAction) throws -> T) throws -> T {
        try locked {
            try store.transaction {
                guard let summary = try store.caseSummary(ref: ref.uppercased()) else {
                    throw DocketError.notFound("no case \(ref); `docket search TEXT` finds cases by name, ref or id")
                }
                if let v = expectVersion, v != summary.version {
                    throw DocketError.conflict("\(summary.ref) changed since you saw it: it is at version \(summary.version), you expected \(v); last changed by \(summary.updatedBy) at \(Timestamp.iso(summary.updatedAt)). Reload it (`docket case show \(summary.ref)`) and try again")
                }
                let tasks = try store.tasks(caseId: summary.id)
                let allowed = try AvailableActions.require(action, case: summary, staff: actor, openTasks: tasks.filter(\.isOpen), agency: agency)
                var work = try CaseWork(store: store, agency: agency, actor: actor.login, now: clock.now, summary: summary, tasks: tasks)
                let result = try body(&work, allowed)
                try work.save(expectedVersion: summary.version)
                return result
            }
        }
    }

    /// The case after a command, as the caller should now see it.
    func summaryAfter(_ ref: String) throws -> CaseSummary {
        try locked { try store.caseSummary(ref: ref.uppercased())! }
    }

    public func availableActions(ref: String, as actor: StaffMember) throws -> [AvailableAction] {
        try locked {
            guard let c = try store.caseSummary(ref: ref.uppercased()) else { throw DocketError.notFound("no case \(ref)") }
            return AvailableActions.list(case: c, staff: actor, openTasks: try store.tasks(caseId: c.id).filter(\.isOpen), agency: agency)
        }
    }

    // MARK: assignment

    @discardableResult
    public func claim(_ ref: String, as actor: StaffMember, expectVersion: Int64? = nil) throws -> CaseSummary {
        try mutate(ref, as: actor, expectVersion: expectVersion, action: .claim) { w, _ in
            try w.setAssignee(actor.login)
            try w.event("claimed", details: [("task", .optional(w.c.mainTaskId))])
        }
        return try summaryAfter(ref)
    }

    @discardableResult
    public func release(_ ref: String, as actor: StaffMember, expectVersion: Int64? = nil) throws -> CaseSummary {
        try mutate(ref, as: actor, expectVersion: expectVersion, action: .release) { w, _ in
            let had = w.c.assignee
            try w.setAssignee(nil)
            try w.event("released", details: [("from", .optional(had))])
        }
        return try summaryAfter(ref)
    }

    @discardableResult
    public func assign(_ ref: String, to login: String, as actor: StaffMember, expectVersion: Int64? = nil) throws -> CaseSummary {
        try mutate(ref, as: actor, expectVersion: expectVersion, action: .assign) { w, _ in
            guard let target = try store.staff(login: login), target.active else {
                throw DocketError.refused("'\(login)' is not an active staff member; `docket staff list` shows who is")
            }
            guard [.caseworker, .supervisor, .admin].contains(target.role), target.worksIn(w.c.department) else {
                throw DocketError.refused("\(login) does not work cases in \(w.c.department); assign to someone in that department")
            }
            let had = w.c.assignee
            try w.setAssignee(login)
            try w.event("assigned", details: [("from", .optional(had)), ("to", .string(login))])
        }
        return try summaryAfter(ref)
    }

    /// Claims the best unassigned task in the person's departments (or one of them): priority,
    /// then due date, then age. The write lock makes two callers get two different cases.
    public func next(department: String? = nil, as actor: StaffMember) throws -> CaseSummary {
        guard [.caseworker, .supervisor, .admin].contains(actor.role) else {
            throw DocketError.refused("\(actor.login) is a \(actor.role.rawValue); only caseworkers and supervisors take cases")
        }
        var depts = actor.seesAllDepartments ? agency.departments.map(\.code) : actor.departments
        if let d = department?.uppercased() {
            try agency.requireDepartment(d)
            guard actor.worksIn(d) else { throw DocketError.refused("\(actor.login) does not work in \(d)") }
            depts = [d]
        }
        try resumeDueHolds()
        return try locked {
            try store.transaction {
                var best: (id: Int64, priority: Int, due: Int, opened: Int64)?
                for d in depts {
                    guard let cand = try store.nextClaimable(department: d) else { continue }
                    if best == nil || (cand.priority, cand.due, cand.opened) < (best!.priority, best!.due, best!.opened) { best = cand }
                }
                guard let best, let summary = try store.caseSummary(id: best.id) else {
                    throw DocketError.refused("no unassigned work waiting in \(depts.joined(separator: ", "))")
                }
                let tasks = try store.tasks(caseId: summary.id)
                _ = try AvailableActions.require(.claim, case: summary, staff: actor, openTasks: tasks.filter(\.isOpen), agency: agency)
                var w = try CaseWork(store: store, agency: agency, actor: actor.login, now: clock.now, summary: summary, tasks: tasks)
                try w.setAssignee(actor.login)
                try w.event("claimed", reason: "next", details: [("task", .optional(w.c.mainTaskId))])
                try w.save(expectedVersion: summary.version)
                return w.c
            }
        }
    }

    // MARK: routing

    @discardableResult
    public func route(_ ref: String, to department: String, reason: String, as actor: StaffMember,
                      expectVersion: Int64? = nil) throws -> CaseSummary {
        let dept = try agency.requireDepartment(department.uppercased())
        let why = try FreeText.required(reason, what: "a reason")
        try mutate(ref, as: actor, expectVersion: expectVersion, action: .route) { w, _ in
            guard dept != w.c.department else { throw DocketError.refused("\(w.c.ref) is already in \(dept)") }
            try w.route(to: dept, reason: why)
        }
        return try summaryAfter(ref)
    }

    /// Opens a referral to another department; the main task waits (and the SLA clock stops)
    /// until the last referral closes.
    @discardableResult
    public func refer(_ ref: String, to department: String, reason: String, as actor: StaffMember,
                      expectVersion: Int64? = nil) throws -> TaskRecord {
        let dept = try agency.requireDepartment(department.uppercased())
        let why = try FreeText.required(reason, what: "a reason")
        return try mutate(ref, as: actor, expectVersion: expectVersion, action: .refer) { w, _ in
            guard dept != w.c.department else {
                throw DocketError.refused("\(w.c.ref) is in \(dept) already; refer it to another department, or route it")
            }
            var t = TaskRecord(id: 0, caseId: w.c.id, parentId: w.c.mainTaskId, department: dept, assignee: nil,
                               status: "assigned", reason: why, openedAt: w.now, closedAt: nil)
            t.id = try store.insertTask(t)
            w.tasks.append(t)
            w.updatePause()
            try w.syncMainTask()
            try w.event("referred", reason: why, details: [("to", .string(dept)), ("task", .int(t.id))])
            return t
        }
    }

    /// Completes a referral (the case wakes when it was the last), or the main task, which
    /// finishes the case through its lifecycle's closing state.
    @discardableResult
    public func completeTask(_ ref: String, taskId: Int64, note: String?, as actor: StaffMember,
                             expectVersion: Int64? = nil) throws -> CaseSummary {
        let text = try note.map { try FreeText.optional($0) } ?? nil
        try mutate(ref, as: actor, expectVersion: expectVersion, action: .completeTask) { w, _ in
            guard let i = w.tasks.firstIndex(where: { $0.id == taskId }) else {
                let open = w.tasks.filter(\.isOpen).map { "#\($0.id) \($0.department)" }.joined(separator: ", ")
                throw DocketError.usage("\(w.c.ref) has no task #\(taskId) (open tasks: \(open))")
            }
            guard w.tasks[i].isOpen else { throw DocketError.refused("task #\(taskId) is already \(w.tasks[i].status)") }
            guard actor.worksIn(w.tasks[i].department) else {
                throw DocketError.refused("task #\(taskId) is for \(w.tasks[i].department), not one of your departments")
            }
            if w.tasks[i].isReferral {
                w.tasks[i].status = "completed"
                w.tasks[i].closedAt = w.now
                w.tasks[i].assignee = w.tasks[i].assignee ?? actor.login
                try store.updateTask(w.tasks[i], closedBy: actor.login)
                try w.event("task_completed", reason: text, details: [("task", .int(taskId)), ("department", .string(w.tasks[i].department))])
                if w.openReferrals.isEmpty {
                    w.updatePause()
                    try w.syncMainTask()
                    try w.event("resumed", reason: "referrals answered", details: [("department", .string(w.c.department))])
                }
            } else {
                // Only a plain ending: not a decision, not a move the agency wants a reason for (such
                // as a withdrawal, which means something else), and one this person's role may take.
                let closing = w.lifecycle.transitions(from: w.c.state).filter { t in
                    w.lifecycle.state(t.to)?.group == .closed && t.to != "decided" && !t.needsReason
                        && (t.roles.isEmpty || t.roles.contains(actor.role) || actor.role == .admin)
                }
                guard let t = closing.first(where: { $0.to == "closed" }) ?? closing.first else {
                    throw DocketError.refused("the main task of \(w.c.ref) cannot simply be completed from \(w.c.state); it finishes with a decision (`docket case decide \(w.c.ref) --outcome O --reason-code C --rationale TEXT`) or a status change (`docket case status \(w.c.ref) STATE --reason TEXT`)")
                }
                try w.enter(t.to, reason: text ?? "main task completed")
            }
        }
        return try summaryAfter(ref)
    }

    // MARK: lifecycle

    @discardableResult
    public func changeState(_ ref: String, to state: String, reason: String?, as actor: StaffMember,
                            expectVersion: Int64? = nil) throws -> CaseSummary {
        let why = try reason.map { try FreeText.optional($0) } ?? nil
        try mutate(ref, as: actor, expectVersion: expectVersion, action: .changeState) { w, allowed in
            let lifecycle = w.lifecycle
            guard lifecycle.state(state) != nil else {
                throw DocketError.usage("'\(state)' is not a state of \(w.c.type) (states: \(lifecycle.states.map(\.id).joined(separator: ", ")))")
            }
            if lifecycle.state(state)?.group == .hold {
                throw DocketError.usage("a hold needs a date: `docket case hold \(w.c.ref) --until DATE --reason TEXT`")
            }
            if state == "decided" {
                throw DocketError.usage("a decision needs an outcome: `docket case decide \(w.c.ref) --outcome O --reason-code C --rationale TEXT`")
            }
            guard let t = lifecycle.transitions(from: w.c.state).first(where: { $0.to == state }) else {
                throw DocketError.refused("\(w.c.ref) cannot go from \(w.c.state) to \(state); from \(w.c.state) it can go to: \(Self.legalMoves(w, plain: allowed.targets, role: actor.role))")
            }
            if !t.roles.isEmpty && !t.roles.contains(actor.role) && actor.role != .admin {
                throw DocketError.refused("only \(t.roles.map(\.rawValue).joined(separator: " or ")) may move \(w.c.ref) from \(w.c.state) to \(state)")
            }
            if t.needsReason && (why ?? "").isEmpty {
                throw DocketError.usage("moving \(w.c.ref) from \(w.c.state) to \(state) needs a reason: add --reason TEXT")
            }
            let wasHold = w.group == .hold
            try w.enter(state, reason: why)
            if wasHold { try w.event("resumed", reason: why ?? "resumed by hand") }
        }
        return try summaryAfter(ref)
    }

    /// Every state the person may move the case to next, with the command for those that are
    /// not plain status changes (a decision, a hold).
    static func legalMoves(_ w: CaseWork, plain: [String], role: Role) -> String {
        let legal = w.lifecycle.transitions(from: w.c.state).filter { $0.roles.isEmpty || $0.roles.contains(role) || role == .admin }
        var parts = plain
        if legal.contains(where: { $0.to == "decided" }) {
            parts.append("decided (`docket case decide \(w.c.ref) --outcome O --reason-code C --rationale TEXT`)")
        }
        if let h = w.lifecycle.holdState, legal.contains(where: { $0.to == h.id }) {
            parts.append("\(h.id) (`docket case hold \(w.c.ref) --until DATE --reason TEXT`)")
        }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }

    @discardableResult
    public func hold(_ ref: String, until: Day, reason: String, as actor: StaffMember, expectVersion: Int64? = nil) throws -> CaseSummary {
        let why = try FreeText.required(reason, what: "a reason (what the case is waiting for)")
        let today = clock.today
        guard until > today else { throw DocketError.usage("--until must be after today (\(today.iso)); got \(until.iso)") }
        guard until - today <= 366 else { throw DocketError.usage("--until is more than a year away (\(until.iso)); choose a nearer date") }
        try mutate(ref, as: actor, expectVersion: expectVersion, action: .hold) { w, _ in
            guard let holdState = w.lifecycle.holdState else { throw DocketError.refused("\(w.c.type) has no hold state") }
            let prior = w.c.state
            w.c.state = holdState.id
            w.c.holdPriorState = prior
            w.c.holdUntil = until.unixSeconds
            w.updatePause()
            try w.syncMainTask()
            try w.event("hold", reason: why, details: [("from", .string(prior)), ("until", .string(until.iso))])
        }
        return try summaryAfter(ref)
    }

    /// Takes a case off hold: back to the state it was in before.
    @discardableResult
    public func resume(_ ref: String, reason: String?, as actor: StaffMember?, expectVersion: Int64? = nil) throws -> CaseSummary {
        let why = try reason.map { try FreeText.optional($0) } ?? nil
        let who = actor ?? StaffMember(login: "docket", name: "Docket", role: .admin, departments: [])
        try mutate(ref, as: who, expectVersion: expectVersion, action: .resume) { w, _ in
            try w.resumeFromHold(reason: why ?? "resumed")
        }
        return try summaryAfter(ref)
    }

    /// Cases whose hold date has come go back to work: run at start and before queue reads.
    public func resumeDueHolds() throws {
        let due = try locked { try store.expiredHolds(now: clock.now) }
        guard !due.isEmpty else { return }
        let system = StaffMember(login: "docket", name: "Docket", role: .admin, departments: [])
        for id in due {
            guard let ref = try locked({ try store.caseSummary(id: id)?.ref }) else { continue }
            try? mutate(ref, as: system, expectVersion: nil, action: .resume) { w, _ in
                guard w.group == .hold, let until = w.c.holdUntil, until <= w.now else { return }
                try w.resumeFromHold(reason: "hold date \(Day(unixSeconds: until).iso) reached")
            }
        }
    }

    @discardableResult
    public func decide(_ ref: String, outcome: String, reasonCode: String, rationale: String, as actor: StaffMember,
                       expectVersion: Int64? = nil) throws -> CaseSummary {
        guard agency.outcomes.contains(where: { $0.code == outcome }) else {
            throw DocketError.usage("unknown outcome '\(outcome)' (outcomes: \(agency.outcomes.map(\.code).joined(separator: ", ")))")
        }
        guard agency.reasonCodes.contains(where: { $0.code == reasonCode }) else {
            throw DocketError.usage("unknown reason code '\(reasonCode)' (reason codes: \(agency.reasonCodes.map(\.code).joined(separator: ", ")))")
        }
        let text = try FreeText.required(rationale, what: "a rationale (a sentence the notice will quote)")
        try mutate(ref, as: actor, expectVersion: expectVersion, action: .decide) { w, _ in
            try store.insertDecision(caseId: w.c.id, DecisionRecord(outcome: outcome, reasonCode: reasonCode, rationale: text,
                                                                    at: w.now, actor: actor.login))
            try w.enter("decided", reason: text, extra: [("outcome", .string(outcome)), ("reason_code", .string(reasonCode))])
            try w.event("decided", reason: text, details: [("outcome", .string(outcome)), ("reason_code", .string(reasonCode))])
        }
        return try summaryAfter(ref)
    }

    // MARK: notes

    @discardableResult
    public func note(_ ref: String, text: String, as actor: StaffMember, expectVersion: Int64? = nil) throws -> CaseSummary {
        let body = try FreeText.required(text, what: "some text", keepNewlines: true)
        try mutate(ref, as: actor, expectVersion: expectVersion, action: .note) { w, _ in
            try w.event("note", reason: body)
        }
        return try summaryAfter(ref)
    }
}

extension CaseWork {
    mutating func resumeFromHold(reason: String) throws {
        guard group == .hold else { throw DocketError.refused("\(c.ref) is not on hold") }
        let back = c.holdPriorState.flatMap { lifecycle.state($0) }?.id ?? lifecycle.states.first { $0.group == .active }?.id ?? c.state
        let from = c.state
        let pauseEnd = holdPauseEnd()
        c.state = back
        c.holdUntil = nil
        c.holdPriorState = nil
        updatePause(endingAt: pauseEnd)
        try syncMainTask()
        try event("resumed", reason: reason, details: [("from", .string(from)), ("to", .string(back))])
    }
}
