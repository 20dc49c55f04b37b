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

    /// Whether `person` may take or be given work in `department`: active, a role that works
    /// cases, and the department theirs (an admin's is every department).
    public static func takes(_ person: StaffMember, in department: String) -> Bool {
        person.active && whyNot(person) == nil && person.worksIn(department)
    }

    /// Who spreading (rebalance, reassign) hands a department's work to: those who take work
    /// there and list the department as their own, but not admins, who take cases
    /// themselves with next when they want them and are never handed any.
    public static func members(of department: String, among staff: [StaffMember]) -> [StaffMember] {
        staff.filter { takes($0, in: department) && $0.departments.contains(department) && $0.role != .admin }
    }
}
