/// The append-only event chain: each event stores its own hash and its predecessor's.
extension SQLiteStore {
    /// Appends one event inside the caller's transaction; the id and the previous hash are read
    /// under the write lock, so two processes cannot fork the chain.
    @discardableResult
    func appendEvent(at: Int64, actor: String, caseId: Int64?, constituentId: Int64?, kind: String,
                     reason: String?, details: String = "{}", actingAs: String? = nil) throws -> EventRecord {
        let last = try db.statement("SELECT id, hash FROM event ORDER BY id DESC LIMIT 1")
        var id: Int64 = 1
        var prev = EventChain.genesisHash
        if try last.step() {
            id = last.int(0) + 1
            prev = last.text(1)
        }
        last.reset()
        let stored = try sealedForStorage(kind: kind, reason: reason, details: details, caseId: caseId, constituentId: constituentId)
        var event = EventRecord(id: id, at: at, actor: actor, caseId: caseId, constituentId: constituentId,
                                kind: kind, reason: stored.reason, details: stored.details, prevHash: prev, hash: "", actingAs: actingAs)
        event.hash = EventHash.hash(of: event)
        try insert(event)
        return try opened(event)
    }

    func insert(_ e: EventRecord) throws { try insert(e, into: eventInsertStatement()) }

    /// A demo's events, from its tapes: nobody acts as anyone there.
    static let demoEventInsert = """
        INSERT INTO event(id, at, actor, case_id, constituent_id, kind, reason, details, prev_hash, hash)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    static let eventInsert = """
        INSERT INTO event(id, at, actor, case_id, constituent_id, kind, reason, details, prev_hash, hash, acting_as)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    func eventInsertStatement() throws -> Statement { try db.statement(SQLiteStore.eventInsert) }

    /// Through `eventInsertStatement()`, kept by writers that append many events.
    func insert(_ e: EventRecord, into s: Statement) throws {
        s.reset()
        s.bind(e.id, at: 1); s.bind(e.at, at: 2); s.bind(e.actor, at: 3); s.bind(e.caseId, at: 4)
        s.bind(e.constituentId, at: 5); s.bind(e.kind, at: 6); s.bind(e.reason, at: 7); s.bind(e.details, at: 8)
        s.bind(e.prevHash, at: 9); s.bind(e.hash, at: 10); s.bind(e.actingAs, at: 11)
        _ = try s.step()
    }

    private static let eventColumns = "id, at, actor, case_id, constituent_id, kind, reason, details, prev_hash, hash, acting_as"

    /// The event on the statement's row as stored: sealed text left sealed.
    private func storedEvent(_ s: Statement) -> EventRecord {
        EventRecord(id: s.int(0), at: s.int(1), actor: s.text(2), caseId: s.optionalInt(3), constituentId: s.optionalInt(4),
                    kind: s.text(5), reason: s.optionalText(6), details: s.text(7), prevHash: s.text(8), hash: s.text(9),
                    actingAs: s.optionalText(10))
    }

    /// The event on the statement's row as people read it (sealed text opened).
    private func readEvent(_ s: Statement) throws -> EventRecord { try opened(storedEvent(s)) }

    func events(caseId: Int64) throws -> [EventRecord] {
        let s = try db.statement("SELECT \(SQLiteStore.eventColumns) FROM event WHERE case_id = ? ORDER BY id")
        try s.bind([.int(caseId)])
        var out: [EventRecord] = []
        while try s.step() { out.append(try readEvent(s)) }
        return out
    }

    func events(constituentId: Int64) throws -> [EventRecord] {
        let s = try db.statement("SELECT \(SQLiteStore.eventColumns) FROM event WHERE constituent_id = ? ORDER BY id")
        try s.bind([.int(constituentId)])
        var out: [EventRecord] = []
        while try s.step() { out.append(try readEvent(s)) }
        return out
    }

    /// The event with this id, if the log still has it.
    func event(id: Int64) throws -> EventRecord? {
        let s = try db.statement("SELECT \(SQLiteStore.eventColumns) FROM event WHERE id = ?")
        try s.bind([.int(id)])
        defer { s.reset() }
        return try s.step() ? try readEvent(s) : nil
    }

    /// The chain's head: the last event and how many there are.
    func chainHead() throws -> (last: EventRecord, count: Int)? {
        guard let id = try db.scalarInt("SELECT max(id) FROM event"), let last = try event(id: id) else { return nil }
        return (last, Int(try db.scalarInt("SELECT count(*) FROM event") ?? 0))
    }

    /// Walks every event in id order without loading them all; `opened` opens sealed text
    /// (for people to read), else events come as stored (all the chain's hash needs).
    func forEachEvent(opened: Bool, _ body: (EventRecord) throws -> Bool) throws {
        // A separate statement: the body may run other cached statements.
        let s = try db.statement("SELECT \(SQLiteStore.eventColumns) FROM event ORDER BY id")
        while try s.step() {
            if try !body(opened ? readEvent(s) : storedEvent(s)) { s.reset(); return }
        }
    }
}

/// How an event's hash is computed: SHA-256 over its fields (decimal numbers and UTF-8 text,
/// separated by U+001F, absent values empty), ending with the previous event's hash, so
/// changing any stored event breaks the chain from there on.
enum EventHash {
    static func hash(of e: EventRecord) -> String {
        var prevHash = e.prevHash
        return prevHash.withUTF8 { prev in
            String(unsafeUninitializedCapacity: 64) { out in
                hex(id: e.id, at: e.at, actor: e.actor, caseId: e.caseId, constituentId: e.constituentId, kind: e.kind,
                    reason: e.storedReason ?? e.reason, details: e.storedDetails ?? e.details, prevHash: prev,
                    actingAs: e.actingAs, into: out)
                return 64
            }
        }
    }

    /// The hash of an event given by its fields, as 64 hex digits written into `out`: a bulk load
    /// seals events straight onto its tape without making a record or a string per hash.
    static func hex(id: Int64, at: Int64, actor: String, caseId: Int64?, constituentId: Int64?, kind: String,
                    reason: String?, details: String, prevHash: UnsafeBufferPointer<UInt8>, actingAs: String? = nil,
                    into out: UnsafeMutableBufferPointer<UInt8>) {
        // Written straight into stack bytes: a bulk load hashes millions of events.
        let digitsRoom = 4 * 20
        let capacity = digitsRoom + 8 + actor.utf8.count + kind.utf8.count + (reason?.utf8.count ?? 0)
            + details.utf8.count + prevHash.count + 1 + (actingAs?.utf8.count ?? 0)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var n = 0
            func put(_ byte: UInt8) { buffer[n] = byte; n += 1 }
            func put(_ bytes: UnsafeBufferPointer<UInt8>) {
                guard let from = bytes.baseAddress else { return }
                (buffer.baseAddress! + n).update(from: from, count: bytes.count)
                n += bytes.count
            }
            func put(_ text: String) {
                var text = text
                text.withUTF8 { put($0) }
            }
            func put(_ number: Int64?) {
                guard let number else { return }
                if number < 0 { put(UInt8(ascii: "-")) }
                var width = 1, rest = number.magnitude
                while rest >= 10 { rest /= 10; width += 1 }
                var magnitude = number.magnitude
                for i in stride(from: n + width - 1, through: n, by: -1) {
                    buffer[i] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                    magnitude /= 10
                }
                n += width
            }
            let separator: UInt8 = 0x1F
            put(id); put(separator); put(at); put(separator); put(actor); put(separator)
            put(caseId); put(separator); put(constituentId); put(separator); put(kind); put(separator)
            put(reason ?? ""); put(separator); put(details); put(separator); put(prevHash)
            // Only when set: events before acting_as existed keep their hashes.
            if let actingAs { put(separator); put(actingAs) }
            SHA256.hex(bytes: UnsafeRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buffer)[0..<n]), into: out)
        }
    }
}
