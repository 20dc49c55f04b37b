/// What a routing rule test sees of a case: its own fields, its form, its constituent.
public struct RoutingSubject: Sendable {
    public var type: String
    public var priority: Int
    public var state: String
    public var amount: Int64?
    public var tags: [String]
    public var form: FormValues
    public var constituent: [String: String]

    public init(type: String, priority: Int, state: String, amount: Int64?, tags: [String], form: FormValues,
                constituent: [String: String]) {
        self.type = type
        self.priority = priority
        self.state = state
        self.amount = amount
        self.tags = tags
        self.form = form
        self.constituent = constituent
    }

    func value(of field: String) -> String? {
        let parts = field.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        switch (parts[0], parts[1]) {
        case ("case", "type"): return type
        case ("case", "priority"): return String(priority)
        case ("case", "state"): return state
        case ("case", "amount"): return amount.map(String.init)
        case ("case", "tags"): return tags.joined(separator: ";")
        case ("form", let f): return form[f].flatMap { $0.isEmpty ? nil : $0 }
        case ("constituent", let a): return constituent[a].flatMap { $0.isEmpty ? nil : $0 }
        default: return nil
        }
    }
}

/// The verdict on one rule, for `route explain`.
public struct RuleVerdict: Sendable {
    public var index: Int
    public var rule: RoutingRule
    public var matched: Bool
    /// For a rule that did not match: the first condition that failed, in words.
    public var why: String
}

public struct RoutingDecision: Sendable {
    public var action: RouteAction
    /// nil when no rule matched and the default route applied.
    public var ruleName: String?
    public var verdicts: [RuleVerdict]

    public var explanation: String {
        ruleName.map { "rule '\($0)'" } ?? "the default route"
    }
}

/// Ordered rules, first match wins, with the agency's default when none matches.
public enum RoutingEvaluator {
    /// Rules for a trigger, evaluated in file order. For a state trigger, nil when no rule
    /// fires (the case stays where it is) — the default route applies only at intake.
    public static func decide(_ agency: Agency, trigger: RoutingTrigger, subject: RoutingSubject) -> RoutingDecision? {
        var verdicts: [RuleVerdict] = []
        var chosen: RoutingRule?
        for (i, rule) in agency.routingRules.enumerated() {
            guard rule.trigger == trigger else {
                verdicts.append(RuleVerdict(index: i, rule: rule, matched: false, why: "trigger is \(rule.trigger.text), not \(trigger.text)"))
                continue
            }
            if chosen != nil {
                verdicts.append(RuleVerdict(index: i, rule: rule, matched: false, why: "not reached: an earlier rule matched first"))
                continue
            }
            if let failure = rule.conditions.lazy.compactMap({ failureReason($0, subject) }).first {
                verdicts.append(RuleVerdict(index: i, rule: rule, matched: false, why: failure))
            } else {
                verdicts.append(RuleVerdict(index: i, rule: rule, matched: true, why: "every condition held"))
                chosen = rule
            }
        }
        if let chosen { return RoutingDecision(action: chosen.action, ruleName: chosen.name, verdicts: verdicts) }
        guard trigger == .intake else { return nil }
        return RoutingDecision(action: agency.defaultRoute, ruleName: nil, verdicts: verdicts)
    }

    /// nil when the condition holds; otherwise what was found instead.
    static func failureReason(_ c: RoutingCondition, _ s: RoutingSubject) -> String? {
        let actual = s.value(of: c.field)
        let shown = actual.map { "'\($0)'" } ?? "nothing"
        let wanted = c.values.count == 1 ? "'\(c.values[0])'" : "[\(c.values.joined(separator: ", "))]"
        func numeric(_ test: (Double, Double) -> Bool) -> Bool {
            guard let a = actual.flatMap(Double.init), let b = c.values.first.flatMap(Double.init) else { return false }
            return test(a, b)
        }
        let holds: Bool
        switch c.op {
        case .eq: holds = actual.map { a in c.values.contains { $0.caseInsensitiveCompare(a) == .orderedSame } } ?? false
        case .ne: holds = !(actual.map { a in c.values.contains { $0.caseInsensitiveCompare(a) == .orderedSame } } ?? false)
        case .in: holds = actual.map { a in c.values.contains { $0.caseInsensitiveCompare(a) == .orderedSame } } ?? false
        case .notIn: holds = !(actual.map { a in c.values.contains { $0.caseInsensitiveCompare(a) == .orderedSame } } ?? false)
        case .gt: holds = numeric(>)
        case .gte: holds = numeric(>=)
        case .lt: holds = numeric(<)
        case .lte: holds = numeric(<=)
        case .present: holds = actual != nil
        case .absent: holds = actual == nil
        case .contains:
            let items = actual?.split(separator: ";").map { $0.lowercased() } ?? []
            holds = c.values.contains { v in items.contains(v.lowercased()) || (actual?.lowercased().contains(v.lowercased()) ?? false) }
        }
        return holds ? nil : "\(c.field) \(c.op.rawValue) \(wanted) failed: found \(shown)"
    }
}
