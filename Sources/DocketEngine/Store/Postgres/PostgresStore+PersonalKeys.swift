/// Crypto-shredding on PostgreSQL (the sealing itself: PersonalKeyStore): each person's key is a
/// row of `constituent_key`, which no staff role may read. Erasure deletes the row, and the text
/// sealed with it is gone for good while the chain still verifies.
extension PostgresStore: PersonalKeyStore {
    /// The person an event is about: its own constituent, else its case's.
    func eventOwner(caseId: Int64?, constituentId: Int64?) throws -> Int64? {
        if let constituentId { return constituentId }
        guard let caseId else { return nil }
        return try db.scalarInt("SELECT constituent_id FROM cases WHERE id = ?", [.int(caseId)])
    }

    /// The person's key; made and saved when `create` and they have none yet (never for an
    /// erased person: nothing new about them is sealed under a key that could be read).
    func personalKey(_ constituentId: Int64, create: Bool) throws -> [UInt8]? {
        if let known = personalKeys[constituentId] { return known }
        var key = try db.scalarText("SELECT key FROM constituent_key WHERE constituent_id = ?", [.int(constituentId)])
            .flatMap(HexBytes.decode)
        if key == nil && create,
           try db.scalarInt("SELECT count(*) FROM constituent WHERE id = ? AND erased_at IS NULL", [.int(constituentId)]) == 1 {
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
