/// One row checked as the form screen checks it, plus what intake refuses besides: a card
/// number in any field, and a row that names nobody.
struct RowCheck {
    let form: FormDefinition
    let agency: Agency
    let today: Day
    let nameFields: [String]

    init(form: FormDefinition, agency: Agency, today: Day) {
        self.form = form
        self.agency = agency
        self.today = today
        nameFields = form.fields.filter { $0.identity == "given_name" || $0.identity == "family_name" }.map(\.id)
    }

    func run(_ row: SourceRow) -> ([ImportError], FormValues) {
        if !row.problems.isEmpty { return (row.problems, [:]) }
        let check = FormValidator.validate(row.values, form: form, dateOrder: agency.dateOrder, currency: agency.currency, today: today)
        var problems = check.errors
        if problems.isEmpty { problems = Engine.storageProblems(check.canonical, form: form) }
        if problems.isEmpty, !nameFields.isEmpty, !nameFields.contains(where: { check.canonical[$0] != nil }) {
            problems.append((nameFields[0], "the row names nobody; fill in \(nameFields.joined(separator: " or "))"))
        }
        return (problems.map { ImportError(row: row.number, field: $0.field, message: $0.message) }, check.canonical)
    }
}
