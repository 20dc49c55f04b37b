import DocketEngine

/// The case screen's part of `update`: opening, scrolling panes, going back.
extension ConsoleProgram {
    /// Opens a case on top of the current screen.
    func openCase(_ ref: String, replacingTop: Bool = false, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        // A case opened while the dashboard is in front (:open, search, :next) replaces it.
        if state.isOnDashboard { dropDashboard(&state) }
        var screen = CaseScreenState(ref: ref)
        screen.generation.advance()
        if replacingTop && !state.cases.isEmpty {
            state.cases[state.cases.count - 1] = screen
        } else {
            state.cases.append(screen)
        }
        return [CaseRequests.load(ref: ref, generation: screen.generation, recordView: true, session: session)]
    }

    /// Loads the case in front again, keeping what is shown until the new copy arrives.
    func reloadCase(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard let top = state.cases.indices.last else { return [] }
        state.cases[top].generation.advance()
        state.cases[top].isLoading = true
        return [CaseRequests.load(ref: state.cases[top].ref, generation: state.cases[top].generation,
                                  recordView: false, revealed: state.cases[top].revealed, session: session)]
    }

    /// Scrolling the pane in focus.
    func caseMove(_ action: MoveAction, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard let top = state.cases.indices.last else { return [] }
        let screen = state.cases[top]
        let layout = CaseScreenView.layout(screen, size: state.screen)
        let visible = max(1, layout.visibleLines(screen.focus))
        let delta: Int
        switch action {
        case .down: delta = 1
        case .up: delta = -1
        case .pageDown: delta = visible
        case .pageUp: delta = -visible
        case .halfDown: delta = max(1, visible / 2)
        case .halfUp: delta = -max(1, visible / 2)
        case .top: delta = -Int.max / 2
        case .bottom: delta = Int.max / 2
        }
        let total = screen.model.map { CaseScreenView.rendered($0.lines(screen.focus), width: layout.textWidth(screen.focus)).count } ?? 0
        let limit = max(0, total - visible)
        state.cases[top].scroll[screen.focus] = min(limit, max(0, screen.offset(screen.focus) + delta))
        return []
    }

    func caseAction(_ action: CaseScreenAction, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard let top = state.cases.indices.last else { return [] }
        switch action {
        case .nextPane, .previousPane:
            let count = CasePane.allCases.count
            let step = action == .nextPane ? 1 : count - 1
            state.cases[top].focus = CasePane(rawValue: (state.cases[top].focus.rawValue + step) % count)!
            return []
        case .refresh:
            return reloadCase(&state)
        case .back:
            return goBack(&state)
        case .editForm:
            return startEdit(&state)
        case .reveal:
            return startReveal(&state)
        case .payment, .ledger:
            guard let summary = state.caseScreen?.summary else { return [] }
            return push(LedgerLayer(ref: summary.ref, version: summary.version, currency: session.agency.currency,
                                    paymentOnly: action == .payment), &state)
        }
    }

    /// `v`: asks for the reason (the keymap has the key disabled, with the engine's reason,
    /// for those who may not reveal).
    func startReveal(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard let summary = state.caseScreen?.summary else { return [] }
        return push(RevealLayer(ref: summary.ref), &state)
    }

    /// The revealed case replaces the masked one on its screen (a newer load in flight is dropped).
    func caseRevealed(ref: String, _ load: CaseLoad, _ state: inout ConsoleState) {
        guard let top = state.cases.indices.last, state.cases[top].ref == ref else { return }
        state.cases[top].generation.advance()
        state.cases[top].isLoading = false
        state.cases[top].model = load.model
        state.cases[top].actions = load.actions
        state.cases[top].revealed = true
    }

    /// Leaves the case screen; the queue is refreshed around the row the person left, so
    /// it is where they left it, with anything that changed meanwhile.
    func goBack(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard !state.cases.isEmpty else { return [] }
        state.cases.removeLast()
        return state.isOnQueue ? refreshQueue(&state, counts: true) : reloadCase(&state)
    }

    func caseLoaded(ref: String, generation: Generation, _ result: Result<CaseLoad, ConsoleFailure>,
                    _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        let wasWaiting = state.isWaiting
        applyCaseLoad(ref: ref, generation: generation, result, &state)
        guard wasWaiting && !state.isWaiting else { return [] }
        let typed = state.typeAhead
        state.typeAhead = []
        return replay(typed, &state)
    }

    private func applyCaseLoad(ref: String, generation: Generation, _ result: Result<CaseLoad, ConsoleFailure>, _ state: inout ConsoleState) {
        guard let index = state.cases.lastIndex(where: { $0.ref == ref && $0.generation.isCurrent(generation) }) else { return }
        state.cases[index].isLoading = false
        switch result {
        case .success(let load):
            state.cases[index].model = load.model
            state.cases[index].actions = load.actions
            state.cases[index].failure = nil
            state.cases[index].ref = load.model.summary.ref
        case .failure(let failure):
            if state.cases[index].model == nil {
                state.cases[index].failure = failure.message + " (q goes back)"
            }
            say(failure.message, .error, &state)
        }
    }
}
