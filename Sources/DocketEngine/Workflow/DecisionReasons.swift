import Foundation

/// Which reason codes may explain a decision: every code known, each one the agency lets
/// explain the outcome (a denial is explained by denial reasons), none twice.
enum DecisionReasons {
    /// The codes as given, in order, without repeats; or a refusal naming the codes allowed.
    /// Each entry may itself be a comma-separated list (`--reason-code a,b`).
    static func check(outcome: String, codes raw: [String], agency: Agency) throws -> [String] {
        guard agency.outcomes.contains(where: { $0.code == outcome }) else {
            throw DocketError.usage("unknown outcome '\(outcome)' (outcomes: \(agency.outcomes.map(\.code).joined(separator: ", ")))")
        }
        let allowed = agency.reasonCodes(for: outcome).map(\.code)
        var codes: [String] = []
        for part in raw.flatMap({ $0.split(separator: ",") }) {
            let code = part.trimmingCharacters(in: .whitespaces)
            guard !code.isEmpty, !codes.contains(code) else { continue }
            guard agency.reasonCodes.contains(where: { $0.code == code }) else {
                throw DocketError.usage("unknown reason code '\(code)'; for the outcome \(outcome) the agency allows: \(allowed.joined(separator: ", "))")
            }
            guard allowed.contains(code) else {
                throw DocketError.refused("the reason code '\(code)' does not explain the outcome \(outcome); for \(outcome) the agency allows: \(allowed.joined(separator: ", "))")
            }
            codes.append(code)
        }
        guard !codes.isEmpty else {
            throw DocketError.usage("a decision needs at least one reason code; for \(outcome) the agency allows: \(allowed.joined(separator: ", "))")
        }
        return codes
    }
}
