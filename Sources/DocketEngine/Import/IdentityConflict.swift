/// A national id that belongs to someone else: the record it names has another name or birth
/// date than the form gives. Never a silent attach — intake refuses it and an import rejects
/// the row, saying whose record it is only as much as a clerk may see (initials, birth year,
/// record number; DESIGN.md section 6).
struct IdentityConflict: Equatable {
    var known: Constituent
    var given: String
    var family: String
    var birthDate: String?

    /// The conflict when `known` (found by the national id in `identity`) is not the person
    /// the identity describes: another folded name, or another birth date where both have one.
    static func between(_ known: Constituent, _ identity: [String: String],
                        folded: (given: String, family: String)? = nil) -> IdentityConflict? {
        // The same spelling needs no folding (a re-import's rows name people as stored).
        let exact = known.givenName == (identity["given_name"] ?? "") && known.familyName == (identity["family_name"] ?? "")
        let sameName = exact || {
            let (given, family) = folded ?? IdentityMatcher.foldedNames(identity)
            return NameFolding.fold(known.givenName) == given && NameFolding.fold(known.familyName) == family
        }()
        let born = identity["birth_date"].flatMap { $0.isEmpty ? nil : $0 }
        let sameBirth = born == nil || known.birthDate == nil || known.birthDate == born
        if sameName && sameBirth { return nil }
        return IdentityConflict(known: known, given: identity["given_name"] ?? "", family: identity["family_name"] ?? "",
                                birthDate: born)
    }

    /// `belongs to record #3187 (S. L., born 1978), not to Betty Johnson, born 1954-09-15`
    var message: String {
        let initials = [known.givenName, known.familyName].compactMap { $0.first.map { "\($0)." } }.joined(separator: " ")
        let year = known.birthDate.map { ", born \($0.prefix(4))" } ?? ""
        let them = [given, family].filter { !$0.isEmpty }.joined(separator: " ")
        return "belongs to record #\(known.id) (\(initials.isEmpty ? "no name" : initials)\(year)), not to \(them)"
            + (birthDate.map { ", born \($0)" } ?? "")
    }
}
