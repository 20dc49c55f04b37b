/// The staff directory after `staff add`: a person's role and departments (admins), leaving
/// (admins; their open work listed for a supervisor to move), and being away (a supervisor of
/// one of their departments, or an admin). Every change is an event.
extension Engine {
    /// Changes a person's role and/or departments (nil: unchanged).
    @discardableResult
    public func setStaff(_ login: String, role: Role?, departments: [String]?, as actor: StaffMember) throws -> StaffMember {
        try requireAdmin(actor, "change a staff member")
        for d in departments ?? [] { try agency.requireDepartment(d) }
        return try changeStaff(login, kind: "staff_changed", as: actor) { s in
            if let role { s.role = role }
            if let departments { s.departments = Array(Set(departments)).sorted() }
            guard s.login != actor.login || s.role == .admin else {
                throw DocketError.refused("\(actor.login) cannot take away their own admin role; another admin can")
            }
        }
    }

    /// Deactivates a login: refused at their next command. Returns their open tasks, which stay
    /// theirs until a supervisor moves them (`docket staff reassign LOGIN`).
    public func deactivateStaff(_ login: String, as actor: StaffMember) throws -> [TaskRecord] {
        try requireAdmin(actor, "deactivate a staff member")
        guard login != actor.login else { throw DocketError.refused("\(actor.login) cannot deactivate themselves; another admin can") }
        try changeStaff(login, kind: "staff_deactivated", as: actor) { s in
            guard s.active else { throw DocketError.refused("'\(login)' is already deactivated") }
            s.active = false
        }
        return try locked { try store.openTasks(assignee: login) }
    }

    /// Marks a person away until `until` (they are back that day): `next`, rebalancing and
    /// reassigning hand them nothing meanwhile.
    @discardableResult
    public func markAway(_ login: String, until: Day, as actor: StaffMember) throws -> StaffMember {
        let today = clock.today
        guard until > today else { throw DocketError.usage("--until must be after today (\(today.iso)); got \(until.iso)") }
        return try changeStaff(login, kind: "staff_away", details: [("until", .string(until.iso))], as: actor) { s in
            try requireSupervises(actor, s)
            s.awayUntil = until
        }
    }

    @discardableResult
    public func markBack(_ login: String, as actor: StaffMember) throws -> StaffMember {
        try changeStaff(login, kind: "staff_back", as: actor) { s in
            try requireSupervises(actor, s)
            guard s.isAway(on: clock.today) else { throw DocketError.refused("'\(login)' is not marked away") }
            s.awayUntil = nil
        }
    }

    /// Who work spread in these departments now passes over, and why (away, deactivated):
    /// a preview says so.
    public func skippedForWork(in departments: [String]) throws -> [(login: String, why: String)] {
        let staff = try locked { try store.allStaff() }
        var seen: Set<String> = []
        return departments.flatMap { WorkTakers.skipped(in: $0, among: staff, on: clock.today) }.filter { seen.insert($0.login).inserted }
    }

    private func requireAdmin(_ actor: StaffMember, _ what: String) throws {
        guard actor.role == .admin else {
            throw DocketError.refused("only an admin can \(what); \(actor.login) is a \(actor.role.rawValue)")
        }
        try requireOwnersConnection("changing the staff list")
    }

    /// A supervisor of one of the person's departments, or an admin.
    private func requireSupervises(_ actor: StaffMember, _ s: StaffMember) throws {
        guard actor.role == .admin || (actor.role == .supervisor && s.departments.contains(where: actor.departments.contains)) else {
            throw DocketError.refused("only a supervisor of \(s.departments.joined(separator: " or ")) or an admin marks \(s.login) away or back; \(actor.login) is a \(actor.role.rawValue)")
        }
    }

    /// Reads a staff record, lets `change` change it, saves it and records the event.
    @discardableResult
    private func changeStaff(_ login: String, kind: String, details: [(String, JSONText.Value)] = [], as actor: StaffMember,
                             _ change: (inout StaffMember) throws -> Void) throws -> StaffMember {
        try locked {
            try store.transaction {
                guard var s = try store.staff(login: login) else {
                    throw DocketError.notFound("no staff member '\(login)'; `docket staff list` shows the logins")
                }
                let before = s
                try change(&s)
                try store.updateStaff(s)
                try store.appendEvent(at: clock.now, by: actor, caseId: nil, constituentId: nil, kind: kind, reason: nil,
                                      details: JSONText.encode(.object([
                                        ("login", .string(login)), ("role", .string(s.role.rawValue)),
                                        ("departments", .array(s.departments.map(JSONText.Value.string))),
                                        ("was_role", .string(before.role.rawValue)),
                                        ("was_departments", .array(before.departments.map(JSONText.Value.string))),
                                      ] + details)))
                try recordPendingRequest()
                return s
            }
        }
    }
}
