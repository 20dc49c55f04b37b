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
        case "console-start", "console-scroll", "console-page":
            return try ConsoleFigures.runWorker(worker, ctx)
        default:
            throw CLIError.usage("unknown bench worker '\(worker)'")
        }
    }

    /// `next` from two processes at once against the same file: each claim's latency.
    static func contendedNext(path: String, ctx: Context, claims: Int) throws -> [Figure] {
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        var env = ctx.environment
        env["DOCKET_DB"] = path
        let processes = (0..<2).map { _ -> (Process, Pipe) in
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
        return [Figure(name: "next_contended_ms", unit: "ms", samples: samples, budget: 5,
                       note: "two processes claiming \(claims) each at once; median judged")]
    }
}
