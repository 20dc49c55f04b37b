/// One row checked as the form screen checks it, plus what intake refuses besides: a card
/// number in any field, and a row that names nobody.
struct RowCheck {
    let form: FormDefinition
    let agency: Agency
    let today: Day
    let nameFields: [String]
    /// With --drop-hidden: values the row's answers hide are dropped and counted, not refused.
    let dropHidden: Bool

    init(form: FormDefinition, agency: Agency, today: Day, dropHidden: Bool = false) {
        self.dropHidden = dropHidden
        self.form = form
        self.agency = agency
        self.today = today
        nameFields = form.fields.filter { $0.identity == "given_name" || $0.identity == "family_name" }.map(\.id)
    }


    /// The row's problems, its canonical values, and how many hidden values were dropped.
    func run(_ row: SourceRow) -> (problems: [ImportError], values: FormValues, droppedHidden: Int) {
        if !row.problems.isEmpty { return (row.problems, [:], 0) }
        let check = FormValidator.validate(row.values, form: form, dateOrder: agency.dateOrder, currency: agency.currency, today: today)
        var problems = check.errors
        if !dropHidden {
            // Nothing given is dropped without a word: a value the row's own answers hide is an error.
            problems += check.hidden.map { h in
                (h.field, "has a value, but \(h.by) \(check.canonical[h.by].map { "is '\($0)', which" } ?? "is empty, which") hides \(h.field); remove the value or change \(h.by) (or import with --drop-hidden to drop such values)")
            }
        }
        if problems.isEmpty { problems = Engine.storageProblems(check.canonical, form: form) }
        if problems.isEmpty, !nameFields.isEmpty, !nameFields.contains(where: { check.canonical[$0] != nil }) {
            problems.append((nameFields[0], "the row names nobody; fill in \(nameFields.joined(separator: " or "))"))
        }
        return (problems.map { ImportError(row: row.number, field: $0.field, message: $0.message) }, check.canonical,
                dropHidden ? check.hidden.count : 0)
    }
}
