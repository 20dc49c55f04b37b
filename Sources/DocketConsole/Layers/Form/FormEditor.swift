import DocketEngine

/// What a key did to the form.
enum FormEvent: Equatable {
    /// A value changed: the draft is due.
    case edited
    /// The cursor left this field (it has been checked): the draft is due.
    case left(String)
    /// Only the cursor or a picker moved.
    case moved
    case ignored
}

/// How the form's values are read: the agency's date order and currency, and today (the
/// engine's clock, so dates are judged as the engine will judge them).
struct FormRules: Sendable, Equatable {
    var dateOrder: DateOrder
    var currency: String
    var today: Day
}

/// A form being keyed: the values as typed (what drafts keep and the engine reads), the
/// field the cursor is in, the problems found when leaving fields or submitting, and the
/// option picker when one is open. Pure: no engine, no terminal.
struct FormEditor: Sendable {
    let form: FormDefinition
    let rules: FormRules
    private(set) var values: [String: String]
    private(set) var focus: String
    /// The focused field's text while it is typed into (typed fields only).
    private(set) var input: TextInput
    /// Field id → what is wrong with it, shown under the field.
    var errors: [String: String] = [:]
    var picker: OptionPicker?
    private(set) var visible: [FormField]
    /// Personal values of a case being corrected: kept off the screen (shown masked) and
    /// unchanged unless the clerk types a new value.
    private(set) var hidden: [String: String] = [:]
    /// The values the form opened with, to tell what was changed.
    let initial: [String: String]

    /// `values` as typed; for a new form, fields left empty that have a default start on it. A
    /// restored draft already holds the defaults the clerk kept, so one cleared stays cleared.
    /// A correction's draft comes as `typed`: the clerk's changes (empty text clears), laid
    /// over the case's values, which stay what the form opened with.
    init(form: FormDefinition, values: [String: String], focus: String?, rules: FormRules, correcting: Bool = false,
         restoring: Bool = false, typed: [String: String] = [:]) {
        self.form = form
        self.rules = rules
        var start = values.filter { !$0.value.isEmpty }
        var concealed: [String: String] = [:]
        if correcting {
            for field in form.fields where field.pii {
                if let value = start.removeValue(forKey: field.id) { concealed[field.id] = value }
            }
        } else if !restoring {
            for field in form.fields where start[field.id] == nil {
                if let value = field.defaultValue { start[field.id] = value }
            }
        }
        self.initial = start
        for (id, text) in typed where form.field(id) != nil { start[id] = text.isEmpty ? nil : text }
        self.values = start
        self.hidden = concealed
        let shown = FormValidator.visibleFields(form: form, values: start.merging(concealed) { typed, _ in typed },
                                                dateOrder: rules.dateOrder)
        self.visible = shown
        let first = shown.first?.id ?? form.fields.first?.id ?? ""
        self.focus = focus.flatMap { id in shown.contains { $0.id == id } ? id : nil } ?? first
        self.input = TextInput()
        self.input = makeInput(for: self.focus)
    }

    var focusedField: FormField? { form.field(focus) }
    var focusIndex: Int { visible.firstIndex { $0.id == focus } ?? 0 }
    var filledCount: Int { values.count }
    /// What the engine reads: the values typed, and hidden ones not retyped.
    var effectiveValues: [String: String] { values.merging(hidden) { typed, _ in typed } }

    /// Field id → new text (empty clears) for every field changed since the form opened.
    var changes: [String: String] {
        var out: [String: String] = [:]
        for field in form.fields where values[field.id] != initial[field.id] {
            // A hidden personal value left empty is kept, not cleared.
            if values[field.id] == nil && hidden[field.id] != nil { continue }
            out[field.id] = values[field.id] ?? ""
        }
        return out
    }

    // MARK: keys

    /// A key for the focused field (moves between fields are the form's keymap's business).
    mutating func type(_ key: Key, keys: ConsoleKeymaps = .standard) -> FormEvent {
        if var open = picker {
            let event = open.handle(key, keys: keys.optionList)
            switch event {
            case .changed:
                picker = open
                return .moved
            case .picked(let value):
                picker = nil
                return set(open.field, to: value)
            case .cancelled:
                picker = nil
                return .moved
            case .ignored:
                return .ignored
            }
        }
        guard let field = focusedField else { return .ignored }
        switch field.type {
        case .choice, .multiChoice:
            return choiceKey(key, field, keys: keys)
        case .yesNo:
            return yesNoKey(key, field, keys: keys.yesNoField)
        default:
            let before = input.text
            switch input.handle(key, keys: keys.textInput) {
            case .submitted:
                // Enter in a one-line field: the next field (multi-line ones take it as a new line).
                return move(by: 1)
            case .edited:
                return before == input.text ? .moved : set(field.id, to: input.text, keepingInput: true)
            case .moved:
                return .moved
            default:
                return .ignored
            }
        }
    }

    /// A key on a choice field, read through the `choice-field` keymap; a letter bound to
    /// nothing there opens the list on the first option with that initial.
    private mutating func choiceKey(_ key: Key, _ field: FormField, keys: ConsoleKeymaps) -> FormEvent {
        let current = chosenValues(field)
        guard case .choiceField(let action)? = keys.choiceField.action(for: key) else {
            guard case .character = key else { return .ignored }
            var open = OptionPicker(field: field, current: current)
            _ = open.handle(key, keys: keys.optionList)
            picker = open
            return .moved
        }
        switch action {
        case .openList:
            picker = OptionPicker(field: field, current: current)
            return .moved
        case .nextChoice, .previousChoice:
            guard field.type == .choice, !field.options.isEmpty else { return .ignored }
            let forward = action == .nextChoice
            let index = field.options.firstIndex { current.contains($0.value) }
            let step = forward ? 1 : field.options.count - 1
            let next = index.map { ($0 + step) % field.options.count } ?? (forward ? 0 : field.options.count - 1)
            return set(field.id, to: field.options[next].value)
        case .clearChoice:
            return set(field.id, to: "")
        }
    }

    private mutating func yesNoKey(_ key: Key, _ field: FormField, keys: Keymap) -> FormEvent {
        guard case .yesNoField(let action)? = keys.action(for: key) else { return .ignored }
        switch action {
        case .yes: return set(field.id, to: "yes")
        case .no: return set(field.id, to: "no")
        case .switchAnswer: return set(field.id, to: yesNoValue(field) == "yes" ? "no" : "yes")
        case .clearAnswer: return set(field.id, to: "")
        }
    }

    // MARK: moving

    /// To the next (1) or previous (-1) shown field; the field left is checked.
    mutating func move(by step: Int) -> FormEvent {
        let left = focus
        check(left)
        let index = focusIndex + step
        guard visible.indices.contains(index) else { return .left(left) }
        focus = visible[index].id
        input = makeInput(for: focus)
        return .left(left)
    }

    /// Puts the cursor in `id` (the first problem after a refused submit).
    mutating func focus(on id: String) {
        guard visible.contains(where: { $0.id == id }) else { return }
        focus = id
        input = makeInput(for: id)
        picker = nil
    }

    // MARK: checking

    /// Checks one field as the engine would, leaving a message under it when it is wrong.
    /// Empty fields are not flagged here: "required" waits for the submit.
    mutating func check(_ id: String) {
        guard let field = form.field(id) else { return }
        let raw = values[id] ?? ""
        let verdict = FieldValidator.validate(raw, field: field, dateOrder: rules.dateOrder, currency: rules.currency, today: rules.today)
        errors[id] = verdict.message
    }

    /// The whole form as the engine checks it; its problems replace the ones shown and the
    /// cursor goes to the first.
    mutating func checkAll() -> FormCheck {
        let verdict = FormValidator.validate(effectiveValues, form: form, dateOrder: rules.dateOrder, currency: rules.currency, today: rules.today)
        errors = [:]
        for (field, message) in verdict.errors where errors[field] == nil { errors[field] = message }
        if let first = verdict.errors.first { focus(on: first.field) }
        return verdict
    }

    /// Problems reported by the engine as `FIELD: message` lines (a refused intake or edit).
    mutating func showProblems(_ text: String) -> Int {
        var found = 0
        var firstField: String?
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let id = String(line[..<colon])
            guard form.field(id) != nil else { continue }
            errors[id] = String(line[line.index(after: colon)...]).trimming([" "])
            firstField = firstField ?? id
            found += 1
        }
        if let firstField { focus(on: firstField) }
        return found
    }

    // MARK: values

    private mutating func set(_ id: String, to value: String, keepingInput: Bool = false) -> FormEvent {
        guard values[id, default: ""] != value else { return .moved }
        values[id] = value.isEmpty ? nil : value
        visible = FormValidator.visibleFields(form: form, values: effectiveValues, dateOrder: rules.dateOrder)
        if !keepingInput && id == focus { input = makeInput(for: id) }
        return .edited
    }

    private func makeInput(for id: String) -> TextInput {
        var input = TextInput(text: values[id] ?? "", maxLength: 4000)
        if let field = form.field(id) { input.acceptsNewlines = field.type == .multiline || field.type == .address }
        return input
    }

    /// The canonical values of a choice field (labels and loose spellings read as the validator reads them).
    func chosenValues(_ field: FormField) -> [String] {
        let raw = values[field.id] ?? ""
        let canonical = FieldValidator.validate(raw, field: field, dateOrder: rules.dateOrder).canonical ?? raw
        return canonical.split(separator: ";").map(String.init)
    }

    private func yesNoValue(_ field: FormField) -> String? {
        FieldValidator.validate(values[field.id] ?? "", field: field, dateOrder: rules.dateOrder).canonical
    }
}
