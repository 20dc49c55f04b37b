import Foundation

/// `docket notice`: the letter to a case's constituent, a decision notice or a status letter.
extension Engine {
    /// Writes the letter for a case in the constituent's language (or `language`), and records
    /// that it was produced (who, which letter, which language). Those who may see the case get
    /// the letter; the postal address is in it only for those who may reveal the person's
    /// identifiers on this case (the assignee, a supervisor of the department, an admin): the
    /// others, auditors among them, see the letter with the address masked.
    public func notice(ref: String, language requested: String? = nil, as actor: StaffMember) throws -> Notice {
        guard let settings = agency.notices, let fallback = settings.defaultTemplates else {
            throw DocketError.refused("the agency file has no notice templates; add a \"notices\" section (see `docket init --print-demo-agency`)")
        }
        if let requested, settings.language(for: requested) == nil {
            throw DocketError.usage("no letters in '\(requested)'; the agency writes in: \(settings.languages.map(\.code).joined(separator: ", "))")
        }
        return try locked {
            guard let stored = try store.caseSummary(ref: ref.uppercased()) else {
                throw DocketError.notFound("no case \(ref); `docket search TEXT` finds cases by name, ref or id")
            }
            guard try mayView(stored, actor) else {
                throw DocketError.refused("\(stored.ref) is in \(stored.department), outside \(actor.login)'s departments (\(actor.departments.joined(separator: ", "))); its letters are not shown")
            }
            let c = try asOfNow(stored).summary
            guard let person = try store.constituent(id: c.constituentId) else {
                throw DocketError.refused("case \(c.ref) names constituent \(c.constituentId), who is missing; run `docket check`")
            }
            let openTasks = try store.tasks(caseId: c.id).filter(\.isOpen)
            let mayAddress = AvailableActions.list(case: c, staff: actor, openTasks: openTasks, agency: agency)
                .contains { $0.kind == .revealIdentifiers && $0.enabled }
            let preference = requested ?? person.language
            let templates = settings.language(for: preference) ?? fallback
            // No preference on record is no fallback: the default language is the one to use.
            let wanted = preference?.trimmingCharacters(in: .whitespaces) ?? ""
            let fellBack = requested == nil && !wanted.isEmpty && settings.language(for: wanted) == nil ? wanted : nil

            let today = clock.today
            let address = person.erased ? nil : person.address.map { $0.split(separator: "\n").map(String.init) }
            var facts = NoticeFacts(ref: c.ref, personName: person.fullName, address: mayAddress ? address ?? [] : nil,
                                    caseType: c.type, opened: Day(unixSeconds: c.openedAt), today: today,
                                    subject: .status(state: c.state, closed: true, department: c.department, position: nil, expected: nil))
            var notice = Notice(ref: c.ref, kind: .status, language: templates.code, fallbackFrom: fellBack, text: "", pages: 0,
                                addressWithheld: !mayAddress)
            let decision = try store.decisions(caseId: c.id).last
            if c.state == "decided", let decision {
                let appealBy = AppealWindow.appealBy(decidedAt: decision.at, windowBusinessDays: settings.appealWindowBusinessDays,
                                                     calendar: agency.calendar)
                let balance = LedgerBook(try store.ledger(caseId: c.id)).balance
                facts.subject = .decision(outcome: decision.outcome, reasonCodes: decision.reasonCodes, appealBy: appealBy, balance: balance)
                notice.kind = .decision
                notice.outcome = decision.outcome
                notice.reasonCodes = decision.reasonCodes
                notice.appealBy = appealBy
                notice.balance = balance
            } else {
                notice.state = c.state
                notice.department = c.department
                if c.isOpen {
                    let position = c.assignee == nil ? try store.queuePosition(of: c) : 0
                    let expected = try expectedDecision(department: c.department, position: position, today: today)
                    notice.position = position
                    notice.expectedDecision = expected
                    facts.subject = .status(state: c.state, closed: false, department: c.department, position: position, expected: expected)
                } else {
                    facts.subject = .status(state: c.state, closed: true, department: c.department, position: nil, expected: nil)
                }
            }
            let letter = NoticeRenderer(language: templates).render(facts)
            notice.text = letter.text
            notice.pages = letter.pages
            try store.transaction {
                try store.appendEvent(at: clock.now, by: actor, caseId: c.id, constituentId: person.id, kind: "notice_produced", reason: nil,
                                      details: JSONText.object(["letter": .string(notice.kind.rawValue), "language": .string(templates.code),
                                                                "pages": .int(letter.pages), "address_included": .bool(mayAddress)]))
            }
            return notice
        }
    }

    /// When a case this far back in its department's queue can expect its decision, if the
    /// department keeps the pace of its last weeks: the cases ahead and this one, at the rate
    /// the department closed (or passed on) cases, moved to a business day. Nil while the
    /// department takes in more than it clears, or cleared nothing.
    func expectedDecision(department: String, position: Int, today: Day) throws -> Day? {
        let builder = BacklogReportBuilder(agency: agency, staff: [], now: clock.now, includesWeek: false)
        let snap = try store.counterSnapshot(today: builder.today, dueSoonThrough: builder.dueSoonThrough,
                                             flowsSince: builder.flowsSince, completedSince: builder.thisWeek)
        let p = builder.figures(for: [department], snap).projection
        guard !p.growing, p.departures > 0 else { return nil }
        let days = ((position + 1) * p.windowDays + p.departures - 1) / p.departures
        var day = today + days
        while !agency.calendar.isBusinessDay(day) { day = day + 1 }
        return day
    }
}
