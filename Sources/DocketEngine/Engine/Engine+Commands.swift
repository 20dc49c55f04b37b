import Foundation

/// The workflow commands. Each: read the case under the write lock, check the version the
/// caller saw, check permission through AvailableActions, change, record — one transaction.
extension Engine {
    /// One command on one case, as one atomic step: read what the rule needs under the write
    /// lock, check the version the caller saw and the permission, let the rule decide, save what
    /// it changed. A hold whose date has come is resumed first, in the same transaction. Returns
    /// the rule's answer and the case as saved, computed inside the transaction.
    func mutate<T>(_ ref: String, as actor: StaffMember, expectVersion: Int64?, action: CaseActionKind,
                   _ body: (inout CaseWork, AvailableAction) throws -> T) throws -> (value: T, summary: CaseSummary) {
        try locked {
            try store.transaction {
                guard var summary = try store.caseSummary(ref: ref.uppercased()) else {
                    throw DocketError.notFound("no case \(ref); `docket search TEXT` finds cases by name, ref or id")
                }
                if let v = expectVersion, v != summary.version {
                    throw DocketError.conflict("\(summary.ref) changed since you saw it: it is at version \(summary.version), you expected \(v); last changed by \(summary.updatedBy) at \(Timestamp.iso(summary.updatedAt)). Reload it (`docket case show \(summary.ref)`) and try again")
                }
                if let resumed = try resumeIfDue(summary) { summary = resumed }
                let read = try store.caseForChange(summary)
                let allowed = try AvailableActions.require(action, case: summary, staff: actor, openTasks: read.tasks.filter(\.isOpen), agency: agency)
                var work = try CaseWork(agency: agency, actor: actor.login, typedBy: actor.impersonatedBy, now: clock.now, read: read)
                let value = try body(&work, allowed)
                let change = work.finish()
                try store.save(change)
                try recordPendingRequest()
                return (value, change.after)
            }
        }
    }

    /// Docket itself, for changes nobody typed (a hold whose date has come).
    static let system = StaffMember(login: "docket", name: "Docket", role: .admin, departments: [])

    /// Inside a command's transaction: resumes the case when its hold date has come, and returns
    /// it as saved; nil when it was not due.
    func resumeIfDue(_ summary: CaseSummary) throws -> CaseSummary? {
        guard let until = summary.holdUntil, until <= clock.now, summary.isOpen else { return nil }
        var w = try CaseWork(agency: agency, actor: Engine.system.login, now: clock.now, read: try store.caseForChange(summary))
        guard w.holdIsDue else { return nil }
        try w.resumeFromHold(reason: "hold date \(Day(unixSeconds: until).iso) reached")
        let change = w.finish()
        try store.save(change)
        return change.after
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
        try mutate(ref, as: actor, expectVersion: expectVersion, action: .claim) { w, _ in w.claim(reason: nil) }.summary
    }

    @discardableResult
    public func release(_ ref: String, as actor: StaffMember, expectVersion: Int64? = nil) throws -> CaseSummary {
        try mutate(ref, as: actor, expectVersion: expectVersion, action: .release) { w, _ in w.release() }.summary
    }

    @discardableResult
    public func assign(_ ref: String, to login: String, as actor: StaffMember, expectVersion: Int64? = nil) throws -> CaseSummary {
        let target = try locked { try store.staff(login: login) }
        return try mutate(ref, as: actor, expectVersion: expectVersion, action: .assign) { w, _ in
            try w.assign(to: target, login: login)
        }.summary
    }

    /// Claims the best unassigned task in the person's departments (or one of them): priority,
    /// then due date, then age. The write lock makes two callers get two different cases.
    public func next(department: String? = nil, as actor: StaffMember) throws -> CaseSummary {
        if let why = WorkTakers.whyNot(actor) { throw DocketError.refused(why) }
        if actor.isAway(on: clock.today), let back = actor.awayUntil {
            throw DocketError.refused("\(actor.login) is marked away until \(back.iso) and is handed no work; a supervisor marks them back with `docket staff back \(actor.login)`")
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
                let read = try store.caseForChange(summary)
                _ = try AvailableActions.require(.claim, case: summary, staff: actor, openTasks: read.tasks.filter(\.isOpen), agency: agency)
                var w = try CaseWork(agency: agency, actor: actor.login, typedBy: actor.impersonatedBy, now: clock.now, read: read)
                w.claim(reason: "next")
                let change = w.finish()
                try store.save(change)
                try recordPendingRequest()
                return change.after
            }
        }
    }

    // MARK: routing

    @discardableResult
    public func route(_ ref: String, to department: String, reason: String, as actor: StaffMember,
                      expectVersion: Int64? = nil) throws -> CaseSummary {
        let dept = try agency.requireDepartment(department.uppercased())
        let why = try FreeText.required(reason, what: "a reason")
        return try mutate(ref, as: actor, expectVersion: expectVersion, action: .route) { w, _ in
            guard dept != w.c.department else { throw DocketError.refused("\(w.c.ref) is already in \(dept)") }
            w.route(to: dept, reason: why)
        }.summary
    }

    /// Opens a referral to another department; the main task waits (and the SLA clock stops)
    /// until the last referral closes.
    @discardableResult
    public func refer(_ ref: String, to department: String, reason: String, as actor: StaffMember,
                      expectVersion: Int64? = nil) throws -> TaskRecord {
        let dept = try agency.requireDepartment(department.uppercased())
        let why = try FreeText.required(reason, what: "a reason")
        return try mutate(ref, as: actor, expectVersion: expectVersion, action: .refer) { w, _ in
            try w.refer(to: dept, reason: why)
        }.value
    }

    /// Completes a referral (the case wakes when it was the last), or the main task, which
    /// finishes the case through its lifecycle's closing state.
    @discardableResult
    public func completeTask(_ ref: String, taskId: Int64, note: String?, as actor: StaffMember,
                             expectVersion: Int64? = nil) throws -> CaseSummary {
        let text = try note.map { try FreeText.optional($0) } ?? nil
        return try mutate(ref, as: actor, expectVersion: expectVersion, action: .completeTask) { w, _ in
            try w.complete(taskId: taskId, note: text, by: actor)
        }.summary
    }

    // MARK: lifecycle

    @discardableResult
    public func changeState(_ ref: String, to state: String, reason: String?, as actor: StaffMember,
                            expectVersion: Int64? = nil) throws -> CaseSummary {
        let why = try reason.map { try FreeText.optional($0) } ?? nil
        return try mutate(ref, as: actor, expectVersion: expectVersion, action: .changeState) { w, allowed in
            try w.changeState(to: state, reason: why, role: actor.role, plainTargets: allowed.targets)
        }.summary
    }

    @discardableResult
    public func hold(_ ref: String, until: Day, reason: String, as actor: StaffMember, expectVersion: Int64? = nil) throws -> CaseSummary {
        let why = try FreeText.required(reason, what: "a reason (what the case is waiting for)")
        return try mutate(ref, as: actor, expectVersion: expectVersion, action: .hold) { w, _ in
            try w.hold(until: until, reason: why)
        }.summary
    }

    /// Takes a case off hold: back to the state it was in before.
    @discardableResult
    public func resume(_ ref: String, reason: String?, as actor: StaffMember?, expectVersion: Int64? = nil) throws -> CaseSummary {
        let why = try reason.map { try FreeText.optional($0) } ?? nil
        return try mutate(ref, as: actor ?? Engine.system, expectVersion: expectVersion, action: .resume) { w, _ in
            try w.resumeFromHold(reason: why ?? "resumed")
        }.summary
    }

    /// Resumes every case whose hold date has come, each in its own transaction: `docket tick`,
    /// the console's start, `next` and rebalancing. Reads never do this; they show such cases
    /// as resumed. Returns the refs resumed; a case that could not be resumed is reported in
    /// the error, after the others were done.
    @discardableResult
    public func resumeDueHolds() throws -> [String] {
        let due = try locked { try store.expiredHolds(now: clock.now) }
        var resumed: [String] = []
        var failures: [String] = []
        for id in due {
            do {
                let ref: String? = try locked {
                    try store.transaction {
                        guard let summary = try store.caseSummary(id: id) else { return nil }
                        return try resumeIfDue(summary)?.ref
                    }
                }
                if let ref { resumed.append(ref) }
            } catch {
                failures.append("case #\(id): \(error)")
            }
        }
        if !failures.isEmpty {
            throw DocketError.refused("\(failures.count) hold\(failures.count == 1 ? "" : "s") whose date has come could not be resumed (\(resumed.count) were): \(failures.joined(separator: "; "))")
        }
        return resumed
    }

    @discardableResult
    public func decide(_ ref: String, outcome: String, reasonCode: String, rationale: String, as actor: StaffMember,
                       expectVersion: Int64? = nil) throws -> CaseSummary {
        try decide(ref, outcome: outcome, reasonCodes: [reasonCode], rationale: rationale, as: actor, expectVersion: expectVersion)
    }

    /// Decides a case with one or more reason codes, each one the agency lets explain this outcome.
    public func decide(_ ref: String, outcome: String, reasonCodes: [String], rationale: String, as actor: StaffMember,
                       expectVersion: Int64? = nil) throws -> CaseSummary {
        let codes = try DecisionReasons.check(outcome: outcome, codes: reasonCodes, agency: agency)
        let text = try FreeText.required(rationale, what: "a rationale (a sentence saying why, kept on the case)")
        return try mutate(ref, as: actor, expectVersion: expectVersion, action: .decide) { w, _ in
            w.decide(outcome: outcome, reasonCodes: codes, rationale: text)
        }.summary
    }

    // MARK: notes

    @discardableResult
    public func note(_ ref: String, text: String, as actor: StaffMember, expectVersion: Int64? = nil) throws -> CaseSummary {
        let body = try FreeText.required(text, what: "some text", keepNewlines: true)
        return try mutate(ref, as: actor, expectVersion: expectVersion, action: .note) { w, _ in
            w.event("note", reason: body)
        }.summary
    }
}
