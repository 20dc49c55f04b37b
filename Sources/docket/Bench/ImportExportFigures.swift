import DocketEngine
import Foundation

/// Export of every case, and import of a form's worth of submissions, each as the command
/// line runs them (child processes, from start to exit).
enum ImportExportFigures {
    static func measure(path: String, dir: String, environment: [String: String], newRows: Int) throws -> [Figure] {
        var env = environment
        env["DOCKET_DB"] = path
        let all = dir + "/all.jsonl"
        let exportMs = try Stopwatch.ms { _ = try docket(["export", "cases", "--all", "--format", "jsonl", "--out", all], env) }
        let rows = try lineCount(all)
        // Exported claims, identities included, imported again: every person is known.
        let claims = dir + "/claims.csv"
        _ = try docket(["export", "cases", "--all", "--type", "disability_claim", "--include-pii", "--reason", "bench: re-import measurement", "--format", "csv", "--out", claims], env)
        var known = 0
        let reimportMs = try Stopwatch.ms { known = try imported(docket(["import", claims, "--form", "disability_claim"], env)) }
        // Submissions from people nobody has seen: the intake the budget is about.
        let fresh = dir + "/new.csv"
        try NewSubmissions.write(form: try DemoAgency.load().form("benefits_application")!, rows: newRows, to: fresh)
        var added = 0
        let importMs = try Stopwatch.ms { added = try imported(docket(["import", fresh, "--form", "benefits_application"], env)) }
        return [
            Figure(name: "export_rows_per_s", unit: "rows/s", samples: [Double(rows) / (exportMs / 1000)],
                   direction: .higherIsBetter, note: "\(rows) cases, all of them, as JSON Lines"),
            Figure(name: "import_rows_per_s", unit: "rows/s", samples: [Double(added) / (importMs / 1000)],
                   budget: 1_000_000 / 30, direction: .higherIsBetter,
                   note: "\(added) benefits applications from new people, from CSV: validated, matched, routed (budget: 1M in 30 s)"),
            Figure(name: "reimport_rows_per_s", unit: "rows/s", samples: [Double(known) / (reimportMs / 1000)],
                   direction: .higherIsBetter, note: "\(known) exported disability claims imported again: every person known"),
        ]
    }

    /// The rows an import took in, from its report (`imported N of M rows …`): CSV records
    /// may span lines, so lines are not rows.
    private static func imported(_ report: String) throws -> Int {
        guard let range = report.range(of: "imported "),
              let n = Int(report[range.upperBound...].prefix { $0.isNumber }) else {
            throw DocketError.refused("the bench could not read how many rows were imported from: \(report.prefix(200))")
        }
        return n
    }

    /// Runs the command line as a child process; its standard output. Its errors go to a file,
    /// so a chatty child never blocks on a pipe nobody reads.
    private static func docket(_ args: [String], _ env: [String: String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path)
        p.arguments = args
        p.environment = env
        let errPath = NSTemporaryDirectory() + "docket-bench-\(UUID().uuidString).err"
        let errFile = FileHandle(fileDescriptor: try PrivateFile.createNew(errPath, what: "the bench's scratch file"),
                                 closeOnDealloc: true)
        defer { try? errFile.close(); try? FileManager.default.removeItem(atPath: errPath) }
        let out = Pipe()
        p.standardOutput = out
        p.standardError = errFile
        try p.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            let message = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
            throw DocketError.refused("`docket \(args.prefix(2).joined(separator: " "))` failed in the bench: \(message.prefix(300))")
        }
        return output
    }

    private static func lineCount(_ file: String) throws -> Int {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: file))
        defer { try? handle.close() }
        var count = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            count += chunk.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
        }
        return count
    }
}
