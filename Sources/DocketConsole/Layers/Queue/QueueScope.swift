import DocketEngine

/// Whose work the department tabs show: one department, or every department (admins and
/// auditors, who see all of them).
enum QueueScope: Equatable, Sendable, Hashable {
    case allDepartments
    case department(String)

    var code: String? {
        if case .department(let code) = self { return code }
        return nil
    }

    var label: String { code ?? "all departments" }

    /// Where a person starts: everything for those who see every department, else their
    /// first department.
    static func initial(for actor: StaffMember) -> QueueScope {
        if actor.seesAllDepartments || actor.departments.isEmpty { return .allDepartments }
        return .department(actor.departments[0])
    }

    /// The scopes `d` cycles through for this person, in order.
    static func choices(for actor: StaffMember, agency: Agency) -> [QueueScope] {
        if actor.seesAllDepartments || actor.departments.isEmpty {
            return [.allDepartments] + agency.departments.map { .department($0.code) }
        }
        return actor.departments.map { .department($0) }
    }
}
