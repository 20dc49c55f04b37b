import Foundation
import XCTest
@testable import DocketEngine

/// A fresh folder per test, removed afterwards.
final class TempDir {
    let path: String
    init() {
        path = NSTemporaryDirectory() + "docket-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
    func file(_ name: String) -> String { path + "/" + name }
}

enum Fixtures {
    /// 2026-11-18, a Wednesday, at 10:00 UTC.
    static let now: Int64 = Timestamp.parse("2026-11-18T10:00:00Z")!
    static let clock = Clock.fixed(now)

    /// A small valid agency as a JSON object, for tests to break one piece at a time.
    static func minimalAgency() -> [String: Any] {
        [
            "name": "Test County", "currency": "USD", "date_order": "mdy",
            "weekend": ["saturday", "sunday"], "holidays": ["2026-11-26"],
            "departments": [["code": "INTAKE", "name": "Intake"], ["code": "VET", "name": "Veterans"], ["code": "MED", "name": "Medical"]],
            "lifecycles": [[
                "id": "standard",
                "states": [["id": "new", "group": "initial"], ["id": "triage", "group": "active"],
                           ["id": "awaiting_info", "group": "hold"], ["id": "decided", "group": "closed"]],
                "transitions": [["from": "new", "to": "triage"], ["from": "triage", "to": "decided"],
                                ["from": ["new", "triage"], "to": "awaiting_info", "reason": true]],
            ]],
            "forms": [[
                "id": "claim", "case_type": "claim", "title": "Claim",
                "sections": [["title": "Applicant", "fields": [
                    ["id": "given_name", "label": "Given name", "type": "text", "required": true, "identity": "given_name"],
                    ["id": "family_name", "label": "Family name", "type": "text", "required": true, "identity": "family_name"],
                    ["id": "branch", "label": "Branch", "type": "choice", "options": ["army", "navy"]],
                    ["id": "national_id", "label": "National id", "type": "national_id", "pii": true, "identity": "national_id"],
                ]]],
            ]],
            "outcomes": [["code": "granted", "name": "Granted"]],
            "reason_codes": [["code": "evidence", "name": "Evidence sufficient"]],
            "sla_policies": [["id": "std", "business_days": 10, "by_department": ["MED": 5]]],
            "case_types": [["code": "claim", "name": "Claim", "prefix": "CL", "lifecycle": "standard", "form": "claim",
                            "sla_policy": "std"]],
            "routing_rules": [["name": "claims to VET", "trigger": "intake",
                               "when": [["field": "case.type", "op": "eq", "value": "claim"]],
                               "then": ["department": "VET"]]],
            "default_route": ["department": "INTAKE"],
            "staff": [["login": "ana", "name": "Ana", "role": "clerk", "departments": ["INTAKE"]]],
        ]
    }

    static func data(_ object: [String: Any]) -> Data {
        try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    /// A demo database of `cases` cases at the fixed clock.
    static func demo(_ dir: TempDir, cases: Int = 300, seed: UInt64 = 1, name: String = "demo.db") throws -> Engine {
        try Engine.createDemo(path: dir.file(name), cases: cases, seed: seed, force: false, creator: "tester", clock: clock)
    }
}

extension Engine {
    /// The SQLite store under a test's engine, for what only SQL can check or plant.
    var sqlite: SQLiteStore { store as! SQLiteStore }
}
