/// Crypto-shredding, the part every store shares: each person has a key; free text an event
/// (or a ledger entry) carries about them is sealed with it before it is stored and hashed, and
/// opened with it when read. Erasure destroys the key, and the text is gone for good while the
/// chain still verifies. Each store keeps the keys in its own table (its own file of SQL).
protocol PersonalKeyStore: AnyObject {
    /// The person an event is about: its own constituent, else its case's.
    func eventOwner(caseId: Int64?, constituentId: Int64?) throws -> Int64?
    /// The person's key; made and saved when `create` and they have none yet (never for an
    /// erased person: nothing new about them is sealed under a key that could be read).
    func personalKey(_ constituentId: Int64, create: Bool) throws -> [UInt8]?
}

/// What sealed text means, whatever the store.
enum PersonalText {
    /// Event kinds whose details carry a person's values (a form edit's old and new values);
    /// other kinds' details are the case's skeleton (states, departments, codes) and stay.
    static let detailKinds: Set<String> = ["form_edited"]

    /// What a reason reads as once its person was erased.
    static let erased = "(erased)"

    /// What sealed details read as once their person was erased.
    static let erasedDetails = #"{"erased":true}"#
}

extension PersonalKeyStore {
    /// An event's reason and details as they are stored: sealed under its person's key when it
    /// is about a person (the reason always; the details when they carry the person's values).
    func sealedForStorage(kind: String, reason: String?, details: String, caseId: Int64?,
                          constituentId: Int64?) throws -> (reason: String?, details: String) {
        let sealsDetails = PersonalText.detailKinds.contains(kind)
        guard (reason?.isEmpty == false) || sealsDetails,
              let owner = try eventOwner(caseId: caseId, constituentId: constituentId),
              let key = try personalKey(owner, create: true) else { return (reason, details) }
        return (reason.map { $0.isEmpty ? $0 : PersonalSeal.seal($0, key: key) },
                sealsDetails ? PersonalSeal.seal(details, key: key) : details)
    }

    /// The event as people read it: sealed text opened with its person's key, or marked
    /// erased when the key is gone. The stored text stays on the record for the chain's hash.
    func opened(_ e: EventRecord) throws -> EventRecord {
        let reasonSealed = e.reason.map(PersonalSeal.isSealed) ?? false
        let detailsSealed = PersonalSeal.isSealed(e.details)
        guard reasonSealed || detailsSealed else { return e }
        let key = try eventOwner(caseId: e.caseId, constituentId: e.constituentId).flatMap { try personalKey($0, create: false) }
        var out = e
        if reasonSealed, let stored = e.reason {
            out.storedReason = stored
            out.reason = PersonalSeal.open(stored, key: key) ?? PersonalText.erased
        }
        if detailsSealed {
            out.storedDetails = e.details
            out.details = PersonalSeal.open(e.details, key: key) ?? PersonalText.erasedDetails
        }
        return out
    }

    /// A ledger entry's reason (a refund's, a waiver's) as stored: sealed under the case's person's key.
    func sealedLedgerReason(_ reason: String?, caseId: Int64) throws -> String? {
        try reason.map { text in
            try eventOwner(caseId: caseId, constituentId: nil).flatMap { try personalKey($0, create: true) }
                .map { PersonalSeal.seal(text, key: $0) } ?? text
        }
    }

    /// A ledger entry's stored reason opened with its case's person's key ("(erased)" once the key is gone).
    func openedLedgerReason(_ stored: String?, caseId: Int64?) throws -> String? {
        guard let stored, PersonalSeal.isSealed(stored) else { return stored }
        let key = try eventOwner(caseId: caseId, constituentId: nil).flatMap { try personalKey($0, create: false) }
        return PersonalSeal.open(stored, key: key) ?? PersonalText.erased
    }
}

/// Keys kept as lower-case hex text.
enum HexBytes {
    static func encode(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for b in bytes { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }

    static func decode(_ text: String) -> [UInt8]? {
        let chars = Array(text.utf8)
        guard chars.count % 2 == 0 else { return nil }
        func value(_ c: UInt8) -> UInt8? {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
            default: return nil
            }
        }
        var out = [UInt8]()
        out.reserveCapacity(chars.count / 2)
        var i = 0
        while i < chars.count {
            guard let hi = value(chars[i]), let lo = value(chars[i + 1]) else { return nil }
            out.append(hi << 4 | lo)
            i += 2
        }
        return out
    }
}
