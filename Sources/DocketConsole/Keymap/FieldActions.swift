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

/// Editing keys in every text box (the command line, search, prompts, form fields).
public enum TextInputAction: String, CaseIterable, Sendable {
    case submit = "submit-text", cancel = "cancel-text"
    case deleteBack = "delete-back", deleteForward = "delete-forward"
    case left = "cursor-left", right = "cursor-right"
    case lineStart = "line-start", lineEnd = "line-end"
    case wordBack = "word-back", wordForward = "word-forward"
    case killToStart = "kill-to-start", killToEnd = "kill-to-end"
    case killWordBack = "kill-word-back", killWordForward = "kill-word-forward"
    case historyBack = "history-back", historyForward = "history-forward"
    case completeNext = "complete-next", completePrevious = "complete-previous"
}
