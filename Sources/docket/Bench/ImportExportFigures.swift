import DocketEngine
import Foundation

/// Export of every case, and import of a form's worth of submissions, each as the command
/// line runs them (child processes, from start to exit).
enum ImportExportFigures {
    static func measure(path: String, dir: String, environment: [String: String]) throws -> [Figure] {
        var env = environment
        env["DOCKET_DB"] = path
        let all = dir + "/all.jsonl"
        let exportMs = try Stopwatch.ms { try docket(["export", "cases", "--all", "--format", "jsonl", "--out", all], env) }
        let rows = try lineCount(all)
        // A re-importable file: one case type's form fields as input text, identities included.
        let claims = dir + "/claims.csv"
        try docket(["export", "cases", "--all", "--type", "disability_claim", "--include-pii", "--format", "csv", "--out", claims], env)
        let claimRows = max(0, try lineCount(claims) - 1)
        let importMs = try Stopwatch.ms { try docket(["import", claims, "--form", "disability_claim"], env) }
        return [
            Figure(name: "export_rows_per_s", unit: "rows/s", samples: [Double(rows) / (exportMs / 1000)],
                   direction: .higherIsBetter, note: "\(rows) cases, all of them, as JSON Lines"),
            Figure(name: "import_rows_per_s", unit: "rows/s", samples: [Double(claimRows) / (importMs / 1000)],
                   budget: 1_000_000 / 30, direction: .higherIsBetter,
                   note: "\(claimRows) disability claims from CSV, validated, matched and routed (budget: 1M in 30 s)"),
        ]
    }

    private static func docket(_ args: [String], _ env: [String: String]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path)
        p.arguments = args
        p.environment = env
        p.standardOutput = FileHandle.nullDevice
        let err = Pipe()
        p.standardError = err
        try p.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw DocketError.refused("`docket \(args.prefix(2).joined(separator: " "))` failed in the bench: \(message.prefix(300))")
        }
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
