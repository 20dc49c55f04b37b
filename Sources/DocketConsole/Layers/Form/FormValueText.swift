import DocketEngine

/// How a field's value reads on the form screen: option labels instead of stored values,
/// Yes/No, and the echo that shows how a date or an amount was understood.
enum FormValueText {
    /// The value as shown in the field (lines for multi-line fields, each cut into rows of
    /// `width` columns so nothing typed goes out of sight), sanitized: drafts and case data
    /// come from the database.
    static func shown(_ raw: String, field: FormField, rules: FormRules, width: Int = .max) -> [String] {
        guard !raw.isEmpty else { return [""] }
        switch field.type {
        case .choice, .multiChoice:
            let canonical = FieldValidator.validate(raw, field: field, dateOrder: rules.dateOrder).canonical ?? raw
            let labels = canonical.split(separator: ";").map { piece in
                field.options.first { $0.value == piece }?.label ?? String(piece)
            }
            return [UntrustedText.sanitize(labels.joined(separator: ", "))]
        case .yesNo:
            switch FieldValidator.validate(raw, field: field, dateOrder: rules.dateOrder).canonical {
            case "yes": return ["Yes"]
            case "no": return ["No"]
            default: return [UntrustedText.sanitize(raw)]
            }
        case .multiline, .address:
            return raw.split(separator: "\n", omittingEmptySubsequences: false)
                .flatMap { rows(UntrustedText.sanitize(String($0)), width: width) }
        default:
            return [UntrustedText.sanitize(raw)]
        }
    }

    /// How a valid date or amount was read: `Mon 4 Mar 1968`, `$1,234.50 (123450 minor units)`.
    static func echo(_ raw: String, field: FormField, rules: FormRules) -> String? {
        guard !raw.isEmpty else { return nil }
        let verdict = FieldValidator.validate(raw, field: field, dateOrder: rules.dateOrder, currency: rules.currency, today: rules.today)
        guard let canonical = verdict.canonical else { return nil }
        switch field.type {
        case .date:
            guard case .success(let day) = DateInput.parse(canonical, order: rules.dateOrder, today: rules.today) else { return nil }
            return "→ " + DateInput.display(day)
        case .money:
            guard let minor = Int(canonical) else { return nil }
            return "→ \(MoneyInput.format(minor: minor, currency: rules.currency)) (\(minor) minor units)"
        default:
            return nil
        }
    }

    /// What the keys do in a field of this type, for the focused field's help line (yes/no
    /// fields' keys as bound).
    static func keyHint(_ field: FormField, keymaps: ConsoleKeymaps) -> String? {
        switch field.type {
        case .choice:
            let open = names(keymaps.choiceField, .choiceField(.openList))
            let step = [ChoiceFieldAction.previousChoice, .nextChoice].compactMap { arrow(keymaps.choiceField, .choiceField($0)) }
            return "\(open): list of choices" + (step.count == 2 ? " · \(step.joined(separator: "/")): next choice" : "")
        case .multiChoice:
            return "\(names(keymaps.choiceField, .choiceField(.openList))): list (\(first(keymaps.optionList, .optionList(.tick))) ticks, "
                + "\(first(keymaps.optionList, .optionList(.pick))) done)"
        case .yesNo: return FieldKeymaps.hint(keymaps.yesNoField)
        case .multiline, .address:
            return "\(first(keymaps.textInput, .textInput(.submit))): new line · \(first(keymaps.form, .form(.fieldNext))): next field"
        default: return nil
        }
    }

    /// An action's keys as bound: `Space or Enter`.
    private static func names(_ keymap: Keymap, _ action: ConsoleAction) -> String {
        (keymap.binding(forAction: action)?.keys ?? []).map(\.name).joined(separator: " or ")
    }

    private static func first(_ keymap: Keymap, _ action: ConsoleAction) -> String {
        keymap.binding(forAction: action)?.keys.first?.name ?? "?"
    }

    /// The first key of an action, arrows drawn as arrows (the hint line is short).
    private static func arrow(_ keymap: Keymap, _ action: ConsoleAction) -> String? {
        guard let key = keymap.binding(forAction: action)?.keys.first else { return nil }
        switch key {
        case .left: return "←"
        case .right: return "→"
        default: return key.name
        }
    }

    /// A line cut into rows of at most `width` columns, character by character (not at words),
    /// so the cursor's row and column follow from the text before it. Always at least one row.
    static func rows(_ line: String, width: Int) -> [String] {
        var out: [String] = []
        var row = "", used = 0
        for character in line {
            let w = DisplayWidth.of(String(character))
            if used + w > width, !row.isEmpty {
                out.append(row)
                row = ""
                used = 0
            }
            row.append(character)
            used += w
        }
        out.append(row)
        return out
    }

    /// Where the cursor of a multi-line input sits among the rows `shown` makes.
    static func cursorRow(in input: TextInput, width: Int) -> (row: Int, column: Int) {
        let cursor = input.cursorLine
        let earlier = input.text.split(separator: "\n", omittingEmptySubsequences: false).prefix(cursor.line)
        let above = earlier.reduce(0) { $0 + rows(UntrustedText.sanitize(String($1)), width: width).count }
        let pieces = rows(UntrustedText.sanitize(cursor.before), width: width)
        return (above + pieces.count - 1, DisplayWidth.of(pieces.last ?? ""))
    }
}
