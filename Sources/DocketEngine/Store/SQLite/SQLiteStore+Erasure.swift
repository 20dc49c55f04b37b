/// Erasure on SQLite: the person's key is destroyed (their sealed event text can never be read
/// again), their identity, form values and the free text kept in plain columns are blanked, and
/// with secure_delete on (see `configure`) the old bytes are zeroed where they lay. The case
/// skeleton — refs, types, states, dates, amounts, tasks, counters and the chain — stays.
extension SQLiteStore {
    func erase(constituentId id: Int64, at: Int64) throws -> ErasureCounts {
        guard let person = try constituent(id: id) else { return ErasureCounts() }
        let theirs = try cases(constituentId: id)
        let refs = theirs.map(\.ref)
        let ofTheirCases = "SELECT id FROM cases WHERE constituent_id = ?"
        var counts = ErasureCounts()
        counts.unsealedEvents = Int(try db.scalarInt("""
            SELECT count(*) FROM event
            WHERE (constituent_id = ?1 OR case_id IN (SELECT id FROM cases WHERE constituent_id = ?1))
              AND ((reason IS NOT NULL AND reason != '' AND reason NOT LIKE 'sealed:v1:%')
                   OR (kind IN ('form_edited') AND details NOT LIKE 'sealed:v1:%'))
            """, [.int(id)]) ?? 0)
        // The name index is external-content: its tokens are removed with the values they were made from.
        try db.run("""
            INSERT INTO constituent_search(constituent_search, rowid, search_terms)
            SELECT 'delete', id, search_terms FROM constituent WHERE id = ?
            """, [.int(id)])
        try db.run("DELETE FROM constituent_key WHERE constituent_id = ?", [.int(id)])
        personalKeys[id] = nil
        try db.run("""
            UPDATE constituent SET given_name = '', family_name = '', birth_date = NULL, national_id = NULL, email = NULL,
                phone = NULL, address = NULL, language = NULL, search_terms = '', erased_at = ?
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
                WHERE instr(command, ?1) > 0 OR instr(coalesce(answer, ''), ?1) > 0
                """, [.text(needle)])
        }
        return counts
    }

    /// After an erasure is committed: the name index is merged into fresh segments (the old
    /// ones are freed, and zeroed) and the write-ahead log is copied back and emptied, so no
    /// earlier page image of the person's rows is left in either file. False when another
    /// connection's reading kept the log from being emptied.
    func scrubAfterErasure() throws -> Bool {
        try db.transaction {
            try db.exec("INSERT INTO constituent_search(constituent_search) VALUES ('optimize')")
        }
        db.resetAll()
        let s = try db.statement("PRAGMA wal_checkpoint(TRUNCATE)")
        defer { s.reset() }
        guard try s.step() else { return false }
        return s.int(0) == 0 && s.int(1) == s.int(2)
    }

    /// People due for erasure under retention: not erased, every case closed, none under a
    /// legal hold, and each closed on or before its type's cutoff (a type without a rule keeps
    /// its people). One pass over the cases.
    func retentionDue(cutoffs: [String: Int64]) throws -> [RetentionDue] {
        guard !cutoffs.isEmpty else { return [] }
        let rules = cutoffs.keys.sorted()
        let values = rules.map { _ in "(?, ?)" }.joined(separator: ", ")
        let s = try db.statement("""
            WITH rule(type, cutoff) AS (VALUES \(values))
            SELECT c.constituent_id, group_concat(c.ref, ' '), max(c.closed_at)
            FROM cases c JOIN constituent p ON p.id = c.constituent_id AND p.erased_at IS NULL
            LEFT JOIN rule r ON r.type = c.type
            GROUP BY c.constituent_id
            HAVING sum(c.closed_at IS NULL OR c.legal_hold_since IS NOT NULL OR r.cutoff IS NULL OR c.closed_at > r.cutoff) = 0
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
