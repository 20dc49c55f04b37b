/// Appends events during a bulk load, keeping the chain's tip in memory instead of reading
/// it back for every event. Only valid inside one transaction that holds the write lock.
final class EventChainWriter {
    private let store: Store
    private var nextId: Int64
    private var lastHash: String

    init(store: Store) throws {
        self.store = store
        let last = try store.db.statement("SELECT id, hash FROM event ORDER BY id DESC LIMIT 1")
        if try last.step() {
            nextId = last.int(0) + 1
            lastHash = last.text(1)
        } else {
            nextId = 1
            lastHash = Store.genesisHash
        }
    }

    func append(at: Int64, actor: String, caseId: Int64?, constituentId: Int64?, kind: String,
                reason: String?, details: String = "{}") throws {
        var e = EventRecord(id: nextId, at: at, actor: actor, caseId: caseId, constituentId: constituentId,
                            kind: kind, reason: reason, details: details, prevHash: lastHash, hash: "")
        e.hash = EventHash.hash(of: e)
        try store.insert(e)
        nextId += 1
        lastHash = e.hash
    }
}
