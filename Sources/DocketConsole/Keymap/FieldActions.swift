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
