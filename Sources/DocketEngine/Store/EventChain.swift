/// The tip of the event hash chain, advanced in memory: a bulk load computes every event's
/// hash in order without reading the previous one back from the database.
struct EventChain {
    private(set) var nextId: Int64
    private(set) var lastHash: String

    init(nextId: Int64, lastHash: String) {
        self.nextId = nextId
        self.lastHash = lastHash
    }

    /// Where the chain ends in a database now. Read under the write lock.
    static func tip(of store: Store) throws -> EventChain {
        let last = try store.db.statement("SELECT id, hash FROM event ORDER BY id DESC LIMIT 1")
        defer { last.reset() }
        guard try last.step() else { return EventChain(nextId: 1, lastHash: Store.genesisHash) }
        return EventChain(nextId: last.int(0) + 1, lastHash: last.text(1))
    }

    mutating func next(at: Int64, actor: String, caseId: Int64?, constituentId: Int64?, kind: String,
                       reason: String?, details: String = "{}") -> EventRecord {
        var e = EventRecord(id: 0, at: at, actor: actor, caseId: caseId, constituentId: constituentId,
                            kind: kind, reason: reason, details: details, prevHash: "", hash: "")
        seal(&e)
        return e
    }

    /// Gives the event its place at the end of the chain: id, previous hash, hash.
    private mutating func seal(_ e: inout EventRecord) {
        e.id = nextId
        e.prevHash = lastHash
        e.hash = EventHash.hash(of: e)
        nextId += 1
        lastHash = e.hash
    }
}

/// Appends events inside one transaction that holds the write lock, keeping the chain's tip in
/// memory instead of reading it back for every event.
final class EventChainWriter {
    private let store: Store
    private var chain: EventChain
    private let statement: Statement

    init(store: Store) throws {
        self.store = store
        chain = try EventChain.tip(of: store)
        var statement = try store.eventInsertStatement()
        statement.rowText = store.rowText
        self.statement = statement
    }

    func append(at: Int64, actor: String, caseId: Int64?, constituentId: Int64?, kind: String,
                reason: String?, details: String = "{}") throws {
        try store.insert(chain.next(at: at, actor: actor, caseId: caseId, constituentId: constituentId, kind: kind,
                                    reason: reason, details: details), into: statement)
    }
}
