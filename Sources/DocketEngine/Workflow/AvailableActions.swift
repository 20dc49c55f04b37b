/// What this person may do to this case now: one function, used by the console's menu and by
/// every command's permission check.
public enum AvailableActions {
    public static func list(case c: CaseSummary, staff: StaffMember, openTasks: [TaskRecord], agency: Agency) -> [AvailableAction] {
        guard let lifecycle = agency.lifecycle(forType: c.type), let state = lifecycle.state(c.state) else { return [] }
        let role = staff.role
        if role == .auditor {
            return CaseActionKind.allCases.map { AvailableAction($0, enabled: false, whyNot: "auditors have read-only access") }
        }
        let inDept = staff.worksIn(c.department)
        let referralDepts = openTasks.filter(\.isReferral).map(\.department)
        let inReferralDept = referralDepts.contains { staff.worksIn($0) }
        let manages = (role == .supervisor && inDept) || role == .admin
        let works = WorkTakers.whyNot(staff) == nil
        let isMine = c.assignee == staff.login
        let closed = state.group == .closed
        let onHoldState = state.group == .hold
        var out: [AvailableAction] = []

        func add(_ kind: CaseActionKind, _ why: String?, targets: [String] = []) {
            out.append(AvailableAction(kind, enabled: why == nil, whyNot: why, targets: targets))
        }
        let notYourDept = "the case is in \(c.department), which is not one of your departments"
        let closedWhy = "the case is closed (\(c.state))"

        // Work on the main task: the department's own staff.
        add(.claim, closed ? closedWhy : !works ? "only caseworkers and supervisors take cases" : !inDept ? notYourDept
            : isMine ? "you already have it" : c.assignee != nil ? "it is assigned to \(c.assignee!); a supervisor can reassign it" : nil)
        add(.release, closed ? closedWhy : c.assignee == nil ? "nobody has it" : !(isMine || manages) ? "it is \(c.assignee!)'s; only they or a supervisor can release it" : nil)
        add(.assign, closed ? closedWhy : !manages ? "only a supervisor of \(c.department) or an admin assigns cases" : nil)
        let mayRoute = (works && inDept) || role == .admin
        add(.route, closed ? closedWhy : !mayRoute ? notYourDept : (!isMine && c.assignee != nil && !manages) ? "it is \(c.assignee!)'s; claim it or ask a supervisor" : nil)
        add(.refer, closed ? closedWhy : !works || !inDept ? notYourDept : onHoldState ? "the case is on hold; resume it first" : nil)

        // Lifecycle moves.
        let legal = lifecycle.transitions(from: c.state).filter { t in t.roles.isEmpty || t.roles.contains(role) || role == .admin }
        let plainTargets = legal.map(\.to).filter { to in
            let g = lifecycle.state(to)?.group
            return g != .hold && to != "decided"
        }
        let mayChange = (works && inDept) || manages
        add(.changeState, !mayChange ? notYourDept : plainTargets.isEmpty ? "no state can follow \(c.state) for a \(role.rawValue)" : nil,
            targets: plainTargets)
        let holdTarget = lifecycle.holdState.flatMap { h in legal.contains { $0.to == h.id } ? h.id : nil }
        add(.hold, closed ? closedWhy : onHoldState ? "already on hold until \(c.holdUntil.map { Day(unixSeconds: $0).iso } ?? "?")"
            : !mayChange ? notYourDept : holdTarget == nil ? "\(c.state) cannot go on hold" : nil)
        add(.resume, !onHoldState ? "the case is not on hold" : !mayChange ? notYourDept : nil)
        add(.decide, closed ? closedWhy : !mayChange ? notYourDept : !legal.contains { $0.to == "decided" } ? "\(c.state) cannot be decided yet; move it to review first" : nil)

        // Anyone whose work touches the case may write on it.
        add(.note, !works ? "notes are for caseworkers, supervisors and admins" : (inDept || inReferralDept || manages) ? nil : notYourDept)
        add(.completeTask, closed ? closedWhy : (inReferralDept && works) || (mayChange) ? nil : "none of its open tasks is in your departments")
        // Money: a case's own department or payments staff (a cashier's window), closed cases
        // too (a fine is paid and a fee refunded after the decision).
        let cashier = staff.worksIn(LedgerAccess.paymentsDepartment)
        let moneyScope = inDept || inReferralDept || cashier
        let takesMoney = role == .admin || (works && moneyScope)
        let moneyWhy = !works ? "payments are taken by caseworkers, supervisors and admins" : notYourDept + " (payments staff take payments on any case)"
        add(.pay, takesMoney ? nil : moneyWhy)
        add(.charge, takesMoney ? nil : moneyWhy)
        let refunds = role == .admin || (role == .supervisor && moneyScope)
        let refundWhy = role != .supervisor ? "refunds, waivers and reversals need a supervisor" : notYourDept + " (payments supervisors may act on any case)"
        add(.refund, refunds ? nil : refundWhy)
        add(.waive, refunds ? nil : refundWhy)
        add(.reverseEntry, refunds ? nil : refundWhy)
        add(.editForm, closed ? closedWhy : !works ? "corrections are for caseworkers, supervisors and admins" : (inDept || role == .admin) ? nil : notYourDept)
        add(.revealIdentifiers, (manages || role == .admin || (works && isMine)) ? nil : "only the assignee or a supervisor may reveal identifiers")
        // Closed cases too: litigation often starts after a decision.
        add(.legalHold, manages ? nil : "only a supervisor of \(c.department) or an admin places or lifts a legal hold")
        return out
    }

    /// The action if it is allowed, or the refusal that says why not.
    public static func require(_ kind: CaseActionKind, case c: CaseSummary, staff: StaffMember, openTasks: [TaskRecord],
                               agency: Agency) throws -> AvailableAction {
        guard let a = list(case: c, staff: staff, openTasks: openTasks, agency: agency).first(where: { $0.kind == kind }) else {
            throw DocketError.refused("\(c.ref) has a type or state this agency no longer defines (\(c.type)/\(c.state))")
        }
        guard a.enabled else {
            throw DocketError.refused("\(staff.login) cannot \(kind.rawValue) \(c.ref): \(a.whyNot ?? "not allowed")")
        }
        return a
    }
}

/// Who handles money beyond their own departments.
public enum LedgerAccess {
    /// Payments staff take payments on any case; its supervisors refund, waive and reverse on any.
    public static let paymentsDepartment = "PAY"
}
