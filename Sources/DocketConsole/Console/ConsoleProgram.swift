import DocketEngine
import Foundation

/// The console as one Elm-style program: keys become messages, `update` changes the state
/// and asks for engine calls as background effects, `view` draws the state. Screens never
/// touch the database; every engine call runs off the input path.
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
    let columnWidths: QueueColumnWidths
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
        self.columnWidths = QueueColumnWidths(agency: session.agency)
    }

    /// The state the console starts in; the `.start` message then asks for the first queue.
    func initialState(keymaps: ConsoleKeymaps = .standard, themeName: String, notices: [String] = []) -> ConsoleState {
        let actor = session.actor
        let scope = QueueScope.initial(for: actor)
        let order = QueueSpec.defaultOrder(for: .myWork)
        let spec = QueueSpec(tab: .myWork, scope: scope, filter: QueueFilter(), sort: order.sort, descending: order.descending)
        let minutes = session.agency.idleLogoffMinutes
        let now = monotonicMs()
        var state = ConsoleState(actor: actor, agency: session.agency, keymaps: keymaps, queue: QueueState(spec: spec),
                                 themeName: themeName, screen: screenSize(), nowMs: now, today: session.engine.clock.today,
                                 lastInputAt: now,
                                 idleLimitMs: minutes > 0 ? minutes * 60_000 : nil)
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
        // A form takes every key (a clerk types q, ? and : into fields); so do its pickers.
        if state.formsHaveKeys { return .input(key) }
        // While a case screen just opened has nothing to show, keys wait their turn, so
        // nothing typed ahead lands on a screen about to change.
        if state.isWaiting { return .input(key) }
        // The top layer takes every key (it reads them through its own keymap).
        if !state.layers.isEmpty { return .input(key) }
        let keymap = state.currentKeymap
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
            return start(&state)
        case .action(let action):
            state.lastInputAt = state.nowMs
            return perform(action, &state)
        case .unavailable(let action, let reason):
            state.lastInputAt = state.nowMs
            let verb: String
            if case .command(let command) = action { verb = command.verb } else { verb = action.id }
            say("Cannot \(verb): \(reason)", .warning, &state)
            return []
        case .input(let key):
            state.lastInputAt = state.nowMs
            return handleInput(key, &state)
        case .resized(let size):
            state.screen = size
            state.queue.window.fit(visibleRows: queueRows(state))
            return []
        case .layerAnswer(let id, let answer):
            // A layer popped meanwhile never sees its answer.
            guard let update = state.layers.deliver(answer, to: id, context: layerContext(state)) else { return [] }
            return apply(update, &state)
        case .tick(let ms, let today):
            state.nowMs = ms
            if let today { state.today = today }
            return tick(&state)
        case .stop:
            // Hang-up, SIGTERM, end of input: what was typed since the last save goes now
            // (the runtime lets running effects finish before it ends).
            return saveDraftNow(&state)
        case .queueReplaced(let result, let generation):
            return queueReplaced(result, generation: generation, &state)
        case .queuePage(let result, let generation):
            return queuePage(result, generation: generation, &state)
        case .queueCount(let tab, let count, let generation):
            if state.queue.countsGeneration.isCurrent(generation) { state.queue.counts[tab] = count }
            return []
        case .rowActions(let actions):
            state.queue.rowActions = actions
            return []
        case .caseLoaded(let ref, let generation, let result):
            return caseLoaded(ref: ref, generation: generation, result, &state)
        case .themeLoaded(let name, let result):
            return themeLoaded(name: name, result, &state)
        case .intakeDraftLoaded(let type, let result):
            return intakeDraftLoaded(type: type, result, &state)
        case .draftSaved(let key, let sequence, let result):
            return draftSaved(key, sequence: sequence, result, &state)
        case .intakePreviewed(let result):
            return intakePreviewed(result, &state)
        case .intakeFinished(let result):
            return intakeFinished(result, &state)
        case .draftsLoaded(let result):
            return draftsLoaded(result, &state)
        case .draftDiscarded(let key, let result):
            return draftDiscarded(key, result, &state)
        case .editLoaded(let ref, let result):
            return editLoaded(ref: ref, result, &state)
        case .formEdited(let ref, let result):
            return formEdited(ref: ref, result, &state)
        case .dashboardLoaded(let generation, let result):
            return dashboardLoaded(generation, result, &state)
        }
    }

    func view(_ state: ConsoleState, into frame: inout Frame) {
        ConsoleView.draw(state, widths: columnWidths, into: &frame)
    }

    // MARK: starting

    /// The first effects: find the queue to open on.
    func start(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        state.queue.generation.advance()
        state.queue.isLoading = true
        // Admins start on everything; others on each of their departments in turn.
        let scopes = state.queue.spec.scope == .allDepartments
            ? [QueueScope.allDepartments] : QueueScope.choices(for: state.actor, agency: state.agency)
        return [QueueRequests.opening(state.queue.spec, scopes: scopes, generation: state.queue.generation, session: session)]
            + (state.actor.role == .auditor ? [] : [FormRequests.loadDrafts(session: session)])
    }

    // MARK: shared helpers

    func queueRows(_ state: ConsoleState) -> Int { QueueView.visibleRows(for: state.screen) }

    func say(_ text: String, _ role: StyleRole, _ state: inout ConsoleState) {
        state.status = StatusMessage(text: text, role: role, setAt: state.ticks)
    }

    /// One action on the screen in front.
    func perform(_ action: ConsoleAction, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        switch action {
        case .general(let general):
            return perform(general, &state)
        case .command(let command):
            return startCommand(command, &state)
        case .move(let move):
            return state.isOnQueue ? queueMove(move, &state) : caseMove(move, &state)
        case .queue(let queue):
            return queueAction(queue, &state)
        case .caseScreen(let screen):
            return caseAction(screen, &state)
        case .dashboard(let dashboard):
            return dashboardAction(dashboard, &state)
        case .form(let form):
            return formAction(form, &state)
        case .confirm, .picker, .drafts, .search, .reason, .intakeDone, .yesNoField, .optionList, .ledger:
            // Questions read their own keymaps where they take the keys (handleInput).
            return []
        }
    }

    /// The keys every screen shares.
    func perform(_ action: GeneralAction, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        switch action {
        case .quit:
            return [.quit]
        case .help:
            if state.form != nil { return formHelp(&state) }
            return push(HelpLayer(overlay: HelpContent.overlay(for: state)), &state)
        case .search:
            return push(SearchLayer(), &state)
        case .command:
            return push(CommandLineLayer(input: newCommandLine(state, text: "")), &state)
        case .redraw:
            return [.redraw]
        case .dashboard:
            return openDashboard(&state)
        case .intake:
            return startIntake(&state)
        case .drafts:
            return openDrafts(&state)
        }
    }

    func tick(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        state.ticks += 1
        if let limit = state.idleLimitMs, state.nowMs - state.lastInputAt >= limit {
            let minutes = limit / 60_000
            state.farewell = "Docket logged you off after \(minutes) minute\(minutes == 1 ? "" : "s") without a key (the agency's idle limit). Run docket to sign in again."
            // The draft is saved before the console ends (the runtime lets it finish).
            let keepsDraft = state.form?.draft.enabled == true
            state.form?.draft.dirty = keepsDraft
            return saveDraftNow(&state) + [.quit]
        }
        if let status = state.status {
            let lifetime = status.role == .error ? StatusMessage.lifetimeTicks * 3 : StatusMessage.lifetimeTicks
            if state.ticks - status.setAt >= lifetime { state.status = nil }
        }
        if state.form != nil { return formTick(&state) }
        // Other people work the same queues: look again every half minute while nothing is open.
        let quiet = state.layers.isEmpty
        if state.isOnDashboard {
            return quiet ? dashboardTick(&state) : []
        }
        if state.isOnQueue && quiet && state.ticks % 30 == 0 && !state.queue.isLoading {
            return refreshQueue(&state, counts: true)
        }
        return []
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
