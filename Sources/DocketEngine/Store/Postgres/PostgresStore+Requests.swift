/// Safe retries: request ids done, with their answers, and the files imported.
extension PostgresStore {
    /// Records `r` inside the command's transaction; a conflict when the id is already there
    /// (another process is doing or did the same request).
    func recordRequest(_ r: RequestRecord) throws {
        if let done = try request(id: r.id) {
            throw DocketError.conflict("request \(r.id) was done already (\(Timestamp.iso(done.at)) by \(done.actor)); nothing was done again. Run the same command once more to see its answer")
        }
        try db.run("INSERT INTO request(id, actor, command, at) VALUES (?, ?, ?, ?)",
                   [.text(r.id), .text(r.actor), .text(r.command), .int(r.at)])
        // Ids are kept 90 days: a retry comes within minutes, an audit question within weeks.
        try db.run("DELETE FROM request WHERE at < ?", [.int(r.at - 90 * 86_400)])
    }

    func request(id: String) throws -> RequestRecord? {
        let s = db.statement("SELECT id, actor, command, at, answer FROM request WHERE id = ?")
        try s.bind([.text(id)])
        defer { s.reset() }
        guard try s.step() else { return nil }
        return RequestRecord(id: s.text(0), actor: s.text(1), command: s.text(2), at: s.int(3), answer: s.optionalText(4))
    }

    func saveAnswer(requestId: String, answer: String) throws {
        try db.run("UPDATE request SET answer = ? WHERE id = ?", [.text(answer), .text(requestId)])
    }

    func recordImportedFile(_ f: ImportedFile) throws {
        try db.run("""
            INSERT INTO import_file(sha256, file, form, actor, at, imported, first_ref, last_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(f.sha256), .text(f.file), .text(f.form), .text(f.actor), .int(f.at), .int(Int64(f.imported)),
                  f.firstRef.map(SQLValue.text) ?? .null, f.lastRef.map(SQLValue.text) ?? .null])
    }

    func importedFiles(sha256: String) throws -> [ImportedFile] {
        let s = db.statement("""
            SELECT sha256, file, form, actor, at, imported, first_ref, last_ref FROM import_file WHERE sha256 = ? ORDER BY at
            """)
        try s.bind([.text(sha256)])
        var out: [ImportedFile] = []
        while try s.step() {
            out.append(ImportedFile(sha256: s.text(0), file: s.text(1), form: s.text(2), actor: s.text(3), at: s.int(4),
                                    imported: Int(s.int(5)), firstRef: s.optionalText(6), lastRef: s.optionalText(7)))
        }
        return out
    }
}
