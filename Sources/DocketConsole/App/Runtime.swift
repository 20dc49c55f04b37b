import Foundation

/// How a run ended.
public enum RuntimeExit: Equatable, Sendable {
    /// The program returned `Effect.quit` (or Q was pressed on a too-small terminal).
    case quit
    /// A signal, the interrupt key or a closed terminal stopped it.
    case stopped(StopRequest)
}

/// Drives a Program on a terminal: present the frame, read a key with a short timeout,
/// turn it into a message, update, start effects, deliver their results — until the
/// program quits or the terminal asks to stop.
public final class Runtime<P: Program> {
    public struct Options {
        /// How long one key read waits; effect results and ticks are handled between reads.
        public var pollIntervalMs: Int = 25
        /// How often the program gets `tickMessage` (nil: never).
        public var tickIntervalMs: Int?
        /// Below this size the runtime shows a notice instead of the program's view.
        public var minimumSize = Size(width: 40, height: 10)
        /// Keys that quit while the too-small notice shows (other keys are ignored then,
        /// so nothing happens unseen); the notice names the first. A program passes its
        /// own quit keys (the console's come from its keymap).
        public var quitKeysWhenTooSmall: [Key] = [.character("Q"), .ctrl("c")]
        /// A key the program does not handle itself that stops the run like SIGINT.
        public var interruptKey: Key? = .ctrl("c")
        /// For tests: before each key is read, wait until every running effect has
        /// delivered, so scripted runs are deterministic without any timing.
        public var waitsForEffectsBeforeInput = false
        /// How long effects may still run once the program quits or is stopped.
        public var shutdownGraceMs = 2000
        /// Milliseconds from any fixed point (injectable so ticks can be tested).
        public var clock: () -> Int = { Int(ProcessInfo.processInfo.systemUptime * 1000) }

        public init() {}
    }

    public let program: P
    public private(set) var state: P.State
    public let terminal: any TerminalBackend
    public var options: Options

    private let inbox = EffectInbox<P.Message>()
    private var laneGenerations: [String: Int] = [:]
    private var laneTasks: [String: Task<Void, Never>] = [:]
    private var quitRequested = false
    private var shuttingDown = false
    private var needsRender = true
    /// Set by the interrupt key; checked like the terminal's own stop request.
    private var stopRequested: StopRequest?

    public init(program: P, state: P.State, terminal: any TerminalBackend, options: Options = Options()) {
        self.program = program
        self.state = state
        self.terminal = terminal
        self.options = options
    }

    /// Runs until the program quits or the terminal stops it. Does not shut the terminal
    /// down: whoever created it does that (so it happens on every path, with `defer`).
    /// May be called again after it returns (tests play a key script in parts).
    @discardableResult
    public func run() -> RuntimeExit {
        shuttingDown = false
        quitRequested = false
        stopRequested = nil
        var lastTick = options.clock()
        var exit: RuntimeExit?
        while exit == nil {
            if needsRender { render() }
            if options.waitsForEffectsBeforeInput { inbox.waitUntilIdle() }
            deliverResults()
            if quitRequested { exit = .quit; break }
            if needsRender { continue }

            var timeout = options.pollIntervalMs
            if let interval = options.tickIntervalMs {
                timeout = max(0, min(timeout, lastTick + interval - options.clock()))
            }
            if let key = terminal.readKey(timeoutMs: timeout) {
                handle(key)
            }
            if let interval = options.tickIntervalMs, options.clock() - lastTick >= interval {
                lastTick = options.clock()
                if let message = program.tickMessage(in: state) { dispatch(message) }
            }
            if quitRequested {
                exit = .quit
            } else if let stop = stopRequested ?? terminal.stopRequest {
                exit = .stopped(stop)
                if let message = program.stopMessage(for: stop, in: state) { dispatch(message) }
            }
        }
        finish()
        return exit ?? .quit
    }

    /// Feeds one message through update, as if it had arrived (for tests and embedding).
    public func send(_ message: P.Message) {
        dispatch(message)
    }

    /// Draws the current state now.
    public func render() {
        let size = terminal.size
        var frame = Frame(size: size)
        if isTooSmall(size) {
            TooSmallNotice.draw(into: &frame, minimum: options.minimumSize, quitKey: options.quitKeysWhenTooSmall.first)
        } else {
            program.view(state, into: &frame)
        }
        terminal.present(frame)
        needsRender = false
    }

    private func isTooSmall(_ size: Size) -> Bool {
        size.width < options.minimumSize.width || size.height < options.minimumSize.height
    }

    private func handle(_ key: Key) {
        if key == .resize {
            // The backend already knows the new size; repaint every cell.
            terminal.invalidate()
            needsRender = true
        }
        if isTooSmall(terminal.size) {
            if options.quitKeysWhenTooSmall.contains(key) { quitRequested = true }
            return
        }
        if let message = program.message(for: key, in: state) {
            dispatch(message)
        } else if key == options.interruptKey {
            stopRequested = .signal(SIGINT)
        } else if case .alt(let character) = key {
            // Unbound Alt-x is most likely Esc then x typed quickly: keep both keys.
            if let message = program.message(for: .escape, in: state) { dispatch(message) }
            if let message = program.message(for: .character(character), in: state) { dispatch(message) }
        }
    }

    private func dispatch(_ message: P.Message) {
        let effects = program.update(&state, message)
        needsRender = true
        for effect in effects { perform(effect) }
    }

    private func perform(_ effect: Effect<P.Message>) {
        switch effect.kind {
        case .quit:
            quitRequested = true
        case .bell:
            terminal.bell()
        case .redraw:
            terminal.invalidate()
            needsRender = true
        case .theme(let theme):
            terminal.apply(theme: theme)
            needsRender = true
        case .send(let message):
            inbox.post(message)
        case .task(let lane, let work):
            // Once shutting down, nothing new starts: only what is running may finish.
            guard !shuttingDown else { return }
            var generation = 0
            if let lane {
                generation = (laneGenerations[lane] ?? 0) + 1
                laneGenerations[lane] = generation
                laneTasks[lane]?.cancel()
            }
            let inbox = self.inbox
            inbox.begin()
            let task = Task.detached {
                let message = await work()
                inbox.finish(lane: lane, generation: generation, message: message)
            }
            if let lane { laneTasks[lane] = task }
        }
    }

    /// Hands finished effects' messages to update, dropping superseded lane results.
    private func deliverResults() {
        for delivery in inbox.takeAll() {
            if let lane = delivery.lane, laneGenerations[lane] != delivery.generation { continue }
            if let lane = delivery.lane, laneGenerations[lane] == delivery.generation {
                laneTasks[lane] = nil
            }
            if let message = delivery.message { dispatch(message) }
        }
    }

    /// Lets running effects finish (within the grace period), delivers their messages,
    /// and draws the final state.
    private func finish() {
        shuttingDown = true
        let deadline = Date(timeIntervalSinceNow: Double(options.shutdownGraceMs) / 1000)
        // Bounded, so a program that keeps sending itself messages still ends.
        for _ in 0..<1000 {
            deliverResults()
            if inbox.runningCount == 0 && inbox.isEmpty { break }
            if !inbox.waitUntilIdle(deadline: deadline) { break }
        }
        deliverResults()
        if needsRender { render() }
    }
}
