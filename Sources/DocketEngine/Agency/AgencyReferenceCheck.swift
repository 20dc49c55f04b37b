/// Cross-references inside an agency file: every name used is one that is defined.
struct AgencyReferenceCheck {
    let agency: Agency
    let root: ConfigNode

    func run() {
        let depts = Set(agency.departments.map(\.code))
        let deptList = agency.departments.map(\.code).joined(separator: ", ")
        func checkDept(_ code: String, _ path: String) {
            if !depts.contains(code) { root.problems.add(path, "unknown department '\(code)' (departments: \(deptList))") }
        }
        var prefixes: [String: String] = [:]
        for (i, t) in agency.caseTypes.enumerated() {
            let path = "case_types[\(i)]"
            if agency.lifecycle(t.lifecycle) == nil {
                root.problems.add(path + ".lifecycle", "unknown lifecycle '\(t.lifecycle)' (lifecycles: \(agency.lifecycles.map(\.id).joined(separator: ", ")))")
            }
            if let form = agency.form(t.form) {
                if form.caseType != t.code {
                    root.problems.add(path + ".form", "form '\(t.form)' is for case type '\(form.caseType)', not '\(t.code)'")
                }
            } else {
                root.problems.add(path + ".form", "unknown form '\(t.form)' (forms: \(agency.forms.map(\.id).joined(separator: ", ")))")
            }
            if agency.slaPolicy(t.slaPolicy) == nil {
                root.problems.add(path + ".sla_policy", "unknown SLA policy '\(t.slaPolicy)'")
            }
            if let other = prefixes[t.prefix] {
                root.problems.add(path + ".prefix", "prefix '\(t.prefix)' is already used by case type '\(other)'")
            }
            prefixes[t.prefix] = t.code
        }
        for (i, f) in agency.forms.enumerated() where agency.caseType(f.caseType) == nil {
            root.problems.add("forms[\(i)].case_type", "unknown case type '\(f.caseType)'")
        }
        for (i, p) in agency.slaPolicies.enumerated() {
            for d in p.byDepartment.keys.sorted() { checkDept(d, "sla_policies[\(i)].by_department.\(d)") }
        }
        for (i, r) in agency.routingRules.enumerated() {
            checkAction(r.action, "routing_rules[\(i)].then", checkDept)
            if case .enterState(let s) = r.trigger, !agency.lifecycles.contains(where: { $0.state(s) != nil }) {
                root.problems.add("routing_rules[\(i)].trigger", "no lifecycle has a state '\(s)'")
            }
            for (j, c) in r.conditions.enumerated() where c.field == "case.type" {
                for v in c.values where agency.caseType(v) == nil {
                    root.problems.add("routing_rules[\(i)].when[\(j)].value", "unknown case type '\(v)'")
                }
            }
        }
        checkAction(agency.defaultRoute, "default_route", checkDept)
        for (i, f) in agency.fees.enumerated() where agency.caseType(f.caseType) == nil {
            root.problems.add("fees[\(i)].case_type", "unknown case type '\(f.caseType)'")
        }
        for (i, s) in agency.staff.enumerated() {
            for (j, d) in s.departments.enumerated() { checkDept(d, "staff[\(i)].departments[\(j)]") }
        }
        let outcomes = Set(agency.outcomes.map(\.code))
        for (i, r) in agency.reasonCodes.enumerated() {
            for (j, o) in r.outcomes.enumerated() where !outcomes.contains(o) {
                root.problems.add("reason_codes[\(i)].outcomes[\(j)]", "unknown outcome '\(o)' (outcomes: \(agency.outcomes.map(\.code).joined(separator: ", ")))")
            }
        }
        for o in agency.outcomes where agency.reasonCodes(for: o.code).isEmpty {
            root.problems.add("reason_codes", "no reason code explains the outcome '\(o.code)': list it in some reason code's \"outcomes\"")
        }
    }

    private func checkAction(_ a: RouteAction, _ path: String, _ checkDept: (String, String) -> Void) {
        checkDept(a.department, path + ".department")
        if let p = a.slaPolicy, agency.slaPolicy(p) == nil {
            root.problems.add(path + ".sla_policy", "unknown SLA policy '\(p)'")
        }
    }
}
