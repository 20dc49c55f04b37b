/// Crypto-shredding on SQLite (the sealing itself: PersonalKeyStore): each person's key is a row
/// of `constituent_key`. Erasure deletes the row (under secure_delete), and the text sealed with
/// it is gone for good while the chain still verifies.
extension SQLiteStore: PersonalKeyStore {
    /// The person an event is about: its own constituent, else its case's.
    func eventOwner(caseId: Int64?, constituentId: Int64?) throws -> Int64? {
        if let constituentId { return constituentId }
        guard let caseId else { return nil }
        let s = try db.statement("SELECT constituent_id FROM cases WHERE id = ?")
        s.bind(caseId, at: 1)
        defer { s.reset() }
        return try s.step() ? s.int(0) : nil
    }

    /// The person's key; made and saved when `create` and they have none yet (never for an
    /// erased person: nothing new about them is sealed under a key that could be read).
    func personalKey(_ constituentId: Int64, create: Bool) throws -> [UInt8]? {
        if let known = personalKeys[constituentId] { return known }
        let s = try db.statement("SELECT key FROM constituent_key WHERE constituent_id = ?")
        s.bind(constituentId, at: 1)
        var key: [UInt8]? = try s.step() ? HexBytes.decode(s.text(0)) : nil
        s.reset()
        if key == nil && create, try db.scalarInt("SELECT erased_at FROM constituent WHERE id = ?", [.int(constituentId)]) == nil {
            let made = PersonalSeal.newKey()
            try db.run("INSERT INTO constituent_key(constituent_id, key) VALUES (?, ?)",
                       [.int(constituentId), .text(HexBytes.encode(made))])
            key = made
        }
        if let key { personalKeys[constituentId] = key }
        return key
    }

    /// Forgets keys read or made in a transaction that may have been rolled back.
    func forgetPersonalKeys() { personalKeys.removeAll(keepingCapacity: true) }
}
