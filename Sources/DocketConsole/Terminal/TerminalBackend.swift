/// Why a backend wants the program to stop, outside the program's own control.
public enum StopRequest: Equatable, Sendable {
    /// SIGINT, SIGTERM or SIGHUP arrived: save what can be saved and exit cleanly.
    case signal(Int32)
    /// No more input will ever come (a scripted terminal ran out, or the tty is gone).
    case inputClosed
}

/// What the runtime needs from a terminal. `CursesTerminal` drives a real one;
/// `VirtualTerminal` is pure Swift for tests.
public protocol TerminalBackend: AnyObject {
    /// The current size in columns and rows.
    var size: Size { get }

    /// Shows `frame`, writing only the cells that differ from the last presented frame
    /// (everything after a size change or `invalidate()`); also places the cursor from
    /// `frame.cursor`. Returns how many cells were written.
    @discardableResult
    func present(_ frame: Frame) -> Int

    /// Waits up to `timeoutMs` for a key (0: do not wait). nil when none came.
    func readKey(timeoutMs: Int) -> Key?

    /// Moves the hardware cursor (nil hides it) without redrawing.
    func setCursor(_ position: Point?)

    /// Rings the terminal bell.
    func bell()

    /// Forgets what is on screen so the next `present` redraws every cell.
    func invalidate()

    /// Draws from now on with `theme` (the next `present` repaints every cell).
    func apply(theme: Theme)

    /// Set when the runtime should stop; checked after every read.
    var stopRequest: StopRequest? { get }

    /// Restores the terminal. Safe to call more than once.
    func shutdown()
}
