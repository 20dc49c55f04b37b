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

    func value(of c: RoutingCondition) -> String? {
        switch c.place {
        case .form(let key): return form[key].flatMap { $0.isEmpty ? nil : $0 }
        case .constituent(let key): return constituent[key].flatMap { $0.isEmpty ? nil : $0 }
        case .type: return type
        case .priority: return String(priority)
        case .state: return state
        case .amount: return amount.map(String.init)
        case .tags: return tags.joined(separator: ";")
        case .unknown: return nil
        }
    }

    /// The field as a number, without going through text for the case's own numbers.
    func number(of c: RoutingCondition) -> Double? {
        switch c.place {
        case .priority: return Double(priority)
        case .amount: return amount.map(Double.init)
        default: return value(of: c).flatMap(Double.init)
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
    /// fires (the case stays where it is) — the default route applies only at intake. With
    /// `explain`, every rule's verdict is written out in words (for `route explain`); without,
    /// evaluation stops at the first match and builds no text.
    public static func decide(_ agency: Agency, trigger: RoutingTrigger, subject: RoutingSubject,
                              explain: Bool = true) -> RoutingDecision? {
        guard explain else { return firstMatch(agency, trigger: trigger, subject: subject) }
        var verdicts: [RuleVerdict] = []
        var chosen: RoutingRule?
        for i in agency.routingRules.indices {
            let rule = agency.routingRules[i]
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

    /// `decide` without verdicts. Rules and conditions are read in place in their arrays' storage:
    /// copying each rule out (as a loop over the array does) cost more than testing it, and
    /// routing runs for every case a demo or an import makes.
    private static func firstMatch(_ agency: Agency, trigger: RoutingTrigger, subject: RoutingSubject) -> RoutingDecision? {
        let matched: RoutingDecision? = agency.routingRules.withUnsafeBufferPointer { rules in
            for i in rules.indices where rules[i].trigger == trigger {
                let held = rules[i].conditions.withUnsafeBufferPointer { conditions in
                    conditions.indices.allSatisfy { holds(conditions[$0], subject) }
                }
                if held { return RoutingDecision(action: rules[i].action, ruleName: rules[i].name, verdicts: []) }
            }
            return nil
        }
        if let matched { return matched }
        guard trigger == .intake else { return nil }
        return RoutingDecision(action: agency.defaultRoute, ruleName: nil, verdicts: [])
    }

    /// nil when the condition holds; otherwise what was found instead.
    static func failureReason(_ c: RoutingCondition, _ s: RoutingSubject) -> String? {
        if holds(c, s) { return nil }
        let shown = s.value(of: c).map { "'\($0)'" } ?? "nothing"
        let wanted = c.values.count == 1 ? "'\(c.values[0])'" : "[\(c.values.joined(separator: ", "))]"
        return "\(c.field) \(c.op.rawValue) \(wanted) failed: found \(shown)"
    }

    /// Whether a value is one of the condition's, ignoring case. Exact matches and values with no
    /// capitals (most are codes) are checked without lower-casing: routing runs for every intake.
    static func isListed(_ value: String, in c: RoutingCondition) -> Bool {
        if c.values.contains(value) { return true }
        if hasNoCapitals(value) { return c.loweredValues.contains(value) }
        return c.loweredValues.contains(value.lowercased())
    }

    /// ASCII without capitals, read from the string's storage: walking `utf8` a byte at a time
    /// cost hundreds of instructions per value.
    private static func hasNoCapitals(_ text: String) -> Bool {
        text.withUTF8Bytes { $0.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) } }
    }

    /// Whether one condition holds. Text compares without regard to case.
    static func holds(_ c: RoutingCondition, _ s: RoutingSubject) -> Bool {
        func numeric(_ test: (Double, Double) -> Bool) -> Bool {
            guard let b = c.number, let a = s.number(of: c) else { return false }
            return test(a, b)
        }
        switch c.op {
        // Unwrapped rather than mapped: a closure over the condition copied it on every test.
        case .eq, .in:
            guard let value = s.value(of: c) else { return false }
            return isListed(value, in: c)
        case .ne, .notIn:
            guard let value = s.value(of: c) else { return true }
            return !isListed(value, in: c)
        case .gt: return numeric(>)
        case .gte: return numeric(>=)
        case .lt: return numeric(<)
        case .lte: return numeric(<=)
        case .present: return s.value(of: c) != nil
        case .absent: return s.value(of: c) == nil
        case .contains:
            guard let text = s.value(of: c)?.lowercased() else { return false }
            let items = text.split(separator: ";")
            return c.loweredValues.contains { w in items.contains { $0 == w } || text.contains(w) }
        }
    }
}
