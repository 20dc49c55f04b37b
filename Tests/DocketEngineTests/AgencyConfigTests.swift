import XCTest
@testable import DocketEngine

final class AgencyConfigTests: XCTestCase {
    private func problems(_ mutate: (inout [String: Any]) -> Void) -> [String] {
        var agency = Fixtures.minimalAgency()
        mutate(&agency)
        do {
            _ = try AgencyParser.parse(data: Fixtures.data(agency), file: "county.json")
            return []
        } catch let e as AgencyFileError {
            return e.problems
        } catch {
            return ["unexpected \(error)"]
        }
    }

    private func assertRefused(_ expected: String, file: StaticString = #filePath, line: UInt = #line,
                               _ mutate: (inout [String: Any]) -> Void) {
        let found = problems(mutate)
        XCTAssertTrue(found.contains(expected), "wanted \(expected)\ngot \(found)", file: file, line: line)
    }

    func testMinimalAgencyIsAccepted() throws {
        XCTAssertEqual(problems { _ in }, [])
        let agency = try AgencyParser.parse(data: Fixtures.data(Fixtures.minimalAgency()), file: "x")
        XCTAssertEqual(agency.calendar.holidays, [Day(iso: "2026-11-26")!])
        XCTAssertEqual(agency.slaPolicy("std")?.businessDays(in: "MED"), 5)
        XCTAssertEqual(agency.backlogThresholdDays, 125)
    }

    func testNotJSON() {
        XCTAssertThrowsError(try AgencyParser.parse(data: Data("{\"name\": ".utf8), file: "county.json")) { error in
            XCTAssertTrue("\(error)".hasPrefix("county.json: (top): not valid JSON"), "\(error)")
        }
    }

    func testEachKindOfMistakeHasItsMessage() {
        assertRefused("county.json: name: missing (expected text)") { $0["name"] = nil }
        assertRefused("county.json: currency: 'dollars' is not a three-letter ISO 4217 code such as USD or EUR") { $0["currency"] = "dollars" }
        assertRefused("county.json: date_order: must be \"mdy\" or \"dmy\", found 'ymd'") { $0["date_order"] = "ymd" }
        assertRefused("county.json: holidays[0]: '2026-02-30' is not a date as YYYY-MM-DD") { $0["holidays"] = ["2026-02-30"] }
        assertRefused("county.json: weekend[0]: 'caturday' is not a weekday name (sunday … saturday)") { $0["weekend"] = ["caturday"] }
        assertRefused("county.json: departments[1].code: duplicate code 'INTAKE' (first used at departments[0])") {
            $0["departments"] = [["code": "INTAKE", "name": "A"], ["code": "INTAKE", "name": "B"], ["code": "VET", "name": "V"], ["code": "MED", "name": "M"]]
        }
        assertRefused("county.json: routing_rules[0].then.department: unknown department 'VETS' (departments: INTAKE, VET, MED)") {
            $0["routing_rules"] = [["name": "r", "trigger": "intake", "then": ["department": "VETS"]]]
        }
        assertRefused("county.json: case_types[0].lifecycle: unknown lifecycle 'fancy' (lifecycles: standard)") {
            var t = ($0["case_types"] as! [[String: Any]])[0]
            t["lifecycle"] = "fancy"
            $0["case_types"] = [t]
        }
        assertRefused("county.json: lifecycles[0].transitions[0].to: unknown state 'done' in lifecycle 'standard' (states: new, triage, awaiting_info, decided)") {
            var l = ($0["lifecycles"] as! [[String: Any]])[0]
            l["transitions"] = [["from": "new", "to": "done"]]
            $0["lifecycles"] = [l]
        }
        assertRefused("county.json: lifecycles[0].states: lifecycle 'standard' needs exactly one initial state, found 2") {
            var l = ($0["lifecycles"] as! [[String: Any]])[0]
            l["states"] = [["id": "new", "group": "initial"], ["id": "fresh", "group": "initial"], ["id": "decided", "group": "closed"]]
            l["transitions"] = []
            $0["lifecycles"] = [l]
        }
        assertRefused("county.json: sla_policies[0].business_days: expected a whole number, found text") {
            $0["sla_policies"] = [["id": "std", "business_days": "ten"]]
        }
        assertRefused("county.json: staff[0].role: unknown role 'wizard' (known: clerk, caseworker, supervisor, auditor, admin)") {
            $0["staff"] = [["login": "ana", "name": "Ana", "role": "wizard"]]
        }
        assertRefused("county.json: routing_rules[0].trigger: 'later' is not a trigger (\"intake\" or \"state:STATE\")") {
            $0["routing_rules"] = [["name": "r", "trigger": "later", "then": ["department": "VET"]]]
        }
        assertRefused("county.json: routing_rules[0].when[0].op: unknown operator 'like' (known: eq, ne, in, not_in, gt, gte, lt, lte, present, absent, contains)") {
            $0["routing_rules"] = [["name": "r", "trigger": "intake", "when": [["field": "case.type", "op": "like", "value": "x"]],
                                    "then": ["department": "VET"]]]
        }
        assertRefused("county.json: forms[0].sections[0].fields[2].type: unknown field type 'colour' (known: text, multiline, integer, decimal, money, date, yes_no, choice, multi_choice, email, phone, national_id, address)") {
            var f = ($0["forms"] as! [[String: Any]])[0]
            var s = (f["sections"] as! [[String: Any]])[0]
            var fields = s["fields"] as! [[String: Any]]
            fields[2] = ["id": "colour", "label": "Colour", "type": "colour"]
            s["fields"] = fields
            f["sections"] = [s]
            $0["forms"] = [f]
        }
        assertRefused("county.json: forms[0].sections[0].fields[2].pattern: '([' is not a valid regular expression") {
            var f = ($0["forms"] as! [[String: Any]])[0]
            var s = (f["sections"] as! [[String: Any]])[0]
            var fields = s["fields"] as! [[String: Any]]
            fields[2] = ["id": "code", "label": "Code", "type": "text", "pattern": "(["]
            s["fields"] = fields
            f["sections"] = [s]
            $0["forms"] = [f]
        }
        assertRefused("county.json: colour: unknown key (known keys: backlog_threshold_days, case_types, currency, date_order, default_route, departments, fees, forms, holidays, idle_logoff_minutes, lifecycles, name, notices, outcomes, reason_codes, routing_rules, sla_policies, staff, weekend)") {
            $0["colour"] = "blue"
        }
    }

    func testEveryProblemIsListedNotJustTheFirst() {
        let found = problems {
            $0["currency"] = "x"
            $0["holidays"] = ["soon"]
            $0["default_route"] = ["department": "NOWHERE"]
        }
        XCTAssertEqual(found.count, 3, "\(found)")
    }

    func testShippedDemoAgencyParses() throws {
        let agency = try DemoAgency.load()
        XCTAssertFalse(agency.caseTypes.isEmpty)
    }
}

/// `short` labels for narrow columns: optional on case types and lifecycle states, falling
/// back to the name or label.
final class AgencyShortLabelTests: XCTestCase {
    private func parse(_ mutate: (inout [String: Any]) -> Void) throws -> Agency {
        var agency = Fixtures.minimalAgency()
        mutate(&agency)
        return try AgencyParser.parse(data: Fixtures.data(agency), file: "county.json")
    }

    private func withShort(type: Any?, state: Any?) -> (inout [String: Any]) -> Void {
        { agency in
            var t = (agency["case_types"] as! [[String: Any]])[0]
            t["short"] = type
            agency["case_types"] = [t] + (agency["case_types"] as! [[String: Any]]).dropFirst()
            var l = (agency["lifecycles"] as! [[String: Any]])[0]
            var states = l["states"] as! [[String: Any]]
            states[0]["short"] = state
            l["states"] = states
            agency["lifecycles"] = [l] + (agency["lifecycles"] as! [[String: Any]]).dropFirst()
        }
    }

    func testShortLabelsAreReadAndFallBackToTheNameOrLabel() throws {
        let plain = try parse { _ in }
        let type = try XCTUnwrap(plain.caseTypes.first)
        XCTAssertNil(type.short)
        XCTAssertEqual(type.shortLabel, type.name)
        let state = try XCTUnwrap(plain.lifecycles.first?.states.first)
        XCTAssertEqual(state.shortLabel, state.label)

        let labelled = try parse(withShort(type: "Claim", state: "fresh"))
        XCTAssertEqual(labelled.caseTypes.first?.shortLabel, "Claim")
        XCTAssertEqual(labelled.lifecycles.first?.states.first?.shortLabel, "fresh")
    }

    func testAnEmptyOrLongShortLabelIsRefused() {
        XCTAssertThrowsError(try parse(withShort(type: "", state: nil))) { error in
            XCTAssertTrue("\(error)".contains("case_types[0].short: '' must be 1 to 16 characters"), "\(error)")
        }
        XCTAssertThrowsError(try parse(withShort(type: nil, state: "a label far too long for a column"))) { error in
            XCTAssertTrue("\(error)".contains("lifecycles[0].states[0].short: 'a label far too long for a column' must be 1 to 16 characters"), "\(error)")
        }
    }

    func testTheDemoAgencyHasShortLabelsThatFitTheQueueColumns() throws {
        let agency = try AgencyParser.parse(data: Data(DemoAgency.text.utf8), file: "demo-agency.json")
        for type in agency.caseTypes {
            let short = try XCTUnwrap(type.short, type.code)
            XCTAssertLessThanOrEqual(short.count, 14, type.code)
        }
        for state in agency.lifecycles.flatMap(\.states) {
            XCTAssertLessThanOrEqual(state.shortLabel.count, 13, state.id)
        }
    }
}
