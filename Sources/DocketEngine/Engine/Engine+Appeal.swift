/// `docket case appeal`: an appeal case for the same constituent, linked both ways to the
/// decided case it appeals, routed by the agency's rules like any new case.
extension Engine {
    public struct AppealResult: Sendable {
        public var appeal: CaseSummary
        public var original: CaseSummary
        public var late: Bool
        public var routing: String
    }

    public func appeal(_ ref: String, reason: String, late: Bool = false, as actor: StaffMember,
                       expectVersion: Int64? = nil) throws -> AppealResult {
        guard let settings = agency.notices, let type = agency.caseType(settings.appealCaseType),
              let lifecycle = agency.lifecycle(type.lifecycle) else {
            throw DocketError.refused("the agency file names no appeal case type; add \"appeal_case_type\" to its \"notices\" section")
        }
        let why = try FreeText.required(reason, what: "the grounds of the appeal (--reason TEXT)")
        return try locked {
            try store.transaction {
                guard let original = try store.caseSummary(ref: ref.uppercased()) else {
                    throw DocketError.notFound("no case \(ref); `docket search TEXT` finds cases by name, ref or id")
                }
                if let v = expectVersion, v != original.version {
                    throw DocketError.conflict("\(original.ref) changed since you saw it: it is at version \(original.version), you expected \(v). Reload it (`docket case show \(original.ref)`) and try again")
                }
                let decision = try store.decisions(caseId: original.id).last
                let isLate = try AppealWindow.check(original, decision: decision, staff: actor, inScope: try mayView(original, actor),
                                                    late: late, today: clock.today, settings: settings, calendar: agency.calendar)
                for link in try store.caseLinks(caseId: original.id) where link.kind == .appealedBy {
                    if let other = try store.caseSummary(ref: link.otherRef), other.isOpen {
                        throw DocketError.refused("\(original.ref) is already under appeal in \(other.ref) (\(other.state)); add to that case instead")
                    }
                }
                guard let person = try store.constituent(id: original.constituentId), !person.erased else {
                    throw DocketError.refused("the constituent of \(original.ref) was erased; an appeal needs the person")
                }
                let now = clock.now
                var values = Engine.identityValues(of: person, form: agency.form(type.form))
                if let form = agency.form(type.form) {
                    let ids = Set(form.fields.map(\.id))
                    if ids.contains("original_case_ref") { values["original_case_ref"] = original.ref }
                    if ids.contains("decision_date"), let decision { values["decision_date"] = Day(unixSeconds: decision.at).iso }
                    if ids.contains("appeal_statement") { values["appeal_statement"] = why }
                }
                var maker = IntakeCaseMaker(agency: agency, type: type, lifecycle: lifecycle, now: now)
                let newRef = try store.nextRef(prefix: type.prefix, year: Day(unixSeconds: now).civil.year)
                let identity = ["given_name": person.givenName, "family_name": person.familyName]
                let (made, routing) = maker.make(ref: newRef, values: values, identity: identity, person: person, actor: actor.login)
                let appeal = try store.open(CaseOpening(
                    newPerson: nil, summary: made, formJSON: JSONText.encode(form: values), taskReason: routing.explanation,
                    createdDetails: JSONText.object(["type": .string(type.code), "appeal_of": .string(original.ref), "late": .bool(isLate)]),
                    routedReason: "intake: \(routing.explanation)",
                    routedDetails: JSONText.object(["to": .string(made.department), "rule": .optional(routing.ruleName)]),
                    actor: actor.eventActor, actingAs: actor.eventActingAs, at: now))
                try store.linkAppeal(appeal.id, to: original.id, at: now, actor: actor.eventActor)
                try store.appendEvent(at: now, by: actor, caseId: original.id, constituentId: person.id, kind: "appealed", reason: why,
                                      details: JSONText.object(["appeal": .string(appeal.ref), "late": .bool(isLate)]))
                try recordPendingRequest()
                return AppealResult(appeal: appeal, original: original, late: isLate, routing: routing.explanation)
            }
        }
    }

    /// The person's record as the identity fields of a form (the appeal form's applicant section).
    static func identityValues(of p: Constituent, form: FormDefinition?) -> FormValues {
        let attributes = ["given_name": p.givenName, "family_name": p.familyName, "birth_date": p.birthDate, "national_id": p.nationalId,
                          "email": p.email, "phone": p.phone, "address": p.address, "language": p.language]
        var values: FormValues = [:]
        for f in form?.fields ?? [] {
            if let attr = f.identity, let v = attributes[attr] ?? nil, !v.isEmpty { values[f.id] = v }
        }
        return values
    }

    /// The cases linked to this one (an appeal and what it appeals), for `case show`.
    public func caseLinks(ref: String, as actor: StaffMember) throws -> [CaseLink] {
        try locked {
            guard let c = try store.caseSummary(ref: ref.uppercased()) else { throw DocketError.notFound("no case \(ref)") }
            guard try mayView(c, actor) else { throw DocketError.refused("\(c.ref) is outside \(actor.login)'s departments") }
            return try store.caseLinks(caseId: c.id)
        }
    }
}
