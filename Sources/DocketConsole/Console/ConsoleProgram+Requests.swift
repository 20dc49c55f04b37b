import DocketEngine

/// The root's part in what layers ask: push and pop, a case opened over the screen in front,
/// a change to the base queue, the status line, the command line and its history, draft
/// discards written in order. Effects a layer asks for are addressed to it, so their answers
/// come back to it (or are dropped once it has gone).
extension ConsoleProgram {
    func apply(_ update: LayerUpdate, from id: LayerID, below: LayerID?, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        if let used = update.draftSequence { state.draftSequence = max(state.draftSequence, used) }
        var effects = update.effects.map { $0.mapMessage { message in
            if case .layerAnswer = message { return message }
            return .layerAnswer(id, message)
        } }
        for request in update.requests {
            effects += handle(request, from: id, below: below, &state)
        }
        return effects
    }

    private func handle(_ request: LayerRequest, from id: LayerID, below: LayerID?, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        switch request {
        case .say(let text, let role):
            say(text, role, &state)
        case .clearStatus:
            state.status = nil
        case .clearWarning:
            if state.status?.role == .warning { state.status = nil }
        case .push(let layer):
            return push(layer, &state)
        case .openCase(let ref, let correcting):
            // A case opened while the dashboard is in front (:open, search, :next) replaces it.
            if state.layers.top?.givesWayToACase == true { state.layers.popTop() }
            return push(CaseLayer(ref: ref, correcting: correcting), &state)
        case .toBelow(let notice):
            guard let below, let index = state.layers.index(of: below) else { return [] }
            return send(.answer(notice), at: index, &state)
        case .toBaseQueue(let change):
            state.layers.pop(above: 0)
            return send(.answer(change), at: 0, &state)
        case .bringForward(let layer):
            return bringForward(layer, &state)
        case .openCommandLine(let text):
            return push(CommandLineLayer(input: newCommandLine(state, text: text)), &state)
        case .runCommand(let text):
            let trimmed = text.trimming([" "])
            guard !trimmed.isEmpty else { return [] }
            if state.commandHistory.last != trimmed { state.commandHistory.append(trimmed) }
            return runCommandLine(trimmed, &state)
        case .takeNext(let department):
            return takeNext(department: department, &state)
        case .discardDraft(let key):
            state.draftSequence += 1
            let effect = FormRequests.discard(key, sequence: state.draftSequence, writer: draftWriter, session: session)
            return [effect.mapMessage { .layerAnswer(id, $0) }]
        case .closeCase(let ref):
            let before = state.layers.count
            state.layers.remove { $0.shows(case: ref) }
            guard state.layers.count != before else { return [] }
            return send(.answer(ScreenNotice.inFront(reloadsCase: false)), at: state.layers.frontScreenIndex, &state)
        case .replay(let keys):
            var effects: [Effect<ConsoleMessage>] = []
            for key in keys {
                if let message = message(for: key, in: state) { effects += update(&state, message) }
            }
            return effects
        }
        return []
    }

    /// `d` or `:dash`: the dashboard in front — back to the open one (what was drilled into
    /// above it goes, and it reads its figures again), or a new one over the screen in front.
    private func bringForward(_ layer: any ConsoleLayer, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        let kind = type(of: layer)
        guard let index = state.layers.layers.lastIndex(where: { type(of: $0) == kind }) else { return push(layer, &state) }
        guard index < state.layers.count - 1 else { return [] }
        state.layers.pop(above: index)
        return send(.answer(ScreenNotice.inFront(reloadsCase: true)), at: index, &state)
    }

    /// Next case: claims the best waiting case in the department being looked at (when it
    /// is one of the person's), else in any of theirs, and opens it.
    private func takeNext(department: String?, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        var chosen = department
        if chosen == nil, let scope = state.layers.layers.last(where: { $0.scopeInView != nil })?.scopeInView?.code,
           state.actor.departments.contains(scope) {
            chosen = scope
        }
        say("Finding the next case\(chosen.map { " in \($0)" } ?? "")…", .muted, &state)
        let flow = ActionFlow(command: .nextCase, target: nil, steps: [], dateOrder: state.agency.dateOrder, today: state.today)
        return push(ActionFlowLayer(flow: flow, nextDepartment: chosen), &state)
    }

    // MARK: command line

    func newCommandLine(_ state: ConsoleState, text: String) -> TextInput {
        let agency = state.agency
        let vocabulary = ConsoleCommandLine.Vocabulary(
            departments: agency.departments.map(\.code),
            states: Array(Set(agency.lifecycles.flatMap { $0.states.map(\.id) })).sorted(),
            types: agency.caseTypes.map(\.code),
            themes: themeNames,
            logins: agency.staff.map(\.login))
        return TextInput(text: text, history: state.commandHistory, maxLength: 500) { typed in
            ConsoleCommandLine.completions(for: typed, vocabulary: vocabulary)
        }
    }

    func runCommandLine(_ text: String, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        switch ConsoleCommandLine.parse(text) {
        case .failure(let problem):
            say(problem.message, .error, &state)
            return []
        case .success(.theme(let name)):
            let loader = themeLoader
            return [.run {
                let result: Result<LoadedTheme, ConsoleFailure>
                do {
                    result = .success(try loader.load(named: name))
                } catch {
                    result = .failure(ConsoleFailure(message: String(describing: error)))
                }
                return .themeLoaded(name: name, result)
            }]
        case .success(.help):
            // The help of the screen in front, as its `?` opens it.
            return sendTop(.action(.general(.help)), &state)
        case .success(let command):
            let update = ConsoleCommands.update(for: command, context: layerContext(state))
            // The command line has gone: what it asks is done for the screen in front.
            let top = state.layers.ids.last ?? state.layers.id(at: 0)
            return apply(update, from: top, below: nil, &state)
        }
    }
}
