/// What an export reads, a page at a time in id order (keyset paging: each page starts after
/// the last id of the one before, so a million rows never sit in memory and no page costs
/// more than the rows it returns plus the ones its filter skips).
extension PostgresStore {


    /// The WHERE clause of a case export: the queue's own filter, as more conditions.
    private func exportFilter(_ q: CaseQuery, today: Day) -> (String, [SQLValue]) {
        let (clauses, args) = filter(q, today: today)
        return (clauses.isEmpty ? "" : " AND " + clauses, args)
    }

    func exportCases(after id: Int64, query: CaseQuery, today: Day, limit: Int) throws -> [ExportedCase] {
        let (filter, args) = exportFilter(query, today: today)
        let s = db.statement("""
            SELECT \(PostgresStore.summaryColumns), c.form, p.birth_date, p.email, p.phone, p.address
            FROM cases c JOIN constituent p ON p.id = c.constituent_id
            WHERE c.id > ?\(filter) ORDER BY c.id LIMIT ?
            """)
        try s.bind([.int(id)] + args + [.int(Int64(limit))])
        var out: [ExportedCase] = []
        out.reserveCapacity(limit)
        while try s.step() {
            let n = Int32(PostgresStore.summaryColumnCount)
            out.append(ExportedCase(summary: readSummary(s), form: s.text(n), birthDate: s.optionalText(n + 1),
                                    email: s.optionalText(n + 2), phone: s.optionalText(n + 3), address: s.optionalText(n + 4)))
        }
        return out
    }

    /// Constituents after `id`; with `cases` filters, only those with a matching case.
    func exportConstituents(after id: Int64, cases query: CaseQuery?, today: Day, limit: Int) throws -> [ExportedConstituent] {
        var filter = ""
        var args: [SQLValue] = []
        if let query {
            let (f, a) = exportFilter(query, today: today)
            filter = " AND EXISTS (SELECT 1 FROM cases c WHERE c.constituent_id = p.id\(f))"
            args = a
        }
        let s = db.statement("""
            SELECT p.id, p.given_name, p.family_name, p.birth_date, p.national_id, p.email, p.phone, p.address, p.language,
                   p.erased_at, p.created_at, (SELECT count(*) FROM cases k WHERE k.constituent_id = p.id)
            FROM constituent p WHERE p.id > ?\(filter) ORDER BY p.id LIMIT ?
            """)
        try s.bind([.int(id)] + args + [.int(Int64(limit))])
        var out: [ExportedConstituent] = []
        while try s.step() {
            let person = Constituent(id: s.int(0), givenName: s.text(1), familyName: s.text(2), birthDate: s.optionalText(3),
                                     nationalId: s.optionalText(4), email: s.optionalText(5), phone: s.optionalText(6),
                                     address: s.optionalText(7), language: s.optionalText(8), erased: s.optionalInt(9) != nil)
            out.append(ExportedConstituent(person: person, createdAt: s.int(10), cases: Int(s.int(11))))
        }
        return out
    }

    /// How many rows an export will write (for its progress bar).
    func exportCount(_ subject: ExportSubject, query: CaseQuery, filtered: Bool, today: Day) throws -> Int {
        let (filter, args) = exportFilter(query, today: today)
        switch subject {
        case .cases:
            return Int(try db.scalarInt("SELECT count(*) FROM cases c WHERE true\(filter)", args) ?? 0)
        case .constituents:
            guard filtered else { return Int(try db.scalarInt("SELECT count(*) FROM constituent") ?? 0) }
            return Int(try db.scalarInt("""
                SELECT count(*) FROM constituent p WHERE EXISTS (SELECT 1 FROM cases c WHERE c.constituent_id = p.id\(filter))
                """, args) ?? 0)
        }
    }
}
