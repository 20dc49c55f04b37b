/// Why the curses console could not start. Each message says what to do instead.
public enum TerminalError: Error, Equatable, CustomStringConvertible, Sendable {
    /// stdin or stdout is not a terminal (a pipe, a file, cron, `< /dev/null`).
    case notInteractive(stream: String)
    /// TERM is unset or empty.
    case noTerminalType
    /// TERM names a terminal the terminfo database does not know.
    case unknownTerminal(String)
    /// TERM names a terminal that cannot move its cursor (`dumb`, a printer).
    case cannotAddressCursor(String)
    /// Another CursesTerminal is still running in this process.
    case alreadyActive

    static let scriptingHint = "To work from scripts, cron or a pipe, use the command-line subcommands: see `docket --help`."

    public var description: String {
        switch self {
        case .notInteractive(let stream):
            return "The Docket console needs an interactive terminal, but \(stream) is not one. \(TerminalError.scriptingHint)"
        case .noTerminalType:
            return "The Docket console needs an interactive terminal, but TERM is not set. Set TERM (for example TERM=xterm-256color) or use the command-line subcommands: see `docket --help`."
        case .unknownTerminal(let term):
            return "The Docket console needs an interactive terminal, but TERM=\(term) is not in the terminfo database. Set TERM to a known type (for example xterm-256color) or use the command-line subcommands: see `docket --help`."
        case .cannotAddressCursor(let term):
            return "The Docket console needs an interactive terminal that can move its cursor, and TERM=\(term) cannot. \(TerminalError.scriptingHint)"
        case .alreadyActive:
            return "A Docket console is already running in this process."
        }
    }
}
