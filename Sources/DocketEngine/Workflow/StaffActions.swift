/// What a person may do that is not about one case, with the reason when not: the same
/// kind of answer `availableActions` gives for a case. The engine's commands check these
/// same rules, and the console only shows them.
public enum StaffActionKind: String, CaseIterable, Sendable {
    /// Claim the next waiting case.
    case next
    /// Give a department's oldest unassigned cases to its people by load.
    case rebalance
    /// Spread one person's open tasks over their colleagues.
    case reassign
    /// The backlog dashboard.
    case dashboard
    /// Key a new case's form.
    case intake
    /// Keep unfinished forms as drafts.
    case drafts
    /// Export with personal identifiers.
    case exportPersonalData = "export-pii"
}

public struct AvailableStaffAction: Sendable, Equatable {
    public var kind: StaffActionKind
    public var whyNot: String?
    public var enabled: Bool { whyNot == nil }
}

public enum StaffActions {
    /// Every staff action for `actor`, about `department` where the action is about one
    /// (rebalance, reassign; nil: the role alone is asked about).
    public static func available(for actor: StaffMember, department: String? = nil) -> [AvailableStaffAction] {
        StaffActionKind.allCases.map { AvailableStaffAction(kind: $0, whyNot: whyNot($0, actor: actor, department: department)) }
    }

    /// The reason `actor` may not do `kind` (in `department`), or nil.
    public static func whyNot(_ kind: StaffActionKind, actor: StaffMember, department: String? = nil) -> String? {
        let supervises = actor.role == .supervisor || actor.role == .admin
        switch kind {
        case .next:
            return WorkTakers.whyNot(actor)
        case .rebalance, .reassign:
            let verb = kind == .rebalance ? "rebalance" : "reassign"
            guard supervises else { return "only supervisors and admins \(verb) work; \(actor.login) is a \(actor.role.rawValue)" }
            guard let department else { return nil }
            return actor.worksIn(department) ? nil : "\(actor.login) does not supervise \(department); ask an admin or a supervisor of \(department)"
        case .dashboard:
            return supervises || actor.role == .auditor ? nil
                : "the backlog report is for supervisors, admins and auditors; \(actor.login) is a \(actor.role.rawValue)"
        case .intake:
            // Keying cases in is the clerk's work, a supervisor's and an admin's (DESIGN.md section 6).
            return [.clerk, .supervisor, .admin].contains(actor.role) ? nil
                : "intake is for clerks, supervisors and admins; \(actor.login) is \(actor.role == .auditor || actor.role == .admin ? "an" : "a") \(actor.role.rawValue)"
        case .drafts:
            // The list holds intake drafts and corrections' drafts; caseworkers keep the latter.
            return actor.role == .auditor ? "auditors have read-only access; they keep no drafts" : nil
        case .exportPersonalData:
            return supervises ? nil : "exports with personal identifiers are for supervisors and admins; \(actor.login) is a \(actor.role.rawValue)"
        }
    }

    /// Throws the refusal when `actor` may not do `kind`.
    static func require(_ kind: StaffActionKind, actor: StaffMember, department: String? = nil) throws {
        if let why = whyNot(kind, actor: actor, department: department) { throw DocketError.refused(why) }
    }
}
