import DocketEngine

/// Case actions in `update`: ask the engine whether the action is allowed, ask the
/// person the action's questions, run it with the version the screen last saw, and say
/// what happened. A conflict reloads the case and keeps what was typed.
extension ConsoleProgram {
    /// The case an action from the screen in front is about.
    func actionTarget(_ state: ConsoleState) -> ActionTarget? {
        if let screen = state.caseScreen {
            return screen.summary.map { ActionTarget(summary: $0, fromCaseScreen: true) }
        }
        return state.queue.window.selectedRow.map { ActionTarget(summary: $0.summary, fromCaseScreen: false) }
    }

    func startCommand(_ command: CaseCommand, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard state.flow == nil else { return [] }
        if command == .nextCase {
            if let why = StaffActions.whyNot(.next, actor: state.actor) {
                say("Cannot take the next case: \(why)", .warning, &state)
                return []
            }
            return runNext(department: nil, &state)
        }
        guard let target = actionTarget(state) else {
            say("No case is selected", .warning, &state)
            return []
        }
        // What the screen already knows is enough for most actions: no round trip.
        if let known = knownActions(state, for: target), command != .assign, command != .complete {
            return beginFlow(command, target: target, facts: ActionFacts(available: known.first { $0.kind == command.engineKind }), &state)
        }
        say("Checking \(target.ref)…", .muted, &state)
        return push(ActionFlowLayer(preparing: command, target: target), &state)
    }

    /// Next case: claims the best waiting case in the department being looked at (when it
    /// is one of the person's), else in any of theirs, and opens it.
    func runNext(department: String?, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        var chosen = department
        if chosen == nil, let scope = state.queue.spec.scope.code, state.actor.departments.contains(scope) {
            chosen = scope
        }
        say("Finding the next case\(chosen.map { " in \($0)" } ?? "")…", .muted, &state)
        let flow = ActionFlow(command: .nextCase, target: nil, steps: [], dateOrder: state.agency.dateOrder, today: state.today)
        return push(ActionFlowLayer(flow: flow, nextDepartment: chosen), &state)
    }

    /// The engine's answer for the case in front, if the screen has it at the version shown.
    func knownActions(_ state: ConsoleState, for target: ActionTarget) -> [AvailableAction]? {
        if let screen = state.caseScreen, screen.model != nil, screen.summary?.version == target.version {
            return screen.actions
        }
        if let row = state.queue.rowActions, row.ref == target.ref, row.version == target.version {
            return row.actions
        }
        return nil
    }

    /// Asks the action's questions, or runs it at once when it has none.
    func beginFlow(_ command: CaseCommand, target: ActionTarget, facts: ActionFacts,
                   _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        switch ActionFlowLayer.plan(command, target: target, facts: facts, agency: state.agency, actor: state.actor, today: state.today) {
        case .failure(let refusal):
            say(refusal.message, .warning, &state)
            return []
        case .success(let flow):
            return push(ActionFlowLayer(flow: flow), &state)
        }
    }

    /// How an action ended: what happened in the status line, and the case as it is now.
    func actionFinished(_ outcome: ActionOutcome, keepsAnswers: Bool, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        switch outcome.result {
        case .success(let success):
            say(success.message, .success, &state)
            if success.opens {
                let fromCase = !state.isOnQueue
                return openCase(success.summary.ref, replacingTop: fromCase, &state)
            }
            if success.leftTheirView {
                // Its screens would only say it cannot be shown: back to where the person works.
                state.cases.removeAll { $0.ref == success.summary.ref }
                if state.isOnQueue { return refreshQueue(&state, counts: true) }
            }
            return reloadAfterAction(outcome.target, &state)
        case .failure(let failure):
            if failure.isConflict, let ref = outcome.target?.ref {
                let who = outcome.current.map { " by \(UntrustedText.sanitize($0.updatedBy)), now version \($0.version)" } ?? ""
                let next = keepsAnswers ? "; reloaded: Enter sends again, Esc cancels" : "; reloaded, have a look and try again"
                say("\(ref) was changed meanwhile\(who)\(next)", .error, &state)
            } else {
                say(failure.message, .error, &state)
            }
            return failure.isConflict ? reloadAfterAction(outcome.target, &state) : []
        }
    }

    /// Shows the case as it is now: the case screen reloads; the queue refreshes around
    /// the row (which may have left this queue) and recounts.
    func reloadAfterAction(_ target: ActionTarget?, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        state.queue.rowActions = nil
        if let target, target.fromCaseScreen, state.caseScreen?.ref == target.ref {
            return reloadCase(&state)
        }
        return state.isOnQueue ? refreshQueue(&state, counts: true) : []
    }
}
