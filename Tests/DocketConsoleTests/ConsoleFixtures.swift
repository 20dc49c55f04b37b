import CSQLite
import DocketEngine
@testable import DocketConsole
import Foundation
import XCTest

/// A small agency of our own for console tests, so screens do not depend on the demo
/// agency's content: three departments, one lifecycle with a hold and two closing states,
/// a form with personal fields, and a caseworker, a medical reviewer and a supervisor.
enum ConsoleFixtures {
    /// Wednesday 2026-11-18, 10:00 UTC.
    static let now: Int64 = Timestamp.parse("2026-11-18T10:00:00Z")!

    static let agency: [String: Any] = [
        "name": "Test County", "currency": "USD", "date_order": "mdy", "idle_logoff_minutes": 15,
        "weekend": ["saturday", "sunday"], "holidays": ["2026-11-26"],
        "departments": [["code": "INTAKE", "name": "Intake"], ["code": "VET", "name": "Veterans Claims"],
                        ["code": "MED", "name": "Medical Review"]],
        "lifecycles": [[
            "id": "standard",
            "states": [["id": "new", "group": "initial"], ["id": "triage", "group": "active"],
                       ["id": "in_review", "group": "active"], ["id": "awaiting_info", "group": "hold"],
                       ["id": "decided", "group": "closed"], ["id": "withdrawn", "group": "closed"]],
            "transitions": [["from": "new", "to": "triage"], ["from": "triage", "to": "in_review"],
                            ["from": "in_review", "to": "decided"],
                            ["from": ["new", "triage", "in_review"], "to": "awaiting_info", "reason": true],
                            ["from": ["new", "triage", "in_review"], "to": "withdrawn", "reason": true]],
        ]],
        "forms": [[
            "id": "claim", "case_type": "claim", "title": "Disability claim",
            "sections": [["title": "Veteran", "fields": [
                ["id": "given_name", "label": "Given name", "type": "text", "required": true, "identity": "given_name"],
                ["id": "family_name", "label": "Family name", "type": "text", "required": true, "identity": "family_name"],
                ["id": "national_id", "label": "National id", "type": "national_id", "pii": true, "identity": "national_id"],
                ["id": "birth_date", "label": "Born", "type": "date", "pii": true],
                ["id": "branch", "label": "Branch", "type": "choice",
                 "options": [["value": "army", "label": "Army"], ["value": "navy", "label": "Navy"]]],
            ]]],
        ]],
        "outcomes": [["code": "granted", "name": "Granted"], ["code": "denied", "name": "Denied"]],
        "reason_codes": [["code": "evidence", "name": "Evidence sufficient"], ["code": "no_evidence", "name": "No evidence"]],
        "sla_policies": [["id": "std", "business_days": 10, "by_department": ["MED": 5]]],
        "case_types": [["code": "claim", "name": "Disability claim", "prefix": "CL", "lifecycle": "standard",
                        "form": "claim", "sla_policy": "std"]],
        "routing_rules": [["name": "claims to VET", "trigger": "intake",
                           "when": [["field": "case.type", "op": "eq", "value": "claim"]],
                           "then": ["department": "VET"]]],
        "default_route": ["department": "INTAKE"],
        "staff": [["login": "marcus", "name": "Marcus Reyes", "role": "caseworker", "departments": ["VET"]],
                  ["login": "lee", "name": "Dr. Lee", "role": "caseworker", "departments": ["MED"]],
                  ["login": "priya", "name": "Priya Shah", "role": "supervisor", "departments": ["VET", "MED"]],
                  ["login": "ana", "name": "Ana Kowalski", "role": "clerk", "departments": ["INTAKE"]]],
    ]

    /// The people the test cases are about: scripts that must line up, and one name
    /// carrying terminal escape sequences, a bidi override and a newline.
    static let people: [(given: String, family: String, id: String, daysAgo: Int)] = [
        ("José", "García", "123-45-6789", 40),
        ("민준", "김", "234-56-7890", 12),
        ("هدى", "حداد", "345-67-8901", 2),
        ("Łukasz", "Wójcik", "456-78-9012", 20),
        ("Zoë", "Brontë", "567-89-0123", 1),
        ("Evil\u{1B}]52;c;ZXZpbA==\u{07}Name", "\u{202E}kcaJ\n\u{1B}[2Jx", "678-90-1234", 5),
    ]

    static let hostileName = "Evil\u{1B}]52;c;ZXZpbA==\u{07}Name \u{202E}kcaJ\n\u{1B}[2Jx"

    /// A database with the test agency and one case per person, opened at their ages;
    /// marcus has claimed José's case and Zoë's is on hold.
    static func makeDatabase(in directory: URL, dateOrder: DateOrder = .mdy) throws -> String {
        let path = directory.appendingPathComponent("console.db").path
        var agency = self.agency
        agency["date_order"] = dateOrder.rawValue
        let data = try JSONSerialization.data(withJSONObject: agency, options: [.sortedKeys])
        _ = try Engine.create(path: path, agencySource: data, agencyFile: "test-agency.json", creator: "root",
                              clock: .fixed(now - 60 * 86_400))
        for person in people {
            let engine = try Engine.open(path: path, clock: .fixed(now - Int64(person.daysAgo) * 86_400))
            let clerk = try engine.staffMember(login: "ana")
            // Intake refuses control characters, so the hostile name stands for data that came
            // in some other way (an old system, a direct load): it is written under the form.
            let hostile = person.given.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E }
                || person.family.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E }
            let result = try engine.intake(type: "claim", form: ["given_name": hostile ? "Placeholder" : person.given,
                                                                 "family_name": hostile ? "Person" : person.family,
                                                                 "national_id": person.id, "birth_date": "1968-03-14",
                                                                 "branch": "army"], as: clerk)
            if hostile {
                try ConsoleFixtures.overwriteName(path: path, constituent: result.summary.constituentId,
                                                  given: person.given, family: person.family)
            }
        }
        let engine = try Engine.open(path: path, clock: .fixed(now - 86_400))
        let marcus = try engine.staffMember(login: "marcus")
        try engine.claim("CL-2026-000001", as: marcus)
        try engine.note("CL-2026-000001", text: "Called the veteran; DD-214 on file.", as: marcus)
        try engine.hold("CL-2026-000005", until: Day(unixSeconds: now) + 7, reason: "awaiting DD-214", as: marcus)
        return path
    }

    /// Writes a name straight into the database file, as data from outside Docket would arrive.
    static func overwriteName(path: String, constituent: Int64, given: String, family: String) throws {
        var db: OpaquePointer?
        guard sqlite3_open(path, &db) == SQLITE_OK else { throw CocoaError(.fileReadUnknown) }
        defer { sqlite3_close(db) }
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        let terms = NameFolding.searchText(given: given, family: family)
        // The name index is external-content FTS: take the old entry out, put the new one in.
        for sql in [
            "INSERT INTO constituent_search(constituent_search, rowid, search_terms) SELECT 'delete', id, search_terms FROM constituent WHERE id = :id",
            "UPDATE constituent SET given_name = :given, family_name = :family, search_terms = :terms WHERE id = :id",
            "INSERT INTO constituent_search(rowid, search_terms) VALUES (:id, :terms)",
        ] {
            var stmt: OpaquePointer?
            guard sqlite3_prepare_v2(db, sql, -1, &stmt, nil) == SQLITE_OK else { throw CocoaError(.fileWriteUnknown) }
            defer { sqlite3_finalize(stmt) }
            for (name, text) in [(":given", given), (":family", family), (":terms", terms)] {
                let i = sqlite3_bind_parameter_index(stmt, name)
                if i > 0 { sqlite3_bind_text(stmt, i, text, -1, transient) }
            }
            sqlite3_bind_int64(stmt, sqlite3_bind_parameter_index(stmt, ":id"), constituent)
            guard sqlite3_step(stmt) == SQLITE_DONE else { throw CocoaError(.fileWriteUnknown) }
        }
    }

    /// The console program and its first state for `login`, on a virtual terminal.
    static func console(path: String, login: String, terminal: VirtualTerminal) throws -> (ConsoleProgram, ConsoleState) {
        let engine = try Engine.open(path: path, clock: .fixed(now))
        let session = ConsoleSession(engine: engine, actor: try engine.staffMember(login: login))
        let program = ConsoleProgram(session: session, screenSize: { [unowned terminal] in terminal.size },
                                     monotonicMs: { 0 }, themeLoader: ThemeLoader(environment: [:], executablePath: nil))
        return (program, program.initialState(themeName: "default"))
    }

    /// A key bound to nothing anywhere: read last, so the effects of the script's real last
    /// key have finished (the runtime starts nothing new once input has ended).
    static let settleKey = Key.function(24)

    /// Runs the console over the keys queued on `terminal` until they run out, waiting for
    /// every engine call before each key, and returns the runtime for inspection.
    @discardableResult
    static func run(path: String, login: String, terminal: VirtualTerminal, keymaps: ConsoleKeymaps = .standard) throws -> Runtime<ConsoleProgram> {
        terminal.enqueue([settleKey, settleKey])
        let (program, initial) = try console(path: path, login: login, terminal: terminal)
        var state = initial
        state.keymaps = keymaps
        var options = Runtime<ConsoleProgram>.Options()
        options.waitsForEffectsBeforeInput = true
        options.quitKeysWhenTooSmall = keymaps.quitKeysWhenTooSmall
        let runtime = Runtime(program: program, state: state, terminal: terminal, options: options)
        runtime.send(.start)
        runtime.run()
        return runtime
    }

    /// Plays the keys queued since on the same runtime (state, history and all).
    static func resume(_ runtime: Runtime<ConsoleProgram>, terminal: VirtualTerminal) {
        terminal.enqueue([settleKey, settleKey])
        runtime.run()
    }
}

extension ConsoleState {
    /// An engine answer addressed, as the root addresses it, to the topmost layer of a kind
    /// (the one that asked for it).
    func answer<T: ConsoleLayer>(_ message: ConsoleMessage, for type: T.Type) -> ConsoleMessage {
        guard let id = layers.lastID(where: { $0 is T }) else { return message }
        return .layerAnswer(id, message)
    }
}
