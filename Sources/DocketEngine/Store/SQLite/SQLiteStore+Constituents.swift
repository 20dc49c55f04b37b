/// Constituents and the folded-name search over them.
extension SQLiteStore {
    private static let constituentColumns =
        "id, given_name, family_name, birth_date, national_id, email, phone, address, language, erased_at"
    /// Statement texts made once: the statement cache is keyed by them, and matching reads
    /// people once or twice per imported row.
    private static let selectById = "SELECT \(constituentColumns) FROM constituent WHERE id = ?"
    private static let selectByNationalId =
        "SELECT \(constituentColumns) FROM constituent WHERE national_id = ? AND erased_at IS NULL LIMIT 1"

    /// `indexNow: false` leaves the name index to one `rebuildSearchIndex()` after a bulk load.
    func insertConstituent(_ c: Constituent, at: Int64, indexNow: Bool = true, searchTerms: String? = nil) throws -> Int64 {
        let terms = searchTerms ?? NameFolding.searchText(given: c.givenName, family: c.familyName)
        let s = try db.statement("""
            INSERT INTO constituent(given_name, family_name, birth_date, national_id, email, phone, address, language, search_terms, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        s.bind(c.givenName, at: 1); s.bind(c.familyName, at: 2); s.bind(c.birthDate, at: 3); s.bind(c.nationalId, at: 4)
        s.bind(c.email, at: 5); s.bind(c.phone, at: 6); s.bind(c.address, at: 7); s.bind(c.language, at: 8)
        s.bind(terms, at: 9); s.bind(at, at: 10)
        _ = try s.step()
        let id = db.lastInsertRowID
        guard indexNow else { return id }
        try db.run("INSERT INTO constituent_search(rowid, search_terms) VALUES (?, ?)", [.int(id), .text(terms)])
        return id
    }

    /// After a bulk load that skipped the per-row index: rebuild the name index in one pass.
    func rebuildSearchIndex() throws {
        try db.exec("INSERT INTO constituent_search(constituent_search) VALUES ('rebuild')")
    }

    private func readConstituent(_ s: Statement) -> Constituent {
        Constituent(id: s.int(0), givenName: s.text(1), familyName: s.text(2), birthDate: s.optionalText(3),
                    nationalId: s.optionalText(4), email: s.optionalText(5), phone: s.optionalText(6),
                    address: s.optionalText(7), language: s.optionalText(8), erased: s.optionalInt(9) != nil)
    }

    func constituent(id: Int64) throws -> Constituent? {
        let s = try db.statement(SQLiteStore.selectById)
        s.bind(id, at: 1)
        defer { s.reset() }
        return try s.step() ? readConstituent(s) : nil
    }

    /// The earliest constituent (not erased) with this national id, read in the one index probe
    /// (entries with one key lie in id order; an ORDER BY here would add a sort).
    func constituent(nationalId: String) throws -> Constituent? {
        let s = try db.statement(SQLiteStore.selectByNationalId)
        s.bind(nationalId, at: 1)
        defer { s.reset() }
        return try s.step() ? readConstituent(s) : nil
    }

    func constituents(nationalId: String) throws -> [Constituent] {
        let s = try db.statement("SELECT \(SQLiteStore.constituentColumns) FROM constituent WHERE national_id = ? ORDER BY id")
        try s.bind([.text(nationalId)])
        var out: [Constituent] = []
        while try s.step() { out.append(readConstituent(s)) }
        return out
    }

    /// Constituents whose folded names match an FTS5 expression (built by NameFolding.ftsQuery),
    /// newest first. Every match of a name prefix is as good as another, and reading matches in
    /// rowid order stops after one page instead of ranking a hundred thousand "Kim"s.
    func searchConstituents(match: String, limit: Int) throws -> [Constituent] {
        let s = try db.statement("""
            SELECT \(SQLiteStore.constituentColumns.split(separator: ",").map { "c." + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", "))
            FROM constituent_search f JOIN constituent c ON c.id = f.rowid
            WHERE constituent_search MATCH ? ORDER BY f.rowid DESC LIMIT ?
            """)
        try s.bind([.text(match), .int(Int64(limit))])
        var out: [Constituent] = []
        while try s.step() { out.append(readConstituent(s)) }
        return out
    }
}
