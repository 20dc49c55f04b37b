import DocketEngine
@testable import DocketConsole
import Foundation

/// A small demo database (the demo agency's forms, its clerk ana.kowalski) for the form
/// screen and intake tests, at the console fixtures' fixed clock.
enum FormFixture {
    static let clerk = "ana.kowalski"

    static func makeDemo(in directory: URL) throws -> String {
        let path = directory.appendingPathComponent("forms.db").path
        _ = try Engine.createDemo(path: path, cases: 30, seed: 5, force: false, creator: "tester",
                                  clock: .fixed(ConsoleFixtures.now))
        return path
    }

    static func engine(_ path: String) throws -> Engine {
        try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
    }

    /// A complete benefits application as typed, for intakes made behind the console's back.
    static func benefits(given: String, family: String, born: String, nationalId: String) -> [String: String] {
        ["given_name": given, "family_name": family, "birth_date": born, "national_id": nationalId,
         "address": "1 Elm St\nSpringfield, IL 62701", "preferred_language": "en", "household_size": "2",
         "programs_requested": "medicaid", "amount": "2000", "employment_status": "retired",
         "receives_other_benefits": "no"]
    }

    /// Keys that open a benefits application from the queue: `i`, the second case type, Enter.
    static let openBenefits = "i Down Enter"
}
