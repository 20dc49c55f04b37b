/// A new case entering the agency: find or create the constituent, create the case, route it.
extension Engine {
    public struct IntakeResult: Sendable {
        public var summary: CaseSummary
        public var routing: RoutingDecision
        /// True when the constituent was already known (same national id).
        public var matchedConstituent: Bool
    }

    /// Creates a case of `type` from canonical form values. The constituent is the one with the
    /// same national id, else a new person built from the form's identity fields.
    public func intake(type code: String, form values: FormValues, constituentId: Int64? = nil,
                       as actor: StaffMember) throws -> IntakeResult {
        guard actor.role != .auditor else { throw DocketError.refused("auditors have read-only access") }
        guard let type = agency.caseType(code), let form = agency.form(type.form),
              let lifecycle = agency.lifecycle(type.lifecycle) else {
            throw DocketError.usage("unknown case type '\(code)' (types: \(agency.caseTypes.map(\.code).joined(separator: ", ")))")
        }
        var identity: [String: String] = [:]
        for f in form.fields { if let attr = f.identity, let v = values[f.id], !v.isEmpty { identity[attr] = v } }
        for (k, v) in values where CardNumberGuard.findCardNumber(in: v) != nil {
            throw DocketError.refused("field \(k) holds what looks like a payment card number; Docket never stores card numbers")
        }
        return try locked {
            try store.transaction {
                let now = clock.now
                var personId = constituentId
                var matched = constituentId != nil
                if personId == nil, let nid = identity["national_id"], let known = try store.constituents(nationalId: nid).first {
                    personId = known.id
                    matched = true
                }
                if personId == nil {
                    let given = identity["given_name"] ?? "", family = identity["family_name"] ?? ""
                    guard !(given.isEmpty && family.isEmpty) else {
                        throw DocketError.usage("the form gives no name for the constituent; fill in the name fields")
                    }
                    personId = try store.insertConstituent(
                        Constituent(givenName: given, familyName: family, birthDate: identity["birth_date"],
                                    nationalId: identity["national_id"], email: identity["email"], phone: identity["phone"],
                                    address: identity["address"], language: identity["language"]), at: now)
                    try store.appendEvent(at: now, actor: actor.login, caseId: nil, constituentId: personId,
                                          kind: "constituent_created", reason: nil)
                }
                guard let person = try store.constituent(id: personId!) else {
                    throw DocketError.notFound("no constituent #\(personId!)")
                }
                let amount = values["amount"].flatMap { Int64($0) }
                let subject = RoutingSubject(type: code, priority: type.defaultPriority, state: lifecycle.initialState.id,
                                             amount: amount, tags: [], form: values,
                                             constituent: CaseWork.routingAttributes(of: person, overrides: identity,
                                                                                     today: Day(unixSeconds: now)))
                let decision = RoutingEvaluator.decide(agency, trigger: .intake, subject: subject, explain: false)!
                let slaPolicy = decision.action.slaPolicy ?? type.slaPolicy
                let openedDay = Day(unixSeconds: now)
                let target = (agency.slaPolicy(slaPolicy) ?? agency.slaPolicies[0]).businessDays(in: decision.action.department)
                let ref = try store.nextRef(prefix: type.prefix, year: openedDay.civil.year)
                var summary = CaseSummary(id: 0, ref: ref, type: code, state: lifecycle.initialState.id,
                                          priority: decision.action.priority ?? type.defaultPriority,
                                          department: decision.action.department, assignee: nil, taskStatus: "assigned",
                                          mainTaskId: nil, constituentId: person.id, constituentName: person.fullName,
                                          nationalId: person.nationalId, openedAt: now,
                                          dueDay: SLAClock.dueDay(opened: openedDay, targetBusinessDays: target, pausedBusinessDays: 0,
                                                                  calendar: agency.calendar),
                                          closedAt: nil, holdSince: nil, holdUntil: nil, holdPriorState: nil, heldSeconds: 0,
                                          pausedBusinessDays: 0, slaPolicy: slaPolicy, amount: amount,
                                          tags: decision.action.tags, version: 1, updatedAt: now, updatedBy: actor.login)
                summary.id = try store.insertCase(summary, form: JSONText.encode(form: values), at: now, actor: actor.login)
                let task = try store.insertTask(TaskRecord(id: 0, caseId: summary.id, parentId: nil, department: summary.department,
                                                           assignee: nil, status: "assigned", reason: decision.explanation,
                                                           openedAt: now, closedAt: nil))
                try store.setMainTask(caseId: summary.id, taskId: task)
                summary.mainTaskId = task
                try store.appendEvent(at: now, actor: actor.login, caseId: summary.id, constituentId: person.id, kind: "case_created",
                                      reason: nil, details: JSONText.object(["type": .string(code), "matched_constituent": .bool(matched)]))
                try store.appendEvent(at: now, actor: actor.login, caseId: summary.id, constituentId: nil, kind: "routed",
                                      reason: "intake: \(decision.explanation)",
                                      details: JSONText.object(["to": .string(summary.department), "rule": .optional(decision.ruleName)]))
                return IntakeResult(summary: summary, routing: decision, matchedConstituent: matched)
            }
        }
    }
}
