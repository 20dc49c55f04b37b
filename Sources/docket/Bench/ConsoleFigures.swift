import DocketConsole
import DocketEngine
import Foundation

/// The console's figures, each from a fresh `docket` process running the real console code
/// over a VirtualTerminal: start to first painted queue, key to frame while scrolling and
/// paging, and resident memory after paging through a department's whole queue.
enum ConsoleFigures {
    static func measure(path: String, environment: [String: String], departmentRows: Int, keys: Int) throws -> [Figure] {
        var paints: [Double] = []
        for _ in 0..<5 { paints.append(try worker("console-start", path: path, environment: environment, keys: keys).firstPaintMs) }
        let scroll = try worker("console-scroll", path: path, environment: environment, keys: keys)
        let page = try worker("console-page", path: path, environment: environment, keys: keys)
        paints += [scroll.firstPaintMs, page.firstPaintMs]
        return [
            Figure(name: "first_paint_ms", unit: "ms", samples: paints, budget: 150, note: "process start to the first painted queue"),
            Figure(name: "scroll_frame_ms", unit: "ms", samples: scroll.keyToFrameMs, budget: 10,
                   note: "j down \(keys) rows of VET's queue, then k up \(keys) from its end; p99 judged"),
            Figure(name: "page_frame_ms", unit: "ms", samples: page.keyToFrameMs, budget: 10,
                   note: "PgDn from the first page of VET's queue (\(departmentRows) rows) to the last; p99 judged"),
            Figure(name: "console_rss_mib", unit: "MiB", samples: [page.residentMiB], budget: 64,
                   note: "after paging through the whole queue"),
        ]
    }

    struct Outcome { var firstPaintMs: Double; var keyToFrameMs: [Double]; var residentMiB: Double }

    private static func worker(_ name: String, path: String, environment: [String: String], keys: Int) throws -> Outcome {
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        var env = environment
        env["DOCKET_DB"] = path
        env["DOCKET_BENCH_SPAWNED_NS"] = String(ConsoleLauncher.monotonicNanoseconds())
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = ["bench", "--worker", name, "--count", String(keys)]
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0,
              let obj = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw DocketError.refused("the console bench worker \(name) failed")
        }
        return Outcome(firstPaintMs: obj["first_paint_ms"] as? Double ?? .nan,
                       keyToFrameMs: obj["key_to_frame_ms"] as? [Double] ?? [],
                       residentMiB: obj["rss_mib"] as? Double ?? .nan)
    }

    /// In the child: run the console with one of the key scripts and print what it measured.
    static func runWorker(_ name: String, _ ctx: Context) throws -> Int32 {
        let started = ctx.environment["DOCKET_BENCH_SPAWNED_NS"].flatMap(UInt64.init) ?? ConsoleLauncher.monotonicNanoseconds()
        let keys = try ctx.arguments.int("count", default: 5_000)
        let engine = try ctx.openEngine()
        let session = ConsoleSession(engine: engine, actor: try ctx.actor(in: engine))
        var setupKeys = 0
        let result = ConsoleBench.run(session: session, startedAt: started) { terminal in
            func command(_ text: String) {
                terminal.enqueue(names: ":")
                terminal.type(text)
                terminal.enqueue(names: "Enter")
                setupKeys += text.count + 2
            }
            switch name {
            case "console-scroll":
                command("queue VET")
                command("tab all")
                terminal.enqueue(Array(repeating: Key.character("j"), count: keys))
                terminal.enqueue(names: "G")
                terminal.enqueue(Array(repeating: Key.character("k"), count: keys))
            case "console-page":
                command("queue VET")
                command("tab all")
                let rows = (try? engine.countCases({ var q = CaseQuery(); q.department = "VET"; return q }(), cap: 10_000_000,
                                                   as: session.actor)) ?? 1000
                terminal.enqueue(Array(repeating: Key.pageDown, count: min(rows / 30 + 2, keys * 4)))
            default:
                break
            }
            terminal.enqueue(names: "Q")
        }
        // Only the keys of the measured run count: drop the command-line keys typed first.
        let skip = name == "console-start" ? result.keyToFrameMs.count : setupKeys
        let samples = Array(result.keyToFrameMs.dropFirst(skip).dropLast())
        ctx.stdout(JSONText.encode(.object([
            ("first_paint_ms", .double(result.firstPaintMs)),
            ("key_to_frame_ms", .array(samples.map(JSONText.Value.double))),
            ("rss_mib", .double(result.residentMiB)),
        ])))
        return 0
    }
}
