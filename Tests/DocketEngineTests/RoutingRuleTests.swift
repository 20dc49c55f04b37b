import XCTest
@testable import DocketEngine

/// Routing rules: a table over the evaluator, then the engine routing real cases by them.
final class RoutingRuleTests: XCTestCase {
    enum Expect: Equatable {
        case rule(String)
        case defaultRoute
        /// A state trigger with no matching rule: the case stays where it is.
        case stay
    }

    struct Row {
        var label: String
        var rules: [[String: Any]]
        var trigger: RoutingTrigger = .intake
        var subject: RoutingSubject
        var expect: Expect
        /// (rule index, text the verdict's why must contain).
        var why: [(Int, String)] = []
    }

    static func subject(type: String = "claim", priority: Int = 3, state: String = "new", amount: Int64? = nil,
                        tags: [String] = [], form: FormValues = [:], constituent: [String: String] = [:]) -> RoutingSubject {
        RoutingSubject(type: type, priority: priority, state: state, amount: amount, tags: tags, form: form, constituent: constituent)
    }

    static func rule(_ name: String, _ field: String, _ op: String, _ value: Any? = nil, to dept: String = "VET",
                     trigger: String = "intake") -> [String: Any] {
        var condition: [String: Any] = ["field": field, "op": op]
        if let value { condition["value"] = value }
        return ["name": name, "trigger": trigger, "when": [condition], "then": ["department": dept]]
    }

    static let rows: [Row] = [
        Row(label: "eq on case.type", rules: [rule("r", "case.type", "eq", "claim")],
            subject: subject(), expect: .rule("r")),
        Row(label: "eq ignores letter case", rules: [rule("r", "form.branch", "eq", "ARMY")],
            subject: subject(form: ["branch": "army"]), expect: .rule("r")),
        Row(label: "eq fails, default applies", rules: [rule("r", "case.type", "eq", "benefit")],
            subject: subject(), expect: .defaultRoute, why: [(0, "case.type eq 'benefit' failed: found 'claim'")]),
        Row(label: "eq with a yes/no value written as true", rules: [rule("r", "form.urgent", "eq", true)],
            subject: subject(form: ["urgent": "yes"]), expect: .rule("r")),
        Row(label: "eq with a number value", rules: [rule("r", "case.priority", "eq", 2)],
            subject: subject(priority: 2), expect: .rule("r")),
        Row(label: "ne holds on a different form value", rules: [rule("r", "form.branch", "ne", "navy")],
            subject: subject(form: ["branch": "army"]), expect: .rule("r")),
        Row(label: "ne holds when the field is missing", rules: [rule("r", "form.branch", "ne", "navy")],
            subject: subject(), expect: .rule("r")),
        Row(label: "ne fails on the same value", rules: [rule("r", "form.branch", "ne", "navy")],
            subject: subject(form: ["branch": "Navy"]), expect: .defaultRoute, why: [(0, "found 'Navy'")]),
        Row(label: "in on a constituent attribute", rules: [rule("r", "constituent.language", "in", ["es", "pt"])],
            subject: subject(constituent: ["language": "pt"]), expect: .rule("r")),
        Row(label: "in fails", rules: [rule("r", "constituent.language", "in", ["es", "pt"])],
            subject: subject(constituent: ["language": "fr"]), expect: .defaultRoute, why: [(0, "[es, pt]"), (0, "found 'fr'")]),
        Row(label: "not_in holds", rules: [rule("r", "case.state", "not_in", ["withdrawn", "closed"])],
            subject: subject(state: "new"), expect: .rule("r")),
        Row(label: "not_in fails", rules: [rule("r", "case.state", "not_in", ["new", "triage"])],
            subject: subject(state: "triage"), expect: .defaultRoute, why: [(0, "case.state not_in")]),
        Row(label: "gt above the line", rules: [rule("r", "case.amount", "gt", 500000)],
            subject: subject(amount: 500001), expect: .rule("r")),
        Row(label: "gt on the line fails", rules: [rule("r", "case.amount", "gt", 500000)],
            subject: subject(amount: 500000), expect: .defaultRoute, why: [(0, "found '500000'")]),
        Row(label: "gt with no amount fails", rules: [rule("r", "case.amount", "gt", 0)],
            subject: subject(amount: nil), expect: .defaultRoute, why: [(0, "found nothing")]),
        Row(label: "gt on text that is not a number fails", rules: [rule("r", "form.notes", "gt", 5)],
            subject: subject(form: ["notes": "lots"]), expect: .defaultRoute, why: [(0, "found 'lots'")]),
        Row(label: "gte on the line", rules: [rule("r", "case.amount", "gte", 500000)],
            subject: subject(amount: 500000), expect: .rule("r")),
        Row(label: "lt", rules: [rule("r", "case.priority", "lt", 3)],
            subject: subject(priority: 2), expect: .rule("r")),
        Row(label: "lt on the line fails", rules: [rule("r", "case.priority", "lt", 3)],
            subject: subject(priority: 3), expect: .defaultRoute),
        Row(label: "lte on the line", rules: [rule("r", "case.priority", "lte", 3)],
            subject: subject(priority: 3), expect: .rule("r")),
        Row(label: "lte numeric, not text order", rules: [rule("r", "constituent.age", "lte", 9)],
            subject: subject(constituent: ["age": "10"]), expect: .defaultRoute),
        Row(label: "present", rules: [rule("r", "form.urgent", "present")],
            subject: subject(form: ["urgent": "no"]), expect: .rule("r")),
        Row(label: "present fails on an empty value", rules: [rule("r", "form.urgent", "present")],
            subject: subject(form: ["urgent": ""]), expect: .defaultRoute, why: [(0, "found nothing")]),
        Row(label: "absent", rules: [rule("r", "constituent.national_id", "absent")],
            subject: subject(), expect: .rule("r")),
        Row(label: "absent fails", rules: [rule("r", "constituent.national_id", "absent")],
            subject: subject(constituent: ["national_id": "123-45-6789"]), expect: .defaultRoute),
        Row(label: "contains on tags", rules: [rule("r", "case.tags", "contains", "large")],
            subject: subject(tags: ["vip", "large"]), expect: .rule("r")),
        Row(label: "contains in form text, any case", rules: [rule("r", "form.notes", "contains", "wheelchair")],
            subject: subject(form: ["notes": "Needs WHEELCHAIR access"]), expect: .rule("r")),
        Row(label: "contains fails", rules: [rule("r", "form.notes", "contains", "wheelchair")],
            subject: subject(form: ["notes": "none"]), expect: .defaultRoute),
        Row(label: "every condition must hold; the first failure is named",
            rules: [["name": "both", "trigger": "intake",
                     "when": [["field": "case.type", "op": "eq", "value": "claim"],
                              ["field": "form.branch", "op": "eq", "value": "navy"],
                              ["field": "case.amount", "op": "present"]],
                     "then": ["department": "VET"]]],
            subject: subject(form: ["branch": "army"]), expect: .defaultRoute,
            why: [(0, "form.branch eq 'navy' failed: found 'army'")]),
        Row(label: "a rule with no conditions always matches",
            rules: [["name": "catch-all", "trigger": "intake", "then": ["department": "BEN"]]],
            subject: subject(type: "inquiry"), expect: .rule("catch-all")),
        Row(label: "first match wins, the rest are not reached",
            rules: [rule("first", "case.type", "eq", "claim", to: "VET"), rule("second", "case.type", "eq", "claim", to: "BEN"),
                    rule("third", "case.type", "eq", "benefit", to: "BEN")],
            subject: subject(), expect: .rule("first"),
            why: [(0, "every condition held"), (1, "not reached"), (2, "not reached")]),
        Row(label: "a later rule matches when the earlier fails",
            rules: [rule("first", "case.type", "eq", "benefit", to: "BEN"), rule("second", "case.type", "eq", "claim", to: "VET")],
            subject: subject(), expect: .rule("second"), why: [(0, "found 'claim'")]),
        Row(label: "no rules at all: default at intake", rules: [], subject: subject(), expect: .defaultRoute),
        Row(label: "state rules are not intake rules",
            rules: [rule("exam", "case.type", "eq", "claim", to: "MED", trigger: "state:exam_scheduled")],
            subject: subject(), expect: .defaultRoute, why: [(0, "trigger is state:exam_scheduled")]),
        Row(label: "state trigger matches its rule",
            rules: [rule("intake", "case.type", "eq", "claim"), rule("exam", "case.type", "eq", "claim", to: "MED", trigger: "state:exam_scheduled")],
            trigger: .enterState("exam_scheduled"), subject: subject(state: "exam_scheduled"), expect: .rule("exam"),
            why: [(0, "trigger is intake")]),
        Row(label: "state trigger with no match: nil, not the default",
            rules: [rule("exam", "case.type", "eq", "benefit", to: "MED", trigger: "state:exam_scheduled")],
            trigger: .enterState("exam_scheduled"), subject: subject(state: "exam_scheduled"), expect: .stay),
        Row(label: "another state's rule does not fire",
            rules: [rule("exam", "case.type", "eq", "claim", to: "MED", trigger: "state:exam_scheduled")],
            trigger: .enterState("in_review"), subject: subject(state: "in_review"), expect: .stay),
    ]

    func testRuleTable() throws {
        XCTAssertGreaterThanOrEqual(Self.rows.count, 15)
        var operators: Set<String> = []
        for row in Self.rows {
            var object = WorkflowFixture.agency()
            object["routing_rules"] = row.rules
            let agency = try WorkflowFixture.parsedAgency(object)
            for r in agency.routingRules { r.conditions.forEach { operators.insert($0.op.rawValue) } }
            let decision = RoutingEvaluator.decide(agency, trigger: row.trigger, subject: row.subject)
            let quick = RoutingEvaluator.decide(agency, trigger: row.trigger, subject: row.subject, explain: false)
            XCTAssertEqual(quick?.ruleName, decision?.ruleName, "\(row.label): without explain, the same rule")
            XCTAssertEqual(quick?.action, decision?.action, "\(row.label): without explain, the same action")
            XCTAssertEqual(quick?.verdicts.count ?? 0, 0, "\(row.label): without explain, no verdicts")
            switch row.expect {
            case .stay:
                XCTAssertNil(decision, row.label)
                continue
            case .defaultRoute:
                XCTAssertNil(decision?.ruleName, row.label)
                XCTAssertEqual(decision?.action.department, "INTAKE", row.label)
                XCTAssertEqual(decision?.explanation, "the default route", row.label)
            case .rule(let name):
                XCTAssertEqual(decision?.ruleName, name, row.label)
                XCTAssertEqual(decision?.explanation, "rule '\(name)'", row.label)
                let expected = agency.routingRules.first { $0.name == name }?.action
                XCTAssertEqual(decision?.action, expected, row.label)
            }
            XCTAssertEqual(decision?.verdicts.count, row.rules.count, "\(row.label): a verdict for every rule")
            for (i, text) in row.why {
                let why = decision?.verdicts.first { $0.index == i }?.why ?? "(no verdict)"
                XCTAssertTrue(why.contains(text), "\(row.label): rule \(i) why '\(why)' should contain '\(text)'")
            }
        }
        XCTAssertEqual(operators, Set(ConditionOperator.allCases.map(\.rawValue)), "the table covers every operator")
    }

    // MARK: the engine routing real cases

    func testIntakeRoutesByTheRules() throws {
        let w = try WorkflowWorld()
        let urgent = try w.engine.intake(type: "claim", form: ["given_name": "Rosa", "family_name": "Diaz", "urgent": "yes"], as: w.ana)
        XCTAssertEqual(urgent.routing.ruleName, "urgent claims")
        XCTAssertEqual(urgent.summary.department, "VET")
        XCTAssertEqual(urgent.summary.priority, 1)
        XCTAssertEqual(urgent.summary.tags, ["urgent"])

        let plain = try w.claim(urgent: false)
        XCTAssertEqual(plain.department, "VET")
        XCTAssertEqual(plain.priority, 3, "the case type's default priority")
        XCTAssertEqual(plain.tags, [])
        XCTAssertTrue(plain.ref.hasPrefix("CL-2026-"))

        let large = try w.benefit(amount: 750_000)
        XCTAssertEqual(large.department, "BEN")
        XCTAssertEqual(large.priority, 2)
        XCTAssertEqual(large.tags, ["large"])
        XCTAssertEqual(large.amount, 750_000)
        let small = try w.benefit(amount: 500_000)
        XCTAssertEqual(small.department, "BEN")
        XCTAssertEqual(small.priority, 3)
        XCTAssertEqual(small.tags, [])

        let other = try w.engine.intake(type: "inquiry", form: ["given_name": "Tom", "family_name": "Ng", "topic": "hours"], as: w.ana)
        XCTAssertNil(other.routing.ruleName)
        XCTAssertEqual(other.summary.department, "INTAKE")
        XCTAssertEqual(other.summary.priority, 4)

        for c in [urgent.summary, plain, large, small, other.summary] {
            let main = try w.openMainTasks(c.ref)
            XCTAssertEqual(main.count, 1, c.ref)
            XCTAssertEqual(main.first?.department, c.department)
            XCTAssertEqual(main.first?.id, c.mainTaskId)
            XCTAssertEqual(main.first?.status, "assigned")
            let routed = try XCTUnwrap(try w.events(c.ref).first { $0.kind == "routed" })
            XCTAssertEqual(w.details(routed)["to"] as? String, c.department)
        }
        XCTAssertEqual(w.details(try w.events(urgent.summary.ref).first { $0.kind == "routed" }!)["rule"] as? String, "urgent claims")
        XCTAssertTrue(try w.events(other.summary.ref).first { $0.kind == "routed" }!.reason?.contains("default") ?? false)
    }

    func testEnteringExamScheduledRoutesToMedical() throws {
        let w = try WorkflowWorld()
        let c = try w.claim(in: "in_review")
        try w.engine.claim(c.ref, as: w.marcus)
        let before = try XCTUnwrap(try w.openMainTasks(c.ref).first)
        XCTAssertEqual(before.department, "VET")
        XCTAssertEqual(before.assignee, "marcus")

        let after = try w.engine.changeState(c.ref, to: "exam_scheduled", reason: nil, as: w.marcus)
        XCTAssertEqual(after.state, "exam_scheduled")
        XCTAssertEqual(after.department, "MED")
        XCTAssertNil(after.assignee, "a new department's task waits in its queue")
        XCTAssertEqual(after.taskStatus, "assigned")
        XCTAssertEqual(after.dueDay.iso, "2026-11-25", "MED's own 5-day target from 2026-11-18")

        let tasks = try w.tasks(c.ref)
        let old = try XCTUnwrap(tasks.first { $0.id == before.id })
        XCTAssertEqual(old.status, "completed")
        XCTAssertNotNil(old.closedAt)
        let open = try w.openMainTasks(c.ref)
        XCTAssertEqual(open.count, 1)
        XCTAssertEqual(open.first?.department, "MED")
        XCTAssertEqual(open.first?.id, after.mainTaskId)
        let routed = try XCTUnwrap(try w.events(c.ref).last { $0.kind == "routed" })
        XCTAssertEqual(w.details(routed)["rule"] as? String, "exams")
        XCTAssertEqual(w.details(routed)["from"] as? String, "VET")
        XCTAssertEqual(w.details(routed)["to"] as? String, "MED")

        // Lee in MED now works it; back to review it stays in MED (no rule for in_review).
        try w.engine.claim(c.ref, as: w.lee)
        let back = try w.engine.changeState(c.ref, to: "in_review", reason: nil, as: w.lee)
        XCTAssertEqual(back.department, "MED")
        XCTAssertEqual(back.assignee, "lee")
        XCTAssertEqual(try w.openMainTasks(c.ref).count, 1)
    }

    func testExplainNamesTheRuleAndWhyTheOthersFailed() throws {
        let w = try WorkflowWorld()
        let c = try w.claim(urgent: false)
        let x = try w.engine.explainRoute(c.ref, as: w.marcus)
        XCTAssertEqual(x.ref, c.ref)
        XCTAssertEqual(x.department, "VET")
        XCTAssertEqual(x.intake.ruleName, "claims")
        let verdicts = Dictionary(uniqueKeysWithValues: x.intake.verdicts.map { ($0.rule.name, $0) })
        XCTAssertEqual(verdicts["claims"]?.matched, true)
        XCTAssertTrue(verdicts["urgent claims"]?.why.contains("form.urgent eq 'yes' failed: found 'no'") ?? false,
                      verdicts["urgent claims"]?.why ?? "")
        XCTAssertTrue(verdicts["large benefits"]?.why.contains("not reached") ?? false)
        XCTAssertTrue(verdicts["benefits"]?.why.contains("not reached") ?? false)
        XCTAssertTrue(verdicts["exams"]?.why.contains("trigger is state:exam_scheduled") ?? false)
        XCTAssertEqual(x.history.count, 1)
        XCTAssertTrue(x.history[0].reason?.contains("claims") ?? false)
        XCTAssertNil(x.state, "no rule for the state it is in")

        let benefit = try w.benefit(amount: 10)
        let bx = try w.engine.explainRoute(benefit.ref, as: w.boss)
        XCTAssertEqual(bx.intake.ruleName, "benefits")
        let large = try XCTUnwrap(bx.intake.verdicts.first { $0.rule.name == "large benefits" })
        XCTAssertTrue(large.why.contains("case.amount gt '500000' failed: found '10'"), large.why)
        let urgent = try XCTUnwrap(bx.intake.verdicts.first { $0.rule.name == "urgent claims" })
        XCTAssertTrue(urgent.why.contains("case.type eq 'claim' failed: found 'benefit'"), urgent.why)

        // A case sent to MED by a state rule: both routings in history, the state rule matched.
        let e = try w.claim(in: "exam_scheduled")
        let ex = try w.engine.explainRoute(e.ref, as: w.priya)
        XCTAssertEqual(ex.department, "MED")
        XCTAssertEqual(ex.history.count, 2)
        XCTAssertEqual(ex.state?.ruleName, "exams")
        XCTAssertEqual(ex.intake.ruleName, "claims", "intake rules still explain how it came in")
    }

    func testConstituentFieldsAtIntakeAreTheOnesStateRulesSee() throws {
        // A rule on the constituent's age must work at intake, as it does on entering a state.
        var object = WorkflowFixture.agency()
        var rules = object["routing_rules"] as! [[String: Any]]
        rules.insert(["name": "older veterans", "trigger": "intake",
                      "when": [["field": "case.type", "op": "eq", "value": "claim"],
                               ["field": "constituent.age", "op": "gte", "value": 75]],
                      "then": ["department": "VET", "priority": 2, "tags": ["senior"]]], at: 0)
        rules.append(["name": "older exams", "trigger": "state:triage",
                      "when": [["field": "constituent.age", "op": "gte", "value": 75]],
                      "then": ["department": "MED"]])
        object["routing_rules"] = rules
        let w = try WorkflowWorld(agency: object)
        let old = try w.intake("claim", ["birth_date": "1940-05-02", "language": "es"])
        XCTAssertEqual(old.priority, 2, "81 years old on 2026-11-18")
        XCTAssertEqual(old.tags, ["senior"])
        let young = try w.intake("claim", ["birth_date": "1990-05-02"])
        XCTAssertEqual(young.priority, 3)
        XCTAssertEqual(try w.engine.explainRoute(old.ref, as: w.priya).intake.ruleName, "older veterans")
        XCTAssertEqual(try w.engine.changeState(old.ref, to: "triage", reason: nil, as: w.priya).department, "MED")
        XCTAssertEqual(try w.engine.changeState(young.ref, to: "triage", reason: nil, as: w.priya).department, "VET")

        // A returning constituent (same national id) is judged by who they are on file.
        let first = try w.intake("inquiry", ["national_id": "123-45-6789", "birth_date": "1945-01-01"])
        let name = first.constituentName.split(separator: " ").map(String.init)
        let again = try w.engine.intake(type: "claim", form: ["given_name": name[0], "family_name": name[1], "national_id": "123-45-6789"], as: w.ana)
        XCTAssertTrue(again.matchedConstituent)
        XCTAssertEqual(again.summary.constituentId, first.constituentId)
        XCTAssertEqual(again.routing.ruleName, "older veterans")
    }

    func testAgeIsWholeYearsAsOfTodayAcrossLeapDays() throws {
        let today = try XCTUnwrap(Day(iso: "2026-11-18"))
        let person = { (born: String) in Constituent(givenName: "A", familyName: "B", birthDate: born, language: "pl") }
        let cases: [(String, String?)] = [
            ("1951-11-18", "75"),   // the birthday itself
            ("1951-11-19", "74"),   // tomorrow
            ("1951-11-30", "74"),   // 12 days away: 18 leap days must not round it up
            ("1951-11-17", "75"),
            ("1952-02-29", "74"),
            ("2026-11-18", "0"),
            ("2030-01-01", nil),    // not born yet: no age rather than a negative one
        ]
        for (born, age) in cases {
            XCTAssertEqual(CaseWork.routingAttributes(of: person(born), today: today)["age"], age, born)
        }
        let overridden = CaseWork.routingAttributes(of: person("1951-11-18"), overrides: ["birth_date": "1990-01-01", "language": ""],
                                                    today: today)
        XCTAssertEqual(overridden["age"], "36", "a form's birth date wins over the stored one")
        XCTAssertEqual(overridden["language"], "pl", "an empty form value does not erase the stored one")
    }

    func testUrgentTagDoesNotChangeWhatExplainSays() throws {
        // The tags a rule added must not make explain disagree with what happened at intake.
        var object = WorkflowFixture.agency()
        var rules = object["routing_rules"] as! [[String: Any]]
        rules.insert(["name": "already tagged", "trigger": "intake",
                      "when": [["field": "case.tags", "op": "contains", "value": "urgent"]],
                      "then": ["department": "BEN"]], at: 0)
        object["routing_rules"] = rules
        let w = try WorkflowWorld(agency: object)
        let c = try w.claim(urgent: true)
        XCTAssertEqual(c.department, "VET")
        let x = try w.engine.explainRoute(c.ref, as: w.priya)
        XCTAssertEqual(x.intake.ruleName, "urgent claims")
        XCTAssertEqual(x.intake.action.department, "VET")
    }
}

extension RoutingRuleTests {
    func testExplanationQuotesTheRuleName() {
        let action = RouteAction(department: "VET", priority: nil, slaPolicy: nil, tags: [])
        for name in ["", "r", "urgent claims", "Łukasz's 'quoted' rule — long enough to be stored apart", "김민준"] {
            XCTAssertEqual(RoutingDecision(action: action, ruleName: name, verdicts: []).explanation, "rule '\(name)'")
        }
        XCTAssertEqual(RoutingDecision(action: action, ruleName: nil, verdicts: []).explanation, "the default route")
    }
}
