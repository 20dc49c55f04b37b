/// The root's part for layers: push one, hand it what it needs, and do what it asks.
extension ConsoleProgram {
    func layerContext(_ state: ConsoleState) -> LayerContext {
        LayerContext(screen: state.screen, keymaps: state.keymaps, screenKeymap: state.currentKeymap, session: session,
                     today: state.today)
    }

    /// Puts a layer on top of everything and starts it.
    func push(_ layer: any ConsoleLayer, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        let (_, update) = state.layers.push(layer, context: layerContext(state))
        return apply(update, &state)
    }

    /// Runs what a layer's update asked of the root.
    func apply(_ update: LayerUpdate, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        var effects = update.effects
        for request in update.requests {
            switch request {
            case .say(let text, let role):
                say(text, role, &state)
            case .clearStatus:
                state.status = nil
            case .openCase(let ref):
                effects += openCase(ref, &state)
            case .runCommand(let text):
                let trimmed = text.trimming([" "])
                guard !trimmed.isEmpty else { continue }
                if state.commandHistory.last != trimmed { state.commandHistory.append(trimmed) }
                effects += runCommandLine(trimmed, &state)
            case .openIntakeForm(let type):
                effects += openIntakeForm(type: type, &state)
            case .resumeCorrection(let ref):
                say("Reading the form of \(ref)…", .muted, &state)
                effects += openCase(ref, &state) + [FormRequests.loadForEdit(ref: ref, session: session)]
            case .discardDraft(let key):
                state.draftSequence += 1
                effects.append(FormRequests.discard(key, sequence: state.draftSequence, writer: draftWriter, session: session))
            case .actionFinished(let outcome, let keepsAnswers):
                effects += actionFinished(outcome, keepsAnswers: keepsAnswers, &state)
            case .replay(let keys):
                effects += replay(keys, &state)
            case .reloadDashboard:
                effects += loadDashboard(&state)
            case .reloadCase:
                effects += reloadCase(&state)
            case .caseRevealed(let ref, let load):
                caseRevealed(ref: ref, load, &state)
            }
        }
        return effects
    }
}
