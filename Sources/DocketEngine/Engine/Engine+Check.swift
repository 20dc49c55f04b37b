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
        return report
    }
}

/// A case's state as its events tell it, replayed in chain order.
struct StateReplay {
    let agency: Agency
    var states: [Int64: String] = [:]
    /// Outcome/reason code of each `decided` event, by case.
    var decisions: [Int64: [String]] = [:]
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
