/// Proof that no event was altered: the hash chain walked end to end.
extension Engine {
    public struct AuditReport: Sendable {
        public var eventsChecked: Int
        /// The first event that does not fit the chain, and why.
        public var firstBroken: (id: Int64, why: String)?
        public var ok: Bool { firstBroken == nil }
    }

    /// The whole chain is read: auditors and admins only.
    public func verifyAudit(as actor: StaffMember) throws -> AuditReport {
        try requireWholeLog(actor, "verifying the audit chain")
        return try verifyAudit()
    }

    func verifyAudit() throws -> AuditReport {
        try locked {
            var previous = EventChain.genesisHash
            var count = 0
            var broken: (Int64, String)?
            try store.forEachEvent(opened: false) { e in
                count += 1
                if e.prevHash != previous {
                    broken = (e.id, "its previous-hash does not match event before it: an event was removed or altered")
                    return false
                }
                if EventHash.hash(of: e) != e.hash {
                    broken = (e.id, "its content does not match its hash: the event was altered")
                    return false
                }
                previous = e.hash
                return true
            }
            return AuditReport(eventsChecked: count, firstBroken: broken)
        }
    }

    func requireWholeLog(_ actor: StaffMember, _ what: String) throws {
        guard actor.role == .auditor || actor.role == .admin else {
            throw DocketError.refused("\(what) is for auditors and admins; \(actor.login) is a \(actor.role.rawValue) (a case's own log: `docket audit log REF`)")
        }
    }

    /// Events of one case (or all when ref is nil, newest last), optionally only views. A case's
    /// log is for those whose scope it is in (clerks excepted); the whole log for auditors and admins.
    public func auditLog(ref: String?, viewsOnly: Bool, as actor: StaffMember) throws -> [EventRecord] {
        guard actor.role != .clerk else {
            throw DocketError.refused("the audit log is for caseworkers, supervisors, auditors and admins; \(actor.login) is a clerk")
        }
        if ref == nil { try requireWholeLog(actor, "the audit log of everything") }
        return try locked {
            var events: [EventRecord]
            if let ref {
                guard let c = try store.caseSummary(ref: ref.uppercased()) else {
                    throw DocketError.notFound("no case \(ref)")
                }
                guard try mayView(c, actor) else {
                    throw DocketError.refused("\(c.ref) is in \(c.department), outside \(actor.login)'s departments; its log is not shown")
                }
                events = try store.events(caseId: c.id)
            } else {
                events = []
                try store.forEachEvent(opened: true) { events.append($0); return true }
            }
            return viewsOnly ? events.filter { $0.kind.hasSuffix("_viewed") || $0.kind == "pii_revealed" || $0.kind == "pii_exported" } : events
        }
    }
}
