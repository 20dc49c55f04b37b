@testable import DocketConsole
import DocketEngine
import XCTest

/// Themes, the settings file, the user's keymap, idle logoff and resizing.
final class ConsoleSettingsTests: ConsoleTestCase {
    private func loader(_ environment: [String: String]) -> ThemeLoader {
        ThemeLoader(environment: environment, executablePath: nil)
    }

    func testThemeChoiceOrder() throws {
        let none = ConsoleConfig()
        XCTAssertEqual(ConsoleTheme.choose(flag: nil, config: none, loader: loader([:])).theme.theme.name, "default")
        XCTAssertEqual(ConsoleTheme.choose(flag: nil, config: none, loader: loader(["NO_COLOR": "1"])).theme.theme.name, "monochrome")
        let configured = ConsoleConfig(theme: "high-contrast")
        XCTAssertEqual(ConsoleTheme.choose(flag: nil, config: configured, loader: loader(["NO_COLOR": "1"])).theme.theme.name,
                       "high-contrast", "a setting the person made wins over NO_COLOR")
        let flagged = ConsoleTheme.choose(flag: "light", config: configured, loader: loader(["NO_COLOR": "1"]))
        XCTAssertEqual(flagged.theme.theme.name, "light")
        XCTAssertTrue(flagged.explicit)
        let unknown = ConsoleTheme.choose(flag: "neon", config: none, loader: loader([:]))
        XCTAssertEqual(unknown.theme.theme.name, "default")
        XCTAssertEqual(unknown.notices, ["unknown theme 'neon'; available themes: default, high-contrast, light, monochrome; using the default theme"])
    }

    func testMalformedThemeFileFallsBackWithItsProblems() throws {
        let config = try temporaryDirectory()
        let themes = config.appendingPathComponent("docket/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        try "normal default default -\nheader chartreuse default bold\n".write(to: themes.appendingPathComponent("mine.theme"), atomically: true, encoding: .utf8)
        let choice = ConsoleTheme.choose(flag: "mine", config: ConsoleConfig(), loader: loader(["XDG_CONFIG_HOME": config.path]))
        XCTAssertEqual(choice.theme.theme.name, "default")
        XCTAssertEqual(choice.notices.count, 2)
        XCTAssertTrue(choice.notices[0].hasSuffix("mine.theme:2: unknown foreground colour 'chartreuse' (use default, black, red, green, yellow, blue, magenta, cyan, white, bright-black … bright-white, color0 … color255)"), choice.notices[0])
    }

    func testSettingsFile() {
        let config = ConsoleConfig.parse("# mine\ntheme monochrome\ncolour red\ntheme\n", file: "config")
        XCTAssertEqual(config.theme, "monochrome")
        XCTAssertEqual(config.problems, ["config:3: unknown setting 'colour' (known: theme)",
                                         "config:4: 'theme' takes one value, e.g. 'theme high-contrast'"])
    }

    func testThemeSwitchesLiveAndUnknownOnesAreNamed() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        terminal.enqueue(names: ":")
        terminal.type("theme high-contrast")
        terminal.enqueue(names: "Enter")
        let runtime = try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        XCTAssertEqual(terminal.theme.name, "high-contrast")
        XCTAssertEqual(runtime.state.themeName, "high-contrast")
        terminal.enqueue(names: ":")
        terminal.type("theme neon")
        terminal.enqueue(names: "Enter")
        ConsoleFixtures.resume(runtime, terminal: terminal)
        XCTAssertEqual(terminal.theme.name, "high-contrast")
        XCTAssertEqual(runtime.state.status?.text, "unknown theme 'neon'; available themes: default, high-contrast, light, monochrome")
    }

    func testKeymapOverridesChangeKeysFooterAndHelpAndProblemsShow() throws {
        let config = try temporaryDirectory()
        try FileManager.default.createDirectory(at: config.appendingPathComponent("docket"), withIntermediateDirectories: true)
        try "queue next-case N,F5\n*     search    F3\nqueue teleport  t\n".write(
            to: config.appendingPathComponent("docket/keymap"), atomically: true, encoding: .utf8)
        let (overrides, problems) = KeymapOverrides.load(keymaps: ConsoleKeymaps.standard.all, environment: ["XDG_CONFIG_HOME": config.path])
        XCTAssertEqual(overrides.entries.count, 0, "a broken file is not half applied")
        XCTAssertTrue(problems[0].hasSuffix("docket/keymap:3: unknown action 'teleport' for screen 'queue' (known actions: assign, back, bottom, claim, clear-filter, command, complete, dashboard, decide, department, down, drafts, filter, half-down, half-up, help, hold, intake, next-case, next-tab, note, open, page-down, page-up, previous-tab, quit, redraw, refer, refresh, release, resume, route, search, sort, sort-direction, state, top, up)"), problems[0])

        try "queue next-case N,F5\n*     search    F3\n".write(
            to: config.appendingPathComponent("docket/keymap"), atomically: true, encoding: .utf8)
        let good = KeymapOverrides.load(keymaps: ConsoleKeymaps.standard.all, environment: ["XDG_CONFIG_HOME": config.path])
        XCTAssertEqual(good.problems, [])
        let keymaps = ConsoleKeymaps.standard.applying(good.overrides)
        XCTAssertEqual(keymaps.queue.action(for: .character("N")), .command(.nextCase))
        XCTAssertNil(keymaps.queue.action(for: .character("n")))
        XCTAssertEqual(keymaps.caseScreen.action(for: .function(3)), .general(.search))
        XCTAssertEqual(keymaps.caseScreen.action(for: .character("n")), .command(.nextCase), "the override was for the queue only")

        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 100, height: 30)
        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
        let session = ConsoleSession(engine: engine, actor: try engine.staffMember(login: "priya"))
        let program = ConsoleProgram(session: session, screenSize: { [unowned terminal] in terminal.size }, monotonicMs: { 0 },
                                     themeLoader: loader([:]))
        let state = program.initialState(keymaps: keymaps, themeName: "default", notices: ["keymap:9: something was wrong"])
        var options = Runtime<ConsoleProgram>.Options()
        options.waitsForEffectsBeforeInput = true
        let runtime = Runtime(program: program, state: state, terminal: terminal, options: options)
        runtime.send(.start)
        terminal.enqueue([ConsoleFixtures.settleKey])
        runtime.run()
        XCTAssertTrue(terminal.text.contains("N Next"), terminal.text)
        XCTAssertTrue(terminal.text.contains("keymap:9: something was wrong"), "problems show in the status line")
        terminal.enqueue([.character("?"), ConsoleFixtures.settleKey])
        runtime.run()
        XCTAssertTrue(terminal.text.contains("N, F5"), "help lists the keys as overridden")
    }

    func testIdleLogoffClearsTheScreenAndQuitsWithAMessage() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
        let session = ConsoleSession(engine: engine, actor: try engine.staffMember(login: "marcus"))
        // The clock reaches update as tick messages: update reads no clock of its own.
        let program = ConsoleProgram(session: session, screenSize: { Size(width: 80, height: 24) }, monotonicMs: { 0 },
                                     themeLoader: loader([:]))
        var state = program.initialState(themeName: "default")
        XCTAssertTrue(program.update(&state, .tick(atMs: 14 * 60_000)).isEmpty)
        _ = program.update(&state, .action(.move(.down)))
        XCTAssertTrue(program.update(&state, .tick(atMs: 28 * 60_000)).isEmpty, "a key resets the idle clock")
        let effects = program.update(&state, .tick(atMs: 29 * 60_000))
        XCTAssertEqual(effects.count, 1)
        if case .quit = effects[0].kind {} else { XCTFail("expected quit") }
        XCTAssertEqual(state.farewell, "Docket logged you off after 15 minutes without a key (the agency's idle limit). Run docket to sign in again.")
        var frame = Frame(width: 80, height: 24)
        program.view(state, into: &frame)
        XCTAssertEqual(frame.text, Frame(width: 80, height: 24).text, "nothing stays on the screen")
        XCTAssertNil(frame.cursor)
    }

    func testResizingDownToTheMinimumAndBelowLeavesNoGarbage() throws {
        let path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 132, height: 40)
        var sizes = [(40, 10), (20, 6), (80, 24), (41, 11)]
        var reads = 0
        var frames: [String] = []
        terminal.beforeEachRead = { [unowned terminal] in
            reads += 1
            if let screen = terminal.screen, reads > 1 { frames.append(screen.text) }
            if let next = sizes.first, reads > 1 {
                sizes.removeFirst()
                terminal.resize(width: next.0, height: next.1)
            }
        }
        terminal.enqueue(names: "Enter F24 F24 F24 F24 F24")
        try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        frames.append(terminal.text)
        let checks: [(Int, Int)] = [(132, 40), (40, 10), (20, 6), (80, 24), (41, 11)]
        for (index, (width, height)) in checks.enumerated() where index < frames.count {
            let lines = frames[index].components(separatedBy: "\n")
            XCTAssertEqual(lines.count, height, "\(width)×\(height)")
            for line in lines {
                XCTAssertLessThanOrEqual(DisplayWidth.of(line), width, "\(width)×\(height): \(line)")
            }
        }
        XCTAssertTrue(frames.contains { $0.hasPrefix("Terminal too small:") }, frames.joined(separator: "\n\n"))
        XCTAssertTrue(frames.last?.contains("CL-2026-000004  Disability claim") ?? false, frames.last ?? "")
    }
}
