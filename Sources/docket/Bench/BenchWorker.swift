import DocketEngine
import Foundation

/// Work the bench runs in child processes, so contention and start-up are real.
enum BenchWorker {
    static func run(_ worker: String, _ ctx: Context) throws -> Int32 {
        switch worker {
        case "next":
            // Claims `count` cases one after another, printing each call's milliseconds.
            let engine = try ctx.openEngine()
            let me = try ctx.actor(in: engine)
            let count = try ctx.arguments.int("count", default: 200)
            var lines: [String] = []
            for _ in 0..<count {
                let ms = try Stopwatch.ms { _ = try engine.next(as: me) }
                lines.append(String(format: "%.4f", ms))
            }
            ctx.stdout(lines.joined(separator: "\n"))
            return 0
        case "notes":
            // Writes `count` notes on the first cases of its department's queue, one after another.
            let engine = try ctx.openEngine()
            let me = try ctx.actor(in: engine)
            var q = CaseQuery()
            q.limit = 200
            let refs = try engine.listCases(q, as: me).map(\.ref)
            guard !refs.isEmpty else { throw CLIError.usage("no open cases to write notes on") }
            let count = try ctx.arguments.int("count", default: 200)
            var failures = 0
            for i in 0..<count {
                do { try engine.note(refs[i % refs.count], text: "bench note \(i)", as: me) } catch { failures += 1 }
            }
            ctx.stdout("\(failures)")
            return 0
        case "show":
            // Opens cases (as `case show` does, view event and all) until told to stop by a file.
            let engine = try ctx.openEngine()
            let me = try ctx.actor(in: engine)
            var q = CaseQuery()
            q.limit = 200
            let refs = try engine.listCases(q, as: me).map(\.ref)
            guard let stop = ctx.arguments.value("stop-file") else { throw CLIError.usage("the show worker needs --stop-file") }
            var reads = 0, failures = 0
            var firstFailure: String?
            while !FileManager.default.fileExists(atPath: stop) || reads == 0 {
                do { _ = try engine.caseDetail(ref: refs[reads % refs.count], as: me) } catch {
                    failures += 1
                    if firstFailure == nil { firstFailure = "\(error)" }
                }
                reads += 1
            }
            ctx.stdout("\(reads) \(failures)" + (firstFailure.map { " \($0)" } ?? ""))
            return 0
        case "console-start", "console-scroll", "console-page":
            return try ConsoleFigures.runWorker(worker, ctx)
        default:
            throw CLIError.usage("unknown bench worker '\(worker)'")
        }
    }

    /// `case show` in one process while 8 others write notes: every read that fails (as "database
    /// is locked" did) counts. The budget is none.
    static func showUnderLoad(path: String, dir: String, ctx: Context, notesPerWriter: Int) throws -> [Figure] {
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        var env = ctx.environment
        env["DOCKET_DB"] = path
        let stop = dir + "/show-under-load.stop"
        try? FileManager.default.removeItem(atPath: stop)
        func start(_ args: [String]) throws -> (Process, Pipe) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: exe)
            p.arguments = ["bench", "--worker"] + args
            p.environment = env
            let out = Pipe()
            p.standardOutput = out
            p.standardError = FileHandle.nullDevice
            try p.run()
            return (p, out)
        }
        let reader = try start(["show", "--stop-file", stop])
        let writers = try (0..<8).map { _ in try start(["notes", "--count", String(notesPerWriter)]) }
        var writeFailures = 0
        for (p, out) in writers {
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            writeFailures += Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? notesPerWriter
        }
        _ = FileManager.default.createFile(atPath: stop, contents: nil)
        let answer = String(decoding: reader.1.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        reader.0.waitUntilExit()
        let parts = answer.split(separator: " ", maxSplits: 2)
        guard reader.0.terminationStatus == 0, parts.count >= 2, let reads = Int(parts[0]), let failures = Int(parts[1]) else {
            throw DocketError.refused("the bench's case-show worker failed: \(answer)")
        }
        let why = parts.count > 2 ? "; first: \(parts[2])" : ""
        return [
            Figure(name: "case_show_under_load_failures", unit: "reads", samples: [Double(failures)], budget: 0,
                   note: "\(reads) case shows while 8 processes wrote \(8 * notesPerWriter) notes (\(writeFailures) writes failed)\(why)"),
        ]
    }

    /// `next` from several processes at once against the same store: each claim's latency.
    static func contendedNext(path: String, ctx: Context, claims: Int, processes count: Int = 2,
                              name: String = "next_contended_ms", budget: Double? = 5) throws -> [Figure] {
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        var env = ctx.environment
        env["DOCKET_DB"] = path
        let processes = (0..<count).map { _ -> (Process, Pipe) in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: exe)
            p.arguments = ["bench", "--worker", "next", "--count", String(claims)]
            p.environment = env
            let out = Pipe()
            p.standardOutput = out
            p.standardError = FileHandle.nullDevice
            return (p, out)
        }
        for (p, _) in processes { try p.run() }
        var samples: [Double] = []
        for (p, out) in processes {
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            guard p.terminationStatus == 0 else { throw DocketError.refused("a bench worker for `next` failed") }
            samples += String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { Double($0) }
        }
        return [Figure(name: name, unit: "ms", samples: samples, budget: budget,
                       note: "\(count) processes claiming \(claims) each at once; median judged")]
    }

    /// Durable commands per second from `count` processes writing notes at once.
    static func commandsPerSecond(path: String, ctx: Context, processes count: Int, notesEach: Int) throws -> Figure {
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        var env = ctx.environment
        env["DOCKET_DB"] = path
        var failures = 0
        let ms = try Stopwatch.ms {
            let writers = try (0..<count).map { _ -> (Process, Pipe) in
                let p = Process()
                p.executableURL = URL(fileURLWithPath: exe)
                p.arguments = ["bench", "--worker", "notes", "--count", String(notesEach)]
                p.environment = env
                let out = Pipe()
                p.standardOutput = out
                p.standardError = FileHandle.nullDevice
                try p.run()
                return (p, out)
            }
            for (p, out) in writers {
                let data = out.fileHandleForReading.readDataToEndOfFile()
                p.waitUntilExit()
                failures += Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? notesEach
            }
        }
        let done = count * notesEach - failures
        return Figure(name: "commands_per_s_\(count)", unit: "cmd/s", samples: [Double(done) / (ms / 1000)], direction: .higherIsBetter,
                      note: "\(count) processes writing \(notesEach) notes each at once (start-up included; \(failures) failed)")
    }
}
