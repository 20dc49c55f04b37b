/// Drafts of partly keyed forms: one row per person and form, replaced as they type.
extension Store {
    struct StoredDraft {
        var form: String
        var data: String
        var focus: String?
        var updatedAt: Int64
    }

    func saveDraft(login: String, form: String, data: String, focus: String?, at: Int64) throws {
        let s = try db.statement("""
            INSERT INTO draft(login, form, case_id, data, focus, updated_at) VALUES (?, ?, NULL, ?, ?, ?)
            ON CONFLICT(login, form) DO UPDATE SET data = excluded.data, focus = excluded.focus, updated_at = excluded.updated_at
            """)
        s.bind(login, at: 1); s.bind(form, at: 2); s.bind(data, at: 3); s.bind(focus, at: 4); s.bind(at, at: 5)
        _ = try s.step()
    }

    func draft(login: String, form: String) throws -> StoredDraft? {
        let s = try db.statement("SELECT form, data, focus, updated_at FROM draft WHERE login = ? AND form = ?")
        try s.bind([.text(login), .text(form)])
        return try s.step() ? StoredDraft(form: s.text(0), data: s.text(1), focus: s.optionalText(2), updatedAt: s.int(3)) : nil
    }

    /// A person's drafts, the most recently saved first.
    func drafts(login: String) throws -> [StoredDraft] {
        let s = try db.statement("SELECT form, data, focus, updated_at FROM draft WHERE login = ? ORDER BY updated_at DESC, form")
        try s.bind([.text(login)])
        var out: [StoredDraft] = []
        while try s.step() { out.append(StoredDraft(form: s.text(0), data: s.text(1), focus: s.optionalText(2), updatedAt: s.int(3))) }
        return out
    }

    /// True when there was a draft to remove.
    func deleteDraft(login: String, form: String) throws -> Bool {
        try db.run("DELETE FROM draft WHERE login = ? AND form = ?", [.text(login), .text(form)])
        return db.changes > 0
    }
}
