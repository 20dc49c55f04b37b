import Foundation
import DocketEngine

/// An action being asked for, one step at a time: pick a department, type a reason,
/// confirm. What was typed is kept per step, so going back a step, or a conflict that
/// reloads the case, never loses it.
struct ActionFlow: Sendable {
    /// What a key did to the flow.
    enum Event: Equatable, Sendable {
        case changed
        /// Every step is answered: run the action.
        case finished
        /// Esc on the first step.
        case cancelled
        case ignored
    }

    let command: CaseCommand
    var target: ActionTarget?
    let steps: [ActionStep]
    /// Index into `steps` of the question being asked (`steps.count` once all are answered).
    private(set) var index = 0
    private(set) var answers: [String: String] = [:]
    private(set) var inputs: [Int: TextInput] = [:]
    private(set) var pickers: [Int: ListPicker] = [:]
    /// Why the last answer was refused (an empty reason, an unreadable date).
    private(set) var problem: String?
    /// The engine is running the action; keys wait.
    var isSubmitting = false
    /// How dates are read (the agency's order) and what "today" is, for date steps.
    let dateOrder: DateOrder
    let today: Day

    init(command: CaseCommand, target: ActionTarget?, steps: [ActionStep], dateOrder: DateOrder, today: Day) {
        self.command = command
        self.target = target
        self.steps = steps
        self.dateOrder = dateOrder
        self.today = today
        for (position, step) in steps.enumerated() {
            switch step.kind {
            case .pick(let title, let options):
                pickers[position] = ListPicker(title: title, items: options.map(\.label))
            case .text, .date:
                inputs[position] = TextInput(maxLength: 2000)
            case .confirm:
                break
            }
        }
        index = firstApplicable(from: 0, step: 1)
        while let step = currentStep, step.answersSingleChoice, case .pick(_, let options) = step.kind, options.count == 1 {
            _ = accept(options[0].value)
        }
    }

    var currentStep: ActionStep? { steps.indices.contains(index) ? steps[index] : nil }
    var isComplete: Bool { index >= steps.count }
    var currentInput: TextInput? { inputs[index] }
    var currentPicker: ListPicker? { pickers[index] }

    func answer(_ id: String) -> String? { answers[id] }

    /// The confirmation question with earlier answers filled in (codes, as picked: "to MED").
    func question(_ template: String) -> String {
        var text = template
        for (id, label) in answers {
            text = text.replacingOccurrences(of: "{\(id)}", with: label)
        }
        return text
    }

    /// A date step's reading of what is typed so far.
    func parsedDate(_ text: String) -> Result<Day, InputProblem> {
        DateInput.parseUpcoming(text, order: dateOrder, today: today)
    }

    /// A key for the question in front, read through the prompt keymaps for pickers and
    /// confirmations (typed answers take every key).
    mutating func handle(_ key: Key, keymaps: ConsoleKeymaps = .standard) -> Event {
        guard !isSubmitting, let step = currentStep else { return .ignored }
        switch step.kind {
        case .pick(_, let options):
            guard var picker = pickers[index] else { return .ignored }
            let event = picker.handle(key, keys: keymaps.picker, text: keymaps.textInput)
            pickers[index] = picker
            switch event {
            case .picked(let item):
                return accept(options[item].value)
            case .cancelled:
                return back()
            case .changed:
                return .changed
            case .ignored:
                return .ignored
            }
        case .text(_, let required):
            return handleTyped(key, keys: keymaps.textInput) { text in
                let clean = text.trimming([" ", "\t"])
                return required && clean.isEmpty ? .failure("type something first, or \(keymaps.textInput.spoken(.textInput(.cancel))) to go back") : .success(clean)
            }
        case .date:
            let order = dateOrder, today = today
            return handleTyped(key, keys: keymaps.textInput) { text in
                switch DateInput.parseUpcoming(text, order: order, today: today) {
                case .success(let day): return .success(day.iso)
                case .failure(let problem): return .failure(ConsoleFailure(message: problem.message))
                }
            }
        case .confirm:
            guard case .confirm(let answer)? = keymaps.confirm.action(for: key) else { return .ignored }
            switch answer {
            case .yes: return accept("yes")
            case .no: return back()
            case .scrollDown, .scrollUp: return .ignored
            }
        }
    }

    private mutating func handleTyped(_ key: Key, keys: Keymap, validate: (String) -> Result<String, ConsoleFailure>) -> Event {
        guard var input = inputs[index] else { return .ignored }
        let event = input.handle(key, keys: keys)
        inputs[index] = input
        switch event {
        case .submitted(let text):
            switch validate(text) {
            case .success(let value):
                return accept(value)
            case .failure(let refusal):
                problem = refusal.message
                return .changed
            }
        case .cancelled:
            return back()
        case .edited:
            problem = nil
            return .changed
        case .moved, .noCompletion:
            return .changed
        case .ignored:
            return .ignored
        }
    }

    private mutating func accept(_ value: String) -> Event {
        guard let step = currentStep else { return .ignored }
        answers[step.id] = value
        problem = nil
        index = firstApplicable(from: index + 1, step: 1)
        return isComplete ? .finished : .changed
    }

    private mutating func back() -> Event {
        problem = nil
        let previous = firstApplicable(from: index - 1, step: -1)
        guard previous >= 0 else { return .cancelled }
        index = previous
        return .changed
    }

    /// The nearest step from `start` (walking by `step`) whose condition holds; -1 or
    /// `steps.count` past either end.
    private func firstApplicable(from start: Int, step: Int) -> Int {
        var position = start
        while position >= 0 && position < steps.count {
            if let condition = steps[position].onlyIf {
                if let answer = answers[condition.step], condition.values.contains(answer) { return position }
            } else {
                return position
            }
            position += step
        }
        return position
    }

    /// After a conflict: back on the last question, answers and typing intact, ready to
    /// send again against the reloaded version.
    mutating func reopenAfterConflict(version: Int64?) {
        isSubmitting = false
        let last = firstApplicable(from: steps.count - 1, step: -1)
        index = max(0, last)
        if let version { target?.summary.version = version }
    }
}
