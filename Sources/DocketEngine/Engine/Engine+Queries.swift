import Foundation

/// Read-side calls: queues, one case, search.
extension Engine {
    /// One page of a queue. Filters naming something the agency does not have are refused
    /// with the names it does have, rather than answered with an empty list.
    public func listCases(_ query: CaseQuery, as actor: StaffMember) throws -> [CaseSummary] {
        let q = try scoped(query, for: actor)
        guard q.limit > 0 else { throw DocketError.usage("--limit must be at least 1") }
        return try locked { try store.listCases(q, today: clock.today).map { try asOfNow($0).summary } }
    }

    /// A case as it stands now: one whose hold date has come is shown resumed, as the next command,
    /// `docket tick` or the console's start will save it. Reads never write. The tasks come too,
    /// as they will be.
    func asOfNow(_ c: CaseSummary) throws -> (summary: CaseSummary, tasks: [TaskRecord]?) {
        guard let until = c.holdUntil, until <= clock.now, c.isOpen else { return (c, nil) }
        var w = try CaseWork(agency: agency, actor: Engine.system.login, now: clock.now, read: try store.caseForChange(c))
        guard w.holdIsDue else { return (c, nil) }
        try w.resumeFromHold(reason: "hold date \(Day(unixSeconds: until).iso) reached")
        var shown = w.c
        shown.taskStatus = w.mainTaskStatus
        return (shown, w.tasks)
    }

    /// Department scope, enforced here and not only in the console: a person sees the cases of
    /// their own departments (and referrals sent to them); auditors and admins see all.
    func scoped(_ query: CaseQuery, for actor: StaffMember) throws -> CaseQuery {
        try checkFilters(query)
        var q = query
        q.scope = nil
        guard !actor.seesAllDepartments else { return q }
        for d in q.departments ?? [] where !actor.departments.contains(d) {
            throw DocketError.refused("\(actor.login) works in \(actor.departments.joined(separator: ", ")), not \(d); ask a supervisor of \(d)")
        }
        if let d = q.department {
            guard actor.departments.contains(d) else {
                throw DocketError.refused("\(actor.login) works in \(actor.departments.joined(separator: ", ")), not \(d); ask a supervisor of \(d)")
            }
            return q
        }
        q.scope = actor.departments
        return q
    }

    /// Whether the person may open this case: it is in one of their departments, it has an open
    /// referral to one of them, or it is theirs.
    func mayView(_ c: CaseSummary, _ actor: StaffMember) throws -> Bool {
        if actor.seesAllDepartments || actor.departments.contains(c.department) || c.assignee == actor.login { return true }
        return try store.tasks(caseId: c.id).contains { $0.isReferral && $0.isOpen && actor.departments.contains($0.department) }
    }

    /// A queue's size for its tab title, counted up to `cap` (the title then says "cap+").
    public func countCases(_ query: CaseQuery, cap: Int = 10_000, as actor: StaffMember) throws -> Int {
        let q = try scoped(query, for: actor)
        return try locked { try store.countCases(q, today: clock.today, cap: cap) }
    }

    /// One case's queue row (no view is recorded: it shows no more than a queue does).
    public func caseSummary(ref: String, as actor: StaffMember) throws -> CaseSummary {
        try locked {
            guard let c = try store.caseSummary(ref: ref.uppercased()) else { throw DocketError.notFound("no case \(ref)") }
            guard try mayView(c, actor) else { throw DocketError.refused("\(c.ref) is outside \(actor.login)'s departments") }
            return try asOfNow(c).summary
        }
    }

    func checkFilters(_ q: CaseQuery) throws {
        for d in (q.departments ?? []) + (q.department.map { [$0] } ?? []) { try agency.requireDepartment(d) }
        if let t = q.type, agency.caseType(t) == nil {
            throw DocketError.usage("unknown case type '\(t)' (types: \(agency.caseTypes.map(\.code).joined(separator: ", ")))")
        }
        if let s = q.state, !agency.lifecycles.contains(where: { $0.state(s) != nil }) {
            let all = Set(agency.lifecycles.flatMap { $0.states.map(\.id) }).sorted()
            throw DocketError.usage("unknown state '\(s)' (states: \(all.joined(separator: ", ")))")
        }
        if let a = q.assignee, try locked({ try store.staff(login: a) }) == nil {
            throw DocketError.usage("unknown assignee '\(a)'; `docket staff list` shows the logins, and none means cases nobody has")
        }
    }

    /// A whole case with its personal identifiers revealed, for those the matrix allows (the
    /// assignee, a supervisor of its department, an admin), with a reason; recorded as a
    /// `pii_revealed` event with that reason, which `audit log REF --views` lists.
    public func revealCase(ref: String, reason: String, as actor: StaffMember) throws -> CaseDetail {
        let why = try FreeText.required(reason, what: "a reason (why the identifiers are needed)")
        let detail = try caseDetail(ref: ref, as: actor, recordView: false)
        try locked {
            let open = try store.tasks(caseId: detail.summary.id).filter(\.isOpen)
            _ = try AvailableActions.require(.revealIdentifiers, case: detail.summary, staff: actor, openTasks: open, agency: agency)
            try store.transaction {
                try store.appendEvent(at: clock.now, by: actor, caseId: detail.summary.id, constituentId: detail.constituent.id,
                                      kind: "pii_revealed", reason: why)
            }
        }
        return detail
    }

    /// A whole case. Opening a case with personal data is recorded as a view event.
    public func caseDetail(ref: String, as actor: StaffMember, recordView: Bool = true) throws -> CaseDetail {
        try locked {
            guard let stored = try store.caseSummary(ref: ref.uppercased()) else {
                throw DocketError.notFound("no case \(ref); `docket search TEXT` finds cases by name, ref or id")
            }
            guard try mayView(stored, actor) else {
                throw DocketError.refused("\(stored.ref) is in \(stored.department), outside \(actor.login)'s departments (\(actor.departments.joined(separator: ", "))); its data is not shown")
            }
            let (summary, projectedTasks) = try asOfNow(stored)
            guard let person = try store.constituent(id: summary.constituentId) else {
                throw DocketError.refused("case \(ref) names constituent \(summary.constituentId), who is missing; run `docket audit verify`")
            }
            if recordView {
                try store.transaction {
                    try store.appendEvent(at: clock.now, by: actor, caseId: summary.id, constituentId: person.id,
                                          kind: "case_viewed", reason: nil)
                }
            }
            return CaseDetail(summary: summary, constituent: person, tasks: try projectedTasks ?? store.tasks(caseId: summary.id),
                              timeline: try store.events(caseId: summary.id),
                              form: JSONText.decodeForm(try store.formJSON(caseId: summary.id)),
                              ledger: try store.ledger(caseId: summary.id), decisions: try store.decisions(caseId: summary.id),
                              links: try store.caseLinks(caseId: summary.id))
        }
    }

    /// A constituent found by search, with their cases.
    public struct SearchHit: Sendable {
        public var constituent: Constituent
        public var cases: [CaseSummary]
    }

    /// Constituents by name (folded, prefix, any script), case ref, or national id.
    public func search(_ text: String, limit: Int = 20, as actor: StaffMember) throws -> [SearchHit] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw DocketError.usage("search needs some text: a name, a case ref or an id") }
        guard limit > 0 else { throw DocketError.usage("--limit must be at least 1") }
        return try locked {
            var people: [Constituent] = []
            if CaseRef.looksLikeRef(trimmed), let c = try store.caseSummary(ref: trimmed.uppercased()),
               let p = try store.constituent(id: c.constituentId) {
                people = [p]
            } else if trimmed.range(of: "^\\d{3}-?\\d{2}-?\\d{4}$", options: .regularExpression) != nil {
                let digits = trimmed.filter(\.isNumber)
                let canonical = "\(digits.prefix(3))-\(digits.dropFirst(3).prefix(2))-\(digits.suffix(4))"
                people = try store.constituents(nationalId: canonical)
            }
            if people.isEmpty, let match = NameFolding.ftsQuery(trimmed) {
                people = try store.searchConstituents(match: match, limit: limit)
            }
            // People are shown only with cases the searcher may see.
            return try people.prefix(limit).compactMap { person in
                let visible = try store.cases(constituentId: person.id).filter { try mayView($0, actor) }
                return visible.isEmpty ? nil : SearchHit(constituent: person, cases: visible)
            }
        }
    }
}

extension CaseQuery {
    /// The words that mean "nobody has it" where an assignee is asked for (`assignee=none`, `--assignee none`).
    public static let unassignedWords: Set<String> = ["none", "nobody", "-"]

    /// Sets the assignee as typed: a login, or one of `unassignedWords` for cases nobody has.
    public mutating func setAssignee(typed text: String) {
        if Self.unassignedWords.contains(text.lowercased()) {
            assignee = nil
            unassigned = true
        } else {
            assignee = text
            unassigned = false
        }
    }
}
