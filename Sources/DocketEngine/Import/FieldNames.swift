/// What a column name (a CSV header cell or a JSON key) stands for on a form: a field, by id
/// or by label, ignoring case and surrounding space; a case column an export writes, which
/// import ignores; the rejects file's `error` column; or nothing known.
struct FieldNames {
    enum Target: Equatable {
        case field(String)
        case exportColumn
        case errorColumn
        case unknown
    }

    let form: FormDefinition
    private let byName: [String: String]

    init(form: FormDefinition) {
        self.form = form
        var map: [String: String] = [:]
        // Labels first so that ids, written over them, win when a label equals another field's id.
        for f in form.fields { map[FieldNames.key(f.label)] = f.id }
        for f in form.fields { map[FieldNames.key(f.id)] = f.id }
        byName = map
    }

    static func key(_ name: String) -> String {
        var s = Substring(name)
        while let c = s.first, c.isWhitespace || c == "\u{FEFF}" { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return s.lowercased()
    }

    func target(_ name: String) -> Target {
        let k = FieldNames.key(name)
        if let id = byName[k] { return .field(id) }
        if k == ExportColumns.rejectsErrorColumn { return .errorColumn }
        if ExportColumns.ignoredByImport.contains(k) { return .exportColumn }
        return .unknown
    }

    func unknownMessage(_ name: String) -> String {
        "unknown column \(InputProblem.quote(name)): not a field of form \(form.id) (fields: \(form.fields.map(\.id).joined(separator: ", "))); rename it to a field id or label, or remove it"
    }
}
