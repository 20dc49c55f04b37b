import DocketEngine

/// Starting a case action from the queue or the case screen, and saying how one ended.
enum CaseActions {
    /// Asks the engine whether the action is allowed (unless the screen knows already), then
    /// asks its questions in an action layer; next-case goes to the root, which knows the
    /// queue being looked at.
    static func start(_ command: CaseCommand, target: ActionTarget?, known: [AvailableAction]?,
                      context: LayerContext) -> LayerUpdate {
        if command == .nextCase {
            if let why = StaffActions.whyNot(.next, actor: context.actor) {
                return .say("Cannot take the next case: \(why)", .warning)
            }
            return LayerUpdate(requests: [.takeNext(department: nil)])
        }
        guard let target else { return .say("No case is selected", .warning) }
        // What the screen already knows is enough for most actions: no round trip.
        if let known, command != .assign, command != .complete {
            let facts = ActionFacts(available: known.first { $0.kind == command.engineKind })
            switch ActionFlowLayer.plan(command, target: target, facts: facts, agency: context.agency, actor: context.actor,
                                        today: context.today) {
            case .failure(let refusal):
                return .say(refusal.message, .warning)
            case .success(let flow):
                return LayerUpdate(requests: [.push(ActionFlowLayer(flow: flow))])
            }
        }
        return LayerUpdate(requests: [.say("Checking \(target.ref)…", .muted), .push(ActionFlowLayer(preparing: command, target: target))])
    }

    /// What the status line says when an action has ended.
    static func said(_ outcome: ActionOutcome, keepsAnswers: Bool, keys: ConsoleKeymaps) -> LayerRequest {
        switch outcome.result {
        case .success(let success):
            return .say(success.message, .success)
        case .failure(let failure):
            if failure.isConflict, let ref = outcome.target?.ref {
                let who = outcome.current.map { " by \(UntrustedText.sanitize($0.updatedBy)), now version \($0.version)" } ?? ""
                let text = keys.textInput
                let next = keepsAnswers ? "; reloaded: \(text.spoken(.textInput(.submit))) sends again, \(text.spoken(.textInput(.cancel))) cancels"
                    : "; reloaded, have a look and try again"
                return .say("\(ref) was changed meanwhile\(who)\(next)", .error)
            }
            return .say(failure.message, .error)
        }
    }
}
