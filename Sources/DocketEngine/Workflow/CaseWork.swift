/// A case being changed by one command: the workflow rules. It keeps the case row, its main
/// task and the SLA clock consistent and asks for an event for every change; it reads and
/// writes no store. `finish` hands the store what changed, as one `CaseChange`.
struct CaseWork {
    let agency: Agency
    /// Whose work this is (a claim assigns to them); events name `typedBy` when an admin acts as them.
    let actor: String
    let typedBy: String?
    let now: Int64
    var c: CaseSummary
    /// The case as it was read, for the counters' before-and-after and the version check.
    let original: CaseSummary
    var tasks: [TaskRecord]
    private let originalTasks: [TaskRecord]
    let lifecycle: Lifecycle
    /// The case's person and form, as routing rules see them.
    let person: Constituent?
    private(set) var form: FormValues
    private var formChanged = false
    /// The person's identity as a form edit left it, when it changed.
    var personChanged: Constituent?
    /// The id the next task this command opens gets: the store reserved a block of them.
    private(set) var nextTaskId: Int64
    private(set) var events: [NewEvent] = []
    var decisions: [DecisionRecord] = []
    var ledgerEntries: [LedgerEntry] = []

    init(agency: Agency, actor: String, typedBy: String? = nil, now: Int64, read: CaseRead) throws {
        guard let lifecycle = agency.lifecycle(forType: read.summary.type) else {
            throw DocketError.refused("\(read.summary.ref) has case type \(read.summary.type), which the agency file no longer defines")
        }
        self.agency = agency
        self.actor = actor
        self.typedBy = typedBy
        self.now = now
        c = read.summary
        original = read.summary
        tasks = read.tasks
        originalTasks = read.tasks
        self.lifecycle = lifecycle
        person = read.person
        form = read.form
        nextTaskId = read.nextTaskId
    }

    var openReferrals: [TaskRecord] { tasks.filter { $0.isReferral && $0.isOpen } }
    var mainTaskIndex: Int? { tasks.firstIndex { $0.id == c.mainTaskId } }
    var group: StateGroup { lifecycle.state(c.state)?.group ?? .active }

    mutating func event(_ kind: String, reason: String? = nil, constituent: Int64? = nil,
                        details: [(String, JSONText.Value)] = []) {
        events.append(NewEvent(at: now, actor: typedBy ?? actor, caseId: c.id, constituentId: constituent, kind: kind, reason: reason,
                               details: JSONText.encode(.object(details)), actingAs: typedBy == nil ? nil : actor))
    }

    // MARK: the main task

    /// The main task's status follows from the case: closed, paused, worked, or waiting.
    var mainTaskStatus: String {
        if !c.isOpen { return "completed" }
        if group == .hold || !openReferrals.isEmpty { return "on_hold" }
        return c.assignee == nil ? "assigned" : "in_progress"
    }

    mutating func setAssignee(_ login: String?) {
        c.assignee = login
        syncMainTask()
    }

    mutating func syncMainTask() {
        c.taskStatus = mainTaskStatus
        guard let i = mainTaskIndex else { return }
        tasks[i].assignee = c.assignee
        tasks[i].department = c.department
        tasks[i].status = c.taskStatus
        if !c.isOpen && tasks[i].closedAt == nil { tasks[i].closedAt = now }
    }

    private mutating func newTask(department: String, parent: Int64?, reason: String?) -> TaskRecord {
        let t = TaskRecord(id: nextTaskId, caseId: c.id, parentId: parent, department: department, assignee: nil,
                           status: "assigned", reason: reason, openedAt: now, closedAt: nil)
        nextTaskId += 1
        tasks.append(t)
        return t
    }

    mutating func openMainTask(department: String, reason: String?) {
        let t = newTask(department: department, parent: nil, reason: reason)
        c.mainTaskId = t.id
        c.department = department
        c.assignee = nil
        // Open referrals follow the case to its new main task.
        for i in tasks.indices where tasks[i].isReferral && tasks[i].isOpen { tasks[i].parentId = t.id }
        syncMainTask()
    }

    /// A referral to another department: the main task waits (and the SLA clock stops) until
    /// the last referral closes.
    mutating func refer(to department: String, reason: String) throws -> TaskRecord {
        guard department != c.department else {
            throw DocketError.refused("\(c.ref) is in \(department) already; refer it to another department, or route it")
        }
        let t = newTask(department: department, parent: c.mainTaskId, reason: reason)
        updatePause()
        syncMainTask()
        event("referred", reason: reason, details: [("to", .string(department)), ("task", .int(t.id))])
        return t
    }

    // MARK: the SLA clock

    /// Paused while in a hold state or waiting on referrals; the time is kept apart from waiting time
    /// and the business days paused push the due date out.
    ///
    /// `endingAt` is when a pause that ends now really ended: a hold whose date passed before
    /// anyone looked ended on that date, not when the next command noticed it.
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

    mutating func route(to department: String, reason: String, rule: String? = nil, action: RouteAction? = nil) {
        let from = c.department
        if let i = mainTaskIndex {
            tasks[i].status = "completed"
            tasks[i].closedAt = now
        }
        if let action {
            if let p = action.priority { c.priority = p }
            if let s = action.slaPolicy { c.slaPolicy = s }
            c.tags = Array(Set(c.tags + action.tags)).sorted()
        }
        openMainTask(department: department, reason: reason)
        recomputeDue()
        event("routed", reason: reason, details: [("from", .string(from)), ("to", .string(department)), ("rule", .optional(rule))])
    }

    /// Enters a state: closing, reopening, pausing and state-triggered routing follow from it.
    mutating func enter(_ state: String, reason: String?, extra: [(String, JSONText.Value)] = []) {
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
            }
        }
        if group != .hold {
            c.holdUntil = nil
            c.holdPriorState = nil
        }
        updatePause(endingAt: pauseEnd)
        event("state_changed", reason: reason, details: [("from", .string(from)), ("to", .string(state))] + extra)
        if wasClosed && !nowClosed {
            c.closedAt = nil
            openMainTask(department: c.department, reason: "reopened: \(reason ?? "")")
            updatePause()
        } else {
            syncMainTask()
        }
        if !nowClosed, group != .hold, let d = RoutingEvaluator.decide(agency, trigger: .enterState(state), subject: subject(), explain: false),
           d.action.department != c.department {
            route(to: d.action.department, reason: "entered \(state): \(d.explanation)", rule: d.ruleName, action: d.action)
        }
    }

    /// Takes the case off hold: back to the state it was in before.
    mutating func resumeFromHold(reason: String) throws {
        guard group == .hold else { throw DocketError.refused("\(c.ref) is not on hold") }
        let back = c.holdPriorState.flatMap { lifecycle.state($0) }?.id ?? lifecycle.states.first { $0.group == .active }?.id ?? c.state
        let from = c.state
        let pauseEnd = holdPauseEnd()
        c.state = back
        c.holdUntil = nil
        c.holdPriorState = nil
        updatePause(endingAt: pauseEnd)
        syncMainTask()
        event("resumed", reason: reason, details: [("from", .string(from)), ("to", .string(back))])
    }

    /// Whether the case's hold date has come: a command resumes it, and reads show it resumed.
    var holdIsDue: Bool { group == .hold && (c.holdUntil.map { $0 <= now } ?? false) }

    /// The form as corrected: the amount it carries goes onto the case row too.
    mutating func setForm(_ values: FormValues) {
        form = values
        formChanged = true
        c.amount = values["amount"].flatMap { Int64($0) }
    }

    func subject() -> RoutingSubject {
        let attributes = person.map { CaseWork.routingAttributes(of: $0, today: Day(unixSeconds: now)) } ?? [:]
        return RoutingSubject(type: c.type, priority: c.priority, state: c.state, amount: c.amount, tags: c.tags,
                              form: form, constituent: attributes)
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

    /// Everything this command changed, for a store to save: the case one version on, the tasks
    /// opened and changed, the events, decisions, form and identity, and the counters' deltas.
    mutating func finish() -> CaseChange {
        syncMainTask()
        var after = c
        after.version = original.version + 1
        after.updatedAt = now
        after.updatedBy = actor
        var change = CaseChange(before: original, after: after, events: events, decisions: decisions,
                                person: personChanged, actor: actor, at: now)
        change.ledger = ledgerEntries
        if formChanged { change.form = (JSONText.encode(form: form), c.amount) }
        let before = Dictionary(originalTasks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var delta = CounterDelta()
        delta.count(original, sign: -1)
        delta.count(after, sign: 1)
        delta.recordFlow(from: original, to: after) { Day(unixSeconds: now) }
        for t in tasks {
            if let old = before[t.id] {
                guard old != t else { continue }
                change.updatedTasks.append(t)
                delta.count(old, openedAt: old.openedAt, sign: -1)
                delta.count(t, openedAt: old.openedAt, sign: 1)
            } else {
                change.insertedTasks.append(t)
                delta.count(t, openedAt: t.openedAt, sign: 1)
            }
        }
        change.counters = delta
        return change
    }
}

/// What a rule needs read before it decides: the case, its tasks, its person and form, and
/// where the ids of tasks it opens start.
struct CaseRead {
    var summary: CaseSummary
    var tasks: [TaskRecord]
    var person: Constituent?
    var form: FormValues
    var nextTaskId: Int64
}
