/// The tip of the event hash chain, advanced in memory: a bulk load computes every event's
/// hash in order without reading the previous one back from the database.
struct EventChain {
    /// What the first event names as its predecessor.
    static let genesisHash = String(repeating: "0", count: 64)

    private(set) var nextId: Int64
    /// The last event's hash as its 64 hex digits.
    private var tip: [UInt8]

    var lastHash: String { String(decoding: tip, as: UTF8.self) }

    init(nextId: Int64, lastHash: String) {
        self.nextId = nextId
        tip = Array(lastHash.utf8)
    }

    /// Where the chain ends in a database now. Read under the write lock.
    static func tip(of store: SQLiteStore) throws -> EventChain {
        let last = try store.db.statement("SELECT id, hash FROM event ORDER BY id DESC LIMIT 1")
        defer { last.reset() }
        guard try last.step() else { return EventChain(nextId: 1, lastHash: EventChain.genesisHash) }
        return EventChain(nextId: last.int(0) + 1, lastHash: last.text(1))
    }

    /// The next event, sealed: its id, the previous hash, its own hash.
    mutating func next(at: Int64, actor: String, caseId: Int64?, constituentId: Int64?, kind: String,
                       reason: String?, details: String = "{}", actingAs: String? = nil) -> EventRecord {
        var e = EventRecord(id: nextId, at: at, actor: actor, caseId: caseId, constituentId: constituentId,
                            kind: kind, reason: reason, details: details, prevHash: lastHash, hash: "", actingAs: actingAs)
        e.hash = EventHash.hash(of: e)
        nextId += 1
        tip = Array(e.hash.utf8)
        return e
    }

    /// The next event sealed straight onto a bulk load's tape, in the column order of
    /// SQLiteStore.demoEventInsert: no record and no hash string is made for it.
    mutating func seal(at: Int64, actor: String, caseId: Int64?, constituentId: Int64?, kind: String,
                       reason: String?, details: String, onto tape: RowTape) {
        tape.put(nextId); tape.put(at); tape.put(actor); tape.put(caseId); tape.put(constituentId)
        tape.put(kind); tape.put(reason); tape.put(details)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { hash in
            tip.withUnsafeBufferPointer { prev in
                EventHash.hex(id: nextId, at: at, actor: actor, caseId: caseId, constituentId: constituentId, kind: kind,
                              reason: reason, details: details, prevHash: prev, into: hash)
                tape.put(text: prev)
            }
            tape.put(text: UnsafeBufferPointer(hash))
            if tip.count == 64 {
                tip.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: hash.baseAddress!, count: 64) }
            } else {
                tip = Array(hash)
            }
        }
        tape.endRow()
        nextId += 1
    }
}

/// Appends events inside one transaction that holds the write lock, keeping the chain's tip in
/// memory instead of reading it back for every event.
final class EventChainWriter {
    private let store: SQLiteStore
    private var chain: EventChain
    private let statement: Statement

    init(store: SQLiteStore) throws {
        self.store = store
        chain = try EventChain.tip(of: store)
        var statement = try store.eventInsertStatement()
        statement.rowText = store.rowText
        self.statement = statement
    }

    func append(at: Int64, actor: String, caseId: Int64?, constituentId: Int64?, kind: String,
                reason: String?, details: String = "{}", actingAs: String? = nil) throws {
        let (reason, details) = try store.sealedForStorage(kind: kind, reason: reason, details: details, caseId: caseId,
                                                           constituentId: constituentId)
        try store.insert(chain.next(at: at, actor: actor, caseId: caseId, constituentId: constituentId, kind: kind,
                                    reason: reason, details: details, actingAs: actingAs), into: statement)
    }
}
