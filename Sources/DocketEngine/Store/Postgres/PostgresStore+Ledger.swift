/// The ledger's rows on PostgreSQL: written once inside a command's transaction (triggers refuse
/// any change after), read per case, summed for the payments report, and checked by `docket check`.
extension PostgresStore {
    static let ledgerColumns = "id, at, kind, code, amount, currency, method, receipt, reference, reason, reverses, department, actor"

    func insertLedgerEntry(caseId: Int64, _ e: LedgerEntry) throws {
        let s = db.statement("INSERT INTO ledger(\(PostgresStore.ledgerColumns), case_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        s.bind(e.id, at: 1); s.bind(e.at, at: 2); s.bind(e.kind, at: 3); s.bind(e.code, at: 4); s.bind(e.amount, at: 5)
        s.bind(e.currency, at: 6); s.bind(e.method, at: 7); s.bind(e.receipt, at: 8); s.bind(e.reference, at: 9)
        // The reason (a refund's, a waiver's) is about the person: sealed under their key.
        s.bind(try sealedLedgerReason(e.reason, caseId: caseId), at: 10)
        s.bind(e.reverses, at: 11); s.bind(e.department, at: 12); s.bind(e.actor, at: 13)
        s.bind(caseId, at: 14)
        try s.execute()
    }

    /// Entries of the statement's rows (the ledger columns, then the case id), reasons opened.
    private func readLedger(_ s: PGStatement) throws -> [LedgerEntry] {
        var out: [LedgerEntry] = []
        while try s.step() {
            var e = LedgerEntry(id: s.int(0), at: s.int(1), kind: s.text(2), code: s.optionalText(3), amount: s.int(4),
                                currency: s.text(5), method: s.optionalText(6), receipt: s.optionalText(7),
                                reference: s.optionalText(8), reason: s.optionalText(9), reverses: s.optionalInt(10),
                                department: s.text(11), actor: s.text(12))
            e.reason = try openedLedgerReason(e.reason, caseId: s.int(13))
            out.append(e)
        }
        return out
    }

    func ledger(caseId: Int64) throws -> [LedgerEntry] {
        let s = db.statement("SELECT \(PostgresStore.ledgerColumns), case_id FROM ledger WHERE case_id = ? ORDER BY id")
        try s.bind([.int(caseId)])
        return try readLedger(s)
    }

    /// The id the next ledger entry gets; inside the command's transaction, under the write lock.
    func nextLedgerId() throws -> Int64 { try nextId("ledger") }

    /// The next receipt number of the year, `R-2026-000123`, taken in the caller's transaction:
    /// a payment that fails leaves no gap, and two cashiers never get the same number.
    func allocateReceipt(year: Int) throws -> String {
        let n = try db.scalarInt("""
            INSERT INTO receipt_sequence(year, last) VALUES (?, 1)
            ON CONFLICT(year) DO UPDATE SET last = receipt_sequence.last + 1 RETURNING last
            """, [.int(Int64(year))]) ?? 1
        return "R-\(year)-" + ZeroPadded.string(Int(n), width: 6)
    }

    /// The receipt sequence as a bulk load leaves it: the last number given in each year.
    func setReceiptSequence(_ last: [Int: Int64]) throws {
        for (year, n) in last {
            try db.run("""
                INSERT INTO receipt_sequence(year, last) VALUES (?, ?)
                ON CONFLICT(year) DO UPDATE SET last = greatest(receipt_sequence.last, excluded.last)
                """, [.int(Int64(year)), .int(n)])
        }
    }

    /// Ledger entries made in [from, to) (unix seconds), for the payments report, in time order.
    func ledgerEntries(from: Int64, to: Int64, departments: [String]?) throws -> [LedgerEntry] {
        var sql = "SELECT \(PostgresStore.ledgerColumns), case_id FROM ledger WHERE at >= ? AND at < ?"
        var args: [SQLValue] = [.int(from), .int(to)]
        if let departments {
            if departments.isEmpty { return [] }
            sql += " AND department IN (\(departments.map { _ in "?" }.joined(separator: ", ")))"
            args += departments.map(SQLValue.text)
        }
        let s = db.statement(sql + " ORDER BY at, id")
        try s.bind(args)
        return try readLedger(s)
    }

    /// The entries these ids name (the report places a reversal next to the entry it reverses).
    func ledgerEntries(ids: [Int64]) throws -> [LedgerEntry] {
        guard !ids.isEmpty else { return [] }
        var out: [LedgerEntry] = []
        for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
            let s = db.statement("SELECT \(PostgresStore.ledgerColumns), case_id FROM ledger WHERE id IN (\(chunk.map { _ in "?" }.joined(separator: ",")))")
            try s.bind(chunk.map(SQLValue.int))
            out += try readLedger(s)
        }
        return out
    }

    /// Every case's entries, case by case, for `docket check`'s ledger invariants; a page of
    /// cases at a time, so a million cases' ledgers are never all in memory.
    func forEachCaseLedger(_ body: (_ ref: String, _ entries: [LedgerEntry]) throws -> Void) throws {
        var after: Int64 = 0
        while true {
            let s = db.statement("""
                SELECT l.id, l.at, l.kind, l.code, l.amount, l.currency, l.method, l.receipt, l.reference, l.reason, l.reverses,
                       l.department, l.actor, l.case_id, c.ref
                FROM ledger l JOIN cases c ON c.id = l.case_id
                WHERE l.case_id IN (SELECT DISTINCT case_id FROM ledger WHERE case_id > ? ORDER BY case_id LIMIT 5000)
                ORDER BY l.case_id, l.id
                """)
            try s.bind([.int(after)])
            var ref: String?
            var entries: [LedgerEntry] = []
            var any = false
            while try s.step() {
                any = true
                let r = s.text(14)
                if r != ref, let done = ref { try body(done, entries); entries = [] }
                ref = r
                after = s.int(13)
                var e = LedgerEntry(id: s.int(0), at: s.int(1), kind: s.text(2), code: s.optionalText(3), amount: s.int(4),
                                    currency: s.text(5), method: s.optionalText(6), receipt: s.optionalText(7),
                                    reference: s.optionalText(8), reason: s.optionalText(9), reverses: s.optionalInt(10),
                                    department: s.text(11), actor: s.text(12))
                e.reason = try openedLedgerReason(e.reason, caseId: after)
                entries.append(e)
            }
            if let done = ref { try body(done, entries) }
            if !any { return }
        }
    }

    /// Cases of a type charged on or before `chargedBy` that have never been charged `lateFee`:
    /// those a late fee may be due on (the rule decides, from the balance).
    func lateFeeCandidates(type: String, lateFee: String, chargedBy: Int64) throws -> [Int64] {
        let s = db.statement("""
            SELECT DISTINCT l.case_id FROM ledger l JOIN cases c ON c.id = l.case_id
            WHERE c.type = ? AND l.kind = 'charge' AND l.at <= ?
              AND NOT EXISTS (SELECT 1 FROM ledger x WHERE x.case_id = l.case_id AND x.kind = 'charge' AND x.code = ?)
            ORDER BY l.case_id
            """)
        try s.bind([.text(type), .int(chargedBy), .text(lateFee)])
        var out: [Int64] = []
        while try s.step() { out.append(s.int(0)) }
        return out
    }
}
