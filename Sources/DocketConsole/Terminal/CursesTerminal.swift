import CNCursesW
import Glibc
import Synchronization

/// The real terminal, through ncursesw.
///
/// Starts with `newterm` (never `initscr`, which exits the process on a bad TERM),
/// refuses non-terminals with a message pointing at the subcommands, and always gives
/// the terminal back (see `TerminalRestoration`). Only this type calls curses.
public final class CursesTerminal: TerminalBackend {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var palette: CursesPalette
    private var previous: Frame?
    private var cursorVisible: Bool?
    private var fastErrorReads = 0
    private var inputGone = false
    private var isShutDown = false
    /// Colours the terminal has (0 when it has none).
    public let colorCount: Int
    /// Whether colours can be shown at all; when false only attributes are drawn, and the
    /// caller may want the monochrome theme.
    public var supportsColor: Bool { colorCount >= 8 }
    public private(set) var theme: Theme

    /// Only one curses session may run per process.
    private static let active = Atomic<Bool>(false)

    /// Opens the console on the process's terminal (stdin and stdout by default).
    public convenience init(theme: Theme = .default, input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) throws(TerminalError) {
        if isatty(input) != 1 { throw .notInteractive(stream: input == STDIN_FILENO ? "standard input" : "the input") }
        if isatty(output) != 1 { throw .notInteractive(stream: output == STDOUT_FILENO ? "standard output" : "the output") }
        guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else { throw .noTerminalType }
        let inFile = input == STDIN_FILENO ? docket_stdin() : fdopen(input, "r")
        let outFile = output == STDOUT_FILENO ? docket_stdout() : fdopen(output, "w")
        guard let inFile, let outFile else { throw .notInteractive(stream: "the terminal") }
        try self.init(term: term, input: inFile, output: outFile, theme: theme, size: nil)
    }

    /// A curses session that draws into /dev/null at a fixed size: for tests and for
    /// measuring frame times without a terminal. Uses the given terminal type.
    public static func offscreen(width: Int, height: Int, term: String = "xterm-256color", theme: Theme = .default) throws(TerminalError) -> CursesTerminal {
        guard let file = fopen("/dev/null", "r+") else { throw .notInteractive(stream: "/dev/null") }
        return try CursesTerminal(term: term, input: file, output: file, theme: theme, size: Size(width: width, height: height))
    }

    private init(term: String, input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>, theme: Theme, size: Size?) throws(TerminalError) {
        guard !CursesTerminal.active.exchange(true, ordering: .sequentiallyConsistent) else { throw .alreadyActive }
        DisplayWidth.prepareLocale()
        // ncurses reads ESCDELAY itself; otherwise a lone Esc would wait a second.
        let escDelaySet = getenv("ESCDELAY") != nil
        // Our handlers go in first: ncurses installs its own SIGINT/SIGTERM handler (which
        // exits the process) only where it finds the default, so it leaves ours alone, and
        // shutdown can put back exactly what the process had before.
        TerminalRestoration.install()
        guard let screen = newterm(term, output, input) else {
            TerminalRestoration.uninstall()
            CursesTerminal.active.store(false, ordering: .sequentiallyConsistent)
            throw .unknownTerminal(term)
        }
        TerminalRestoration.cursesActive.store(true, ordering: .sequentiallyConsistent)
        // Without cursor addressing (TERM=dumb) nothing could be drawn in place.
        let cursorAddress = tigetstr("cup")
        if cursorAddress == nil || Int(bitPattern: cursorAddress) == -1 {
            TerminalRestoration.restoreScreen()
            delscreen(screen)
            TerminalRestoration.uninstall()
            CursesTerminal.active.store(false, ordering: .sequentiallyConsistent)
            throw .cannotAddressCursor(term)
        }
        self.screen = screen
        self.window = docket_stdscr()
        if let size {
            resizeterm(Int32(size.height), Int32(size.width))
            // resizeterm queues a KEY_RESIZE as if the user had resized; nobody did.
            flushinp()
        }
        if !escDelaySet { set_escdelay(25) }
        raw()
        noecho()
        nonl()
        keypad(window, true)
        var colors = 0
        var defaultColors = false
        if has_colors() {
            start_color()
            defaultColors = use_default_colors() == OK
            colors = Int(docket_colors())
        }
        self.colorCount = colors
        self.theme = theme
        self.palette = CursesPalette(theme: theme, colorCount: colors, pairCount: Int(docket_color_pairs()), defaultColors: defaultColors)
        self.palette.install()
    }

    deinit {
        shutdown()
    }

    public var size: Size {
        Size(width: Int(docket_getmaxx(window)), height: Int(docket_getmaxy(window)))
    }

    /// Switches theme; the next present redraws everything.
    public func apply(theme: Theme) {
        self.theme = theme
        palette = CursesPalette(theme: theme, colorCount: colorCount, pairCount: Int(docket_color_pairs()), defaultColors: palette.usesDefaultColors)
        palette.install()
        invalidate()
    }

    @discardableResult
    public func present(_ frame: Frame) -> Int {
        guard !isShutDown else { return 0 }
        let full = previous?.size != frame.size
        if full { werase(window) }
        var written = 0
        for y in 0..<frame.height {
            for x in 0..<frame.width {
                let cell = frame[x, y]
                if cell.isContinuation { continue }
                if !full, let previous, previous[x, y] == cell { continue }
                write(cell, x: x, y: y)
                written += 1
            }
        }
        previous = frame
        placeCursor(frame.cursor, within: frame.size)
        wrefresh(window)
        return written
    }

    /// Draws one cell: its grapheme's base scalar plus any combining marks that fit in
    /// a cchar_t. Joiners and joined scalars are dropped so curses and the Frame agree
    /// on the width.
    private func write(_ cell: Cell, x: Int, y: Int) {
        var characters: [wchar_t] = []
        for scalar in cell.grapheme.unicodeScalars {
            let width = DisplayWidth.of(scalar: scalar)
            if characters.isEmpty {
                if width > 0 { characters.append(wchar_t(scalar.value)) }
                continue
            }
            let category = scalar.properties.generalCategory
            guard width == 0, category != .format, category != .control else { break }
            if characters.count >= Int(docket_ccharw_max()) - 1 { break }
            characters.append(wchar_t(scalar.value))
        }
        if characters.isEmpty { characters = [wchar_t(32)] }
        characters.append(0)
        let entry = palette[cell.role]
        var styled = cchar_t()
        setcchar(&styled, characters, CursesPalette.curses(entry.attributes), entry.pair, nil)
        // Writing the bottom-right cell reports ERR after drawing it; that is expected.
        mvwadd_wch(window, Int32(y), Int32(x), &styled)
    }

    private func placeCursor(_ position: Point?, within size: Size) {
        if let position, position.x >= 0, position.y >= 0, position.x < size.width, position.y < size.height {
            wmove(window, Int32(position.y), Int32(position.x))
            if cursorVisible != true {
                curs_set(1)
                cursorVisible = true
            }
        } else if cursorVisible != false {
            curs_set(0)
            cursorVisible = false
        }
    }

    public func setCursor(_ position: Point?) {
        guard !isShutDown else { return }
        placeCursor(position, within: size)
        wrefresh(window)
    }

    public func readKey(timeoutMs: Int) -> Key? {
        guard !isShutDown else { return nil }
        wtimeout(window, Int32(max(0, timeoutMs)))
        let started = CursesTerminal.monotonicMilliseconds()
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        if status == ERR {
            noteEmptyRead(after: CursesTerminal.monotonicMilliseconds() - started, timeoutMs: timeoutMs)
            return nil
        }
        fastErrorReads = 0
        guard let key = CursesKeyDecoder.decode(status: status, code: code) else { return nil }
        if key == .escape, let following = readAltCharacter() {
            return .alt(following)
        }
        return key
    }

    /// After Esc, a character already waiting means Alt/Meta was held (terminals send
    /// Esc+char). Anything else is pushed back to be read next.
    private func readAltCharacter() -> Character? {
        wtimeout(window, 0)
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        if status == OK, code >= 0x20, code != 0x7F, let scalar = Unicode.Scalar(code) {
            return Character(scalar)
        }
        if status == OK {
            unget_wch(wchar_t(bitPattern: code))
        } else if status == KEY_CODE_YES {
            ungetch(Int32(bitPattern: code))
        }
        return nil
    }

    /// A read that fails at once, again and again, means the terminal is gone (curses
    /// returns ERR immediately at end of input); without this the loop would spin.
    private func noteEmptyRead(after elapsed: Int, timeoutMs: Int) {
        guard timeoutMs >= 10 else { return }
        if elapsed < timeoutMs / 2 {
            fastErrorReads += 1
            if fastErrorReads >= 50 { inputGone = true }
        } else {
            fastErrorReads = 0
        }
    }

    static func monotonicMilliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
    }

    public var stopRequest: StopRequest? {
        if let signal = TerminalRestoration.receivedSignal { return .signal(signal) }
        if inputGone { return .inputClosed }
        return nil
    }

    public func bell() {
        guard !isShutDown else { return }
        beep()
    }

    public func invalidate() {
        previous = nil
        guard !isShutDown else { return }
        clearok(window, true)
    }

    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        curs_set(1)
        TerminalRestoration.restoreScreen()
        delscreen(screen)
        TerminalRestoration.uninstall()
        TerminalRestoration.pendingSignal.store(0, ordering: .sequentiallyConsistent)
        CursesTerminal.active.store(false, ordering: .sequentiallyConsistent)
    }
}

extension CursesTerminal {
    /// What curses holds for one cell: its characters, attributes and colour pair.
    /// For tests and diagnostics; it reads curses' own screen image, not the Frame.
    func cellOnScreen(x: Int, y: Int) -> (text: String, attributes: attr_t, pair: Int16) {
        var stored = cchar_t()
        guard mvwin_wch(window, Int32(y), Int32(x), &stored) != ERR else { return ("", 0, 0) }
        var characters = [wchar_t](repeating: 0, count: Int(docket_ccharw_max()) + 1)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        getcchar(&stored, &characters, &attributes, &pair, nil)
        let scalars = characters.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
        return (String(String.UnicodeScalarView(scalars)), attributes, pair)
    }

    /// Curses' screen image as text, one string per row, trailing spaces trimmed. Wide
    /// characters appear once (curses keeps the same character in both columns).
    func screenText() -> [String] {
        let size = self.size
        return (0..<size.height).map { y in
            var line = ""
            var x = 0
            while x < size.width {
                let cell = cellOnScreen(x: x, y: y)
                line += cell.text
                x += max(1, DisplayWidth.of(cell.text))
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The pair curses was told for a role (for tests).
    func colorPair(of role: StyleRole) -> (foreground: Int16, background: Int16) {
        var foreground: Int16 = 0
        var background: Int16 = 0
        pair_content(palette[role].pair, &foreground, &background)
        return (foreground, background)
    }
}
