/// One deployment's configuration, read from the agency file (JSON).
public struct Agency: Sendable {
    public var name: String
    public var currency: String
    /// Whether 3/4/1968 is the 4th of March (`mdy`) or the 3rd of April (`dmy`).
    public var dateOrder: DateOrder
    public var backlogThresholdDays: Int
    public var idleLogoffMinutes: Int
    public var calendar: BusinessCalendar
    public var departments: [Department]
    public var lifecycles: [Lifecycle]
    public var caseTypes: [CaseType]
    public var forms: [FormDefinition]
    public var outcomes: [NamedCode]
    public var reasonCodes: [NamedCode]
    public var slaPolicies: [SLAPolicy]
    public var routingRules: [RoutingRule]
    public var defaultRoute: RouteAction
    public var fees: [Fee]
    public var staff: [StaffSeed]
    /// Letters to constituents: templates per language, the appeal window and the appeal type.
    public var notices: NoticeSettings? = nil

    public func department(_ code: String) -> Department? { departments.first { $0.code == code } }
    public func caseType(_ code: String) -> CaseType? { caseTypes.first { $0.code == code } }
    public func caseType(prefix: String) -> CaseType? { caseTypes.first { $0.prefix == prefix } }
    public func lifecycle(_ id: String) -> Lifecycle? { lifecycles.first { $0.id == id } }
    public func form(_ id: String) -> FormDefinition? { forms.first { $0.id == id } }
    public func slaPolicy(_ id: String) -> SLAPolicy? { slaPolicies.first { $0.id == id } }
    public func lifecycle(forType code: String) -> Lifecycle? { caseType(code).flatMap { lifecycle($0.lifecycle) } }
    /// The reason codes that may explain a decision with this outcome, in file order.
    public func reasonCodes(for outcome: String) -> [NamedCode] { reasonCodes.filter { $0.explains(outcome) } }
    public func fee(_ code: String) -> Fee? { fees.first { $0.code == code } }
}

public enum DateOrder: String, Sendable { case mdy, dmy }

public struct Department: Sendable, Equatable {
    public var code: String
    public var name: String
}

public struct NamedCode: Sendable, Equatable {
    public var code: String
    public var name: String
    /// For a reason code: the outcomes it may explain (a denial offers denial reasons); empty: any.
    public var outcomes: [String] = []

    public func explains(_ outcome: String) -> Bool { outcomes.isEmpty || outcomes.contains(outcome) }
}

public enum StateGroup: String, Sendable, CaseIterable { case initial, active, hold, closed }

public struct LifecycleState: Sendable, Equatable {
    public var id: String
    public var group: StateGroup
    public var label: String
    /// A label for narrow columns (the console's queue): `awaiting info`.
    public var short: String? = nil

    /// The short label, or the label where the agency gives none.
    public var shortLabel: String { short ?? label }
}

public struct Transition: Sendable, Equatable {
    /// Source states; empty means "from any state that is not closed".
    public var from: [String]
    public var to: String
    public var needsReason: Bool
    /// Roles allowed to take this transition; empty means anyone who may work the case.
    public var roles: [Role]
}

public struct Lifecycle: Sendable {
    public var id: String
    public var states: [LifecycleState]
    public var transitions: [Transition]

    public func state(_ id: String) -> LifecycleState? { states.first { $0.id == id } }
    public var initialState: LifecycleState { states.first { $0.group == .initial } ?? states[0] }
    public var holdState: LifecycleState? { states.first { $0.group == .hold } }
    public func isClosed(_ state: String) -> Bool { self.state(state)?.group == .closed }

    /// The transitions that may be taken from a state, in file order.
    public func transitions(from state: String) -> [Transition] {
        guard let current = self.state(state) else { return [] }
        return transitions.filter { t in
            t.to != state && (t.from.isEmpty ? current.group != .closed : t.from.contains(state))
        }
    }
}

public struct CaseType: Sendable {
    public var code: String
    public var name: String
    /// The ref prefix: `DC` gives refs like DC-2026-004211.
    public var prefix: String
    public var lifecycle: String
    public var form: String
    public var slaPolicy: String
    public var defaultPriority: Int
    /// A name for narrow columns (the console's queue): `Disability`.
    public var short: String? = nil
    /// Retention: a person whose cases are all closed at least this many years is erased by
    /// `docket retention run`; nil keeps them until erased on request.
    public var eraseYearsAfterClose: Int? = nil

    /// The short name, or the name where the agency gives none.
    public var shortLabel: String { short ?? name }
}

public struct SLAPolicy: Sendable, Equatable {
    public var id: String
    public var name: String
    public var businessDays: Int
    /// Per-department targets that override `businessDays` while the case sits there.
    public var byDepartment: [String: Int]

    public func businessDays(in department: String?) -> Int {
        department.flatMap { byDepartment[$0] } ?? businessDays
    }
}

public enum Role: String, Sendable, CaseIterable, Comparable {
    case clerk, caseworker, supervisor, auditor, admin

    public static func < (a: Role, b: Role) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

public struct StaffSeed: Sendable, Equatable {
    public var login: String
    public var name: String
    public var role: Role
    public var departments: [String]
}

extension Agency {
    /// The department's code, or a usage error that names the departments there are.
    @discardableResult
    public func requireDepartment(_ code: String) throws -> String {
        guard department(code) != nil else {
            throw DocketError.usage("unknown department '\(code)' (departments: \(departments.map(\.code).joined(separator: ", ")))")
        }
        return code
    }
}
