import Foundation
import XCTest
@testable import DocketEngine

/// A clock the tests move by hand: a hold date comes, a referral takes five days.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var seconds: Int64

    init(_ start: Int64 = Fixtures.now) { seconds = start }

    var now: Int64 { lock.withLock { seconds } }
    var today: Day { Day(unixSeconds: now) }

    /// The engine's view of this clock: every read asks the box for the time.
    var clock: Clock { Clock { [self] in self.now } }

    func advance(days: Int = 0, hours: Int = 0, minutes: Int = 0) {
        lock.withLock { seconds += Int64(days * 86_400 + hours * 3_600 + minutes * 60) }
    }

    /// Jumps to `2026-11-30T10:00:00Z` (or a bare date, midnight UTC).
    func set(_ text: String) {
        guard let t = Timestamp.parse(text) else { fatalError("not a time: \(text)") }
        lock.withLock { seconds = t }
    }
}

/// The workflow test agency: a claims service with intake, veterans, medical and benefits
/// departments, one rich lifecycle, ordered routing rules and a staff of every role.
enum WorkflowFixture {
    static let departments = ["INTAKE", "VET", "MED", "BEN"]
    static let states = ["new", "triage", "in_review", "exam_scheduled", "awaiting_info", "decided", "withdrawn", "closed"]

    static func agency() -> [String: Any] {
        let identity: [[String: Any]] = [
            ["id": "given_name", "label": "Given name", "type": "text", "required": true, "identity": "given_name"],
            ["id": "family_name", "label": "Family name", "type": "text", "required": true, "identity": "family_name"],
            ["id": "birth_date", "label": "Date of birth", "type": "date", "pii": true, "identity": "birth_date"],
            ["id": "national_id", "label": "SSN", "type": "national_id", "pii": true, "identity": "national_id"],
            ["id": "language", "label": "Language", "type": "text", "identity": "language"],
        ]
        return [
            "name": "Workflow County", "currency": "USD", "date_order": "mdy",
            "weekend": ["saturday", "sunday"], "holidays": ["2026-11-26"],
            "departments": [["code": "INTAKE", "name": "Intake"], ["code": "VET", "name": "Veterans Claims"],
                            ["code": "MED", "name": "Medical Review"], ["code": "BEN", "name": "Benefits"]],
            "lifecycles": [[
                "id": "claims",
                "states": [["id": "new", "group": "initial"], ["id": "triage", "group": "active"],
                           ["id": "in_review", "group": "active"], ["id": "exam_scheduled", "group": "active"],
                           ["id": "awaiting_info", "group": "hold"], ["id": "decided", "group": "closed"],
                           ["id": "withdrawn", "group": "closed"], ["id": "closed", "group": "closed"]],
                "transitions": [
                    ["from": "new", "to": "triage"],
                    ["from": "triage", "to": "in_review"],
                    ["from": "in_review", "to": "decided"],
                    ["from": "decided", "to": "closed"],
                    ["from": "in_review", "to": "exam_scheduled"],
                    ["from": "exam_scheduled", "to": "in_review"],
                    ["from": ["triage", "in_review", "exam_scheduled"], "to": "awaiting_info"],
                    ["from": "awaiting_info", "to": "triage"],
                    ["from": "awaiting_info", "to": "in_review"],
                    ["from": "*", "to": "withdrawn", "reason": true],
                    ["from": ["decided", "withdrawn", "closed"], "to": "in_review", "reason": true, "roles": ["supervisor"]],
                ],
            ]],
            "forms": [
                ["id": "claim_form", "case_type": "claim", "title": "Disability claim",
                 "sections": [["title": "Applicant", "fields": identity + [
                    ["id": "urgent", "label": "Urgent (terminal illness, homelessness)", "type": "yes_no"],
                    ["id": "branch", "label": "Branch", "type": "choice", "options": ["army", "navy", "air_force"]],
                    ["id": "notes", "label": "Notes", "type": "multiline"],
                 ]]]],
                ["id": "benefit_form", "case_type": "benefit", "title": "Benefits application",
                 "sections": [["title": "Applicant", "fields": identity + [
                    ["id": "amount", "label": "Amount claimed", "type": "money", "min": 0],
                 ]]]],
                ["id": "inquiry_form", "case_type": "inquiry", "title": "General inquiry",
                 "sections": [["title": "Person", "fields": identity + [
                    ["id": "topic", "label": "Topic", "type": "text"],
                 ]]]],
            ],
            "outcomes": [["code": "granted", "name": "Granted"], ["code": "denied", "name": "Denied"]],
            "reason_codes": [["code": "evidence", "name": "Evidence sufficient"],
                             ["code": "insufficient", "name": "Evidence insufficient"]],
            "sla_policies": [["id": "std", "name": "Standard", "business_days": 10, "by_department": ["MED": 5]]],
            "case_types": [
                ["code": "claim", "name": "Disability claim", "prefix": "CL", "lifecycle": "claims", "form": "claim_form",
                 "sla_policy": "std", "default_priority": 3],
                ["code": "benefit", "name": "Benefits application", "prefix": "BN", "lifecycle": "claims",
                 "form": "benefit_form", "sla_policy": "std", "default_priority": 3],
                ["code": "inquiry", "name": "General inquiry", "prefix": "IQ", "lifecycle": "claims",
                 "form": "inquiry_form", "sla_policy": "std", "default_priority": 4],
            ],
            "routing_rules": [
                ["name": "urgent claims", "trigger": "intake",
                 "when": [["field": "case.type", "op": "eq", "value": "claim"], ["field": "form.urgent", "op": "eq", "value": true]],
                 "then": ["department": "VET", "priority": 1, "tags": ["urgent"]]],
                ["name": "claims", "trigger": "intake",
                 "when": [["field": "case.type", "op": "eq", "value": "claim"]],
                 "then": ["department": "VET"]],
                ["name": "large benefits", "trigger": "intake",
                 "when": [["field": "case.type", "op": "eq", "value": "benefit"], ["field": "case.amount", "op": "gt", "value": 500000]],
                 "then": ["department": "BEN", "priority": 2, "tags": ["large"]]],
                ["name": "benefits", "trigger": "intake",
                 "when": [["field": "case.type", "op": "eq", "value": "benefit"]],
                 "then": ["department": "BEN"]],
                ["name": "exams", "trigger": "state:exam_scheduled", "then": ["department": "MED"]],
            ],
            "default_route": ["department": "INTAKE"],
            "fees": [
                ["code": "copy_fee", "case_type": "claim", "name": "Copies of records", "amount": 1500],
                ["code": "exam_fee", "case_type": "claim", "name": "Examination fee", "amount": 4000, "waivable": false],
                ["code": "filing_fee", "case_type": "benefit", "name": "Filing fee", "amount": 2500],
                ["code": "inquiry_fee", "case_type": "inquiry", "name": "Search fee", "amount": 1000],
            ],
            "staff": [
                ["login": "ana", "name": "Ana Clerk", "role": "clerk", "departments": ["INTAKE"]],
                ["login": "marcus", "name": "Marcus Worker", "role": "caseworker", "departments": ["VET"]],
                ["login": "jo", "name": "Jo Worker", "role": "caseworker", "departments": ["VET"]],
                ["login": "lee", "name": "Lee Medic", "role": "caseworker", "departments": ["MED"]],
                ["login": "priya", "name": "Priya Lead", "role": "supervisor", "departments": ["VET", "MED"]],
                ["login": "sam", "name": "Sam Auditor", "role": "auditor", "departments": []],
            ],
        ]
    }

    static func parsedAgency(_ object: [String: Any] = agency()) throws -> Agency {
        try AgencyParser.parse(data: Fixtures.data(object), file: "workflow-agency.json")
    }
}

/// One database of the workflow agency at a movable clock, with its staff at hand.
final class WorkflowWorld {
    let dir = TempDir()
    let time: TestClock
    let engine: Engine
    let ana, marcus, jo, lee, priya, sam, boss: StaffMember
    private var serial = 0

    init(start: Int64 = Fixtures.now, agency: [String: Any] = WorkflowFixture.agency()) throws {
        time = TestClock(start)
        engine = try Engine.create(path: dir.file("workflow.db"), agencySource: Fixtures.data(agency),
                                   agencyFile: "workflow-agency.json", creator: "boss", creatorName: "The Boss", clock: time.clock)
        ana = try engine.staffMember(login: "ana")
        marcus = try engine.staffMember(login: "marcus")
        jo = try engine.staffMember(login: "jo")
        lee = try engine.staffMember(login: "lee")
        priya = try engine.staffMember(login: "priya")
        sam = try engine.staffMember(login: "sam")
        boss = try engine.staffMember(login: "boss")
    }

    private func person() -> [String: String] {
        serial += 1
        return ["given_name": "Given\(serial)", "family_name": "Family\(serial)"]
    }

    /// Keys in a form as the clerk would, and returns the new case.
    @discardableResult
    func intake(_ type: String, _ extra: [String: String] = [:]) throws -> CaseSummary {
        try engine.intake(type: type, form: person().merging(extra) { _, new in new }, as: ana).summary
    }

    @discardableResult
    func claim(urgent: Bool = false, _ extra: [String: String] = [:]) throws -> CaseSummary {
        try intake("claim", extra.merging(["urgent": urgent ? "yes" : "no"]) { a, _ in a })
    }

    @discardableResult
    func benefit(amount: Int) throws -> CaseSummary { try intake("benefit", ["amount": String(amount)]) }

    func summary(_ ref: String) throws -> CaseSummary { try XCTUnwrap(try engine.store.caseSummary(ref: ref)) }

    func tasks(_ ref: String) throws -> [TaskRecord] { try engine.store.tasks(caseId: summary(ref).id) }

    func openMainTasks(_ ref: String) throws -> [TaskRecord] { try tasks(ref).filter { $0.isOpen && !$0.isReferral } }

    func events(_ ref: String) throws -> [EventRecord] { try engine.store.events(caseId: summary(ref).id) }

    func eventCount() throws -> Int { try engine.store.count(.event) }

    /// The details of an event as a dictionary.
    func details(_ e: EventRecord) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(e.details.utf8))) as? [String: Any] ?? [:]
    }

    /// Runs the whole table of states: drives a fresh claim to `state` through legal moves.
    func claim(in state: String) throws -> CaseSummary {
        let ref = try claim().ref
        let p = priya
        switch state {
        case "new": break
        case "triage":
            try engine.changeState(ref, to: "triage", reason: nil, as: p)
        case "in_review":
            try engine.changeState(ref, to: "triage", reason: nil, as: p)
            try engine.changeState(ref, to: "in_review", reason: nil, as: p)
        case "exam_scheduled":
            _ = try claim(ref, into: "in_review")
            try engine.changeState(ref, to: "exam_scheduled", reason: nil, as: p)
        case "awaiting_info":
            _ = try claim(ref, into: "in_review")
            try engine.hold(ref, until: time.today + 7, reason: "waiting for service records", as: p)
        case "decided":
            _ = try claim(ref, into: "in_review")
            try engine.decide(ref, outcome: "granted", reasonCode: "evidence", rationale: "Service connection shown.", as: p)
        case "withdrawn":
            try engine.changeState(ref, to: "withdrawn", reason: "constituent withdrew by phone", as: p)
        case "closed":
            _ = try claim(ref, into: "decided")
            try engine.changeState(ref, to: "closed", reason: nil, as: p)
        default:
            XCTFail("no path to \(state)")
        }
        let s = try summary(ref)
        XCTAssertEqual(s.state, state, "setting up a case in \(state)")
        return s
    }

    private func claim(_ ref: String, into state: String) throws -> CaseSummary {
        try engine.changeState(ref, to: "triage", reason: nil, as: priya)
        try engine.changeState(ref, to: "in_review", reason: nil, as: priya)
        if state == "decided" {
            try engine.decide(ref, outcome: "granted", reasonCode: "evidence", rationale: "Service connection shown.", as: priya)
        }
        return try summary(ref)
    }
}

/// Asserts that `body` throws a DocketError of the given kind and returns its message.
@discardableResult
func expectRefusal(_ kind: String, _ body: @autoclosure () throws -> Any, _ what: String = "",
                   file: StaticString = #filePath, line: UInt = #line) -> String {
    do {
        _ = try body()
        XCTFail("expected a refusal (\(kind)): \(what)", file: file, line: line)
        return ""
    } catch let e as DocketError {
        let actual: String
        switch e {
        case .usage: actual = "usage"
        case .refused: actual = "refused"
        case .conflict: actual = "conflict"
        case .notFound: actual = "notFound"
        }
        XCTAssertEqual(actual, kind, "\(what): \(e.description)", file: file, line: line)
        return e.description
    } catch {
        XCTFail("expected a DocketError, got \(error) (\(what))", file: file, line: line)
        return "\(error)"
    }
}
