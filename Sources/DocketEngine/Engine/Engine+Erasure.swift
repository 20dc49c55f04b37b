/// The right to erasure (GDPR art. 17, CCPA "right to delete"), on request or by the agency's
/// retention rules: the person's data goes from every byte of the store while the cases'
/// skeleton, the figures and the chain stay. Admins only (DESIGN.md §6).
extension Engine {
    public struct Erasure: Sendable, Equatable {
        public var constituentId: Int64
        /// False when the person was erased before: nothing was done again.
        public var erased: Bool
        public var refs: [String] = []
        public var counts = ErasureCounts()
        /// False when others reading the database kept the write-ahead log from being emptied.
        public var scrubbed = true
    }

    public func eraseConstituent(_ id: Int64, reason raw: String, as actor: StaffMember) throws -> Erasure {
        try requireEraser(actor, "erasing a person's data")
        let reason = try FreeText.required(raw, what: "a reason (the request it answers, e.g. its number)")
        return try erase(id, reason: reason, by: actor, kind: "constituent_erased")
    }

    /// What the retention rules make due now: people whose cases are all closed at least their
    /// types' `erase_years_after_close` ago, none under a legal hold. `dryRun` lists and changes
    /// nothing; otherwise each is erased in its own transaction and listed.
    public func runRetention(dryRun: Bool, as actor: StaffMember) throws -> [RetentionDue] {
        try requireEraser(actor, "running retention")
        let due = try locked { try store.retentionDue(cutoffs: retentionCutoffs()) }
        guard !dryRun else { return due }
        for person in due {
            let rule = "retention: every case closed past its type's erase_years_after_close (last closed \(Timestamp.iso(person.lastClosedAt)))"
            _ = try erase(person.constituentId, reason: rule, by: actor, kind: "constituent_erased_by_retention")
        }
        return due
    }

    /// For each case type with a retention rule, the latest closing time that makes it due today.
    func retentionCutoffs() -> [String: Int64] {
        let today = clock.today.civil
        var out: [String: Int64] = [:]
        for t in agency.caseTypes {
            guard let years = t.eraseYearsAfterClose else { continue }
            // 29 February, years later, is the 28th.
            guard let cutoff = Day(year: today.year - years, month: today.month, day: min(today.day, 28)) else { continue }
            out[t.code] = (cutoff + 1).unixSeconds - 1
        }
        return out
    }

    private func requireEraser(_ actor: StaffMember, _ what: String) throws {
        guard actor.role == .admin else {
            throw DocketError.refused("\(what) is for admins; \(actor.login) is a \(actor.role.rawValue)")
        }
        try requireOwnersConnection(what)
    }

    private func erase(_ id: Int64, reason: String, by actor: StaffMember, kind: String) throws -> Erasure {
        var result = try locked {
            try store.transaction { () throws -> Erasure in
                guard let person = try store.constituent(id: id) else {
                    throw DocketError.notFound("no constituent #\(id); `docket search NAME` finds people")
                }
                guard !person.erased else { return Erasure(constituentId: id, erased: false) }
                let cases = try store.cases(constituentId: id)
                let open = cases.filter(\.isOpen).map(\.ref)
                if !open.isEmpty {
                    throw DocketError.refused("constituent #\(id) has open cases (\(open.joined(separator: ", "))); nothing was erased; close or withdraw them first (`docket case status REF STATE --reason TEXT`)")
                }
                let held = cases.filter { $0.legalHoldSince != nil }.map(\.ref)
                if !held.isEmpty {
                    throw DocketError.refused("constituent #\(id) has cases under a legal hold (\(held.joined(separator: ", "))); nothing was erased; a supervisor lifts a hold with `docket case legal-hold REF --lift --reason TEXT`")
                }
                if let named = Engine.identifierNamed(in: reason, of: person) {
                    throw DocketError.usage("the reason names the person (\(named)); it is kept in the log for good, so say why without naming them (the request's number, say)")
                }
                let counts = try store.erase(constituentId: id, at: clock.now)
                try store.appendEvent(at: clock.now, by: actor, caseId: nil, constituentId: id, kind: kind, reason: reason,
                                      details: JSONText.object(["cases": .int(Int64(counts.cases))]))
                try recordPendingRequest()
                return Erasure(constituentId: id, erased: true, refs: cases.map(\.ref), counts: counts)
            }
        }
        if result.erased { result.scrubbed = try locked { try store.scrubAfterErasure() } }
        return result
    }

    /// Which of the person's identifiers a text contains, if any (names compared folded).
    static func identifierNamed(in text: String, of p: Constituent) -> String? {
        let folded = NameFolding.fold(text)
        let names = [p.givenName, p.familyName].filter { $0.count >= 2 }
        if let name = names.first(where: { folded.contains(NameFolding.fold($0)) }) { return "the name \(name)" }
        let digits = text.filter(\.isNumber)
        if let id = p.nationalId?.filter(\.isNumber), id.count >= 4, digits.contains(id) { return "the national id" }
        if let email = p.email, text.lowercased().contains(email.lowercased()) { return "the email address" }
        return nil
    }
}
