/// Keys inside a yes/no field.
public enum YesNoFieldAction: String, CaseIterable, Sendable {
    case yes = "answer-yes", no = "answer-no"
    case switchAnswer = "switch-answer"
    case clearAnswer = "clear-answer"
}

/// Keys in a choice field's list (a letter jumps to the next option with that initial).
public enum OptionListAction: String, CaseIterable, Sendable {
    case next = "next-option", previous = "previous-option"
    case first = "first-option", last = "last-option"
    /// Ticks or unticks in a multiple choice; picks in a single one.
    case tick
    case pick = "pick-option"
    case cancel = "cancel-list"
}

/// Keys on a choice field itself (its list closed): open the list, step through the
/// choices in place, clear it.
public enum ChoiceFieldAction: String, CaseIterable, Sendable {
    case openList = "open-list"
    case nextChoice = "next-choice", previousChoice = "previous-choice"
    case clearChoice = "clear-choice"
}

/// Keys in a one-line text field that the field does not type.
public enum TextFieldAction: String, CaseIterable, Sendable {
    /// Enter in a one-line field goes to the next one (multi-line fields take it as a new line).
    case enterNext = "enter-next-field"
}
