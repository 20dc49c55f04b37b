/// Correcting a case's form after intake, as a rule: the changes are checked exactly as the
/// form screen checks them (on the whole form, so show_if and required rules hold), identity
/// fields update the constituent (one identity across their cases), and one event records each
/// changed field before and after, personal fields masked.
extension CaseWork {
    /// Applies `changes` (field id → text as typed; empty text clears the field). Returns the
    /// fields that changed: none means nothing is to be saved. A refusal lists every problem as
    /// `FIELD: message` lines.
    mutating func editForm(_ changes: [String: String], reason: String?) throws -> [FormField] {
        guard let definition = agency.caseType(c.type).flatMap({ agency.form($0.form) }) else {
            throw DocketError.refused("\(c.ref) has case type \(c.type), whose form the agency file no longer defines")
        }
        let before = form
        var input = FormValidator.inputValues(fromCanonical: before, form: definition)
        for (k, v) in changes { input[k] = v }
        let check = FormValidator.validate(input, form: definition, dateOrder: agency.dateOrder, currency: agency.currency,
                                           today: Day(unixSeconds: now))
        let after = try Engine.accepted(check, form: definition)
        let changed = definition.fields.filter { before[$0.id] != after[$0.id] }
        guard !changed.isEmpty else { return [] }

        var personId: Int64?
        let identityFields = changed.filter { $0.identity != nil }
        if !identityFields.isEmpty {
            let p = try CaseWork.identity(person, c.constituentId, updatedWith: identityFields, values: after)
            personChanged = p
            personId = p.id
            c.constituentName = p.fullName
        }
        setForm(after)
        let details: [JSONText.Value] = changed.map { f in
            .object([("field", .string(f.id)), ("before", Engine.audited(before[f.id], f)), ("after", Engine.audited(after[f.id], f))])
        }
        event("form_edited", reason: reason, constituent: personId, details: [("changes", .array(details))])
        return changed
    }

    /// The person with the changed identity fields copied on; refused for an erased person or
    /// one who would be left without a name.
    static func identity(_ person: Constituent?, _ id: Int64, updatedWith fields: [FormField], values: FormValues) throws -> Constituent {
        guard var p = person, !p.erased else {
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
        return p
    }
}
