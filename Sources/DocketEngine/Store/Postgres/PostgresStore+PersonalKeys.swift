/// Crypto-shredding on PostgreSQL (the sealing itself: PersonalKeyStore): each person's key is a
/// row of `constituent_key`, which no staff role may read: keys pass through `docket_person_key`
/// (schema v4), which hands one to a role that sees the person or takes submissions. Erasure deletes the row, and the text
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
        // Read (and made, when `create` and they have none) by the owner's function: no
        // person's role reads the key table itself.
        let made: SQLValue = create ? .text(HexBytes.encode(PersonalSeal.newKey())) : .null
        let key = try db.scalarText("SELECT docket_person_key(?, ?)", [.int(constituentId), made]).flatMap(HexBytes.decode)
        if let key { personalKeys[constituentId] = key }
        return key
    }

    /// Forgets keys read or made in a transaction that may have been rolled back.
    func forgetPersonalKeys() { personalKeys.removeAll(keepingCapacity: true) }
}
