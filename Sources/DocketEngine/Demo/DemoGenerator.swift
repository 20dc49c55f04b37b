import Foundation

/// Fills a new database with a deterministic synthetic backlog: constituents in six
/// languages, cases of every type in every department, with the tasks, holds, referrals,
/// notes, payments and event history a real year and a half of work leaves behind.
struct DemoGenerator {
    let agency: Agency
    let now: Int64
    let cases: Int
    var rng: SeededRandom

    private var workersByDept: [String: [String]] = [:]
    private var clerks: [String] = []
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
        for s in agency.staff {
            if s.role == .clerk { clerks.append(s.login) }
            if s.role == .caseworker || s.role == .supervisor {
                for d in s.departments { workersByDept[d, default: []].append(s.login) }
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
        makeLedger(caseId: caseId, type: type, fee: plan.fee, amount: amount, openedAt: openedAt, clerk: clerk)
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

    private mutating func makeLedger(caseId: Int64, type: CaseType, fee: Fee?, amount: Int64?, openedAt: Int64, clerk: String) {
        guard let fee else { return }
        // A fine's charge is the fine on its form plus the scheduled fee; others pay the schedule.
        let total = Int64(fee.amount) + (type.code == "traffic_fine" ? (amount ?? 0) : 0)
        rows.add(LedgerEntry(id: DemoIds.next(&ids.ledger), at: openedAt, kind: "fee", code: fee.code, amount: total,
                             currency: agency.currency, method: nil, receipt: nil, actor: clerk), caseId: caseId)
        event(openedAt, clerk, caseId, "fee_charged",
              details: "{\"amount\":\(total),\"code\":\"\(fee.code)\",\"currency\":\"\(agency.currency)\"}")
        if rng.chance(0.6) {
            let at = min(now, openedAt + Int64(rng.int(0...20)) * 86400)
            let method = rng.pick(["card_terminal", "check", "cash", "online"])
            let receipt = "R-\(rng.int(100000...999999))"
            rows.add(LedgerEntry(id: DemoIds.next(&ids.ledger), at: at, kind: "payment", code: fee.code, amount: total,
                                 currency: agency.currency, method: method, receipt: receipt, actor: clerk), caseId: caseId)
            event(at, clerk, caseId, "payment_received",
                  details: "{\"amount\":\(total),\"method\":\"\(method)\",\"receipt\":\"\(receipt)\"}")
        }
    }
}
