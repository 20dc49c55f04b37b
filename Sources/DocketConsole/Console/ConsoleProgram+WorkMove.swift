import DocketEngine

/// The dashboard's `b` (rebalance) and `p` (reassign) in `update`: one flow for both —
/// choose, ask the engine for its plan, confirm, ask it to move the work, read the figures again.
extension ConsoleProgram {
    func startRebalance(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard let view = state.dashboard?.view, let department = view.selection.department(in: view.report) else { return [] }
        state.dashboard?.rebalance = WorkMove(department: department.code, plan: RebalancePlan(unassigned: department.figures.unassigned),
                                              stage: .choosing(TextInput(maxLength: 6)))
        return []
    }

    func startReassign(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard let view = state.dashboard?.view, let department = view.selection.department(in: view.report) else { return [] }
        let people = department.figures.workload.map { (login: $0.login, active: $0.activeTasks) }
        guard !people.isEmpty else {
            say("Nobody works in \(department.code)", .warning, &state)
            return []
        }
        state.dashboard?.reassign = WorkMove(department: department.code, plan: ReassignPlan(people: people), stage: .choosing(0))
        return []
    }

    /// Keys while the rebalance asks how many, or shows its preview.
    func rebalanceKey(_ key: Key, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard var move = state.dashboard?.rebalance else { return [] }
        guard case .choosing(var input) = move.stage else { return confirmMoveKey(key, \.rebalance, &state) }
        if case .character(let c) = key, !c.isASCII || !c.isNumber {
            say("Type how many cases, as a number", .muted, &state)
            return []
        }
        switch input.handle(key) {
        case .submitted(let text):
            guard let count = Int(text.trimming([" "])), count >= 1 else {
                say("Type how many cases to assign: 1 or more (Esc cancels)", .warning, &state)
                return []
            }
            move.stage = .previewing(count)
            return askMove(\.rebalance, move, target: count, preview: true, &state)
        case .cancelled:
            state.dashboard?.rebalance = nil
            say(move.plan.cancelled, .muted, &state)
            return []
        default:
            move.stage = .choosing(input)
            state.dashboard?.rebalance = move
            return []
        }
    }

    /// Keys while the person is picked, or the preview is shown.
    func reassignKey(_ key: Key, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard var move = state.dashboard?.reassign else { return [] }
        guard case .choosing(let index) = move.stage else { return confirmMoveKey(key, \.reassign, &state) }
        guard case .picker(let action)? = state.keymaps.picker.action(for: key) else { return [] }
        let last = move.plan.people.count - 1
        switch action {
        case .down: move.stage = .choosing(min(index + 1, last))
        case .up: move.stage = .choosing(max(0, index - 1))
        case .pageDown: move.stage = .choosing(min(index + 10, last))
        case .pageUp: move.stage = .choosing(max(0, index - 10))
        case .top: move.stage = .choosing(0)
        case .bottom: move.stage = .choosing(last)
        case .filter: return []
        case .pick:
            let login = move.plan.people[index].login
            move.stage = .previewing(login)
            return askMove(\.reassign, move, target: login, preview: true, &state)
        case .cancel:
            state.dashboard?.reassign = nil
            say(move.plan.cancelled, .muted, &state)
            return []
        }
        state.dashboard?.reassign = move
        return []
    }

    /// Yes runs the plan shown, no drops it; the scroll keys move through a long one.
    private func confirmMoveKey<P: WorkMovePlan>(_ key: Key, _ path: WritableKeyPath<DashboardScreenState, WorkMove<P>?>,
                                                 _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard var move = state.dashboard?[keyPath: path], case .confirming(let target, let steps, let scroll) = move.stage,
              case .confirm(let answer)? = state.keymaps.confirm.action(for: key) else { return [] }
        switch answer {
        case .yes:
            move.stage = .running(target)
            return askMove(path, move, target: target, preview: false, &state)
        case .no:
            state.dashboard?[keyPath: path] = nil
            say(move.plan.cancelledAtPreview, .muted, &state)
            return []
        case .scrollDown:
            move.stage = .confirming(target, steps: steps, scroll: min(scroll + 1, max(0, steps.count - 1)))
        case .scrollUp:
            move.stage = .confirming(target, steps: steps, scroll: max(0, scroll - 1))
        }
        state.dashboard?[keyPath: path] = move
        return []
    }

    /// Asks the engine for the plan (preview) or to carry it out, tagged so a late answer
    /// for a move given up on is dropped.
    private func askMove<P: WorkMovePlan>(_ path: WritableKeyPath<DashboardScreenState, WorkMove<P>?>, _ move: WorkMove<P>,
                                          target: P.Target, preview: Bool, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        var move = move
        let generation = move.generation.advance()
        state.dashboard?[keyPath: path] = move
        let session = self.session
        let department = move.department
        return [.run(latestIn: "dashboard.move") {
            P.ask(target, department: department, preview: preview, generation: generation, session: session)
        }]
    }

    /// The engine's plan is shown for confirmation (or said to be empty); the moves made are
    /// summed up and the figures read again.
    func moveAnswered<P: WorkMovePlan>(_ path: WritableKeyPath<DashboardScreenState, WorkMove<P>?>, _ generation: Generation,
                                       preview: Bool, _ result: Result<[P.Step], ConsoleFailure>,
                                       _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard var move = state.dashboard?[keyPath: path], move.generation.isCurrent(generation) else { return [] }
        var effects: [Effect<ConsoleMessage>] = []
        switch result {
        case .failure(let failure):
            state.dashboard?[keyPath: path] = nil
            say(failure.message, .error, &state)
        case .success(let steps) where preview:
            if case .previewing(let target) = move.stage {
                if steps.isEmpty {
                    state.dashboard?[keyPath: path] = nil
                    say(move.plan.nothingToMove(target, department: move.department), .warning, &state)
                } else {
                    move.stage = .confirming(target, steps: steps, scroll: 0)
                    state.dashboard?[keyPath: path] = move
                }
            }
        case .success(let steps):
            state.dashboard?[keyPath: path] = nil
            if case .running(let target) = move.stage {
                say(move.plan.done(steps, target: target, department: move.department), .success, &state)
            }
            effects = loadDashboard(&state)
        }
        let typed = state.typeAhead
        state.typeAhead = []
        return effects + replay(typed, &state)
    }
}
