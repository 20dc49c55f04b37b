import CNCursesW
import Glibc
import Synchronization

/// Puts the terminal back however the process ends.
///
/// - SIGINT, SIGTERM, SIGHUP only record the signal: the runtime sees it as a stop
///   request, lets the program save, then shuts down cleanly. A second such signal while
///   that is under way restores the terminal and exits at once.
/// - SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE (Swift traps raise SIGILL or
///   SIGTRAP) call `endwin`, put back the previous handler (Swift's backtracer, or the
///   default) and re-raise, so the crash report lands on a sane terminal.
/// - `atexit` covers `exit()` called anywhere while curses is up.
enum TerminalRestoration {
    static let terminationSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE]

    /// The first termination signal received, 0 when none.
    static let pendingSignal = Atomic<Int32>(0)
    /// True while curses owns the terminal.
    static let cursesActive = Atomic<Bool>(false)
    private static let installed = Mutex<Bool>(false)
    private static let atexitRegistered = Atomic<Bool>(false)

    /// Handlers in place before ours, indexed by signal number. Plain memory, written
    /// before the handlers go in and only read inside them (async-signal-safe).
    nonisolated(unsafe) private static let previousActions: UnsafeMutablePointer<sigaction> = {
        let storage = UnsafeMutablePointer<sigaction>.allocate(capacity: Int(signalSlots))
        storage.initialize(repeating: sigaction(), count: Int(signalSlots))
        return storage
    }()
    private static let signalSlots: Int32 = 65

    static func install() {
        installed.withLock { done in
            guard !done else { return }
            done = true
            pendingSignal.store(0, ordering: .sequentiallyConsistent)
            let previous = previousActions
            for signal in terminationSignals {
                setHandler(signal, previous: previous + Int(signal)) { signal in
                    if TerminalRestoration.pendingSignal.load(ordering: .sequentiallyConsistent) != 0 {
                        TerminalRestoration.restoreScreen()
                        _exit(128 + signal)
                    }
                    TerminalRestoration.pendingSignal.store(signal, ordering: .sequentiallyConsistent)
                }
            }
            for signal in crashSignals {
                setHandler(signal, previous: previous + Int(signal)) { signal in
                    TerminalRestoration.restoreScreen()
                    var old = TerminalRestoration.previousActions[Int(signal)]
                    sigaction(signal, &old, nil)
                    raise(signal)
                }
            }
            if !atexitRegistered.exchange(true, ordering: .sequentiallyConsistent) {
                atexit { TerminalRestoration.restoreScreen() }
            }
        }
    }

    /// Puts back the handlers that were there before `install()`.
    static func uninstall() {
        installed.withLock { done in
            guard done else { return }
            done = false
            for signal in terminationSignals + crashSignals {
                sigaction(signal, previousActions + Int(signal), nil)
            }
        }
    }

    private static func setHandler(_ signal: Int32, previous: UnsafeMutablePointer<sigaction>, _ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signal, &action, previous)
    }

    /// Leaves curses mode if it is on (idempotent).
    static func restoreScreen() {
        if cursesActive.exchange(false, ordering: .sequentiallyConsistent) {
            endwin()
        }
    }

    /// The termination signal waiting to be handled, if any.
    static var receivedSignal: Int32? {
        let signal = pendingSignal.load(ordering: .sequentiallyConsistent)
        return signal == 0 ? nil : signal
    }
}
