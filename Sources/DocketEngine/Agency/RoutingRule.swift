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
    /// Where the field lives, worked out once: routing runs for every intake and import row.
    let place: FieldPlace
    /// The values lower-cased once, for comparisons that ignore case.
    let loweredValues: [String]
    /// The first value as a number, for the ordering operators.
    let number: Double?

    public init(field: String, op: ConditionOperator, values: [String]) {
        self.field = field
        self.op = op
        self.values = values
        place = FieldPlace(field)
        loweredValues = values.map { $0.lowercased() }
        number = values.first.flatMap(Double.init)
    }
}

/// The part of a case a condition reads.
enum FieldPlace: Sendable, Equatable {
    case form(String), constituent(String)
    case type, priority, state, amount, tags
    /// A field the agency file check refuses; it never matches.
    case unknown

    init(_ field: String) {
        let dot = field.firstIndex(of: ".") ?? field.endIndex
        let key = dot < field.endIndex ? String(field[field.index(after: dot)...]) : ""
        switch field[..<dot] {
        case "form": self = .form(key)
        case "constituent": self = .constituent(key)
        case "case":
            switch key {
            case "type": self = .type
            case "priority": self = .priority
            case "state": self = .state
            case "amount": self = .amount
            case "tags": self = .tags
            default: self = .unknown
            }
        default: self = .unknown
        }
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
