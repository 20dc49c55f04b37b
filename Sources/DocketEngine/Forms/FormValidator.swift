/// The verdict on a whole form: canonical values for the fields that are shown and filled,
/// and every problem in form order (unknown keys last).
public struct FormCheck: Sendable {
    public var canonical: FormValues
    public var errors: [(field: String, message: String)]
    /// Fields given a value that other answers hide: the value is not kept. A screen never
    /// shows such a field; an import must say so (or drop them when told to).
    public var hidden: [(field: String, by: String, value: String)] = []

    public var isValid: Bool { errors.isEmpty }
    public func error(for field: String) -> String? { errors.first { $0.field == field }?.message }
}

/// Checks a keyed or imported form: each field by `FieldValidator`, then the rules between
/// fields — required, show_if, defaults — and keys the form does not have.
public enum FormValidator {
    public static func validate(_ values: [String: String], form: FormDefinition, dateOrder: DateOrder,
                                currency: String = "USD", today: Day = DateInput.today()) -> FormCheck {
        var canonical: FormValues = Dictionary(minimumCapacity: values.count + 4)
        var errors: [(field: String, message: String)] = []
        // Fields whose value was refused: whether what depends on them is shown is not known.
        var unsettled: Set<String> = []
        var knownKeys = 0
        var hidden: [(field: String, by: String, value: String)] = []

        // Section by section rather than `form.fields`, which copies every field into a new array.
        for section in form.sections { for field in section.fields {
            let raw = values[field.id]
            if raw != nil { knownKeys += 1 }
            var controlledByUnsettled = false
            if let rule = field.showIf {
                if !unsettled.isEmpty && unsettled.contains(rule.field) {
                    controlledByUnsettled = true
                } else if !rule.isMet(by: canonical[rule.field]) {
                    // Hidden: its value is not kept (and said so) and it is never required.
                    if let raw, !raw.isEmpty { hidden.append((field.id, rule.field, raw)) }
                    continue
                }
            }
            var check = FieldValidator.validate(raw ?? "", field: field, dateOrder: dateOrder,
                                                currency: currency, today: today)
            if check == .empty, let fallback = field.defaultValue {
                check = FieldValidator.validate(fallback, field: field, dateOrder: dateOrder, currency: currency, today: today)
            }
            switch check {
            case .ok(let value):
                canonical[field.id] = value
            case .empty:
                if field.required && !controlledByUnsettled {
                    let expected = FieldValidator.expectation(for: field, dateOrder: dateOrder, currency: currency)
                    errors.append((field.id, "\(field.label) is required; \(expected)"))
                }
            case .invalid(let message):
                errors.append((field.id, message))
                unsettled.insert(field.id)
            }
            if controlledByUnsettled { unsettled.insert(field.id) }
        } }

        if knownKeys < values.count {
            let fields = form.fields
            let known = Set(fields.map(\.id))
            let unknown = values.keys.filter { !known.contains($0) }.sorted()
            let list = fields.map(\.id).joined(separator: ", ")
            for key in unknown {
                errors.append((key, "unknown field \(InputProblem.quote(key)) (fields: \(list))"))
            }
        }
        return FormCheck(canonical: canonical, errors: errors, hidden: hidden)
    }

    /// Stored canonical values as input the validator reads back to the same values (money as
    /// `1234.56`); see `FieldValidator.inputText(fromCanonical:field:)`.
    public static func inputValues(fromCanonical values: FormValues, form: FormDefinition) -> [String: String] {
        var out = values
        for section in form.sections {
            for field in section.fields where field.type == .money {
                if let v = values[field.id] { out[field.id] = FieldValidator.inputText(fromCanonical: v, field: field) }
            }
        }
        return out
    }

    /// The fields to show for values as typed so far, in form order: a field whose show_if
    /// condition is not met, or whose controlling field is itself hidden, is left out.
    public static func visibleFields(form: FormDefinition, values: [String: String],
                                     dateOrder: DateOrder = .mdy) -> [FormField] {
        var shown: FormValues = [:]
        var visible: [FormField] = []
        for field in form.fields {
            if let rule = field.showIf, !rule.isMet(by: shown[rule.field]) { continue }
            visible.append(field)
            // Compare canonical values, so `Y` typed into a yes/no field shows what `yes` shows.
            let raw = values[field.id] ?? field.defaultValue ?? ""
            switch FieldValidator.validate(raw, field: field, dateOrder: dateOrder) {
            case .ok(let c): shown[field.id] = c
            default: if !raw.isEmpty { shown[field.id] = raw }
            }
        }
        return visible
    }
}

extension ShowIf {
    /// True when the controlling field's canonical value is one of `equals`; for a multiple
    /// choice, when any chosen value is. Case is ignored, as in choices.
    public func isMet(by value: String?) -> Bool {
        guard let value, !value.isEmpty else { return false }
        if equals.contains(value) { return true }
        let parts = value.utf8.contains(59) ? value.split(separator: ";").map(String.init) : [value]
        return parts.contains { part in
            let lower = part.lowercased()
            return equals.contains { $0.lowercased() == lower }
        }
    }
}
