/// The commands' rules on one case: each changes the `CaseWork` value, asks for its events, or
/// refuses saying why and what to do instead. None reads or writes a store.
extension CaseWork {
    mutating func claim(reason: String?) {
        setAssignee(actor)
        event("claimed", reason: reason, details: [("task", .optional(c.mainTaskId))])
    }

    mutating func release() {
        let had = c.assignee
        setAssignee(nil)
        event("released", details: [("from", .optional(had))])
    }

    /// Gives the case to `target` (read by the engine as `login`; nil when nobody has that login).
    mutating func assign(to target: StaffMember?, login: String) throws {
        guard let target, target.active else {
            throw DocketError.refused("'\(login)' is not an active staff member; `docket staff list` shows who is")
        }
        if target.isAway(on: Day(unixSeconds: now)), let back = target.awayUntil {
            throw DocketError.refused("\(login) is marked away until \(back.iso) and is handed no work; assign to someone else, or mark them back")
        }
        guard WorkTakers.takes(target, in: c.department, on: Day(unixSeconds: now)) else {
            throw DocketError.refused("\(login) does not work cases in \(c.department); assign to someone in that department")
        }
        let had = c.assignee
        setAssignee(login)
        event("assigned", details: [("from", .optional(had)), ("to", .string(login))])
    }

    /// Completes a referral (the case wakes when it was the last), or the main task, which
    /// finishes the case through its lifecycle's plain closing state.
    mutating func complete(taskId: Int64, note: String?, by staff: StaffMember) throws {
        guard let i = tasks.firstIndex(where: { $0.id == taskId }) else {
            let open = tasks.filter(\.isOpen).map { "#\($0.id) \($0.department)" }.joined(separator: ", ")
            throw DocketError.usage("\(c.ref) has no task #\(taskId) (open tasks: \(open))")
        }
        guard tasks[i].isOpen else { throw DocketError.refused("task #\(taskId) is already \(tasks[i].status)") }
        guard staff.worksIn(tasks[i].department) else {
            throw DocketError.refused("task #\(taskId) is for \(tasks[i].department), not one of your departments")
        }
        if tasks[i].isReferral {
            tasks[i].status = "completed"
            tasks[i].closedAt = now
            tasks[i].assignee = tasks[i].assignee ?? staff.login
            event("task_completed", reason: note, details: [("task", .int(taskId)), ("department", .string(tasks[i].department))])
            if openReferrals.isEmpty {
                updatePause()
                syncMainTask()
                event("resumed", reason: "referrals answered", details: [("department", .string(c.department))])
            }
            return
        }
        // Only a plain ending: not a decision, not a move the agency wants a reason for (such
        // as a withdrawal, which means something else), and one this person's role may take.
        let closing = lifecycle.transitions(from: c.state).filter { t in
            lifecycle.state(t.to)?.group == .closed && t.to != "decided" && !t.needsReason
                && (t.roles.isEmpty || t.roles.contains(staff.role) || staff.role == .admin)
        }
        guard let t = closing.first(where: { $0.to == "closed" }) ?? closing.first else {
            throw DocketError.refused("the main task of \(c.ref) cannot simply be completed from \(c.state); it finishes with a decision (`docket case decide \(c.ref) --outcome O --reason-code C --rationale TEXT`) or a status change (`docket case status \(c.ref) STATE --reason TEXT`)")
        }
        enter(t.to, reason: note ?? "main task completed")
    }

    /// A plain status change along the lifecycle; holds and decisions have commands of their own.
    mutating func changeState(to state: String, reason: String?, role: Role, plainTargets: [String]) throws {
        guard lifecycle.state(state) != nil else {
            throw DocketError.usage("'\(state)' is not a state of \(c.type) (states: \(lifecycle.states.map(\.id).joined(separator: ", ")))")
        }
        if lifecycle.state(state)?.group == .hold {
            throw DocketError.usage("a hold needs a date: `docket case hold \(c.ref) --until DATE --reason TEXT`")
        }
        if state == "decided" {
            throw DocketError.usage("a decision needs an outcome: `docket case decide \(c.ref) --outcome O --reason-code C --rationale TEXT`")
        }
        guard let t = lifecycle.transitions(from: c.state).first(where: { $0.to == state }) else {
            throw DocketError.refused("\(c.ref) cannot go from \(c.state) to \(state); from \(c.state) it can go to: \(legalMoves(plain: plainTargets, role: role))")
        }
        if !t.roles.isEmpty && !t.roles.contains(role) && role != .admin {
            throw DocketError.refused("only \(t.roles.map(\.rawValue).joined(separator: " or ")) may move \(c.ref) from \(c.state) to \(state)")
        }
        if t.needsReason && (reason ?? "").isEmpty {
            throw DocketError.usage("moving \(c.ref) from \(c.state) to \(state) needs a reason: add --reason TEXT")
        }
        let wasHold = group == .hold
        enter(state, reason: reason)
        if wasHold { event("resumed", reason: reason ?? "resumed by hand") }
    }

    /// Every state the person may move the case to next, with the command for those that are
    /// not plain status changes (a decision, a hold).
    func legalMoves(plain: [String], role: Role) -> String {
        let legal = lifecycle.transitions(from: c.state).filter { $0.roles.isEmpty || $0.roles.contains(role) || role == .admin }
        var parts = plain
        if legal.contains(where: { $0.to == "decided" }) {
            parts.append("decided (`docket case decide \(c.ref) --outcome O --reason-code C --rationale TEXT`)")
        }
        if let h = lifecycle.holdState, legal.contains(where: { $0.to == h.id }) {
            parts.append("\(h.id) (`docket case hold \(c.ref) --until DATE --reason TEXT`)")
        }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }

    /// Pauses the case until a date (after today, within a year); it resumes to the state it was in.
    mutating func hold(until: Day, reason: String) throws {
        let today = Day(unixSeconds: now)
        guard until > today else { throw DocketError.usage("--until must be after today (\(today.iso)); got \(until.iso)") }
        guard until - today <= 366 else { throw DocketError.usage("--until is more than a year away (\(until.iso)); choose a nearer date") }
        guard let holdState = lifecycle.holdState else { throw DocketError.refused("\(c.type) has no hold state") }
        let prior = c.state
        c.state = holdState.id
        c.holdPriorState = prior
        c.holdUntil = until.unixSeconds
        updatePause()
        syncMainTask()
        event("hold", reason: reason, details: [("from", .string(prior)), ("until", .string(until.iso))])
    }

    /// Records the decision with its reason codes (at least one, checked by the caller against
    /// the outcome) and closes the case as decided.
    mutating func decide(outcome: String, reasonCodes: [String], rationale: String) {
        let first = reasonCodes.first ?? ""
        decisions.append(DecisionRecord(outcome: outcome, reasonCode: first, rationale: rationale, at: now, actor: actor,
                                        otherReasonCodes: Array(reasonCodes.dropFirst())))
        var details: [(String, JSONText.Value)] = [("outcome", .string(outcome)), ("reason_code", .string(first))]
        if reasonCodes.count > 1 { details.append(("reason_codes", .array(reasonCodes.map { .string($0) }))) }
        enter("decided", reason: rationale, extra: details)
        event("decided", reason: rationale, details: details)
    }

    /// Keeps the case's people from erasure (retention included) until it is lifted.
    mutating func placeLegalHold(reason: String) throws {
        if let since = c.legalHoldSince {
            throw DocketError.refused("\(c.ref) is under a legal hold already (since \(Timestamp.iso(since))); nothing changed")
        }
        c.legalHoldSince = now
        event("legal_hold_placed", reason: reason)
    }

    mutating func liftLegalHold(reason: String) throws {
        guard c.legalHoldSince != nil else {
            throw DocketError.refused("\(c.ref) is not under a legal hold; nothing changed")
        }
        c.legalHoldSince = nil
        event("legal_hold_lifted", reason: reason)
    }
}
