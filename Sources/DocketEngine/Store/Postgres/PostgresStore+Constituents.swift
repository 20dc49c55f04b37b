/// Constituents and the folded-name search over them (see PostgresNameSearch).
extension PostgresStore {
    private static let constituentColumns =
        "id, given_name, family_name, birth_date, national_id, email, phone, address, language, erased_at"
    /// Statement texts made once: the statement cache is keyed by them, and matching reads
    /// people once or twice per imported row.
    private static let selectById = "SELECT \(constituentColumns) FROM constituent WHERE id = ?"
    private static let selectByNationalId =
        "SELECT \(constituentColumns) FROM constituent WHERE national_id = ? AND erased_at IS NULL ORDER BY id LIMIT 1"

    func insertConstituent(_ c: Constituent, at: Int64, searchTerms: String? = nil) throws -> Int64 {
        let terms = searchTerms ?? NameFolding.searchText(given: c.givenName, family: c.familyName)
        let s = db.statement("""
            INSERT INTO constituent(given_name, family_name, birth_date, national_id, email, phone, address, language, search_terms,
                                    created_at, search, id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::tsvector, ?)
            """)
        let id = try nextId("constituent")
        s.bind(PostgresNameSearch.vector(terms), at: 11); s.bind(id, at: 12)
        s.bind(c.givenName, at: 1); s.bind(c.familyName, at: 2); s.bind(c.birthDate, at: 3); s.bind(c.nationalId, at: 4)
        s.bind(c.email, at: 5); s.bind(c.phone, at: 6); s.bind(c.address, at: 7); s.bind(c.language, at: 8)
        s.bind(terms, at: 9); s.bind(at, at: 10)
        try s.execute()
        return id
    }

    private func readConstituent(_ s: PGStatement) -> Constituent {
        Constituent(id: s.int(0), givenName: s.text(1), familyName: s.text(2), birthDate: s.optionalText(3),
                    nationalId: s.optionalText(4), email: s.optionalText(5), phone: s.optionalText(6),
                    address: s.optionalText(7), language: s.optionalText(8), erased: s.optionalInt(9) != nil)
    }

    func constituent(id: Int64) throws -> Constituent? {
        let s = db.statement(PostgresStore.selectById)
        s.bind(id, at: 1)
        defer { s.reset() }
        return try s.step() ? readConstituent(s) : nil
    }

    /// The earliest constituent (not erased) with this national id, read in the one index probe
    /// (entries with one key lie in id order; an ORDER BY here would add a sort).
    func constituent(nationalId: String) throws -> Constituent? {
        let s = db.statement(PostgresStore.selectByNationalId)
        s.bind(nationalId, at: 1)
        defer { s.reset() }
        return try s.step() ? readConstituent(s) : nil
    }

    func constituents(nationalId: String) throws -> [Constituent] {
        let s = db.statement("SELECT \(PostgresStore.constituentColumns) FROM constituent WHERE national_id = ? ORDER BY id")
        try s.bind([.text(nationalId)])
        var out: [Constituent] = []
        while try s.step() { out.append(readConstituent(s)) }
        return out
    }

    /// Constituents whose folded names match an FTS5 expression (built by NameFolding.ftsQuery),
    /// newest first, as SQLite answers: every match is as good as another.
    func searchConstituents(match: String, limit: Int) throws -> [Constituent] {
        let s = db.statement("""
            SELECT \(PostgresStore.constituentColumns.split(separator: ",").map { "c." + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", "))
            FROM constituent c WHERE c.search @@ ?::tsquery ORDER BY c.id DESC LIMIT ?
            """)
        guard let query = PostgresNameSearch.query(match) else { return [] }
        try s.bind([.text(query), .int(Int64(limit))])
        var out: [Constituent] = []
        while try s.step() { out.append(readConstituent(s)) }
        return out
    }
}
