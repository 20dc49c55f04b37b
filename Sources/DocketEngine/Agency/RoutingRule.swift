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
    public var field: String
    public var op: ConditionOperator
    public var values: [String]
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
