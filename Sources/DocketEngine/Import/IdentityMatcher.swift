/// How a new case found its constituent.
public enum IdentityMatchKind: String, Sendable {
    /// The same national id.
    case nationalId = "national_id"
    /// The same name (folded: case, accents and ł/ø/ß… ignored) and date of birth, with no
    /// national id on one side to tell them apart.
    case nameAndBirthDate = "name_and_birth_date"
    /// Named by the caller (a clerk who picked the person).
    case chosen
}

/// Recognises a person the agency already knows — the once-only principle — from the
/// identity fields of a form: by national id, else by folded name and date of birth. People
/// who are only perhaps the same (same family name and birthday but another given name, or
/// the same name and birth year) are returned as possible duplicates, never merged.
struct IdentityMatcher {
    let store: any CaseStore
    /// Also look for the same name born in the same year (through the name index).
    var byNameAndYear = true

    init(store: any CaseStore, byNameAndYear: Bool = true) {
        self.store = store
        self.byNameAndYear = byNameAndYear
    }

    /// At most this many possible duplicates are reported: enough for a clerk to look at.
    static let duplicateLimit = 10

    struct Result {
        var person: Constituent?
        var kind: IdentityMatchKind?
        var possibleDuplicates: [Constituent] = []
        /// The national id belongs to someone the form does not describe: no person is matched.
        var conflict: IdentityConflict?
    }

    /// The folded given and family names the matcher compares (an import folds them ahead,
    /// on its reading thread).
    static func foldedNames(_ identity: [String: String]) -> (given: String, family: String) {
        (NameFolding.fold(identity["given_name"] ?? ""), NameFolding.fold(identity["family_name"] ?? ""))
    }

    /// Who the identity's national id names (nil inside: nobody), or nil when it gives none.
    func byNationalId(_ identity: [String: String]) throws -> Constituent?? {
        guard let nationalId = identity["national_id"], !nationalId.isEmpty else { return nil }
        return .some(try store.constituent(nationalId: nationalId))
    }

    /// `byNationalId`: who the national id names when the caller already looked it up.
    func match(_ identity: [String: String], folded: (given: String, family: String)? = nil,
               byNationalId looked: Constituent?? = nil) throws -> Result {
        let nationalId = identity["national_id"].flatMap { $0.isEmpty ? nil : $0 }
        if let nationalId, let known = try looked ?? store.constituent(nationalId: nationalId) {
            if let conflict = IdentityConflict.between(known, identity, folded: folded) { return Result(conflict: conflict) }
            return Result(person: known, kind: .nationalId)
        }
        guard let born = identity["birth_date"], !born.isEmpty else { return Result() }
        let (given, family) = folded ?? IdentityMatcher.foldedNames(identity)
        guard !(given.isEmpty && family.isEmpty) else { return Result() }
        var result = Result()
        for p in try store.constituents(bornOn: born, foldedFamily: family) where !p.erased {
            if NameFolding.fold(p.givenName) == given {
                // Two different national ids mean two people, however alike their names.
                if let nationalId, let theirs = p.nationalId, theirs != nationalId {
                    if result.possibleDuplicates.count < IdentityMatcher.duplicateLimit { result.possibleDuplicates.append(p) }
                    continue
                }
                return Result(person: p, kind: .nameAndBirthDate)
            }
            if result.possibleDuplicates.count < IdentityMatcher.duplicateLimit { result.possibleDuplicates.append(p) }
        }
        // Whole words, not prefixes: "ann" should not bring every Anna and Annette along.
        if byNameAndYear, result.possibleDuplicates.count < IdentityMatcher.duplicateLimit, let year = Int(born.prefix(4)),
           let query = NameFolding.ftsQuery("\(given) \(family)")?.replacingOccurrences(of: "\"*", with: "\"") {
            for p in try store.constituents(matching: query, bornIn: year, limit: 50)
            where !p.erased && p.birthDate != born && NameFolding.fold(p.givenName) == given && NameFolding.fold(p.familyName) == family
                && !result.possibleDuplicates.contains(where: { $0.id == p.id })
                && result.possibleDuplicates.count < IdentityMatcher.duplicateLimit {
                result.possibleDuplicates.append(p)
            }
        }
        return result
    }
}
