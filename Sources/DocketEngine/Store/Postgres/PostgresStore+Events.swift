/// The append-only event chain on PostgreSQL, hashed exactly as on SQLite (EventHash).
extension PostgresStore {
    /// Appends one event inside the caller's transaction; the id and the previous hash are read
    /// under the write lock, so two processes cannot fork the chain.
    @discardableResult
    func appendEvent(at: Int64, actor: String, caseId: Int64?, constituentId: Int64?, kind: String,
                     reason: String?, details: String = "{}", actingAs: String? = nil) throws -> EventRecord {
        let last = db.statement("SELECT id, hash FROM docket_chain_tip()")
        var id: Int64 = 1
        var prev = EventChain.genesisHash
        if try last.step() {
            id = last.int(0) + 1
            prev = last.text(1)
        }
        let stored = try sealedForStorage(kind: kind, reason: reason, details: details, caseId: caseId, constituentId: constituentId)
        var event = EventRecord(id: id, at: at, actor: actor, caseId: caseId, constituentId: constituentId,
                                kind: kind, reason: stored.reason, details: stored.details, prevHash: prev, hash: "", actingAs: actingAs)
        event.hash = EventHash.hash(of: event)
        try insert(event)
        return try opened(event)
    }

    func insert(_ e: EventRecord) throws {
        // The database refuses an event in another role's name; say it the person's way first.
        if let role = boundRole, e.actor != role, e.actor != Engine.system.login {
            throw DocketError.refused("connected to PostgreSQL as role \(role), so Docket acts as \(role) only, not as \(e.actor); connect as \(e.actor)'s own role (peer authentication maps the login) or as the database's owner")
        }
        try insert(e, into: eventInsertStatement())
    }

    /// A demo's events, from its tapes: nobody acts as anyone there.
    static let demoEventInsert = """
        INSERT INTO event(id, at, actor, case_id, constituent_id, kind, reason, details, prev_hash, hash)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    static let eventInsert = """
        INSERT INTO event(id, at, actor, case_id, constituent_id, kind, reason, details, prev_hash, hash, acting_as)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    func eventInsertStatement() throws -> PGStatement { db.statement(PostgresStore.eventInsert) }

    /// Through `eventInsertStatement()`, kept by writers that append many events.
    func insert(_ e: EventRecord, into s: PGStatement) throws {
        s.reset()
        s.bind(e.id, at: 1); s.bind(e.at, at: 2); s.bind(e.actor, at: 3); s.bind(e.caseId, at: 4)
        s.bind(e.constituentId, at: 5); s.bind(e.kind, at: 6); s.bind(e.reason, at: 7); s.bind(e.details, at: 8)
        s.bind(e.prevHash, at: 9); s.bind(e.hash, at: 10); s.bind(e.actingAs, at: 11)
        _ = try s.step()
    }

    private static let eventColumns = "id, at, actor, case_id, constituent_id, kind, reason, details, prev_hash, hash, acting_as"

    /// The event on the statement's row as stored: sealed text left sealed.
    private func storedEvent(_ s: PGStatement) -> EventRecord {
        EventRecord(id: s.int(0), at: s.int(1), actor: s.text(2), caseId: s.optionalInt(3), constituentId: s.optionalInt(4),
                    kind: s.text(5), reason: s.optionalText(6), details: s.text(7), prevHash: s.text(8), hash: s.text(9),
                    actingAs: s.optionalText(10))
    }

    /// The event on the statement's row as people read it (sealed text opened).
    private func readEvent(_ s: PGStatement) throws -> EventRecord { try opened(storedEvent(s)) }

    func events(caseId: Int64) throws -> [EventRecord] {
        let s = db.statement("SELECT \(PostgresStore.eventColumns) FROM event WHERE case_id = ? ORDER BY id")
        try s.bind([.int(caseId)])
        var out: [EventRecord] = []
        while try s.step() { out.append(try readEvent(s)) }
        return out
    }

    func events(constituentId: Int64) throws -> [EventRecord] {
        let s = db.statement("SELECT \(PostgresStore.eventColumns) FROM event WHERE constituent_id = ? ORDER BY id")
        try s.bind([.int(constituentId)])
        var out: [EventRecord] = []
        while try s.step() { out.append(try readEvent(s)) }
        return out
    }

    /// The event with this id, if the log still has it.
    func event(id: Int64) throws -> EventRecord? {
        let s = db.statement("SELECT \(PostgresStore.eventColumns) FROM event WHERE id = ?")
        try s.bind([.int(id)])
        defer { s.reset() }
        return try s.step() ? try readEvent(s) : nil
    }

    /// The chain's head: the last event and how many there are.
    func chainHead() throws -> (last: EventRecord, count: Int)? {
        guard let id = try db.scalarInt("SELECT max(id) FROM event"), let last = try event(id: id) else { return nil }
        return (last, Int(try db.scalarInt("SELECT count(*) FROM event") ?? 0))
    }

    /// Walks every event in id order without loading them all, a page of ids at a time;
    /// `opened` opens sealed text (for people to read), else events come as stored (all the
    /// chain's hash needs).
    func forEachEvent(opened: Bool, _ body: (EventRecord) throws -> Bool) throws {
        var after: Int64 = 0
        while true {
            let s = db.statement("SELECT \(PostgresStore.eventColumns) FROM event WHERE id > ? ORDER BY id LIMIT 10000")
            try s.bind([.int(after)])
            var any = false
            while try s.step() {
                any = true
                let e = opened ? try readEvent(s) : storedEvent(s)
                after = e.id
                if try !body(e) { return }
            }
            if !any { return }
        }
    }
}
