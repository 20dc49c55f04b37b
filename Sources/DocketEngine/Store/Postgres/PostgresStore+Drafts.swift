/// Drafts of partly keyed forms, replaced as they type: one row per person and form for an
/// intake (no case), and one per person, form and case for a correction.
extension PostgresStore {

    private static let draftColumns = """
        SELECT d.form, c.ref, d.case_version, d.data, d.focus, d.updated_at FROM draft d LEFT JOIN cases c ON c.id = d.case_id
        """

    func saveDraft(login: String, form: String, caseId: Int64? = nil, caseVersion: Int64? = nil,
                   data: String, focus: String?, at: Int64) throws {
        // The conflict target is the unique index draft_slot, expression and all.
        let s = db.statement("""
            INSERT INTO draft(login, form, case_id, case_version, data, focus, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(login, form, coalesce(case_id, 0)) DO UPDATE SET case_version = excluded.case_version,
                data = excluded.data, focus = excluded.focus, updated_at = excluded.updated_at
            """)
        s.bind(login, at: 1); s.bind(form, at: 2); s.bind(caseId, at: 3); s.bind(caseVersion, at: 4)
        s.bind(data, at: 5); s.bind(focus, at: 6); s.bind(at, at: 7)
        _ = try s.step()
    }

    func draft(login: String, form: String, caseId: Int64? = nil) throws -> StoredDraft? {
        let s = db.statement(PostgresStore.draftColumns + " WHERE d.login = ? AND d.form = ? AND coalesce(d.case_id, 0) = ?")
        try s.bind([.text(login), .text(form), .int(caseId ?? 0)])
        return try s.step() ? PostgresStore.storedDraft(s) : nil
    }

    /// A person's drafts, the most recently saved first.
    /// Drafts of corrections to these cases, whoever keeps them (a person's subject access).
    func drafts(caseIds: [Int64]) throws -> [(login: String, draft: StoredDraft)] {
        var out: [(String, StoredDraft)] = []
        let s = db.statement("SELECT d.login, d.form, c.ref, d.case_version, d.data, d.focus, d.updated_at FROM draft d JOIN cases c ON c.id = d.case_id WHERE d.case_id = ?")
        for id in caseIds {
            try s.bind([.int(id)])
            while try s.step() {
                out.append((s.text(0), StoredDraft(form: s.text(1), caseRef: s.optionalText(2), caseVersion: s.optionalInt(3),
                                                   data: s.text(4), focus: s.optionalText(5), updatedAt: s.int(6))))
            }
            s.reset()
        }
        return out
    }

    func drafts(login: String) throws -> [StoredDraft] {
        let s = db.statement(PostgresStore.draftColumns + " WHERE d.login = ? ORDER BY d.updated_at DESC, d.form, c.ref")
        try s.bind([.text(login)])
        var out: [StoredDraft] = []
        while try s.step() { out.append(PostgresStore.storedDraft(s)) }
        return out
    }

    /// True when there was a draft to remove.
    func deleteDraft(login: String, form: String, caseId: Int64? = nil) throws -> Bool {
        try db.run("DELETE FROM draft WHERE login = ? AND form = ? AND coalesce(case_id, 0) = ?",
                   [.text(login), .text(form), .int(caseId ?? 0)])
        return db.changes > 0
    }

    private static func storedDraft(_ s: PGStatement) -> StoredDraft {
        StoredDraft(form: s.text(0), caseRef: s.optionalText(1), caseVersion: s.optionalInt(2), data: s.text(3),
                    focus: s.optionalText(4), updatedAt: s.int(5))
    }
}
