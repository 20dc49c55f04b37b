import DocketEngine

/// An action's questions as a layer: picks, typed answers and confirmations read through
/// the prompt keymaps. Once all are answered the layer runs the action (the answer comes
/// back to it by layer id) and keys typed meanwhile wait with it; the root then says how it
/// went and shows the case as it is now.
struct ActionFlowLayer: ConsoleLayer {
    var flow: ActionFlow
    /// For next-case: the department to take from (nil: any of the person's).
    var nextDepartment: String?
    /// Keys typed while the engine runs the action, played after it answers.
    var typeAhead: [Key] = []

    /// An action with no questions (claim, next case) runs at once.
    mutating func start(id: LayerID, context: LayerContext) -> LayerUpdate {
        flow.isComplete ? submit(id: id, session: context.session) : .stays
    }

    mutating func update(_ message: LayerMessage, id: LayerID, context: LayerContext) -> LayerUpdate {
        switch message {
        case .key(let key):
            if flow.isSubmitting {
                typeAhead.append(key)
                return .stays
            }
            switch flow.handle(key, keymaps: context.keymaps) {
            case .finished: return submit(id: id, session: context.session)
            case .cancelled: return LayerUpdate(requests: [.say("Cancelled", .muted)], pops: true)
            case .changed, .ignored: return .stays
            }
        case .answer(let answer):
            guard let outcome = answer as? ActionOutcome else { return .stays }
            let typed = typeAhead
            typeAhead = []
            // Questions stay open with what was typed after a refusal, unless there were none.
            let keepsAnswers = !flow.steps.isEmpty
            if case .failure(let failure) = outcome.result, keepsAnswers {
                flow.reopenAfterConflict(version: failure.isConflict ? outcome.current?.version : nil)
                return LayerUpdate(requests: [.actionFinished(outcome, keepsAnswers: true), .replay(typed)])
            }
            return LayerUpdate(requests: [.actionFinished(outcome, keepsAnswers: keepsAnswers), .replay(typed)], pops: true)
        }
    }

    /// Runs the answered action against the version the screen last saw.
    private mutating func submit(id: LayerID, session: ConsoleSession) -> LayerUpdate {
        flow.isSubmitting = true
        let command = flow.command, target = flow.target, answers = flow.answers, department = nextDepartment
        return LayerUpdate(effects: [.run {
            .layerAnswer(id, ActionRequest.run(command, target: target, answers: answers, nextDepartment: department, session: session))
        }])
    }

    func view(into frame: inout Frame, keymaps: ConsoleKeymaps) {
        guard flow.currentStep != nil else { return }
        if flow.currentStep?.isTyped == true, frame.height > 0 {
            ActionFlowView.drawPrompt(flow, into: &frame, y: frame.height - 1)
        }
        ActionFlowView.drawOverlay(flow, confirmKeys: keymaps.confirm, into: &frame)
    }
}
