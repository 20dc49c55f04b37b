/// One question an action asks before it runs.
struct ActionStep: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// Choose one of `options` in a list.
        case pick(title: String, options: [PickOption])
        /// Type a line of text; `required` refuses an empty answer.
        case text(prompt: String, required: Bool)
        /// Type a date in any form the agency's date order allows; the parsed date is shown.
        /// `example` shows in the empty field.
        case date(prompt: String, example: String)
        /// Say yes to something that is not easily undone. `{id}` in the question is
        /// replaced by that step's answer.
        case confirm(question: String)
    }

    /// The answer's key (`department`, `reason`); steps sharing an id are alternatives
    /// of which at most one applies.
    var id: String
    var kind: Kind
    /// Asked only when an earlier answer is one of these values.
    var onlyIf: StepCondition?
    /// A pick with a single option answers itself (completing the only open task).
    var answersSingleChoice: Bool

    init(_ id: String, _ kind: Kind, onlyIf: StepCondition? = nil, answersSingleChoice: Bool = false) {
        self.id = id
        self.kind = kind
        self.onlyIf = onlyIf
        self.answersSingleChoice = answersSingleChoice
    }

    var isTyped: Bool {
        switch kind {
        case .text, .date: return true
        default: return false
        }
    }
}

/// "Only when the answer to `step` is one of `values`".
struct StepCondition: Equatable, Sendable {
    var step: String
    var values: Set<String>
}

/// One choice in a pick step.
struct PickOption: Equatable, Sendable {
    var value: String
    var label: String
}
