import DocketEngine

/// A case screen as a layer, pushed over the queue (or another case, or a drill-down). It
/// loads the case and what the person may do to it; until the first load answers, keys wait
/// with it and are played once it does, so nothing typed ahead lands on a screen about to
/// change. `e` opens the form to correct the case, `v` asks why and reveals identifiers.
struct CaseLayer: ConsoleLayer {
    var screen: CaseScreenState
    /// Open the case's form for correction once it is read (a correction draft resumed).
    var correcting: Bool
    /// Keys typed before the case could be shown.
    var typeAhead: [Key] = []

    init(ref: String, correcting: Bool = false) {
        screen = CaseScreenState(ref: ref)
        self.correcting = correcting
    }

    var isScreen: Bool { true }
    func shows(case ref: String) -> Bool { screen.ref == ref }
    /// Nothing to show yet: keys wait (they are the layer's, not actions).
    var isWaiting: Bool { screen.model == nil && screen.isLoading }

    mutating func start(id: LayerID, context: LayerContext) -> LayerUpdate {
        screen.generation.advance()
        var update = LayerUpdate(effects: [CaseRequests.load(ref: screen.ref, generation: screen.generation, recordView: true,
                                                             session: context.session)])
        if correcting {
            update.requests.append(.say("Reading the form of \(screen.ref)…", .muted))
            update.effects.append(FormRequests.loadForEdit(ref: screen.ref, session: context.session))
        }
        return update
    }

    mutating func update(_ message: LayerMessage, id: LayerID, context: LayerContext) -> LayerUpdate {
        switch message {
        case .key(let key):
            guard !isWaiting else {
                typeAhead.append(key)
                return .stays
            }
            switch ScreenKeys.resolve(key, keymap(context: context)) {
            case .success(let action)?: return perform(action, context)
            case .failure(let why)?: return .say(why.message, .warning)
            case nil: return .stays
            }
        case .action(let action):
            return perform(action, context)
        case .answer(.caseLoaded(let ref, let generation, let result) as ConsoleMessage):
            let wasWaiting = isWaiting
            var update = loaded(ref: ref, generation: generation, result, context)
            if wasWaiting && !isWaiting && !typeAhead.isEmpty {
                update.requests.append(.replay(typeAhead))
                typeAhead = []
            }
            return update
        case .answer(.editLoaded(let ref, let result) as ConsoleMessage):
            return FormLayer.openCorrection(ref: ref, result, caseRef: screen.ref, context: context)
        case .answer(let notice as ScreenNotice):
            return noticed(notice, context)
        case .answer, .tick, .resized, .stopping:
            return .stays
        }
    }

    func keymap(context: LayerContext) -> Keymap? {
        guard !isWaiting else { return nil }
        return footerKeymap(context: context)
    }

    /// The case keys, with what the engine refuses disabled (also while waiting, for the footer).
    func footerKeymap(context: LayerContext) -> Keymap? {
        var keymap = context.keymaps.caseScreen
        ScreenKeys.disable(&keymap, actions: screen.model == nil ? nil : screen.actions, actor: context.actor)
        ScreenKeys.disableForms(&keymap, actor: context.actor)
        return keymap
    }

    private mutating func perform(_ action: ConsoleAction, _ context: LayerContext) -> LayerUpdate {
        switch action {
        case .move(let move):
            scroll(move, context)
            return .stays
        case .caseScreen(let action):
            return caseAction(action, context)
        case .command(let command):
            let target = screen.summary.map { ActionTarget(summary: $0, fromCaseScreen: true) }
            let known = screen.model != nil && screen.summary?.version == target?.version ? screen.actions : nil
            return CaseActions.start(command, target: target, known: known, context: context)
        case .general(let general):
            return ScreenKeys.general(general, help: HelpContent.overlay(title: "Case", keymap: keymap(context: context), context: context),
                                      context: context)
        default:
            return .stays
        }
    }

    private mutating func caseAction(_ action: CaseScreenAction, _ context: LayerContext) -> LayerUpdate {
        // A key that opens a layer over the case (reveal's v is disabled, with the engine's
        // reason, for those who may not).
        if let layer = Self.overlay(for: action, case: screen, context: context) {
            return LayerUpdate(requests: [.push(layer)])
        }
        switch action {
        case .nextPane, .previousPane:
            let count = CasePane.allCases.count
            let step = action == .nextPane ? 1 : count - 1
            screen.focus = CasePane(rawValue: (screen.focus.rawValue + step) % count)!
            return .stays
        case .refresh:
            return LayerUpdate(effects: reload(context))
        case .back:
            // The screen beneath looks again (the queue around the row the person left).
            return LayerUpdate(requests: [.toBelow(.inFront(reloadsCase: true))], pops: true)
        case .editForm:
            guard let ref = screen.summary?.ref else {
                return .say("Open a case first; e corrects the form of the case in front", .warning)
            }
            return LayerUpdate(effects: [FormRequests.loadForEdit(ref: ref, session: context.session)],
                               requests: [.say("Reading the form of \(ref)…", .muted)])
        default:
            // The rest open a layer over the case (CaseLayer+Overlays); none before it is shown.
            return .stays
        }
    }

    /// Scrolling the pane in focus.
    private mutating func scroll(_ action: MoveAction, _ context: LayerContext) {
        let layout = CaseScreenView.layout(screen, size: context.screen)
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
        screen.scroll[screen.focus] = min(limit, max(0, screen.offset(screen.focus) + delta))
    }

    /// Loads the case again, keeping what is shown until the new copy arrives.
    private mutating func reload(_ context: LayerContext) -> [Effect<ConsoleMessage>] {
        screen.generation.advance()
        screen.isLoading = true
        return [CaseRequests.load(ref: screen.ref, generation: screen.generation, recordView: false, revealed: screen.revealed,
                                  session: context.session)]
    }

    private mutating func loaded(ref: String, generation: Generation, _ result: Result<CaseLoad, ConsoleFailure>,
                                 _ context: LayerContext) -> LayerUpdate {
        guard screen.ref == ref, screen.generation.isCurrent(generation) else { return .stays }
        screen.isLoading = false
        switch result {
        case .success(let load):
            screen.model = load.model
            screen.actions = load.actions
            screen.failure = nil
            screen.ref = load.model.summary.ref
            return .stays
        case .failure(let failure):
            if screen.model == nil { screen.failure = failure.message + " (\(context.keymaps.caseScreen.spoken(.caseScreen(.back))) goes back)" }
            return .say(failure.message, .error)
        }
    }

    private mutating func noticed(_ notice: ScreenNotice, _ context: LayerContext) -> LayerUpdate {
        switch notice {
        case .inFront(let reloadsCase):
            return reloadsCase ? LayerUpdate(effects: reload(context)) : .stays
        case .reload, .corrected:
            return LayerUpdate(effects: reload(context))
        case .revealed(let ref, let load):
            // The revealed case replaces the masked one (a newer load in flight is dropped).
            guard screen.ref == ref else { return .stays }
            screen.generation.advance()
            screen.isLoading = false
            screen.model = load.model
            screen.actions = load.actions
            screen.revealed = true
            return .stays
        case .actionFinished(let outcome, let keepsAnswers):
            var update = LayerUpdate(requests: [CaseActions.said(outcome, keepsAnswers: keepsAnswers, keys: context.keymaps)])
            switch outcome.result {
            case .success(let success) where success.opens:
                // The case taken replaces this one.
                update.requests.append(.openCase(success.summary.ref))
                update.pops = true
            case .success(let success) where success.leftTheirView:
                // Its screens would only say it cannot be shown: back to where the person works.
                update.requests.append(.closeCase(success.summary.ref))
            case .failure(let failure) where !failure.isConflict:
                break
            default:
                if let target = outcome.target, target.fromCaseScreen, target.ref == screen.ref { update.effects = reload(context) }
            }
            return update
        }
    }

    func view(into frame: inout Frame, keymaps: ConsoleKeymaps) {
        CaseScreenView.draw(screen, into: &frame)
    }

    func status(_ line: inout StatusLine, context: LayerContext) {
        line.left = "\(context.actor.login) · \(screen.ref)" + (screen.isLoading && screen.model != nil ? " · reloading…" : "")
    }
}
