import Foundation

/// A refused agency file, with every problem found (`FILE: json.path: what is wrong`).
public struct AgencyFileError: Error, CustomStringConvertible {
    public let problems: [String]
    public var description: String { problems.joined(separator: "\n") }
}

/// Reads and checks an agency file; either a complete, consistent `Agency` or every problem.
public enum AgencyParser {
    public static func parse(data: Data, file: String) throws -> Agency {
        let problems = ConfigProblems(file: file)
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            throw AgencyFileError(problems: ["\(file): (top): not valid JSON: \(detail)"])
        }
        let agency = parse(ConfigNode(value: root, path: "", problems: problems))
        guard problems.isEmpty, let agency else {
            throw AgencyFileError(problems: problems.messages.isEmpty ? ["\(file): (top): unreadable agency"] : problems.messages)
        }
        return agency
    }

    static func parse(_ root: ConfigNode) -> Agency? {
        guard root.object() else { return nil }
        root.allowOnly(["name", "currency", "date_order", "backlog_threshold_days", "idle_logoff_minutes",
                        "weekend", "holidays", "departments", "lifecycles", "case_types", "forms", "outcomes",
                        "reason_codes", "sla_policies", "routing_rules", "default_route", "fees", "staff", "notices"])
        let name = root.child("name").string()
        let currency = root.child("currency").string()
        if let currency, currency.range(of: "^[A-Z]{3}$", options: .regularExpression) == nil {
            root.child("currency").fail("'\(currency)' is not a three-letter ISO 4217 code such as USD or EUR")
        }
        var dateOrder = DateOrder.mdy
        if let raw = root.child("date_order").optionalString() {
            if let d = DateOrder(rawValue: raw) { dateOrder = d } else { root.child("date_order").fail("must be \"mdy\" or \"dmy\", found '\(raw)'") }
        }
        let threshold = root.child("backlog_threshold_days").optionalInt(min: 1, max: 3650) ?? 125
        let idle = root.child("idle_logoff_minutes").optionalInt(min: 1, max: 1440) ?? 15
        let calendar = parseCalendar(root)

        let departments = uniqueList(root.child("departments"), key: "code") { node -> Department? in
            node.allowOnly(["code", "name"])
            let code = node.child("code").string(), name = node.child("name").string()
            if let code, code.range(of: "^[A-Z][A-Z0-9_]*$", options: .regularExpression) == nil {
                node.child("code").fail("'\(code)' must be upper-case letters, digits and _")
            }
            guard let code, let name else { return nil }
            return Department(code: code, name: name)
        }
        let lifecycles = uniqueList(root.child("lifecycles"), key: "id", parseLifecycle)
        let forms = uniqueList(root.child("forms"), key: "id", FormDefinitionParser.parse)
        let outcomes = uniqueList(root.child("outcomes"), key: "code", parseNamedCode)
        let reasonCodes = uniqueList(root.child("reason_codes"), key: "code", parseReasonCode)
        let slaPolicies = uniqueList(root.child("sla_policies"), key: "id", parseSLAPolicy)
        let caseTypes = uniqueList(root.child("case_types"), key: "code", parseCaseType)
        let rules = root.child("routing_rules").array()?.compactMap(parseRule) ?? []
        let defaultRoute = parseAction(root.child("default_route"))
        let fees = uniqueList(root.child("fees"), key: "code", required: false, FeeScheduleParser.parse)
        let staff = uniqueList(root.child("staff"), key: "login", required: false, parseStaff)

        guard let name, let currency, let defaultRoute else { return nil }
        let agency = Agency(name: name, currency: currency, dateOrder: dateOrder, backlogThresholdDays: threshold,
                            idleLogoffMinutes: idle, calendar: calendar, departments: departments,
                            lifecycles: lifecycles, caseTypes: caseTypes, forms: forms, outcomes: outcomes,
                            reasonCodes: reasonCodes, slaPolicies: slaPolicies, routingRules: rules,
                            defaultRoute: defaultRoute, fees: fees, staff: staff)
        var complete = agency
        if root.child("notices").isPresent { complete.notices = NoticeSettingsParser.parse(root.child("notices"), agency: agency) }
        AgencyReferenceCheck(agency: complete, root: root).run()
        return complete
    }

    /// A reason code, with the outcomes it may explain (`"outcomes": ["denied"]`; none listed: any).
    private static func parseReasonCode(_ node: ConfigNode) -> NamedCode? {
        node.allowOnly(["code", "name", "outcomes"])
        guard let c = node.child("code").string(), let n = node.child("name").string() else { return nil }
        return NamedCode(code: c, name: n, outcomes: node.child("outcomes").optionalStrings() ?? [])
    }

    /// Parses each element; records duplicates of `key`. A missing list is a problem unless optional.
    private static func uniqueList<T>(_ node: ConfigNode, key: String, required: Bool = true,
                                      _ parse: (ConfigNode) -> T?) -> [T] {
        guard required || node.isPresent, let items = node.array() else { return [] }
        if required && items.isEmpty { node.fail("must list at least one entry") }
        var seen: [String: Int] = [:]
        var out: [T] = []
        for (i, item) in items.enumerated() {
            guard item.object() else { continue }
            if let k = item.child(key).value as? String {
                if let first = seen[k] { item.child(key).fail("duplicate \(key) '\(k)' (first used at \(node.path)[\(first)])") }
                else { seen[k] = i }
            }
            if let v = parse(item) { out.append(v) }
        }
        return out
    }

    private static func parseCalendar(_ root: ConfigNode) -> BusinessCalendar {
        var cal = BusinessCalendar()
        if let names = root.child("weekend").optionalArray() {
            var days: Set<Int> = []
            for n in names {
                guard let s = n.string() else { continue }
                if let i = BusinessCalendar.weekdayNames.firstIndex(of: s.lowercased()) { days.insert(i) }
                else { n.fail("'\(s)' is not a weekday name (sunday … saturday)") }
            }
            if days.count == 7 { root.child("weekend").fail("every day is a weekend day: no business day is left for SLAs") }
            cal.weekend = days
        }
        if let list = root.child("holidays").optionalArray() {
            for h in list {
                guard let s = h.string() else { continue }
                if let d = Day(iso: s) { cal.holidays.insert(d) } else { h.fail("'\(s)' is not a date as YYYY-MM-DD") }
            }
        }
        return cal
    }

    private static func parseNamedCode(_ node: ConfigNode) -> NamedCode? {
        node.allowOnly(["code", "name"])
        guard let c = node.child("code").string(), let n = node.child("name").string() else { return nil }
        return NamedCode(code: c, name: n)
    }

    private static func parseLifecycle(_ node: ConfigNode) -> Lifecycle? {
        node.allowOnly(["id", "states", "transitions"])
        let id = node.child("id").string()
        let states = uniqueList(node.child("states"), key: "id") { s -> LifecycleState? in
            s.allowOnly(["id", "group", "label", "short"])
            let sid = s.child("id").string()
            var group: StateGroup?
            if let g = s.child("group").string() {
                group = StateGroup(rawValue: g)
                if group == nil { s.child("group").fail("'\(g)' is not a state group (initial, active, hold, closed)") }
            }
            guard let sid, let group else { return nil }
            return LifecycleState(id: sid, group: group, label: s.child("label").optionalString() ?? sid.replacingOccurrences(of: "_", with: " "),
                                  short: shortLabel(s))
        }
        var transitions: [Transition] = []
        for t in node.child("transitions").array() ?? [] {
            guard t.object() else { continue }
            t.allowOnly(["from", "to", "reason", "roles"])
            let fromNode = t.child("from")
            var from: [String]? = []
            if fromNode.value as? String == "*" { from = [] }
            else if fromNode.value is String { from = fromNode.string().map { [$0] } }
            else { from = fromNode.strings() }
            let to = t.child("to").string()
            var roles: [Role] = []
            for r in t.child("roles").optionalArray() ?? [] {
                guard let s = r.string() else { continue }
                if let role = Role(rawValue: s) { roles.append(role) } else { r.fail("unknown role '\(s)'") }
            }
            guard let from, let to else { continue }
            transitions.append(Transition(from: from, to: to, needsReason: t.child("reason").optionalBool() ?? false, roles: roles))
        }
        guard let id else { return nil }
        let cycle = Lifecycle(id: id, states: states, transitions: transitions)
        checkLifecycle(cycle, node)
        return cycle
    }

    private static func checkLifecycle(_ cycle: Lifecycle, _ node: ConfigNode) {
        guard !cycle.states.isEmpty else { return }
        let initial = cycle.states.filter { $0.group == .initial }
        if initial.count != 1 {
            node.child("states").fail("lifecycle '\(cycle.id)' needs exactly one initial state, found \(initial.count)")
        }
        if !cycle.states.contains(where: { $0.group == .closed }) {
            node.child("states").fail("lifecycle '\(cycle.id)' has no closed state: its cases could never finish")
        }
        let ids = Set(cycle.states.map(\.id))
        for (i, t) in cycle.transitions.enumerated() {
            let path = node.child("transitions").path + "[\(i)]"
            for f in t.from where !ids.contains(f) {
                node.problems.add(path + ".from", "unknown state '\(f)' in lifecycle '\(cycle.id)' (states: \(cycle.states.map(\.id).joined(separator: ", ")))")
            }
            if !ids.contains(t.to) {
                node.problems.add(path + ".to", "unknown state '\(t.to)' in lifecycle '\(cycle.id)' (states: \(cycle.states.map(\.id).joined(separator: ", ")))")
            }
        }
    }

    private static func parseSLAPolicy(_ node: ConfigNode) -> SLAPolicy? {
        node.allowOnly(["id", "name", "business_days", "by_department"])
        let id = node.child("id").string()
        let days = node.child("business_days").int(min: 1, max: 2000)
        var by: [String: Int] = [:]
        let byNode = node.child("by_department")
        if byNode.isPresent, byNode.object() {
            for k in byNode.keys { if let n = byNode.child(k).int(min: 1, max: 2000) { by[k] = n } }
        }
        guard let id, let days else { return nil }
        return SLAPolicy(id: id, name: node.child("name").optionalString() ?? id, businessDays: days, byDepartment: by)
    }

    private static func parseCaseType(_ node: ConfigNode) -> CaseType? {
        node.allowOnly(["code", "name", "short", "prefix", "lifecycle", "form", "sla_policy", "default_priority",
                        "erase_years_after_close"])
        let code = node.child("code").string(), name = node.child("name").string()
        let prefix = node.child("prefix").string()
        if let prefix, prefix.range(of: "^[A-Z]{1,4}$", options: .regularExpression) == nil {
            node.child("prefix").fail("'\(prefix)' must be one to four upper-case letters (refs look like DC-2026-004211)")
        }
        let lifecycle = node.child("lifecycle").string(), form = node.child("form").string()
        let sla = node.child("sla_policy").string()
        let priority = node.child("default_priority").optionalInt(min: 1, max: 5) ?? 3
        let retention = node.child("erase_years_after_close").optionalInt(min: 1, max: 100)
        guard let code, let name, let prefix, let lifecycle, let form, let sla else { return nil }
        return CaseType(code: code, name: name, prefix: prefix, lifecycle: lifecycle, form: form, slaPolicy: sla, defaultPriority: priority,
                        short: shortLabel(node), eraseYearsAfterClose: retention)
    }

    /// An optional `short` label for narrow columns: not empty, at most 16 characters.
    private static func shortLabel(_ node: ConfigNode) -> String? {
        guard let short = node.child("short").optionalString() else { return nil }
        if short.trimmingCharacters(in: .whitespaces).isEmpty || short.count > 16 {
            node.child("short").fail("'\(short)' must be 1 to 16 characters (a label for narrow columns)")
            return nil
        }
        return short
    }

    private static func parseRule(_ node: ConfigNode) -> RoutingRule? {
        guard node.object() else { return nil }
        node.allowOnly(["name", "trigger", "when", "then"])
        let name = node.child("name").string()
        var trigger: RoutingTrigger?
        if let t = node.child("trigger").string() {
            if t == "intake" { trigger = .intake }
            else if t.hasPrefix("state:"), t.count > 6 { trigger = .enterState(String(t.dropFirst(6))) }
            else { node.child("trigger").fail("'\(t)' is not a trigger (\"intake\" or \"state:STATE\")") }
        }
        var conditions: [RoutingCondition] = []
        for c in node.child("when").optionalArray() ?? [] {
            guard c.object() else { continue }
            c.allowOnly(["field", "op", "value"])
            let field = c.child("field").string()
            if let field, field.range(of: "^(case\\.(type|priority|state|amount|tags)|form\\.[a-z][a-z0-9_]*|constituent\\.[a-z_]+)$", options: .regularExpression) == nil {
                c.child("field").fail("'\(field)' is not case.type/priority/state/amount/tags, form.FIELD or constituent.ATTRIBUTE")
            }
            var op: ConditionOperator?
            if let raw = c.child("op").string() {
                op = ConditionOperator(rawValue: raw)
                if op == nil { c.child("op").fail("unknown operator '\(raw)' (known: \(ConditionOperator.allCases.map(\.rawValue).joined(separator: ", ")))") }
            }
            let vnode = c.child("value")
            var values: [String] = []
            if vnode.value is [Any] { values = vnode.array()?.compactMap { $0.scalarText() } ?? [] }
            else if vnode.isPresent { values = vnode.scalarText().map { [$0] } ?? [] }
            if let op, op != .present && op != .absent && values.isEmpty { vnode.fail("operator '\(op.rawValue)' needs a value") }
            if let field, let op { conditions.append(RoutingCondition(field: field, op: op, values: values)) }
        }
        let action = parseAction(node.child("then"))
        guard let name, let trigger, let action else { return nil }
        return RoutingRule(name: name, trigger: trigger, conditions: conditions, action: action)
    }

    private static func parseAction(_ node: ConfigNode) -> RouteAction? {
        guard node.object() else { return nil }
        node.allowOnly(["department", "priority", "sla_policy", "tags"])
        let dept = node.child("department").string()
        let priority = node.child("priority").optionalInt(min: 1, max: 5)
        let sla = node.child("sla_policy").optionalString()
        let tags = node.child("tags").optionalStrings() ?? []
        guard let dept else { return nil }
        return RouteAction(department: dept, priority: priority, slaPolicy: sla, tags: tags)
    }

    private static func parseStaff(_ node: ConfigNode) -> StaffSeed? {
        node.allowOnly(["login", "name", "role", "departments"])
        let login = node.child("login").string(), name = node.child("name").string()
        if let login, !StaffSeed.isValidLogin(login) {
            node.child("login").fail("'\(login)' is not a login name (letters, digits, . _ -)")
        }
        var role: Role?
        if let r = node.child("role").string() {
            role = Role(rawValue: r)
            if role == nil { node.child("role").fail("unknown role '\(r)' (known: \(Role.allCases.map(\.rawValue).joined(separator: ", ")))") }
        }
        let depts = node.child("departments").optionalStrings() ?? []
        guard let login, let name, let role else { return nil }
        return StaffSeed(login: login, name: name, role: role, departments: depts)
    }
}

extension StaffSeed {
    public static func isValidLogin(_ s: String) -> Bool {
        s.range(of: "^[A-Za-z0-9._][A-Za-z0-9._-]{0,63}$", options: .regularExpression) != nil
    }
}
