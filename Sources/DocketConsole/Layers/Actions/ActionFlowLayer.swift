import DocketEngine

/// An action as a layer. When the screen does not know yet whether the action is allowed,
/// the layer first asks the engine (keys typed meanwhile wait and then answer the
/// questions). Its questions — picks, typed answers, confirmations — read the prompt
/// keymaps. Once all are answered the layer runs the action; the answer comes back to it by
/// layer id, keys typed meanwhile wait with it, and the screen it was started from says how
/// it went and shows the case as it is now.
struct ActionFlowLayer: ConsoleLayer {
    /// What the engine is asked about before the questions (nil: nothing to ask).
    var preparing: (command: CaseCommand, target: ActionTarget)?
    /// The questions, once they are known.
    var flow: ActionFlow?
    /// For next-case: the department to take from (nil: any of the person's).
    var nextDepartment: String?
    /// Keys typed while the engine answers, played after it does.
    var typeAhead: [Key] = []

    init(flow: ActionFlow, nextDepartment: String? = nil) {
        self.flow = flow
        self.nextDepartment = nextDepartment
    }

    /// Asks the engine about `command` on `target` first.
    init(preparing command: CaseCommand, target: ActionTarget) {
        preparing = (command, target)
    }

    /// What the engine said about the action before its questions.
    struct Facts: Sendable {
        var result: Result<ActionFacts, ConsoleFailure>
    }

    /// The questions of `command`, or why it cannot be asked for.
    static func plan(_ command: CaseCommand, target: ActionTarget, facts: ActionFacts, agency: Agency, actor: StaffMember,
                     today: Day) -> Result<ActionFlow, ConsoleFailure> {
        if let available = facts.available, !available.enabled {
            return .failure(ConsoleFailure(message: "Cannot \(command.verb) \(target.ref): \(available.whyNot ?? "not allowed")"))
        }
        switch ActionPlan.steps(for: command, target: target.summary, facts: facts, agency: agency, actor: actor) {
        case .failure(let why):
            return .failure(ConsoleFailure(message: "Cannot \(command.verb) \(target.ref): \(why.message)"))
        case .success(let steps):
            return .success(ActionFlow(command: command, target: target, steps: steps, dateOrder: agency.dateOrder, today: today))
        }
    }

    mutating func start(id: LayerID, context: LayerContext) -> LayerUpdate {
        if let (command, target) = preparing {
            let session = context.session
            return LayerUpdate(effects: [.run {
                .layerAnswer(id, Facts(result: ActionRequest.facts(for: command, ref: target.ref, session: session)))
            }])
        }
        // An action with no questions (claim, next case) runs at once.
        return flow?.isComplete == true ? submit(id: id, session: context.session) : .stays
    }

    mutating func update(_ message: LayerMessage, id: LayerID, context: LayerContext) -> LayerUpdate {
        switch message {
        case .key(let key):
            return keyed(key, id: id, context: context)
        case .answer(let facts as Facts):
            return prepared(facts, id: id, context: context)
        case .answer(let outcome as ActionOutcome):
            return finished(outcome)
        case .answer, .action, .tick, .resized, .stopping:
            return .stays
        }
    }

    /// A problem with the answer being typed replaces the status line's message.
    func status(_ line: inout StatusLine, context: LayerContext) {
        guard let problem = flow?.problem else { return }
        line.message = problem
        line.messageRole = .warning
    }

    private mutating func keyed(_ key: Key, id: LayerID, context: LayerContext) -> LayerUpdate {
        if preparing != nil {
            // The picker's cancel key that types nothing (Esc) gives up; other keys wait for the questions.
            var printable = false
            if case .character = key { printable = true }
            if !printable, context.keymaps.picker.action(for: key) == .picker(.cancel) {
                return LayerUpdate(requests: [.say("Cancelled", .muted)], pops: true)
            }
            typeAhead.append(key)
            return .stays
        }
        guard var flow else { return .stays }
        if flow.isSubmitting {
            typeAhead.append(key)
            return .stays
        }
        let event = flow.handle(key, keymaps: context.keymaps)
        self.flow = flow
        switch event {
        case .finished: return submit(id: id, session: context.session)
        case .cancelled: return LayerUpdate(requests: [.say("Cancelled", .muted)], pops: true)
        case .changed, .ignored: return .stays
        }
    }

    /// The engine's facts: the questions are asked, and the keys typed meanwhile answer them.
    private mutating func prepared(_ facts: Facts, id: LayerID, context: LayerContext) -> LayerUpdate {
        guard let (command, target) = preparing else { return .stays }
        preparing = nil
        let typed = typeAhead
        typeAhead = []
        let planned = facts.result.flatMap {
            Self.plan(command, target: target, facts: $0, agency: context.session.agency, actor: context.session.actor, today: context.today)
        }
        switch planned {
        case .failure(let failure):
            return LayerUpdate(requests: [.say(failure.message, facts.result.isSuccess ? .warning : .error)], pops: true)
        case .success(let flow):
            self.flow = flow
            var update = LayerUpdate(requests: [.clearStatus])
            if flow.isComplete {
                let submitted = submit(id: id, session: context.session)
                update.effects += submitted.effects
            }
            // Keys typed while waiting answer the questions, in order; any left once the
            // layer has gone are the screen's.
            for (index, key) in typed.enumerated() {
                let step = keyed(key, id: id, context: context)
                update.effects += step.effects
                update.requests += step.requests
                if step.pops {
                    update.pops = true
                    update.requests.append(.replay(Array(typed.dropFirst(index + 1))))
                    break
                }
            }
            return update
        }
    }

    private mutating func finished(_ outcome: ActionOutcome) -> LayerUpdate {
        let typed = typeAhead
        typeAhead = []
        // Questions stay open with what was typed after a refusal, unless there were none.
        let keepsAnswers = !(flow?.steps.isEmpty ?? true)
        if case .failure(let failure) = outcome.result, keepsAnswers {
            flow?.reopenAfterConflict(version: failure.isConflict ? outcome.current?.version : nil)
            return LayerUpdate(requests: [.toBelow(.actionFinished(outcome, keepsAnswers: true)), .replay(typed)])
        }
        return LayerUpdate(requests: [.toBelow(.actionFinished(outcome, keepsAnswers: keepsAnswers)), .replay(typed)], pops: true)
    }

    /// Runs the answered action against the version the screen last saw.
    private mutating func submit(id: LayerID, session: ConsoleSession) -> LayerUpdate {
        guard var flow else { return .stays }
        flow.isSubmitting = true
        self.flow = flow
        let command = flow.command, target = flow.target, answers = flow.answers, department = nextDepartment
        return LayerUpdate(effects: [.run {
            .layerAnswer(id, ActionRequest.run(command, target: target, answers: answers, nextDepartment: department, session: session))
        }])
    }

    func view(into frame: inout Frame, keymaps: ConsoleKeymaps) {
        guard let flow, flow.currentStep != nil else { return }
        if flow.currentStep?.isTyped == true, frame.height > 0 {
            ActionFlowView.drawPrompt(flow, into: &frame, y: frame.height - 1)
        }
        ActionFlowView.drawOverlay(flow, confirmKeys: keymaps.confirm, into: &frame)
    }
}

private extension Result {
    var isSuccess: Bool {
        if case .success = self { return true }
        return false
    }
}
