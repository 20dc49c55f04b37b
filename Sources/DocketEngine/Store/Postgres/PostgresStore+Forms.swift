/// Writes behind editing a case's form: the stored values (and the amount mirrored from
/// them), and the constituent's identity with their entry in the name index.
extension PostgresStore {
    func updateCaseForm(caseId: Int64, form: String, amount: Int64?) throws {
        let s = db.statement("UPDATE cases SET form = ?, amount = ? WHERE id = ?")
        s.bind(form, at: 1)
        s.bind(amount, at: 2)
        s.bind(caseId, at: 3)
        _ = try s.step()
    }

    /// Saves a person's identity fields and their searchable name with them.
    func updateConstituentIdentity(_ p: Constituent) throws {
        let terms = NameFolding.searchText(given: p.givenName, family: p.familyName)
        let s = db.statement("""
            UPDATE constituent SET given_name = ?, family_name = ?, birth_date = ?, national_id = ?, email = ?, phone = ?,
                address = ?, language = ?, search_terms = ?, search = ?11::tsvector WHERE id = ?10
            """)
        s.bind(p.givenName, at: 1); s.bind(p.familyName, at: 2); s.bind(p.birthDate, at: 3); s.bind(p.nationalId, at: 4)
        s.bind(p.email, at: 5); s.bind(p.phone, at: 6); s.bind(p.address, at: 7); s.bind(p.language, at: 8)
        s.bind(terms, at: 9); s.bind(p.id, at: 10); s.bind(PostgresNameSearch.vector(terms), at: 11)
        try s.execute()
    }
}
