/// `docket migrate --to URL`: every row of an SQLite Docket copied into this (new, empty)
/// PostgreSQL Docket through COPY, the events byte for byte so the chain verifies the same.
/// The one place that reads an SQLite database from here: the bridge between the two stores.
extension PostgresStore {
    /// Every table a migration copies, parents before the rows that reference them.
    static let migratedTables = [
        "agency", "department", "staff", "staff_department", "constituent", "constituent_key", "case_sequence", "cases",
        "case_link", "task", "event", "ledger", "receipt_sequence", "decision", "draft", "counter_department", "counter_due",
        "counter_opened", "counter_flow", "counter_staff", "request", "import_file",
    ]

    /// Copies every row of `source` (read inside the caller's SQLite transaction, so nothing
    /// moves meanwhile) in one PostgreSQL transaction; gives each staff login its role.
    func copyRows(from source: SQLiteStore) throws {
        try transaction {
            for table in PostgresStore.migratedTables {
                let columns = try self.columns(of: table).filter { $0 != "search" }
                let read = try source.db.statement("SELECT \(columns.joined(separator: ", ")) FROM \(table)")
                let terms = table == "constituent" ? columns.firstIndex(of: "search_terms") : nil
                let list = columns + (terms == nil ? [] : ["search"])
                try db.copy("COPY \(table)(\(list.joined(separator: ", "))) FROM STDIN") { out in
                    while try read.step() {
                        for i in 0..<columns.count {
                            if i > 0 { out.append(0x09) }
                            let col = Int32(i)
                            if read.optionalText(col) == nil && !read.isInteger(col) {
                                out.append(contentsOf: Array("\\N".utf8))
                            } else if read.isInteger(col) {
                                out.append(contentsOf: Array(String(read.int(col)).utf8))
                            } else {
                                PostgresStore.putCopyText(Array(read.text(col).utf8), into: &out)
                            }
                        }
                        if let terms {
                            out.append(0x09)
                            PostgresStore.putCopyText(Array(PostgresNameSearch.vector(read.text(Int32(terms))).utf8), into: &out)
                        }
                        out.append(0x0A)
                    }
                }
                read.reset()
            }
            for member in try allStaff() { try grantStaffRole(member) }
        }
        try db.exec("ANALYZE")
    }

    /// The table's columns in their order, as this schema made them.
    private func columns(of table: String) throws -> [String] {
        let s = db.statement("""
            SELECT column_name::text FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ?
            ORDER BY ordinal_position
            """)
        try s.bind([.text(table)])
        var out: [String] = []
        while try s.step() { out.append(s.text(0)) }
        return out
    }

    /// Each copied table's rows on both sides, where they differ: `table: N in SQLite, M here`.
    func rowCountDifferences(from source: SQLiteStore) throws -> [String] {
        try PostgresStore.migratedTables.compactMap { table in
            let theirs = try source.db.scalarInt("SELECT count(*) FROM \(table)") ?? 0
            let ours = try db.scalarInt("SELECT count(*) FROM \(table)") ?? 0
            return theirs == ours ? nil : "\(table): \(theirs) in SQLite, \(ours) in PostgreSQL"
        }
    }

    static func putCopyText(_ bytes: [UInt8], into out: inout [UInt8]) {
        for b in bytes {
            switch b {
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x09: out.append(0x5C); out.append(0x74)
            case 0x0A: out.append(0x5C); out.append(0x6E)
            case 0x0D: out.append(0x5C); out.append(0x72)
            default: out.append(b)
            }
        }
    }
}
