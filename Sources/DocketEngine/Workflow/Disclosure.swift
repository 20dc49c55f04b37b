/// What of a person may be shown without a reason: names and the language of letters. Their
/// national id keeps its last four digits, a birth date its year, and contact data and
/// personal form fields are hidden, until someone allowed to reveals them with a reason.
public enum Disclosure {
    public static let hidden = "***"

    public static func masked(_ p: Constituent) -> Constituent {
        var m = p
        m.nationalId = p.nationalId.map(Constituent.mask)
        m.birthDate = p.birthDate.map { String($0.prefix(4)) }
        m.email = p.email.map { _ in hidden }
        m.phone = p.phone.map { _ in hidden }
        m.address = p.address.map { _ in hidden }
        return m
    }

    /// A form's values with its personal fields masked (a national id keeps its last four).
    public static func masked(_ values: FormValues, form: FormDefinition?) -> FormValues {
        guard let form else { return values }
        var out = values
        for f in form.fields where isPersonal(f) {
            if let v = values[f.id] { out[f.id] = f.type == .nationalId ? Constituent.mask(v) : hidden }
        }
        return out
    }

    /// Fields the form marks personal, and the identity fields that hold what a person's record
    /// hides: birth date, national id and contact data.
    public static func isPersonal(_ f: FormField) -> Bool {
        f.pii || ["birth_date", "national_id", "email", "phone", "address"].contains(f.identity ?? "")
    }

    /// A whole case as anyone in scope may see it.
    public static func masked(_ d: CaseDetail, agency: Agency) -> CaseDetail {
        var m = d
        m.constituent = masked(d.constituent)
        m.summary.nationalId = d.summary.nationalId.map(Constituent.mask)
        m.form = masked(d.form, form: agency.caseType(d.summary.type).flatMap { agency.form($0.form) })
        return m
    }
}
