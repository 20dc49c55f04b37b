/// A person who works in Docket, known by their operating-system login.
public struct StaffMember: Sendable, Equatable {
    public var login: String
    public var name: String
    public var role: Role
    public var departments: [String]
    public var active: Bool

    public init(login: String, name: String, role: Role, departments: [String], active: Bool = true) {
        self.login = login
        self.name = name
        self.role = role
        self.departments = departments
        self.active = active
    }

    /// Admins, auditors and staff with no department listed see every department.
    public var seesAllDepartments: Bool { role == .admin || role == .auditor }

    public func worksIn(_ department: String) -> Bool {
        seesAllDepartments || departments.contains(department)
    }
}
