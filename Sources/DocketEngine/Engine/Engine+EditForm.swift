/// Correcting a case's form after intake: the changes are checked exactly as the form screen
/// checks them (on the whole form, so show_if and required rules hold), identity fields
/// update the constituent (one identity across their cases), and one event records each
/// changed field before and after — personal fields masked — under the case's version check.
extension Engine {
    /// Applies `changes` (field id → text as typed; empty text clears the field) to the case's
    /// form. A refusal lists every problem as `FIELD: message` lines. Changing nothing changes
    /// nothing (no event, no new version).
    @discardableResult
    public func editForm(ref: String, changes: [String: String], reason: String? = nil, as actor: StaffMember,
                         expectVersion: Int64? = nil) throws -> CaseSummary {
        let why = try reason.map { try FreeText.optional($0) } ?? nil
        do {
            try mutate(ref, as: actor, expectVersion: expectVersion, action: .editForm) { w, _ in
                guard let form = agency.caseType(w.c.type).flatMap({ agency.form($0.form) }) else {
                    throw DocketError.refused("\(w.c.ref) has case type \(w.c.type), whose form the agency file no longer defines")
                }
                let before = JSONText.decodeForm(try store.formJSON(caseId: w.c.id))
                var input = FormValidator.inputValues(fromCanonical: before, form: form)
                for (k, v) in changes { input[k] = v }
                let check = FormValidator.validate(input, form: form, dateOrder: agency.dateOrder, currency: agency.currency,
                                                   today: clock.today)
                let after = try Engine.accepted(check, form: form)
                let changed = form.fields.filter { before[$0.id] != after[$0.id] }
                guard !changed.isEmpty else { throw NothingChanged() }

                var personId: Int64?
                let identityFields = changed.filter { $0.identity != nil }
                if !identityFields.isEmpty {
                    personId = try updateIdentity(of: w.c.constituentId, fields: identityFields, values: after)
                    if let p = try store.constituent(id: w.c.constituentId) { w.c.constituentName = p.fullName }
                }
                w.c.amount = after["amount"].flatMap { Int64($0) }
                try store.updateCaseForm(caseId: w.c.id, form: JSONText.encode(form: after), amount: w.c.amount)
                let details: [JSONText.Value] = changed.map { f in
                    .object([("field", .string(f.id)), ("before", Engine.audited(before[f.id], f)),
                             ("after", Engine.audited(after[f.id], f))])
                }
                try store.appendEvent(at: w.now, actor: actor.login, caseId: w.c.id, constituentId: personId, kind: "form_edited",
                                      reason: why, details: JSONText.encode(.object([("changes", .array(details))])))
            }
        } catch is NothingChanged {
            return try summaryAfter(ref)
        }
        return try summaryAfter(ref)
    }

    private struct NothingChanged: Error {}

    /// A value as the audit log keeps it: personal fields masked (a national id keeps its
    /// last four, as on screen), nil as null.
    static func audited(_ value: String?, _ field: FormField) -> JSONText.Value {
        guard let value else { return .null }
        guard field.pii else { return .string(value) }
        return .string(field.type == .nationalId ? Constituent.mask(value) : "***")
    }

    /// Copies changed identity fields onto the constituent; returns their id.
    private func updateIdentity(of id: Int64, fields: [FormField], values: FormValues) throws -> Int64 {
        guard var p = try store.constituent(id: id), !p.erased else {
            throw DocketError.refused("constituent #\(id) was erased; their identity cannot be edited")
        }
        for f in fields {
            let v = values[f.id]
            switch f.identity {
            case "given_name": p.givenName = v ?? ""
            case "family_name": p.familyName = v ?? ""
            case "birth_date": p.birthDate = v
            case "national_id": p.nationalId = v
            case "email": p.email = v
            case "phone": p.phone = v
            case "address": p.address = v
            case "language": p.language = v
            default: break
            }
        }
        guard !(p.givenName.isEmpty && p.familyName.isEmpty) else {
            throw DocketError.usage("the constituent would be left without a name; keep a given or family name")
        }
        if let nid = p.nationalId, let other = try store.constituentId(nationalId: nid), other != p.id {
            throw DocketError.refused("national_id: that national id belongs to constituent #\(other); if they are the same person, ask an admin to merge the records")
        }
        try store.updateConstituentIdentity(p)
        return p.id
    }
}
