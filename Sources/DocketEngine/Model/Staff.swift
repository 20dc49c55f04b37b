/// A person who works in Docket, known by their operating-system login.
public struct StaffMember: Sendable, Equatable {
    public var login: String
    public var name: String
    public var role: Role
    public var departments: [String]
    public var active: Bool
    /// The admin who typed the command when acting as this person (`--as`): events name them
    /// as the actor and this person as whom they acted as.
    public var impersonatedBy: String?
    /// Away (ill, on leave) until this day: no work is handed to them before it.
    public var awayUntil: Day?

    public init(login: String, name: String, role: Role, departments: [String], active: Bool = true) {
        self.login = login
        self.name = name
        self.role = role
        self.departments = departments
        self.active = active
    }

    /// Admins, auditors and staff with no department listed see every department.
    public var seesAllDepartments: Bool { role == .admin || role == .auditor }

    /// Whether they are away on `today` (back on the `awayUntil` day itself).
    public func isAway(on today: Day) -> Bool { awayUntil.map { today < $0 } ?? false }

    /// Who events say did it: whoever typed the command.
    public var eventActor: String { impersonatedBy ?? login }
    /// Whom events say it was done as, when an admin acted as this person.
    public var eventActingAs: String? { impersonatedBy == nil ? nil : login }

    public func worksIn(_ department: String) -> Bool {
        seesAllDepartments || departments.contains(department)
    }
}
