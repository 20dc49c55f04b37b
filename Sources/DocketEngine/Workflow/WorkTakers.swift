/// Who takes work: one rule for taking a case (next, claim), being given one (assign), and
/// having work spread to them (rebalance, reassign). Caseworkers, supervisors and admins
/// take work; clerks key intake and auditors only read.
public enum WorkTakers {
    /// The roles that work cases.
    public static let roles: [Role] = [.caseworker, .supervisor, .admin]

    /// Why `person` takes no cases at all; nil when their role works cases.
    public static func whyNot(_ person: StaffMember) -> String? {
        roles.contains(person.role) ? nil
            : "only caseworkers, supervisors and admins take cases; \(person.login) is a \(person.role.rawValue)"
    }

    /// Whether `person` may take or be given work in `department`: active, not away on `today`,
    /// a role that works cases, and the department theirs (an admin's is every department).
    public static func takes(_ person: StaffMember, in department: String, on today: Day? = nil) -> Bool {
        person.active && !(today.map(person.isAway) ?? false) && whyNot(person) == nil && person.worksIn(department)
    }

    /// Who spreading (rebalance, reassign) hands a department's work to: those who take work
    /// there and list the department as their own, but not admins, who take cases
    /// themselves with next when they want them and are never handed any.
    public static func members(of department: String, among staff: [StaffMember], on today: Day? = nil) -> [StaffMember] {
        staff.filter { takes($0, in: department, on: today) && $0.departments.contains(department) && $0.role != .admin }
    }

    /// Members of `department` who would be handed work there but are left out now, and why:
    /// for a preview to say who was skipped.
    public static func skipped(in department: String, among staff: [StaffMember], on today: Day) -> [(login: String, why: String)] {
        staff.filter { $0.departments.contains(department) && whyNot($0) == nil && $0.role != .admin }.compactMap { p in
            if !p.active { return (p.login, "deactivated") }
            if p.isAway(on: today), let back = p.awayUntil { return (p.login, "away until \(back.iso)") }
            return nil
        }
    }
}
