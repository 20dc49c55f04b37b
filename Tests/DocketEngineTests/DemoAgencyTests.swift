import Foundation
import XCTest
@testable import DocketEngine

final class DemoAgencyTests: XCTestCase {
    /// The shipped demo agency, read from the source tree and checked by the real parser.
    static func load() throws -> Agency {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let url = root.appendingPathComponent("Sources/DocketEngine/Resources/demo-agency.json")
        return try AgencyParser.parse(data: Data(contentsOf: url), file: "demo-agency.json")
    }

    var agency: Agency!

    override func setUpWithError() throws {
        do { agency = try Self.load() } catch { XCTFail("\(error)"); throw error }
    }

    func testSettings() {
        XCTAssertEqual(agency.name, "County of Example")
        XCTAssertEqual(agency.currency, "USD")
        XCTAssertEqual(agency.dateOrder, .mdy)
        XCTAssertEqual(agency.backlogThresholdDays, 125)
        XCTAssertEqual(agency.idleLogoffMinutes, 15)
        XCTAssertEqual(agency.calendar.weekend, [0, 6])
        XCTAssertEqual(agency.calendar.holidays.count, 34)
        // Eleven federal holidays a year; 2027 also observes New Year's Day 2028 on Friday 31 December.
        for (year, count) in [(2025, 11), (2026, 11), (2027, 12)] {
            XCTAssertEqual(agency.calendar.holidays.filter { $0.civil.year == year }.count, count, "\(year)")
        }
        XCTAssertTrue(agency.calendar.holidays.contains(Day(iso: "2026-07-03")!), "Independence Day 2026 is observed on Friday")
        XCTAssertTrue(agency.calendar.holidays.allSatisfy { agency.calendar.isBusinessDay($0) == false && ![0, 6].contains($0.weekday) })
    }

    func testDepartments() {
        XCTAssertEqual(agency.departments.map(\.code),
                       ["INTAKE", "VET", "MED", "BEN", "TAX", "DMV", "IMM", "PH", "REC", "APPEALS", "PAY"])
        XCTAssertEqual(agency.department("INTAKE")?.name, "Intake & Triage")
        XCTAssertEqual(agency.department("REC")?.name, "Records & Assessor")
        XCTAssertEqual(agency.defaultRoute.department, "INTAKE")
    }

    func testLifecycles() throws {
        let standard = try XCTUnwrap(agency.lifecycle("standard"))
        XCTAssertEqual(standard.states.map(\.id), ["new", "triage", "in_review", "awaiting_info", "decided", "withdrawn", "closed"])
        XCTAssertEqual(standard.initialState.id, "new")
        XCTAssertEqual(standard.holdState?.id, "awaiting_info")
        let disability = try XCTUnwrap(agency.lifecycle("disability"))
        XCTAssertEqual(disability.state("exam_scheduled")?.group, .active)
        let fine = try XCTUnwrap(agency.lifecycle("traffic_fine"))
        XCTAssertEqual(fine.initialState.id, "issued")
        XCTAssertEqual(fine.state("paid")?.group, .closed)

        for cycle in agency.lifecycles {
            let withdraw = try XCTUnwrap(cycle.transitions.first { $0.to == "withdrawn" })
            XCTAssertTrue(withdraw.from.isEmpty && withdraw.needsReason, cycle.id)
            for t in cycle.transitions where t.to == cycle.holdState?.id { XCTAssertTrue(t.needsReason, cycle.id) }
            for t in cycle.transitions where t.from.contains(where: cycle.isClosed) && !cycle.isClosed(t.to) {
                XCTAssertEqual(Set(t.roles), [.supervisor, .admin], "reopening in \(cycle.id) is for supervisors")
                XCTAssertTrue(t.needsReason)
            }
            // Every state can be reached from the start, and every open state can reach an end.
            var reached: Set<String> = [cycle.initialState.id]
            var frontier = [cycle.initialState.id]
            while let s = frontier.popLast() {
                for t in cycle.transitions(from: s) where reached.insert(t.to).inserted { frontier.append(t.to) }
            }
            XCTAssertEqual(reached, Set(cycle.states.map(\.id)), cycle.id)
            for state in cycle.states where state.group != .closed {
                var seen: Set<String> = [state.id]
                var next = [state.id]
                while let s = next.popLast() {
                    for t in cycle.transitions(from: s) where seen.insert(t.to).inserted { next.append(t.to) }
                }
                XCTAssertTrue(seen.contains(where: cycle.isClosed), "\(cycle.id).\(state.id) can finish")
            }
            XCTAssertTrue(cycle.transitions(from: cycle.holdState!.id).contains { !cycle.isClosed($0.to) }, "a hold can resume")
        }
    }

    func testCaseTypesAndForms() throws {
        XCTAssertEqual(agency.caseTypes.map(\.code), [
            "disability_claim", "benefits_application", "tax_refund_inquiry", "licence_renewal", "traffic_fine",
            "residence_permit", "contact_tracing", "records_request", "property_appeal", "decision_appeal",
        ])
        XCTAssertEqual(agency.caseTypes.map(\.prefix), ["DC", "BA", "TR", "LR", "TF", "RP", "CT", "PR", "PA", "AP"])
        XCTAssertEqual(agency.caseType("disability_claim")?.name, "Veterans disability claim")
        XCTAssertEqual(agency.caseType("disability_claim")?.lifecycle, "disability")
        XCTAssertEqual(agency.caseType("traffic_fine")?.lifecycle, "traffic_fine")

        let identities: Set = ["given_name", "family_name", "birth_date", "national_id", "email", "phone", "address", "language"]
        for type in agency.caseTypes {
            let form = try XCTUnwrap(agency.form(type.form), type.code)
            XCTAssertEqual(form.id, type.code)
            XCTAssertEqual(form.caseType, type.code)
            XCTAssertEqual(form.sections.first?.title, "Applicant")
            let applicant = form.sections[0].fields
            XCTAssertEqual(Set(applicant.compactMap(\.identity)), identities, type.code)
            let id = try XCTUnwrap(applicant.first { $0.identity == "national_id" })
            XCTAssertEqual(id.type, .nationalId)
            XCTAssertTrue(id.pii)
            XCTAssertEqual(id.pattern, FieldValidator.defaultNationalIdPattern)
            XCTAssertEqual(applicant.first { $0.identity == "birth_date" }?.type, .date)
            let language = try XCTUnwrap(applicant.first { $0.identity == "language" })
            XCTAssertEqual(language.options.map(\.label), ["English", "Spanish", "Italian", "Polish", "Korean", "Arabic"])
            XCTAssertGreaterThan(form.sections.count, 1, "\(type.code) has its own sections")
        }
        for code in ["tax_refund_inquiry", "traffic_fine", "benefits_application", "property_appeal"] {
            XCTAssertEqual(agency.form(code)?.field("amount")?.type, .money, code)
        }
        let used = Set(agency.forms.flatMap(\.fields).map(\.type))
        XCTAssertEqual(used, Set(FieldType.allCases), "unused: \(Set(FieldType.allCases).subtracting(used))")
        XCTAssertTrue(agency.forms.flatMap(\.fields).contains { $0.showIf != nil })
    }

    func testFieldRulesAreUsable() throws {
        for form in agency.forms {
            for field in form.fields {
                let name = "\(form.id).\(field.id)"
                if let fallback = field.defaultValue {
                    XCTAssertNotNil(FieldValidator.validate(fallback, field: field, dateOrder: .mdy).canonical, "\(name) default")
                }
                if let rule = field.showIf {
                    let controller = try XCTUnwrap(form.field(rule.field))
                    for value in rule.equals {
                        XCTAssertEqual(FieldValidator.validate(value, field: controller, dateOrder: .mdy).canonical, value,
                                       "\(name) show_if value '\(value)' is a canonical value of \(controller.id)")
                    }
                }
                if let pattern = field.pattern {
                    XCTAssertNotNil(SimplePattern(pattern), "\(name): imports check this pattern without the regex engine")
                    XCTAssertNotNil(field.help, "\(name): a patterned field explains its form in help")
                }
                if field.type == .text || field.type == .multiline {
                    XCTAssertFalse(field.pattern == nil && field.maxLength == nil, "\(name) has a length limit")
                }
            }
        }
        let accountRefs = agency.forms.flatMap(\.fields).filter { $0.id.hasPrefix("bank_") }
        XCTAssertFalse(accountRefs.isEmpty)
        for f in accountRefs {
            XCTAssertTrue(f.pii)
            XCTAssertEqual(FieldValidator.validate("000123456789", field: f, dateOrder: .mdy).canonical, nil,
                           "a full account number is refused")
        }
    }

    func testRoutingRulesNameRealFieldsAndValues() throws {
        XCTAssertGreaterThanOrEqual(agency.routingRules.count, 15)
        XCTAssertEqual(Set(agency.routingRules.map(\.name)).count, agency.routingRules.count, "rule names are unique")
        for rule in agency.routingRules {
            let types = rule.conditions.first { $0.field == "case.type" }?.values ?? []
            XCTAssertFalse(types.isEmpty, "\(rule.name) names its case types")
            for type in types {
                let caseType = try XCTUnwrap(agency.caseType(type))
                let form = try XCTUnwrap(agency.form(caseType.form))
                for condition in rule.conditions {
                    if condition.field == "case.amount" {
                        XCTAssertEqual(form.field("amount")?.type, .money, "\(rule.name): \(type) has an amount")
                    }
                    guard condition.field.hasPrefix("form.") else { continue }
                    let field = try XCTUnwrap(form.field(String(condition.field.dropFirst(5))), "\(rule.name): \(condition.field)")
                    if field.type == .choice || field.type == .multiChoice || field.type == .yesNo {
                        for value in condition.values {
                            XCTAssertEqual(FieldValidator.validate(value, field: field, dateOrder: .mdy).canonical, value,
                                           "\(rule.name): '\(value)' is a value of \(field.id)")
                        }
                    }
                }
                if case .enterState(let state) = rule.trigger {
                    XCTAssertNotNil(agency.lifecycle(forType: type)?.state(state), "\(rule.name): \(type) has state \(state)")
                }
            }
        }
        // Every case type is routed somewhere other than the default at intake.
        for type in agency.caseTypes {
            XCTAssertTrue(agency.routingRules.contains { $0.trigger == .intake && $0.conditions.count == 1 &&
                $0.conditions[0].field == "case.type" && $0.conditions[0].values == [type.code] }, type.code)
        }
        let large = try XCTUnwrap(agency.routingRules.first { $0.action.tags.contains("large_refund") })
        XCTAssertEqual(large.action.department, "TAX")
        XCTAssertEqual(large.action.priority, 2)
        let tracing = try XCTUnwrap(agency.routingRules.first { $0.name == "contact tracing to Public Health" })
        XCTAssertEqual(tracing.action, RouteAction(department: "PH", priority: 1, slaPolicy: "expedited", tags: []))
        XCTAssertTrue(agency.routingRules.contains { $0.trigger == .enterState("exam_scheduled") && $0.action.department == "MED" })
        XCTAssertTrue(agency.routingRules.contains { $0.trigger == .enterState("disputed") && $0.action.department == "APPEALS" })
    }

    func testPoliciesFeesAndCodes() {
        XCTAssertEqual(agency.slaPolicy("standard")?.businessDays, 30)
        XCTAssertEqual(agency.slaPolicy("disability")?.businessDays(in: "VET"), 125)
        XCTAssertEqual(agency.slaPolicy("disability")?.businessDays(in: "MED"), 20)
        XCTAssertEqual(agency.slaPolicy("expedited")?.businessDays, 10)
        XCTAssertEqual(agency.slaPolicy("records")?.businessDays, 20)
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: agency.openingFees(type: "records_request").map { ($0.code, $0.amount) }),
                       ["records_copies_fee": 1500])
        XCTAssertEqual(agency.fee("records_certified_copy")?.charged, .byHand)
        XCTAssertEqual(agency.fee("traffic_fine_late_fee")?.charged, .late(afterDays: 30))
        XCTAssertEqual(agency.fee("traffic_fine")?.waivable, false)
        XCTAssertEqual(try agency.fee("traffic_fine")?.amount(form: ["violation": "red_light"]).get(), 23500)
        // Every offence on the citation form has its fine.
        let offences = agency.form("traffic_fine")?.sections.flatMap(\.fields).first { $0.id == "violation" }?.options.map(\.value) ?? []
        XCTAssertFalse(offences.isEmpty)
        for o in offences { XCTAssertNotNil(agency.fee("traffic_fine")?.byOffence?.amounts[o], o) }
        XCTAssertEqual(agency.outcomes.map(\.code), ["granted", "denied", "partially_granted", "dismissed", "no_action_needed"])
        XCTAssertEqual(Set(agency.reasonCodes.map(\.code)), [
            "evidence_sufficient", "insufficient_evidence", "not_eligible", "service_connection_established", "no_nexus",
            "documents_missing", "duplicate", "out_of_jurisdiction", "paid_in_full", "policy_exception",
        ])
    }

    func testStaff() {
        let staff = agency.staff
        XCTAssertTrue((25...35).contains(staff.count))
        XCTAssertTrue(staff.allSatisfy { $0.login == $0.login.lowercased() && StaffSeed.isValidLogin($0.login) })
        func person(_ login: String) -> StaffSeed? { staff.first { $0.login == login } }
        XCTAssertEqual(person("ana.kowalski")?.role, .clerk)
        XCTAssertEqual(person("ana.kowalski")?.departments, ["INTAKE"])
        XCTAssertEqual(person("marcus.reyes")?.departments, ["VET"])
        XCTAssertEqual(person("dr.lee")?.departments, ["MED"])
        XCTAssertEqual(person("priya.shah")?.role, .supervisor)
        XCTAssertEqual(person("priya.shah")?.departments, ["VET", "MED"])
        XCTAssertEqual(person("sam.okafor")?.role, .auditor)
        XCTAssertEqual(person("robin.admin")?.role, .admin)
        XCTAssertEqual(person("robin.admin")?.departments.count, agency.departments.count)
        XCTAssertEqual(staff.filter { $0.role == .admin }.count, 1)
        XCTAssertEqual(staff.filter { $0.role == .auditor }.count, 1)
        XCTAssertTrue(staff.filter { $0.role == .clerk }.allSatisfy { $0.departments == ["INTAKE"] })
        for dept in agency.departments.map(\.code) {
            let workers = staff.filter { $0.role == .caseworker && $0.departments.contains(dept) }
            if dept == "INTAKE" { XCTAssertTrue(workers.isEmpty) } else { XCTAssertTrue((2...3).contains(workers.count), dept) }
            XCTAssertTrue(staff.contains { $0.role == .supervisor && $0.departments.contains(dept) }, "\(dept) has a supervisor")
        }
        for s in staff where s.role == .caseworker { XCTAssertTrue((1...2).contains(s.departments.count), s.login) }
        for s in staff where s.role == .supervisor { XCTAssertTrue((2...3).contains(s.departments.count), s.login) }
    }
}
