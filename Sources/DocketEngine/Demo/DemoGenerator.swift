import Foundation

/// Fills a new database with a deterministic synthetic backlog: constituents in six
/// languages, cases of every type in every department, with the tasks, holds, referrals,
/// notes, payments and event history a real year and a half of work leaves behind.
struct DemoGenerator {
    let agency: Agency
    let now: Int64
    let cases: Int
    var rng: SeededRandom
    /// The ledger's own sequence (see makeLedger).
    private var money: SeededRandom

    private var workersByDept: [String: [String]] = [:]
    private var clerks: [String] = []
    private var supervisorsByDept: [String: [String]] = [:]
    /// Payments staff, who take payments at the cashier's window.
    private var payStaff: [String] = []
    /// The last receipt number given in each year.
    private(set) var receiptCounters: [Int: Int64] = [:]
    private var ids = DemoIds()
    /// The batch being made, its rows written onto tapes as they are made.
    private var rows = DemoTapes(expectedCases: 0)
    private(set) var counters = CounterDelta()
    private var openedTimes: [Int64] = []
    private var made = 0
    private var constituentIds: [Int64] = []
    private var constituentIdentity: [Int64: [String: String]] = [:]
    /// Each person's key, and the one of the case being made: reasons about them are sealed.
    private var personKeys: [Int64: [UInt8]] = [:]
    private var sealKey: [UInt8]?
    /// Folding names is the slow part of making a person; the demo reuses a few hundred names.
    private var foldedNames: [Int: (terms: String, ascii: String)] = [:]
    private var refSequences: [String: Int] = [:]
    /// Each case type's lifecycle, form and fee, found once rather than for every case; nil for
    /// a type the agency cannot make (no such lifecycle or form), in the types' own order.
    private let typePlans: [DemoTypePlan?]
    /// The event chain, continued as events are made: the writer inserts batches in the order
    /// they are made and nothing else, so each event can be sealed here, on the generating thread.
    private var chain: EventChain
    /// Departments that have been clearing their work lately (every other one in the agency's
    /// order): they close more than they take in, so the dashboard projects when they will be
    /// clear; the others take in more than they close, and read "growing".
    private let clearing: Set<String>
    /// Recent denials an appeal may still be made of: case id, ref, person, decision time.
    private var appealable: [(caseId: Int64, ref: String, constituentId: Int64, decidedAt: Int64)] = []
    /// The case made for the applicant story: Mrs. Haddad's benefits application.
    private var storyIndex = -1
    /// Each outcome's reason codes, and each language a person may name the code of its
    /// letters: found once, not for every decided case.
    private let reasonsByOutcome: [String: [String]]
    private var letterLanguages: [String: String] = [:]

    init(agency: Agency, now: Int64, cases: Int, seed: UInt64, actor: String, chain: EventChain) {
        self.chain = chain
        self.agency = agency
        self.now = now
        self.cases = cases
        self.rng = SeededRandom(seed: seed)
        self.money = SeededRandom(seed: seed ^ 0x5EED_1ED6_E7)
        for s in agency.staff {
            if s.role == .clerk { clerks.append(s.login) }
            if s.role == .caseworker || s.role == .supervisor {
                for d in s.departments { workersByDept[d, default: []].append(s.login) }
                if s.departments.contains(LedgerAccess.paymentsDepartment) { payStaff.append(s.login) }
            }
            if s.role == .supervisor {
                for d in s.departments { supervisorsByDept[d, default: []].append(s.login) }
            }
        }
        if clerks.isEmpty { clerks = agency.staff.map(\.login) }
        if clerks.isEmpty { clerks = [actor] }
        typePlans = agency.caseTypes.map { DemoTypePlan($0, in: agency) }
        clearing = Set(agency.departments.enumerated().filter { $0.offset % 2 == 1 }.map(\.element.code))
        reasonsByOutcome = Dictionary(uniqueKeysWithValues: agency.outcomes.map { ($0.code, agency.reasonCodes(for: $0.code).map(\.code)) })
        let opened = makeOpenedTimes()
        openedTimes = opened
        // The applicant story's case opened about five weeks ago (or the newest, in a small demo).
        storyIndex = opened.firstIndex { $0 >= now - 35 * 86400 } ?? max(0, cases - 1)
    }

    /// The next batch of up to `size` cases with everything that belongs to them, as tapes for
    /// the writer, on a written batch's tapes when one is given back; nil when done.
    mutating func nextBatch(size: Int, reusing spare: DemoTapes? = nil) -> DemoTapes? {
        guard made < cases else { return nil }
        let end = min(cases, made + size)
        if var spare {
            spare.clear()
            rows = spare
        } else {
            rows = DemoTapes(expectedCases: end - made)
        }
        while made < end {
            makeCase(openedAt: openedTimes[made], story: made == storyIndex)
            made += 1
        }
        // Not kept here: the writer hands the batch back once written, and a later call empties it.
        defer { rows = DemoTapes(expectedCases: 0) }
        return rows
    }

    /// Where each ref sequence ended, to store once the cases are in.
    var refCounters: [(prefix: String, year: Int, last: Int)] {
        refSequences.map { key, last in
            let parts = key.split(separator: "-")
            return (String(parts[0]), Int(parts[1])!, last)
        }
    }

    private mutating func event(_ at: Int64, _ actor: String, _ caseId: Int64, _ kind: String, reason: String? = nil,
                                details: String = "{}", constituentId: Int64? = nil) {
        let stored = reason.map { text in sealKey.map { PersonalSeal.seal(text, key: $0) } ?? text }
        chain.seal(at: at, actor: actor, caseId: caseId, constituentId: constituentId, kind: kind,
                   reason: stored, details: details, onto: rows.events)
    }

    /// Ages from 0 to 700 days, most of them recent, sorted so refs follow time.
    private mutating func makeOpenedTimes() -> [Int64] {
        var times = [Int64](repeating: 0, count: cases)
        for i in 0..<cases {
            let r = rng.int(0...99)
            let days = r < 55 ? rng.int(0...120) : (r < 88 ? rng.int(121...400) : rng.int(401...700))
            times[i] = now - Int64(days) * 86400 - Int64(rng.int(0...86_399))
        }
        times.sort()
        return times
    }

    private mutating func makeConstituent(at: Int64, story: Bool = false) -> Int64 {
        var cultureIndex = pickCulture()
        if story, let arabic = DemoNames.cultures.firstIndex(where: { $0.language == "ar" }) { cultureIndex = arabic }
        var culture = DemoNames.cultures[cultureIndex]
        var givenIndex = rng.index(in: culture.given), familyIndex = rng.index(in: culture.family)
        if story {
            // Mrs. Haddad: an Arabic name, and Spanish for her letters.
            givenIndex = culture.given.firstIndex(of: "ليلى") ?? givenIndex
            familyIndex = culture.family.firstIndex(of: "حداد") ?? familyIndex
            culture = DemoNames.Culture(language: "es", given: culture.given, family: culture.family, weight: culture.weight)
        }
        let given = culture.given[givenIndex], family = culture.family[familyIndex]
        let birth = Day(year: rng.int(1935...2004), month: rng.int(1...12), day: rng.int(1...28))!
        let serial = 100_000_000 + (constituentIds.count * 7919) % 800_000_000
        let digits = String(serial)
        let nationalId = "\(digits.prefix(3))-\(digits.dropFirst(3).prefix(2))-\(digits.suffix(4))"
        let key = cultureIndex << 40 | givenIndex << 20 | familyIndex
        let folded = foldedNames[key] ?? (NameFolding.searchText(given: given, family: family),
                                          NameFolding.fold("\(given).\(family)").filter { $0.isASCII && ($0.isLetter || $0 == ".") })
        foldedNames[key] = folded
        let asciiName = folded.ascii
        let email = (asciiName.count > 3 ? asciiName : "resident\(constituentIds.count + 1)") + "@example.org"
        let phone = "(555) \(rng.int(100...999))-\(ZeroPadded.string(rng.int(0...9999), width: 4))"
        let address = "\(rng.int(1...9999)) \(rng.pick(DemoNames.streets))\n\(rng.pick(DemoNames.towns)), EX \(rng.int(10000...99999))"
        let id = DemoIds.next(&ids.constituent)
        let person = Constituent(id: id, givenName: given, familyName: family, birthDate: birth.iso, nationalId: nationalId,
                                 email: email, phone: phone, address: address, language: culture.language)
        rows.add(person, terms: folded.terms, at: at)
        let personKey = PersonalSeal.newKey()
        personKeys[id] = personKey
        rows.addKey(personKey, constituent: id)
        constituentIds.append(id)
        constituentIdentity[id] = ["given_name": given, "family_name": family, "birth_date": birth.iso,
                                   "national_id": nationalId, "email": email, "phone": phone, "address": address,
                                   "language": culture.language]
        return id
    }

    /// The index of a culture in DemoNames.cultures, by their weights.
    private mutating func pickCulture() -> Int {
        var r = rng.int(0...99)
        for (i, c) in DemoNames.cultures.enumerated() {
            if r < c.weight { return i }
            r -= c.weight
        }
        return 0
    }

    private mutating func makeCase(openedAt: Int64, story: Bool) {
        guard var plan = rng.pick(typePlans) else { return }
        if story, let benefits = typePlans.first(where: { $0?.type.code == "benefits_application" }) ?? nil { plan = benefits }
        let type = plan.type, lifecycle = plan.lifecycle
        // An appeal case appeals the latest denial still inside its window, for the same person.
        var appealed: (caseId: Int64, ref: String, constituentId: Int64, decidedAt: Int64)?
        if type.code == agency.notices?.appealCaseType, let window = agency.notices?.appealWindowBusinessDays,
           let i = appealable.lastIndex(where: { $0.decidedAt < openedAt }) {
            let last = AppealWindow.appealBy(decidedAt: appealable[i].decidedAt, windowBusinessDays: window, calendar: agency.calendar)
            if Day(unixSeconds: openedAt) <= last { appealed = appealable.remove(at: i) }
        }
        // One identity across cases: a fifth of cases belong to someone already known.
        let constituentId: Int64
        if let appealed {
            constituentId = appealed.constituentId
        } else if !story && !constituentIds.isEmpty && rng.chance(0.2) {
            constituentId = constituentIds[rng.int(0...(constituentIds.count - 1))]
        } else {
            constituentId = makeConstituent(at: openedAt, story: story)
        }
        let identity = constituentIdentity[constituentId] ?? [:]
        sealKey = personKeys[constituentId]
        var values = plan.formValues.values(identity: identity, rng: &rng)
        if let appealed {
            values["original_case_ref"] = appealed.ref
            values["decision_date"] = Day(unixSeconds: appealed.decidedAt).iso
        }
        // A fine's amount on the citation is the schedule's for its offence.
        if let fine = plan.fine, values["amount"] != nil, let offence = values[fine.field], let a = fine.amounts[offence] {
            values["amount"] = String(a)
        }
        let amount = values["amount"].flatMap { Int64($0) }
        let clerk = rng.pick(clerks)
        let initial = plan.initial
        var subject = RoutingSubject(type: type.code, priority: type.defaultPriority, state: initial, amount: amount,
                                     tags: [], form: values, constituent: identity)
        let intake = RoutingEvaluator.decide(agency, trigger: .intake, subject: subject, explain: false)!
        var department = intake.action.department
        var priority = intake.action.priority ?? type.defaultPriority
        if rng.chance(0.08) { priority = max(1, priority - 1) }
        var tags = intake.action.tags
        let slaPolicy = intake.action.slaPolicy ?? type.slaPolicy
        let age = Int((now - openedAt) / 86400)

        // Where the case is now: closed (more likely when old), on hold, or somewhere active. A
        // clearing department closes more, and lately; a growing one closes fewer, spread out.
        let clears = clearing.contains(department)
        let closed = story || rng.chance(min(clears ? 0.75 : 0.65, (clears ? 0.35 : 0.1) + Double(age) / 900))
        var state = initial
        var closedAt: Int64?
        var outcome: (String, [String], String)?
        if closed {
            if story {
                closedAt = now - 2 * 86400
            } else if clears && rng.chance(0.6) {
                closedAt = max(openedAt + 3600, now - Int64(rng.int(0...min(age, 56))) * 86400 - Int64(rng.int(0...3600)))
            } else {
                closedAt = openedAt + Int64(rng.int(1...max(1, age))) * 86400 - Int64(rng.int(0...3600))
            }
            closedAt = min(closedAt!, now)
            let r = rng.int(0...99)
            // "decided" only with a decision, as the engine's decide command leaves it.
            let undecided = plan.undecidedStates
            if plan.canDecide && (story || r < 75 || undecided.isEmpty) {
                state = "decided"
                let o = story ? "denied" : pickOutcome()
                let allowed = reasonsByOutcome[o] ?? []
                var codes = allowed.isEmpty ? [] : [rng.pick(allowed)]
                if story, allowed.contains("not_eligible") { codes = ["not_eligible"] }
                if allowed.count > 1 && rng.chance(0.25) {
                    let second = rng.pick(allowed)
                    if !codes.contains(second) { codes.append(second) }
                }
                outcome = (o, codes, story ? "Income is above the programme limit for the household size." : rng.pick(DemoNames.rationales))
            } else {
                state = rng.pick(undecided)
            }
        } else {
            let r = rng.int(0...99)
            if r < 12 { state = initial }
            else if r < 22, let hold = plan.holdState { state = hold }
            else {
                let active = plan.activeStates
                state = active.isEmpty ? initial : rng.pick(active)
            }
        }
        subject.state = state
        var routedByState: RoutingDecision?
        if state != initial && !closed, let d = RoutingEvaluator.decide(agency, trigger: .enterState(state), subject: subject, explain: false) {
            routedByState = d
            department = d.action.department
            priority = d.action.priority ?? priority
            tags += d.action.tags
        }

        let policy = agency.slaPolicy(slaPolicy) ?? agency.slaPolicies[0]
        let openedDay = Day(unixSeconds: openedAt)
        var heldSeconds: Int64 = 0
        if age > 20 && rng.chance(0.15) { heldSeconds = Int64(rng.int(3...min(30, age / 2))) * 86400 }
        var holdSince: Int64?, holdUntil: Int64?, holdPrior: String?
        let isHold = !closed && lifecycle.state(state)?.group == .hold
        if isHold {
            let holdDays = rng.int(1...max(1, min(40, age)))
            holdSince = max(openedAt, now - Int64(holdDays) * 86400)
            holdUntil = Day(unixSeconds: now).unixSeconds + Int64(rng.int(1...25)) * 86400
            holdPrior = plan.holdPrior
        }
        let pausedDays = heldSeconds > 0 ? agency.calendar.businessDays(from: openedDay, to: openedDay + Int(heldSeconds / 86400)) : 0
        let dueDay = SLAClock.dueDay(opened: openedDay, targetBusinessDays: policy.businessDays(in: department),
                                     pausedBusinessDays: pausedDays, calendar: agency.calendar)
        let workers = workersByDept[department] ?? []
        var assignee: String?
        if !workers.isEmpty && (closed || rng.chance(isHold ? 0.7 : 0.45)) { assignee = rng.pick(workers) }
        let wantsReferral = !closed && !isHold && state != initial && rng.chance(0.08)
        let taskStatus = closed ? "completed" : (isHold || wantsReferral ? "on_hold" : (assignee == nil ? "assigned" : "in_progress"))
        let year = openedDay.civil.year
        let seqKey = "\(type.prefix)-\(year)"
        let sequence = (refSequences[seqKey] ?? 0) + 1
        refSequences[seqKey] = sequence
        let ref = CaseRef.format(prefix: type.prefix, year: year, sequence: sequence)

        // Ids first: the case row names its main task, the tasks name the case.
        let caseId = DemoIds.next(&ids.kase)
        var stepTime = openedAt + Int64(rng.int(60...7200))
        let intakeTaskDone = routedByState != nil
        let intakeWhy = intake.explanation
        let firstTask = TaskRecord(id: DemoIds.next(&ids.task), caseId: caseId, parentId: nil, department: intake.action.department,
                                   assignee: intakeTaskDone ? nil : assignee,
                                   status: intakeTaskDone ? "completed" : taskStatus, reason: intakeWhy,
                                   openedAt: openedAt, closedAt: intakeTaskDone ? stepTime : closedAt)
        addTask(firstTask)
        var mainTask = firstTask.id
        var summary = CaseSummary(id: caseId, ref: ref, type: type.code, state: state, priority: priority, department: department,
                                  assignee: assignee, taskStatus: taskStatus, mainTaskId: nil, constituentId: constituentId,
                                  constituentName: "", nationalId: nil, openedAt: openedAt, dueDay: dueDay, closedAt: closedAt,
                                  holdSince: holdSince, holdUntil: holdUntil, holdPriorState: holdPrior, heldSeconds: heldSeconds,
                                  pausedBusinessDays: pausedDays,
                                  slaPolicy: slaPolicy, amount: amount, tags: tags, version: 1)
        counters.recordIntake(department: intake.action.department, at: openedAt)
        event(openedAt, clerk, caseId, "case_created",
              details: "{\"type\":\"\(type.code)\",\"state\":\"\(initial)\",\"channel\":\"\(rng.chance(0.6) ? "online" : "paper")\"}",
              constituentId: constituentId)
        event(openedAt, clerk, caseId, "routed", reason: "intake: \(intakeWhy)",
              details: JSONText.object(["to": .string(intake.action.department), "rule": .optional(intake.ruleName)]))
        if state != initial {
            let actor = assignee ?? rng.pick(workers.isEmpty ? clerks : workers)
            event(stepTime, actor, caseId, "state_changed", details: "{\"from\":\"\(initial)\",\"to\":\"\(state)\"}")
            if let d = routedByState {
                let t = TaskRecord(id: DemoIds.next(&ids.task), caseId: caseId, parentId: nil, department: d.action.department,
                                   assignee: assignee, status: taskStatus, reason: d.explanation, openedAt: stepTime, closedAt: closedAt)
                addTask(t)
                mainTask = t.id
                counters.recordRoute(from: intake.action.department, to: d.action.department, day: Day(unixSeconds: stepTime).number)
                event(stepTime, actor, caseId, "routed", reason: "entered \(state): \(d.explanation)",
                      details: JSONText.object(["from": .string(intake.action.department), "to": .string(d.action.department),
                                                "rule": .optional(d.ruleName)]))
            }
            stepTime += Int64(rng.int(60...86400))
        }
        summary.mainTaskId = mainTask
        // A referral pauses the SLA clock from when it is made, as the engine's refer does: a
        // case waiting on another department is never counted overdue.
        let referralAt = min(now, stepTime + 7200)
        if wantsReferral { summary.holdSince = referralAt }
        rows.add(summary, form: values, layout: plan.formJSON, actor: clerk)
        if let appealed {
            rows.addAppealLink(appeal: caseId, original: appealed.caseId, at: openedAt, actor: clerk)
            event(openedAt, clerk, appealed.caseId, "appealed", reason: "the constituent appealed the decision",
                  details: JSONText.object(["appeal": .string(ref), "late": .bool(false)]), constituentId: constituentId)
        }
        counters.count(summary, sign: 1)
        if closedAt != nil { counters.recordClosure(summary) }
        if let assignee {
            event(min(now, stepTime), assignee, caseId, "claimed", details: "{\"task\":\(mainTask)}")
        }
        if rng.chance(0.3) {
            let author = assignee ?? rng.pick(workers.isEmpty ? clerks : workers)
            event(min(now, stepTime + 3600), author, caseId, "note", reason: rng.pick(DemoNames.notes))
        }
        if heldSeconds > 0 {
            let start = openedAt + 86400
            event(start, assignee ?? clerk, caseId, "hold", reason: rng.pick(DemoNames.holdReasons))
            event(start + heldSeconds, assignee ?? clerk, caseId, "resumed", reason: "document received")
        }
        if let holdSince {
            event(holdSince, assignee ?? clerk, caseId, "hold", reason: rng.pick(DemoNames.holdReasons),
                  details: "{\"from\":\"\(holdPrior ?? "")\",\"until\":\"\(Day(unixSeconds: holdUntil!).iso)\"}")
        }
        if wantsReferral {
            let target = referralTarget(for: department)
            let at = referralAt
            let reason = rng.pick(DemoNames.referralReasons)
            let referral = TaskRecord(id: DemoIds.next(&ids.task), caseId: caseId, parentId: mainTask, department: target,
                                      assignee: nil, status: "assigned", reason: reason, openedAt: at, closedAt: nil)
            addTask(referral)
            event(at, assignee ?? clerk, caseId, "referred", reason: reason, details: "{\"task\":\(referral.id),\"to\":\"\(target)\"}")
        }
        makeLedger(caseId: caseId, plan: plan, values: values, department: department, openedAt: openedAt, clerk: clerk)
        if let closedAt {
            let actor = assignee ?? clerk
            if let (o, codes, rationale) = outcome, let code = codes.first {
                rows.add(DecisionRecord(outcome: o, reasonCode: code, rationale: rationale, at: closedAt, actor: actor,
                                        otherReasonCodes: Array(codes.dropFirst())), caseId: caseId)
                var details: [(String, JSONText.Value)] = [("outcome", .string(o)), ("reason_code", .string(code))]
                if codes.count > 1 { details.append(("reason_codes", .array(codes.map { .string($0) }))) }
                details.append(("to", .string(state)))
                event(closedAt, actor, caseId, "decided", reason: rationale, details: JSONText.encode(.object(details)))
                // Its notice went out the same day, in the person's language (or the agency's).
                if let language = letterLanguage(identity["language"]) {
                    event(min(now, closedAt + 600), actor, caseId, "notice_produced",
                          details: JSONText.object(["letter": .string("decision"), "language": .string(language), "pages": .int(1),
                                                    "address_included": .bool(true)]), constituentId: constituentId)
                }
                if o == "denied" || o == "partially_granted" {
                    appealable.append((caseId, ref, constituentId, closedAt))
                    if appealable.count > 400 { appealable.removeFirst(100) }
                }
            } else {
                event(closedAt, actor, caseId, "state_changed",
                      reason: state == "withdrawn" ? "constituent withdrew the request" : "no further action",
                      details: "{\"to\":\"\(state)\"}")
            }
        }
    }

    /// The language a person's letters go out in (theirs, or the agency's default).
    private mutating func letterLanguage(_ preference: String?) -> String? {
        guard let notices = agency.notices else { return nil }
        let key = preference ?? ""
        if let known = letterLanguages[key] { return known }
        let code = notices.language(for: preference)?.code ?? notices.defaultLanguage
        letterLanguages[key] = code
        return code
    }

    /// Outcomes as an agency sees them: most requests granted, many denied, a few otherwise.
    private mutating func pickOutcome() -> String {
        let weights = ["granted": 40, "denied": 30, "partially_granted": 12, "dismissed": 10, "no_action_needed": 8]
        let total = agency.outcomes.reduce(0) { $0 + (weights[$1.code] ?? 10) }
        var r = rng.int(0...max(0, total - 1))
        for o in agency.outcomes {
            r -= weights[o.code] ?? 10
            if r < 0 { return o.code }
        }
        return agency.outcomes[0].code
    }

    /// A task row, with what it adds to the workload counters.
    private mutating func addTask(_ task: TaskRecord) {
        rows.add(task)
        counters.count(task, openedAt: task.openedAt, sign: 1)
    }

    private func referralTarget(for department: String) -> String {
        switch department {
        case "VET", "BEN": return agency.department("MED") != nil ? "MED" : department
        case "TAX", "DMV": return agency.department("PAY") != nil ? "PAY" : department
        default: return agency.department("REC") != nil ? "REC" : department
        }
    }

    /// The fees charged when the case opened, then what a year of counters and cashiers leaves:
    /// most paid (by every method, now and then too much or only part), some refunded in part or
    /// whole and some waived by a supervisor, a few checks returned and their payment reversed.
    /// Entries and events are as the engine's rules make them, so the payments report and
    /// `docket check` reconcile them with the ledger.
    private mutating func makeLedger(caseId: Int64, plan: DemoTypePlan, values: FormValues, department: String,
                                     openedAt: Int64, clerk: String) {
        guard !plan.openingFees.isEmpty else { return }
        var owed: Int64 = 0, waivable: Int64 = 0
        for fee in plan.openingFees {
            guard case .success(let amount) = fee.amount(form: values), amount > 0 else { continue }
            var e = ledgerEntry(.charge, at: openedAt, amount: amount, department: department, actor: clerk, caseId: caseId)
            e.code = fee.code
            addLedger(e, caseId: caseId, event: "fee_charged", extra: [("code", .string(fee.code))])
            owed += amount
            if fee.waivable { waivable += amount }
        }
        // The main sequence draws what it drew before the ledger grew (whether and when a fee
        // was paid), so every other figure of a seed's demo stays as it was; the rest of the
        // money comes from a sequence of its own.
        let paid = rng.chance(0.6)
        let paidAfterDays = paid ? rng.int(0...20) : 0
        if paid { _ = rng.pick([0, 1, 2, 3]); _ = rng.int(100000...999999) }
        guard owed > 0 else { return }
        let roll = money.int(0...99)
        let supervisor = supervisorFor(department) ?? clerk
        var balance = owed
        var lastPaid: Int64?
        if paid {
            let at = min(now, openedAt + Int64(paidAfterDays) * 86400 + Int64(money.int(0...28_800)))
            let method = money.pick(PaymentMethod.allCases)
            let amount = roll < 5 ? owed + Int64(money.int(1...20)) * 100 : roll < 13 ? max(100, owed / 2) : owed
            let cashier = money.chance(0.5) ? (payStaff.isEmpty ? clerk : money.pick(payStaff)) : clerk
            var pay = ledgerEntry(.payment, at: at, amount: amount, department: department, actor: cashier, caseId: caseId)
            pay.method = method.rawValue
            pay.receipt = nextReceipt(at: at)
            pay.reference = method == .cash ? nil : demoReference(method)
            addLedger(pay, caseId: caseId, event: "payment_received",
                      extra: [("method", .string(method.rawValue)), ("receipt", .string(pay.receipt!)), ("reference", .optional(pay.reference))])
            balance -= amount
            lastPaid = at
            let later = min(now, at + Int64(money.int(1...30)) * 86400)
            if money.chance(0.06) {
                var refund = ledgerEntry(.refund, at: later, amount: money.chance(0.5) ? amount : max(1, amount / 4),
                                         department: department, actor: supervisor, caseId: caseId)
                refund.receipt = pay.receipt
                refund.method = pay.method
                refund.reason = money.pick(DemoLedgerText.refundReasons)
                balance += refund.amount
                addLedger(refund, caseId: caseId, event: "refunded", extra: [("receipt", .string(pay.receipt!))])
            } else if method == .check && money.chance(0.05) {
                var reversal = ledgerEntry(.reversal, at: later, amount: amount, department: department, actor: supervisor, caseId: caseId)
                reversal.reverses = pay.id
                reversal.receipt = pay.receipt
                reversal.method = pay.method
                reversal.reason = "check returned unpaid by the bank"
                balance += amount
                lastPaid = nil
                addLedger(reversal, caseId: caseId, event: "ledger_reversed",
                          extra: [("reverses", .int(pay.id)), ("reversed_kind", .string("payment"))])
            }
        } else if roll < 10 && waivable > 0 {
            let at = min(now, openedAt + Int64(money.int(1...40)) * 86400)
            var waiver = ledgerEntry(.waiver, at: at, amount: min(owed, waivable), department: department, actor: supervisor, caseId: caseId)
            waiver.reason = money.pick(DemoLedgerText.waiverReasons)
            balance -= waiver.amount
            addLedger(waiver, caseId: caseId, event: "waived", extra: [])
        }
        // What a nightly `docket tick` would have charged: the late fee, once the money had
        // been owed its days since the case opened or the last payment.
        if balance > 0, let late = plan.lateFee {
            let at = max(openedAt, lastPaid ?? openedAt) + Int64(late.days) * 86400 + 3600
            if at <= now {
                var e = ledgerEntry(.charge, at: at, amount: Int64(late.fee.amount ?? 0), department: department, actor: "docket", caseId: caseId)
                e.code = late.fee.code
                e.reason = "owed for more than \(late.days) days"
                addLedger(e, caseId: caseId, event: "fee_charged", extra: [("code", .string(late.fee.code))])
            }
        }
    }

    private mutating func ledgerEntry(_ kind: LedgerKind, at: Int64, amount: Int64, department: String, actor: String,
                                      caseId: Int64) -> LedgerEntry {
        LedgerEntry(id: DemoIds.next(&ids.ledger), at: at, kind: kind.rawValue, code: nil, amount: amount, currency: agency.currency,
                    method: nil, receipt: nil, department: department, actor: actor)
    }

    private mutating func addLedger(_ e: LedgerEntry, caseId: Int64, event kind: String, extra: [(String, JSONText.Value)]) {
        // A refund's or waiver's reason is about the person: sealed like the event's.
        var stored = e
        stored.reason = e.reason.map { text in sealKey.map { PersonalSeal.seal(text, key: $0) } ?? text }
        rows.add(stored, caseId: caseId)
        let details: [(String, JSONText.Value)] = [("entry", .int(e.id)), ("kind", .string(e.kind)), ("amount", .int(e.amount)),
                                                   ("currency", .string(e.currency))] + extra
        event(e.at, e.actor, caseId, kind, reason: e.reason, details: JSONText.encode(.object(details)))
    }

    /// The year's next receipt number, as the store's sequence would give it.
    private mutating func nextReceipt(at: Int64) -> String {
        let year = Day(unixSeconds: at).civil.year
        let n = (receiptCounters[year] ?? 0) + 1
        receiptCounters[year] = n
        return "R-\(year)-" + ZeroPadded.string(Int(n), width: 6)
    }

    private mutating func demoReference(_ method: PaymentMethod) -> String {
        switch method {
        case .cardTerminal: return "AUTH \(money.int(100000...999999))"
        case .check: return "check \(money.int(1000...9999))"
        case .ach: return "ACH \(money.int(10_000_000...99_999_999))"
        case .moneyOrder: return "MO \(money.int(10_000_000...99_999_999))"
        case .online: return "PAYPORTAL-\(money.int(100000...999999))"
        case .cash: return "till \(money.int(1...6))"
        }
    }

    /// A supervisor of the department, else one of payments.
    private func supervisorFor(_ department: String) -> String? {
        supervisorsByDept[department]?.first ?? supervisorsByDept[LedgerAccess.paymentsDepartment]?.first
    }
}
