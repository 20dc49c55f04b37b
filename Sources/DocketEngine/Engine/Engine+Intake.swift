/// A new case entering the agency: check the form as the form screen does, find the
/// constituent or create one, create the case, route it — one transaction.
extension Engine {
    public struct IntakeResult: Sendable {
        public var summary: CaseSummary
        public var routing: RoutingDecision
        /// True when the constituent was already known (or chosen by the caller).
        public var matchedConstituent: Bool
        /// How the constituent was recognised; nil for a new person.
        public var matchedBy: IdentityMatchKind?
        /// Known people who may be this one (same family name and birth date with another given
        /// name, or same name and birth year). The case was not linked to them: a clerk decides,
        /// and can intake again naming the person.
        public var possibleDuplicates: [Constituent]
    }

    /// What an intake would do, without doing it: the form's verdict, the person it would be
    /// linked to, possible duplicates, and where routing would send it.
    public struct IntakePreview: Sendable {
        public var check: FormCheck
        public var constituent: Constituent?
        public var matchedBy: IdentityMatchKind?
        public var possibleDuplicates: [Constituent]
        /// Open cases of each possible duplicate, by constituent id: the clerk weighs a person
        /// with cases under way differently from a record nobody has used in years.
        public var openCases: [Int64: Int]
        /// nil when the form is not valid.
        public var routing: RoutingDecision?
        /// The national id keyed belongs to another person's record (masked: initials, birth
        /// year, record number): intake refuses it unless that record is chosen deliberately.
        public var identityConflict: String? = nil
        /// The record the conflicting national id belongs to, for a clerk who deliberately
        /// files the case under it (`intake(constituentId:)`).
        public var identityConflictRecord: Int64? = nil
    }

    /// Creates a case of `type` from input as typed (dates as `3/14/1968`, money as `1,234.50`).
    /// The form is checked exactly as the form screen checks it; a refusal lists every
    /// problem as `FIELD: message` lines.
    public func intake(type code: String, input: [String: String], constituentId: Int64? = nil,
                       as actor: StaffMember) throws -> IntakeResult {
        let (type, form, _) = try intakeParts(code)
        let check = FormValidator.validate(input, form: form, dateOrder: agency.dateOrder, currency: agency.currency, today: clock.today)
        return try createIntake(type: type, form: form, values: try Engine.accepted(check, form: form),
                                constituentId: constituentId, as: actor)
    }

    /// Creates a case of `type` from canonical form values (money in minor units). They are
    /// checked by reading them back as input, so nothing the form screen would refuse gets in.
    public func intake(type code: String, form values: FormValues, constituentId: Int64? = nil,
                       as actor: StaffMember) throws -> IntakeResult {
        let (type, form, _) = try intakeParts(code)
        let input = FormValidator.inputValues(fromCanonical: values, form: form)
        let check = FormValidator.validate(input, form: form, dateOrder: agency.dateOrder, currency: agency.currency, today: clock.today)
        return try createIntake(type: type, form: form, values: try Engine.accepted(check, form: form),
                                constituentId: constituentId, as: actor)
    }

    /// Keying cases in (intake, import, intake drafts, and seeing who a new person may already
    /// be) is for clerks, supervisors and admins (DESIGN.md section 6).
    static func requireIntake(_ actor: StaffMember) throws { try StaffActions.require(.intake, actor: actor) }

    public func intakePreview(type code: String, input: [String: String], as actor: StaffMember) throws -> IntakePreview {
        try Engine.requireIntake(actor)
        let (type, form, lifecycle) = try intakeParts(code)
        let check = FormValidator.validate(input, form: form, dateOrder: agency.dateOrder, currency: agency.currency, today: clock.today)
        let identity = Engine.identity(of: check.canonical, form: form)
        return try locked {
            let match = try IdentityMatcher(store: store).match(identity)
            var routing: RoutingDecision?
            if check.isValid {
                let person = match.person ?? Engine.newPerson(identity)
                let maker = IntakeCaseMaker(agency: agency, type: type, lifecycle: lifecycle, now: clock.now)
                routing = maker.route(values: check.canonical, identity: identity, person: person)
            }
            var openCases: [Int64: Int] = [:]
            for person in match.possibleDuplicates { openCases[person.id] = try store.openCaseCount(constituentId: person.id) }
            return IntakePreview(check: check, constituent: match.person, matchedBy: match.kind,
                                 possibleDuplicates: match.possibleDuplicates, openCases: openCases, routing: routing,
                                 identityConflict: match.conflict.map { "\(Engine.fieldId(for: "national_id", in: form)): \($0.message)" },
                                 identityConflictRecord: match.conflict?.known.id)
        }
    }

    func intakeParts(_ code: String) throws -> (CaseType, FormDefinition, Lifecycle) {
        guard let type = agency.caseType(code), let form = agency.form(type.form),
              let lifecycle = agency.lifecycle(type.lifecycle) else {
            throw DocketError.usage("unknown case type '\(code)' (types: \(agency.caseTypes.map(\.code).joined(separator: ", ")))")
        }
        return (type, form, lifecycle)
    }

    /// The canonical values of a valid form, or a refusal listing every problem.
    static func accepted(_ check: FormCheck, form: FormDefinition) throws -> FormValues {
        var problems = check.errors
        if problems.isEmpty { problems = storageProblems(check.canonical, form: form) }
        guard problems.isEmpty else {
            throw DocketError.refused(problems.map { "\($0.field): \($0.message)" }.joined(separator: "\n"))
        }
        return check.canonical
    }

    /// What no form value may hold whatever its type: a payment card number.
    static func storageProblems(_ values: FormValues, form: FormDefinition) -> [(field: String, message: String)] {
        var out: [(field: String, message: String)] = []
        for f in form.fields {
            guard let v = values[f.id], v.utf8.count >= 13, f.type != .text, f.type != .multiline else { continue }
            if CardNumberGuard.findCardNumber(in: v) != nil {
                out.append((f.id, "holds what looks like a payment card number; Docket never stores card numbers"))
            }
        }
        return out
    }

    /// The constituent attributes a form's identity fields fill (given_name, birth_date …).
    static func identity(of values: FormValues, form: FormDefinition) -> [String: String] {
        var identity: [String: String] = [:]
        for f in form.fields { if let attr = f.identity, let v = values[f.id], !v.isEmpty { identity[attr] = v } }
        return identity
    }

    /// The form field that fills an identity attribute (`national_id` → `ssn`), for messages.
    static func fieldId(for attribute: String, in form: FormDefinition) -> String {
        form.fields.first { $0.identity == attribute }?.id ?? attribute
    }

    static func newPerson(_ identity: [String: String]) -> Constituent {
        Constituent(givenName: identity["given_name"] ?? "", familyName: identity["family_name"] ?? "",
                    birthDate: identity["birth_date"], nationalId: identity["national_id"], email: identity["email"],
                    phone: identity["phone"], address: identity["address"], language: identity["language"])
    }

    private func createIntake(type: CaseType, form: FormDefinition, values: FormValues, constituentId: Int64?,
                              as actor: StaffMember) throws -> IntakeResult {
        try Engine.requireIntake(actor)
        guard let lifecycle = agency.lifecycle(type.lifecycle) else {
            throw DocketError.refused("case type \(type.code) names lifecycle \(type.lifecycle), which the agency does not define")
        }
        let identity = Engine.identity(of: values, form: form)
        return try locked {
            try store.transaction {
                let now = clock.now
                var person: Constituent
                var matchedBy: IdentityMatchKind?
                var isNew = false
                var duplicates: [Constituent] = []
                if let constituentId {
                    guard let chosen = try store.constituent(id: constituentId), !chosen.erased else {
                        throw DocketError.notFound("no constituent #\(constituentId) (or their record was erased)")
                    }
                    person = chosen
                    matchedBy = .chosen
                } else {
                    let match = try IdentityMatcher(store: store).match(identity)
                    if let conflict = match.conflict {
                        throw DocketError.refused("\(Engine.fieldId(for: "national_id", in: form)): \(conflict.message); check the id as keyed, or choose that record if they are the same person")
                    }
                    duplicates = match.possibleDuplicates
                    if let known = match.person {
                        person = known
                        matchedBy = match.kind
                    } else {
                        person = Engine.newPerson(identity)
                        guard !(person.givenName.isEmpty && person.familyName.isEmpty) else {
                            throw DocketError.usage("the form gives no name for the constituent; fill in the name fields")
                        }
                        isNew = true
                    }
                }
                var maker = IntakeCaseMaker(agency: agency, type: type, lifecycle: lifecycle, now: now)
                let ref = try store.nextRef(prefix: type.prefix, year: Day(unixSeconds: now).civil.year)
                let (made, decision) = maker.make(ref: ref, values: values, identity: identity, person: person, actor: actor.login)
                let summary = try store.open(CaseOpening(
                    newPerson: isNew ? person : nil, summary: made, formJSON: JSONText.encode(form: values),
                    taskReason: decision.explanation,
                    createdDetails: JSONText.object([
                        "type": .string(type.code), "matched_constituent": .bool(matchedBy != nil),
                        "matched_by": .optional(matchedBy?.rawValue),
                        "possible_duplicates": .array(duplicates.map { .int($0.id) }),
                    ]),
                    routedReason: "intake: \(decision.explanation)",
                    routedDetails: JSONText.object(["to": .string(made.department), "rule": .optional(decision.ruleName)]),
                    actor: actor.eventActor, actingAs: actor.eventActingAs, at: now,
                    charges: OpeningCharges.make(agency: agency, type: type.code, form: values, department: made.department,
                                                 actor: actor.login, at: now)))
                try recordPendingRequest()
                return IntakeResult(summary: summary, routing: decision, matchedConstituent: matchedBy != nil,
                                    matchedBy: matchedBy, possibleDuplicates: duplicates)
            }
        }
    }
}

/// The case an intake makes, before it has ids: routed by the intake rules, its SLA clock
/// started. Shared by intake and import, which makes a million of them (due dates are kept
/// per department and policy: every case of one import opens on the same day).
struct IntakeCaseMaker {
    let agency: Agency
    let type: CaseType
    let lifecycle: Lifecycle
    let now: Int64
    private var dueDays: [String: Day] = [:]

    init(agency: Agency, type: CaseType, lifecycle: Lifecycle, now: Int64) {
        self.agency = agency
        self.type = type
        self.lifecycle = lifecycle
        self.now = now
    }

    func route(values: FormValues, identity: [String: String], person: Constituent) -> RoutingDecision {
        let subject = RoutingSubject(type: type.code, priority: type.defaultPriority, state: lifecycle.initialState.id,
                                     amount: values["amount"].flatMap { Int64($0) }, tags: [], form: values,
                                     constituent: CaseWork.routingAttributes(of: person, overrides: identity,
                                                                             today: Day(unixSeconds: now)))
        return RoutingEvaluator.decide(agency, trigger: .intake, subject: subject, explain: false)!
    }

    /// The case, routed by `decision` when the caller has already routed it.
    mutating func make(ref: String, values: FormValues, identity: [String: String], person: Constituent,
                       actor: String, decision known: RoutingDecision? = nil) -> (CaseSummary, RoutingDecision) {
        let decision = known ?? route(values: values, identity: identity, person: person)
        let slaPolicy = decision.action.slaPolicy ?? type.slaPolicy
        let department = decision.action.department
        let key = slaPolicy + "\u{1}" + department
        let due: Day
        if let known = dueDays[key] {
            due = known
        } else {
            let target = (agency.slaPolicy(slaPolicy) ?? agency.slaPolicies[0]).businessDays(in: department)
            due = SLAClock.dueDay(opened: Day(unixSeconds: now), targetBusinessDays: target, pausedBusinessDays: 0,
                                  calendar: agency.calendar)
            dueDays[key] = due
        }
        let summary = CaseSummary(id: 0, ref: ref, type: type.code, state: lifecycle.initialState.id,
                                  priority: decision.action.priority ?? type.defaultPriority,
                                  department: department, assignee: nil, taskStatus: "assigned",
                                  mainTaskId: nil, constituentId: person.id, constituentName: person.fullName,
                                  nationalId: person.nationalId, openedAt: now, dueDay: due,
                                  closedAt: nil, holdSince: nil, holdUntil: nil, holdPriorState: nil, heldSeconds: 0,
                                  pausedBusinessDays: 0, slaPolicy: slaPolicy, amount: values["amount"].flatMap { Int64($0) },
                                  tags: decision.action.tags, version: 1, updatedAt: now, updatedBy: actor)
        return (summary, decision)
    }
}
