/// `docket check`: the store's own integrity, the event chain and its triggers, and the
/// engine's invariants replayed over everything stored. Every finding names what it is about.
extension Engine {
    public struct CheckFinding: Sendable, Equatable {
        /// integrity, trigger, chain, main_task, referral_clock, counters, sla_due, state, decision
        public var kind: String
        public var ref: String?
        public var detail: String
    }

    public struct CheckReport: Sendable {
        public var findings: [CheckFinding] = []
        public var cases = 0
        public var events = 0
        public var ok: Bool { findings.isEmpty }
    }

    /// Auditors and admins: it reads every department and the whole log.
    public func check(as actor: StaffMember) throws -> CheckReport {
        try requireWholeLog(actor, "docket check")
        // One snapshot for every part, so work going on meanwhile is not taken for a fault.
        return try locked {
            do { return try store.readTransaction { try checkAll() } } catch {
                // A store too damaged to hold one snapshot is still checked part by part; the
                // damage is among the findings.
                return try checkAll()
            }
        }
    }

    private func checkAll() throws -> CheckReport {
        var report = CheckReport()
        func add(_ kind: String, _ ref: String?, _ detail: String) { report.findings.append(CheckFinding(kind: kind, ref: ref, detail: detail)) }
        /// A part that cannot be read is itself a finding; the other parts still run.
        func part(_ kind: String, _ body: () throws -> Void) {
            do { try body() } catch { add(kind, nil, "could not be checked: \(error)") }
        }

        part("integrity") { for p in try store.integrityProblems() { add("integrity", nil, p) } }
        part("trigger") {
            for t in try store.missingTriggers() { add("trigger", nil, "\(t) is missing: events could be altered or removed unseen") }
        }
        var cases: [Int64: (ref: String, type: String, state: String)] = [:]
        part("state") { cases = try store.caseStates() }
        report.cases = cases.count
        var replay = StateReplay(agency: agency)
        part("chain") {
            var previous = EventChain.genesisHash
            var broken = false
            try store.forEachEvent(opened: false) { e in
                report.events += 1
                if !broken && (e.prevHash != previous || EventHash.hash(of: e) != e.hash) {
                    add("chain", nil, "event \(e.id) does not fit the chain: \(e.prevHash != previous ? "an event before it was removed or altered" : "its content was altered")")
                    broken = true
                }
                previous = e.hash
                if let id = e.caseId, let c = cases[id] { replay.apply(e, type: c.type) }
                return true
            }
        }
        part("main_task") { for (ref, detail) in try store.mainTaskProblems() { add("main_task", ref, detail) } }
        part("referral_clock") {
            for ref in try store.referralClockProblems() {
                add("referral_clock", ref, "waits on an open referral but its SLA clock runs (it would count overdue)")
            }
        }
        part("counters") { for d in try store.counterDifferences() { add("counters", nil, d) } }
        part("link") { for p in try store.linkProblems() { add("link", p.ref, p.detail) } }
        part("sla_due") {
            for c in try store.openCaseClocks() {
                let policy = agency.slaPolicy(c.slaPolicy) ?? agency.slaPolicies[0]
                let due = SLAClock.dueDay(opened: Day(unixSeconds: c.openedAt), targetBusinessDays: policy.businessDays(in: c.department),
                                          pausedBusinessDays: c.pausedBusinessDays, calendar: agency.calendar)
                if due.number != c.dueDay {
                    add("sla_due", c.ref, "due \(Day(c.dueDay).iso), but the calendar gives \(due.iso)")
                }
            }
        }
        for (id, c) in cases.sorted(by: { $0.key < $1.key }) {
            guard let replayed = replay.states[id] else {
                add("state", c.ref, "no case_created event: its history is missing")
                continue
            }
            if replayed != c.state { add("state", c.ref, "the case says \(c.state), its events say \(replayed)") }
        }
        part("decision") {
            var stored: [Int64: [String]] = [:]
            for d in try store.allDecisions() { stored[d.caseId, default: []].append("\(d.outcome)/\(d.reasonCode)") }
            for id in Set(stored.keys).union(replay.decisions.keys).sorted() {
                let kept = (stored[id] ?? []).sorted(), told = (replay.decisions[id] ?? []).sorted()
                if kept != told {
                    add("decision", cases[id]?.ref ?? "case #\(id)",
                        "decisions stored [\(kept.joined(separator: ", "))], decided events [\(told.joined(separator: ", "))]")
                }
            }
        }
        part("ledger") {
            try store.forEachCaseLedger { ref, entries in
                for problem in LedgerInvariants.problems(entries, told: replay.ledgerEntries) { add("ledger", ref, problem) }
            }
        }
        return report
    }
}

/// What must hold of every case's ledger: reversals name an entry of the same case that is not
/// itself a reversal, once; refunds stand against a receipt of the case and never exceed it;
/// each entry agrees with the event that recorded it (kind and amount).
enum LedgerInvariants {
    static func problems(_ entries: [LedgerEntry], told: [Int64: (kind: String, amount: Int64)]) -> [String] {
        var out: [String] = []
        let book = LedgerBook(entries)
        var reversedSeen: Set<Int64> = []
        for e in entries {
            if e.ledgerKind == nil { out.append("entry #\(e.id) has an unknown kind '\(e.kind)'") }
            if e.kind == LedgerKind.reversal.rawValue {
                guard let target = e.reverses.flatMap(book.entry) else {
                    out.append("reversal #\(e.id) names entry #\(e.reverses.map(String.init) ?? "none"), which is not on this case")
                    continue
                }
                if target.kind == LedgerKind.reversal.rawValue { out.append("reversal #\(e.id) reverses a reversal (#\(target.id))") }
                if !reversedSeen.insert(target.id).inserted { out.append("entry #\(target.id) is reversed more than once") }
                if target.amount != e.amount { out.append("reversal #\(e.id) is for \(e.amount), the entry it undoes for \(target.amount)") }
            }
            if e.kind == LedgerKind.refund.rawValue, !book.reversed.contains(e.id) {
                if let r = e.receipt, book.payment(receipt: r) != nil {
                    if book.refundable(receipt: r) < 0 { out.append("refunds against \(r) exceed its payment") }
                } else {
                    out.append("refund #\(e.id) is against \(e.receipt ?? "no receipt"), which is no payment on this case")
                }
            }
            if let t = told[e.id], t.kind != e.kind || t.amount != e.amount {
                out.append("entry #\(e.id) is a \(e.kind) of \(e.amount), but its event recorded a \(t.kind) of \(t.amount)")
            }
        }
        return Array(Set(out)).sorted()
    }
}

/// A case's state as its events tell it, replayed in chain order.
struct StateReplay {
    let agency: Agency
    var states: [Int64: String] = [:]
    /// Outcome/reason code of each `decided` event, by case.
    var decisions: [Int64: [String]] = [:]
    /// Ledger entries as the money events recorded them (events before v8 name no entry).
    var ledgerEntries: [Int64: (kind: String, amount: Int64)] = [:]
    private var beforeHold: [Int64: String] = [:]

    init(agency: Agency) { self.agency = agency }

    mutating func apply(_ e: EventRecord, type: String) {
        guard let id = e.caseId else { return }
        let lifecycle = agency.lifecycle(forType: type)
        switch e.kind {
        case "case_created":
            states[id] = field("state", e) ?? lifecycle?.initialState.id
        case "state_changed":
            if let to = field("to", e) { states[id] = to }
        case "hold":
            if let hold = lifecycle?.holdState?.id {
                beforeHold[id] = field("from", e) ?? states[id]
                states[id] = hold
            }
        case "resumed":
            if let to = field("to", e) {
                states[id] = to
            } else if states[id] == lifecycle?.holdState?.id, let back = beforeHold[id] {
                states[id] = back
            }
        case "fee_charged", "payment_received", "refunded", "waived", "ledger_reversed":
            guard e.details.contains("\"entry\""), case .object(let pairs) = JSONText.parse(e.details) else { break }
            var entry: Int64?, amount: Int64?, kind: String?
            for (k, v) in pairs {
                if k == "entry", case .int(let n) = v { entry = n }
                if k == "amount", case .int(let n) = v { amount = n }
                if k == "kind", case .string(let s) = v { kind = s }
            }
            if let entry, let amount, let kind { ledgerEntries[entry] = (kind, amount) }
        case "decided":
            if let to = field("to", e) { states[id] = to }
            decisions[id, default: []].append("\(field("outcome", e) ?? "?")/\(field("reason_code", e) ?? "?")")
        default:
            break
        }
    }

    private func field(_ key: String, _ e: EventRecord) -> String? {
        guard e.details.contains("\"\(key)\""), case .object(let pairs) = JSONText.parse(e.details) else { return nil }
        for (k, v) in pairs where k == key { if case .string(let s) = v { return s } }
        return nil
    }
}
