/// Erasure on PostgreSQL: the person's key is destroyed (their sealed event text can never be
/// read again), their identity, name-search words, form values and the free text kept in plain
/// columns are blanked. The case skeleton — refs, types, states, dates, amounts, tasks,
/// counters and the chain — stays. Old row versions are left to `scrubAfterErasure`'s VACUUM.
extension PostgresStore {
    func erase(constituentId id: Int64, at: Int64) throws -> ErasureCounts {
        guard let person = try constituent(id: id) else { return ErasureCounts() }
        let theirs = try cases(constituentId: id)
        let refs = theirs.map(\.ref)
        let ofTheirCases = "SELECT id FROM cases WHERE constituent_id = ?"
        var counts = ErasureCounts()
        counts.unsealedEvents = Int(try db.scalarInt("""
            SELECT count(*) FROM event
            WHERE (constituent_id = ?1 OR case_id IN (SELECT id FROM cases WHERE constituent_id = ?1))
              AND ((reason IS NOT NULL AND reason <> '' AND reason NOT LIKE 'sealed:v1:%')
                   OR (kind IN ('form_edited') AND details NOT LIKE 'sealed:v1:%'))
            """, [.int(id)]) ?? 0)
        try db.run("DELETE FROM constituent_key WHERE constituent_id = ?", [.int(id)])
        personalKeys[id] = nil
        try db.run("""
            UPDATE constituent SET given_name = '', family_name = '', birth_date = NULL, national_id = NULL, email = NULL,
                phone = NULL, address = NULL, language = NULL, search_terms = '', search = ''::tsvector, erased_at = ?
            WHERE id = ?
            """, [.int(at), .int(id)])
        try db.run("UPDATE cases SET form = '{}' WHERE constituent_id = ?", [.int(id)])
        counts.cases = theirs.count
        try db.run("UPDATE decision SET rationale = '' WHERE case_id IN (\(ofTheirCases))", [.int(id)])
        try db.run("UPDATE task SET reason = NULL WHERE case_id IN (\(ofTheirCases)) AND reason IS NOT NULL", [.int(id)])
        try db.run("DELETE FROM draft WHERE case_id IN (\(ofTheirCases))", [.int(id)])
        counts.drafts = db.changes
        // Safe-retry records keep a command line and what it printed: any that name the person
        // or one of their cases lose both (a retry then says its answer was not kept).
        let needles = (refs + [person.givenName, person.familyName, person.nationalId, person.email, person.phone]
            .compactMap { $0 }).filter { $0.count >= 3 }
        for needle in needles {
            try db.run("""
                UPDATE request SET command = '(erased)', answer = NULL
                WHERE strpos(command, ?1) > 0 OR strpos(coalesce(answer, ''), ?1) > 0
                """, [.text(needle)])
        }
        return counts
    }

    /// Tables whose rows an erasure blanks or deletes: VACUUM frees their dead row versions.
    static let erasureTables = ["constituent", "cases", "decision", "task", "draft", "request", "constituent_key"]

    /// After an erasure is committed: VACUUM (outside any transaction) frees the dead versions
    /// of the rows erasure changed, so they are no longer read back through the tables. The
    /// server's own files (its write-ahead log, freed pages not yet reused) are the server
    /// administrator's to rotate.
    func scrubAfterErasure() throws -> Bool {
        guard !db.inTransaction else { return false }
        for table in PostgresStore.erasureTables { try db.exec("VACUUM \(table)") }
        return true
    }

    /// People due for erasure under retention: not erased, every case closed, none under a
    /// legal hold, and each closed on or before its type's cutoff (a type without a rule keeps
    /// its people). One pass over the cases.
    func retentionDue(cutoffs: [String: Int64]) throws -> [RetentionDue] {
        guard !cutoffs.isEmpty else { return [] }
        let rules = cutoffs.keys.sorted()
        let values = rules.map { _ in "(?::text, ?::bigint)" }.joined(separator: ", ")
        let s = db.statement("""
            WITH rule(type, cutoff) AS (VALUES \(values))
            SELECT c.constituent_id, string_agg(c.ref, ' '), max(c.closed_at)
            FROM cases c JOIN constituent p ON p.id = c.constituent_id AND p.erased_at IS NULL
            LEFT JOIN rule r ON r.type = c.type
            GROUP BY c.constituent_id
            HAVING bool_and(c.closed_at IS NOT NULL AND c.legal_hold_since IS NULL AND r.cutoff IS NOT NULL
                            AND c.closed_at <= r.cutoff)
            ORDER BY c.constituent_id
            """)
        try s.bind(rules.flatMap { [SQLValue.text($0), .int(cutoffs[$0]!)] })
        var out: [RetentionDue] = []
        while try s.step() {
            out.append(RetentionDue(constituentId: s.int(0), refs: s.text(1).split(separator: " ").map(String.init).sorted(),
                                    lastClosedAt: s.int(2)))
        }
        return out
    }
}
