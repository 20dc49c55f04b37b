import DocketEngine
import Foundation

/// The console as one Elm-style program, and the root of its stack of layers: keys become
/// messages for the top layer, engine answers go to the layer that asked (by its id; an
/// answer for a layer that has gone is dropped), ticks, resizes and the stop reach every
/// layer, and the stack is drawn from the bottom. The screens themselves are layers
/// (Layers/…); the root keeps only the status line, the command history and the clock.
struct ConsoleProgram: Program {
    typealias State = ConsoleState
    typealias Message = ConsoleMessage

    let session: ConsoleSession
    /// The terminal's size now, read only where messages are made (`.resized`): `update`
    /// sees the size in the state.
    let screenSize: () -> Size
    /// Milliseconds from any fixed point, for idle logoff, read only where ticks are made.
    let monotonicMs: () -> Int
    let themeLoader: ThemeLoader
    let themeNames: [String]
    /// Keeps draft saves in order (they run in the background).
    let draftWriter = DraftWriter()

    init(session: ConsoleSession, screenSize: @escaping () -> Size,
         monotonicMs: @escaping () -> Int = { Int(ProcessInfo.processInfo.systemUptime * 1000) },
         themeLoader: ThemeLoader = ThemeLoader()) {
        self.session = session
        self.screenSize = screenSize
        self.monotonicMs = monotonicMs
        self.themeLoader = themeLoader
        self.themeNames = themeLoader.availableThemeNames()
    }

    /// The state the console starts in: the queue at the bottom of the stack; the `.start`
    /// message then asks for its first page.
    func initialState(keymaps: ConsoleKeymaps = .standard, themeName: String, notices: [String] = []) -> ConsoleState {
        let actor = session.actor
        let order = QueueSpec.defaultOrder(for: .myWork)
        let spec = QueueSpec(tab: .myWork, scope: QueueScope.initial(for: actor), filter: QueueFilter(), sort: order.sort,
                             descending: order.descending)
        let minutes = session.agency.idleLogoffMinutes
        let now = monotonicMs()
        var state = ConsoleState(actor: actor, agency: session.agency, keymaps: keymaps, themeName: themeName, screen: screenSize(),
                                 nowMs: now, today: session.engine.clock.today, lastInputAt: now,
                                 idleLimitMs: minutes > 0 ? minutes * 60_000 : nil)
        state.layers.push(QueueLayer(spec: spec, agency: session.agency), context: layerContext(state, isTop: true))
        if !notices.isEmpty {
            state.status = StatusMessage(text: notices.joined(separator: " · "), role: .warning, setAt: 0)
        }
        return state
    }

    // MARK: Program

    func message(for key: Key, in state: ConsoleState) -> ConsoleMessage? {
        if key == .resize { return .resized(screenSize()) }
        if state.farewell != nil { return nil }
        // Ctrl-C stays the interrupt everywhere (the runtime stops cleanly on it).
        if key == .ctrl("c") { return nil }
        // A layer without a keymap (a prompt, the form, a screen still waiting) reads the key itself.
        guard let keymap = state.layers.top?.keymap(context: layerContext(state, isTop: true)) else { return .input(key) }
        guard let binding = keymap.binding(for: key) else { return nil }
        if let reason = binding.disabledReason { return .unavailable(action: binding.action, reason: reason) }
        return .action(binding.action)
    }

    func tickMessage(in state: ConsoleState) -> ConsoleMessage? {
        .tick(atMs: monotonicMs(), today: session.engine.clock.today)
    }

    func stopMessage(for reason: StopRequest, in state: ConsoleState) -> ConsoleMessage? { .stop }

    func update(_ state: inout ConsoleState, _ message: ConsoleMessage) -> [Effect<ConsoleMessage>] {
        switch message {
        case .start:
            // The queue at the bottom asks for its first page; the drafts hint is the root's.
            return send(.answer(ConsoleMessage.start), at: 0, &state)
                + (state.actor.role == .auditor ? [] : [FormRequests.loadDrafts(session: session)])
        case .action(let action):
            state.lastInputAt = state.nowMs
            return sendTop(.action(action), &state)
        case .unavailable(let action, let reason):
            state.lastInputAt = state.nowMs
            let verb: String
            if case .command(let command) = action { verb = command.verb } else { verb = action.id }
            say("Cannot \(verb): \(reason)", .warning, &state)
            return []
        case .input(let key):
            state.lastInputAt = state.nowMs
            return sendTop(.key(key), &state)
        case .resized(let size):
            state.screen = size
            return broadcast(.resized, &state)
        case .layerAnswer(let id, let answer):
            // A layer popped meanwhile never sees its answer.
            guard let index = state.layers.index(of: id) else { return orphaned(answer, &state) }
            return send(.answer(answer), at: index, &state)
        case .tick(let ms, let today):
            state.nowMs = ms
            if let today { state.today = today }
            return tick(&state)
        case .stop:
            // Hang-up, SIGTERM, end of input: what was typed since the last save goes now
            // (the runtime lets running effects finish before it ends).
            return broadcast(.stopping(everything: false), &state)
        case .themeLoaded(let name, let result):
            return themeLoaded(name: name, result, &state)
        case .draftsLoaded(let result):
            // Asked at start: a hint when forms are waiting to be finished.
            if case .success(let drafts) = result, !drafts.isEmpty, state.status == nil {
                say("You have \(drafts.count) unfinished form\(drafts.count == 1 ? "" : "s"): \(state.keymaps.queue.spoken(.general(.drafts))) lists them", .muted, &state)
            }
            return []
        default:
            // Screens' answers arrive addressed (`.layerAnswer`); nothing else is the root's.
            return []
        }
    }

    func view(_ state: ConsoleState, into frame: inout Frame) {
        ConsoleView.draw(state, context: layerContext(state, isTop: false), into: &frame)
    }

    // MARK: routing

    func layerContext(_ state: ConsoleState, isTop: Bool = true) -> LayerContext {
        let front = state.layers.frontScreen?.keymap(context: LayerContext(
            screen: state.screen, keymaps: state.keymaps, screenKeymap: state.keymaps.queue, session: session, today: state.today,
            ticks: state.ticks, isTop: false, draftWriter: draftWriter, draftSequence: state.draftSequence))
        return LayerContext(screen: state.screen, keymaps: state.keymaps, screenKeymap: front ?? state.keymaps.queue, session: session,
                            today: state.today, ticks: state.ticks, isTop: isTop, draftWriter: draftWriter,
                            draftSequence: state.draftSequence)
    }

    /// A message for the top layer.
    func sendTop(_ message: LayerMessage, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard state.layers.count > 0 else { return [] }
        return send(message, at: state.layers.count - 1, &state)
    }

    /// A message for the layer at `index`, and what its update asks done.
    func send(_ message: LayerMessage, at index: Int, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        let id = state.layers.id(at: index)
        let below = index > 0 ? state.layers.id(at: index - 1) : nil
        let update = state.layers.update(at: index, message, context: layerContext(state, isTop: index == state.layers.count - 1))
        return apply(update, from: id, below: below, &state)
    }

    /// A message for every layer, bottom first (each still there when its turn comes).
    func broadcast(_ message: LayerMessage, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        var effects: [Effect<ConsoleMessage>] = []
        for id in state.layers.ids {
            guard let index = state.layers.index(of: id) else { continue }
            effects += send(message, at: index, &state)
        }
        return effects
    }

    /// Puts a layer on top of everything and starts it.
    func push(_ layer: any ConsoleLayer, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        let below = state.layers.ids.last
        let (id, update) = state.layers.push(layer, context: layerContext(state, isTop: true))
        return apply(update, from: id, below: below, &state)
    }

    /// An answer whose layer has gone is dropped; a draft save that failed is still said.
    func orphaned(_ answer: any Sendable, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        if case .draftSaved(_, _, .failure(let failure))? = answer as? ConsoleMessage {
            say(FormLayer.notSaved(failure), .error, &state)
        }
        return []
    }

    func say(_ text: String, _ role: StyleRole, _ state: inout ConsoleState) {
        state.status = StatusMessage(text: text, role: role, setAt: state.ticks)
    }

    func tick(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        state.ticks += 1
        if let limit = state.idleLimitMs, state.nowMs - state.lastInputAt >= limit {
            let minutes = limit / 60_000
            state.farewell = "Docket logged you off after \(minutes) minute\(minutes == 1 ? "" : "s") without a key (the agency's idle limit). Run docket to sign in again."
            // Drafts are saved before the console ends (the runtime lets the saves finish).
            return broadcast(.stopping(everything: true), &state) + [.quit]
        }
        if let status = state.status {
            let lifetime = status.role == .error ? StatusMessage.lifetimeTicks * 3 : StatusMessage.lifetimeTicks
            if state.ticks - status.setAt >= lifetime { state.status = nil }
        }
        // A failover the engine carried the person's calls over: said once, on the screen
        // itself (under a prompt it would be hidden: the action's answer says it instead).
        if state.overlays.isEmpty, let place = session.engine.takeMoveNotice() {
            say(UntrustedText.sanitize(ActionFailover.moved(to: place)) + "; carry on", .warning, &state)
        }
        return broadcast(.tick, &state)
    }

    func themeLoaded(name: String, _ result: Result<LoadedTheme, ConsoleFailure>, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        switch result {
        case .success(let loaded):
            state.themeName = loaded.theme.name
            if loaded.problems.isEmpty {
                say("Theme \(loaded.theme.name)", .success, &state)
            } else {
                say(loaded.problems.joined(separator: " · "), .warning, &state)
            }
            return [.applyTheme(loaded.theme)]
        case .failure(let failure):
            say(failure.message, .error, &state)
            return []
        }
    }
}
