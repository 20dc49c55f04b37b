import DocketEngine
import Foundation

/// Runs the real console program over a VirtualTerminal for `docket bench`: the same update,
/// view and engine calls as on a terminal, with each key's answering frame timed.
public enum ConsoleBench {
    public struct Result: Sendable {
        public var firstPaintMs: Double
        public var keyToFrameMs: [Double]
        public var residentMiB: Double
    }

    /// `startedAt` is the monotonic time the process was launched (passed in by the parent),
    /// so first paint covers start-up, opening the database and the first page.
    public static func run(session: ConsoleSession, startedAt: UInt64, width: Int = 132, height: Int = 40,
                           script: (VirtualTerminal) -> Void) -> Result {
        let terminal = VirtualTerminal(width: width, height: height)
        let timings = FrameTimings(terminal, startedAt: startedAt)
        let program = ConsoleProgram(session: session, screenSize: { [unowned terminal] in terminal.size },
                                     themeLoader: ThemeLoader(environment: [:], executablePath: nil))
        var options = Runtime<ConsoleProgram>.Options()
        // Keys come as fast as a person can type, each after the last one's answer has landed.
        options.waitsForEffectsBeforeInput = true
        let state = program.initialState(themeName: "default")
        options.quitKeysWhenTooSmall = state.keymaps.quitKeysWhenTooSmall
        let runtime = Runtime(program: program, state: state, terminal: timings, options: options)
        timings.isQueuePainted = { [unowned runtime] in runtime.state.queue.hasLoaded }
        script(terminal)
        runtime.send(.start)
        runtime.run()
        return Result(firstPaintMs: timings.firstPaintMs ?? .nan, keyToFrameMs: timings.keyToFrameMs,
                      residentMiB: residentMiB())
    }

    /// This process's resident set, from /proc.
    public static func residentMiB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return .nan }
        return kb / 1024
    }
}
