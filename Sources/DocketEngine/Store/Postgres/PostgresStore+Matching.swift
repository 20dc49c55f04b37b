/// Finding people the agency already knows, for intake and import: by birth date and folded
/// family name, and by folded name within a birth year.
extension PostgresStore {
    /// A constituent (not erased) with this national id: one index probe. (Index entries with
    /// the same key lie in id order, so this is the earliest.)
    func constituentId(nationalId: String) throws -> Int64? {
        let s = db.statement("SELECT id FROM constituent WHERE national_id = ? AND erased_at IS NULL ORDER BY id LIMIT 1")
        s.bind(nationalId, at: 1)
        return try s.step() ? s.int(0) : nil
    }

    /// Constituents born on `birthDate` whose family name folds to `foldedFamily`. Read from
    /// the (birth_date, family_name) index alone, comparing bytes where the name is ASCII:
    /// an import asks this once per row. Only the stretches of the index where such a name can
    /// lie are read (see `familyRanges`), in index order, so the answer is the same as reading
    /// every name of that birthday and keeping those that fold to the target.
    func constituents(bornOn birthDate: String, foldedFamily: String, limit: Int = 50) throws -> [Constituent] {
        let target = Array(foldedFamily.utf8)
        var ids: [Int64] = []
        for range in PostgresStore.familyRanges(foldedFamily) where ids.count < limit {
            let s: PGStatement
            if let below = range.below {
                s = db.statement("SELECT id, family_name FROM constituent WHERE birth_date = ? AND family_name >= ? AND family_name < ? ORDER BY family_name, id")
                s.bind(below, at: 3)
            } else {
                s = db.statement("SELECT id, family_name FROM constituent WHERE birth_date = ? AND family_name >= ? ORDER BY family_name, id")
            }
            s.bind(birthDate, at: 1)
            s.bind(range.from, at: 2)
            while ids.count < limit, try s.step() {
                if PostgresStore.folds(s, column: 1, to: target, text: foldedFamily) { ids.append(s.int(0)) }
            }
            s.reset()
        }
        return try ids.compactMap { try constituent(id: $0) }
    }

    /// Where in byte order the family names that fold to `folded` can lie. Every way of folding
    /// keeps an ASCII character as it is or lower-cases it, so a name that begins with ASCII
    /// folds to a text beginning with that same letter; a name beginning with anything else
    /// (UTF-8 from U+0080 up) may fold to anything. For "kim": names from "K" to "L", from "k"
    /// to "l", and from U+0080 on — in that order, which is the index's. A target that does not
    /// begin with ASCII (or is empty) is looked for among all the day's names.
    static func familyRanges(_ folded: String) -> [(from: String, below: String?)] {
        guard let first = folded.utf8.first, first < 0x80 else { return [("", nil)] }
        func text(_ b: UInt8) -> String { String(UnicodeScalar(b)) }
        var starts: [UInt8] = [first]
        if (0x61...0x7A).contains(first) { starts = [first - 0x20, first] }
        if (0x41...0x5A).contains(first) { starts = [first, first + 0x20] }
        return starts.map { (text($0), $0 == 0x7F ? "\u{80}" : text($0 + 1)) } + [("\u{80}", nil)]
    }

    /// Whether a text column folds (NameFolding.fold) to `target`.
    private static func folds(_ s: PGStatement, column: Int32, to target: [UInt8], text: String) -> Bool {
        guard let name = s.optionalText(column) else { return target.isEmpty }
        let bytes = Array(name.utf8)
        if !bytes.contains(where: { $0 >= 0x80 }) {
            guard bytes.count == target.count else { return false }
            for i in 0..<bytes.count {
                var c = bytes[i]
                if c >= 0x41 && c <= 0x5A { c += 0x20 }
                if c != target[i] { return false }
            }
            return true
        }
        return NameFolding.fold(String(decoding: bytes, as: UTF8.self)) == text
    }

    /// Constituents whose names match an FTS5 expression and who were born in `year`.
    func constituents(matching ftsQuery: String, bornIn year: Int, limit: Int) throws -> [Constituent] {
        let s = db.statement("""
            SELECT c.id FROM constituent c
            WHERE c.search @@ ?::tsquery AND c.birth_date >= ? AND c.birth_date <= ? ORDER BY c.id LIMIT ?
            """)
        let y = ZeroPadded.string(year, width: 4)
        guard let query = PostgresNameSearch.query(ftsQuery) else { return [] }
        try s.bind([.text(query), .text("\(y)-01-01"), .text("\(y)-12-31"), .int(Int64(limit))])
        var ids: [Int64] = []
        while try s.step() { ids.append(s.int(0)) }
        return try ids.compactMap { try constituent(id: $0) }
    }
}
