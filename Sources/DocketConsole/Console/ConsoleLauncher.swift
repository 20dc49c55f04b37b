import DocketEngine
import Foundation
import Glibc

/// Opens the console on the real terminal: picks the theme, reads the user's keymap and
/// settings, runs the program, and always gives the terminal back.
public enum ConsoleLauncher {
    /// Why the console cannot run here (a pipe, cron, no TERM), checked before anything
    /// else is done; nil when stdin and stdout are terminals.
    public static func interactiveProblem(environment: [String: String]) -> TerminalError? {
        if isatty(STDIN_FILENO) != 1 { return .notInteractive(stream: "standard input") }
        if isatty(STDOUT_FILENO) != 1 { return .notInteractive(stream: "standard output") }
        if (environment["TERM"] ?? "").isEmpty { return .noTerminalType }
        return nil
    }

    /// Nanoseconds on the monotonic clock; take it as early as possible and pass it to
    /// `run` as `startedAt`, so the first-paint figure covers opening the database.
    public static func monotonicNanoseconds() -> UInt64 { FrameTimings.now() }

    /// Runs the console until the person quits. Returns the exit code; `stderr` gets any
    /// message that must outlive the screen (why it could not start, idle logoff).
    public static func run(session: ConsoleSession, themeFlag: String?, environment: [String: String],
                           startedAt: UInt64, stderr: (String) -> Void) -> Int32 {
        var notices: [String] = []
        let config = ConsoleConfig.load(environment: environment)
        notices += config.problems

        let loader = ThemeLoader(environment: environment)
        let choice = ConsoleTheme.choose(flag: themeFlag, config: config, loader: loader)
        var loaded = choice.theme
        notices += choice.notices

        let standard = ConsoleKeymaps.standard
        let (overrides, keymapProblems) = KeymapOverrides.load(keymaps: standard.all, environment: environment)
        notices += keymapProblems
        let keymaps = standard.applying(overrides)
        notices += keymaps.all.flatMap { $0.conflicts() }

        let curses: CursesTerminal
        do {
            curses = try CursesTerminal(theme: loaded.theme)
        } catch {
            stderr("docket: \(error.description)")
            return 1
        }
        defer { curses.shutdown() }
        // A terminal without colours gets the theme made for it, unless one was asked for.
        if !curses.supportsColor && !choice.explicit && loaded.theme.name != "monochrome" {
            curses.apply(theme: .monochrome)
            loaded.theme = .monochrome
        }

        let statsPath = environment["DOCKET_CONSOLE_STATS"].flatMap { $0.isEmpty ? nil : $0 }
        let timings = FrameTimings(curses, startedAt: startedAt)
        let terminal: any TerminalBackend = statsPath == nil ? curses : timings
        let program = ConsoleProgram(session: session, screenSize: { curses.size }, themeLoader: loader)
        let state = program.initialState(keymaps: keymaps, themeName: loaded.theme.name, notices: notices)
        var options = Runtime<ConsoleProgram>.Options()
        options.tickIntervalMs = 1000
        options.quitKeysWhenTooSmall = state.keymaps.quitKeysWhenTooSmall
        let runtime = Runtime(program: program, state: state, terminal: terminal, options: options)
        timings.isQueuePainted = { [unowned runtime] in runtime.state.queue.hasLoaded }
        runtime.send(.start)
        let exit = runtime.run()
        let farewell = runtime.state.farewell
        curses.shutdown()

        if let statsPath {
            if let fd = try? PrivateFile.openForWriting(statsPath, what: "the console's timing file") {
                FileHandle(fileDescriptor: fd, closeOnDealloc: true).write(Data(timings.report().utf8))
            }
        }
        if let farewell { stderr("docket: \(farewell)") }
        switch exit {
        case .quit:
            return 0
        case .stopped(.signal(let signal)):
            // As shells report it: 130 after Ctrl-C, 143 after SIGTERM, 129 after a hang-up.
            return 128 + signal
        case .stopped(.inputClosed):
            stderr("docket: the terminal went away; nothing was left half done")
            return 1
        }
    }
}
