/// When a rule is considered: at intake, or when a case enters a given state.
public enum RoutingTrigger: Sendable, Equatable {
    case intake
    case enterState(String)

    public var text: String {
        switch self {
        case .intake: return "intake"
        case .enterState(let s): return "state:\(s)"
        }
    }
}

public enum ConditionOperator: String, Sendable, CaseIterable {
    case eq, ne, `in`, notIn = "not_in", gt, gte, lt, lte, present, absent, contains
}

/// A test on one case, form or constituent field: `form.branch eq army`.
public struct RoutingCondition: Sendable, Equatable {
    /// `case.type`, `case.priority`, `case.state`, `case.amount`, `form.FIELD`, `constituent.ATTR`.
    public let field: String
    public let op: ConditionOperator
    public let values: [String]
    /// The field split once into where it lives and its name, so evaluation allocates nothing.
    public let scope: Substring
    public let key: String
    /// The values lower-cased once, for comparisons that ignore case.
    let loweredValues: [String]

    public init(field: String, op: ConditionOperator, values: [String]) {
        self.field = field
        self.op = op
        self.values = values
        loweredValues = values.map { $0.lowercased() }
        let dot = field.firstIndex(of: ".") ?? field.endIndex
        scope = field[..<dot]
        key = dot < field.endIndex ? String(field[field.index(after: dot)...]) : ""
    }
}

public struct RouteAction: Sendable, Equatable {
    public var department: String
    public var priority: Int?
    public var slaPolicy: String?
    public var tags: [String]
}

public struct RoutingRule: Sendable, Equatable {
    public var name: String
    public var trigger: RoutingTrigger
    public var conditions: [RoutingCondition]
    public var action: RouteAction
}
