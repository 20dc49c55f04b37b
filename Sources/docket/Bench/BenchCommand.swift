import DocketEngine
import Foundation

/// `docket bench`: builds a demo database of N cases and measures every budget of DESIGN.md
/// section 7 on it, each beside the same work done straight through SQLite where there is one.
enum BenchCommand {
    static func run(_ ctx: Context) throws -> Int32 {
        if let worker = ctx.arguments.value("worker") { return try BenchWorker.run(worker, ctx) }
        if ctx.arguments.has("scale") { return try BenchScale.run(ctx) }
        let cases = try ctx.arguments.int("cases", default: 1_000_000)
        guard cases >= 1_000 else { throw CLIError.usage("--cases must be at least 1,000 for the figures to mean anything") }
        if let server = ctx.arguments.value("db") ?? ctx.environment["DOCKET_DB"], PostgresStore.names(server) {
            let report = try measurePostgres(server: server, cases: cases, ctx: ctx)
            ctx.stdout(ctx.json ? JSONText.encode(report.json, pretty: true) : report.table)
            return 0
        }
        let report = try measure(cases: cases, keep: ctx.arguments.value("keep"), ctx: ctx,
                                 keys: try ctx.arguments.int("count", default: 5_000))
        ctx.stdout(ctx.json ? JSONText.encode(report.json, pretty: true) : report.table)
        return 0
    }

    struct Report {
        var cases: Int
        var figures: [Figure]

        var json: JSONText.Value {
            .object([("cases", .int(cases)), ("figures", .array(figures.map(\.json)))])
        }

        var table: String {
            func f(_ v: Double) -> String { v.isFinite ? (v >= 100 ? String(Int(v.rounded())) : String(format: "%.2f", v)) : "-" }
            var rows = [["figure", "unit", "min", "median", "p99", "budget", "pass", "floor", "×floor"]]
            for x in figures {
                rows.append([x.name, x.unit, f(x.min), f(x.median), f(x.p99), x.budget.map(f) ?? "-",
                             x.pass.map { $0 ? "pass" : "MISS" } ?? "-", x.floor.map(f) ?? "-",
                             x.floor.map { $0 > 0 ? String(format: "%.1f", x.judged / $0) : "-" } ?? "-"])
            }
            return "docket bench: \(cases) cases\n" + TextTable.render(rows)
        }
    }

    /// The figures on PostgreSQL, in a database of the bench's own on the server `server`
    /// names (made and dropped here): the same figures as on SQLite, plus contended `next` from
    /// eight processes and durable commands per second from sixteen. There is no floor (the
    /// floors are SQLite's).
    static func measurePostgres(server: String, cases: Int, ctx: Context) throws -> Report {
        let scratch = try PostgresScratchDatabase(server: server, prefix: "docket_bench")
        defer { scratch.drop() }
        let path = scratch.conninfo
        let login = ctx.osLogin
        let bar = ProgressBar(label: "bench: demo")
        var figures: [Figure] = []
        var phases = DemoLoadTimes()
        let demoMs = try Stopwatch.ms {
            _ = try Engine.createDemo(path: path, cases: cases, seed: 1, force: true, creator: login, clock: ctx.clock,
                                      progress: bar.update, timed: { phases = $0 })
        }
        figures.append(Figure(name: "demo_rows_per_s", unit: "cases/s", samples: [Double(cases) / (demoMs / 1000)],
                              budget: 20_000, direction: .higherIsBetter))
        figures.append(Figure(name: "demo_write_s", unit: "s", samples: [phases.writingMs / 1000]))
        figures.append(Figure(name: "demo_index_s", unit: "s", samples: [phases.indexingMs / 1000]))
        let engine = try Engine.open(path: path, clock: ctx.clock)
        let me = try engine.staffMember(login: login)
        figures += try EngineFigures(engine: engine, actor: me, floor: nil).all()
        figures += try BenchWorker.contendedNext(path: path, ctx: ctx, claims: min(200, cases / 40))
        figures += try BenchWorker.contendedNext(path: path, ctx: ctx, claims: min(50, cases / 80), processes: 8,
                                                 name: "next_contended8_ms", budget: nil)
        figures.append(try BenchWorker.commandsPerSecond(path: path, ctx: ctx, processes: 16, notesEach: 50))
        let dir = NSTemporaryDirectory() + "docket-bench-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        figures += try BenchWorker.showUnderLoad(path: path, dir: dir, ctx: ctx, notesPerWriter: 200)
        figures += try DashboardFigures(engine: engine, actor: me, floor: nil, path: path, environment: ctx.environment).all()
        var vet = CaseQuery()
        vet.department = "VET"
        let vetRows = try engine.countCases(vet, cap: 10_000_000, as: me)
        figures += try ConsoleFigures.measure(path: path, environment: ctx.environment, departmentRows: vetRows,
                                              keys: try ctx.arguments.int("count", default: 5_000))
        let size = Double(try engine.storedBytes())
        figures += try ImportExportFigures.measure(path: path, dir: dir, environment: ctx.environment,
                                                   newRows: min(200_000, max(1_000, cases / 5)))
        figures.append(Figure(name: "db_bytes_per_case", unit: "bytes", samples: [size / Double(cases)]))
        return Report(cases: cases, figures: figures)
    }

    /// `keys`: how many j (and k) presses the scrolling figure makes; tests use a few.
    static func measure(cases: Int, keep: String?, ctx: Context, keys: Int = 5_000) throws -> Report {
        let dir: String
        if let keep {
            try FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
            dir = keep
        } else {
            dir = NSTemporaryDirectory() + "docket-bench-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        }
        defer { if keep == nil { try? FileManager.default.removeItem(atPath: dir) } }
        let path = dir + "/docket.db"
        let login = ctx.osLogin
        let bar = ProgressBar(label: "bench: demo")
        var figures: [Figure] = []
        var phases = DemoLoadTimes()
        let demoMs = try Stopwatch.ms {
            _ = try Engine.createDemo(path: path, cases: cases, seed: 1, force: true, creator: login, clock: ctx.clock,
                                      progress: bar.update, timed: { phases = $0 })
        }
        figures.append(Figure(name: "demo_rows_per_s", unit: "cases/s", samples: [Double(cases) / (demoMs / 1000)],
                              budget: 20_000, direction: .higherIsBetter))
        // Where the demo's time goes: rows made and written on two cores, then indexed on one.
        figures.append(Figure(name: "demo_write_s", unit: "s", samples: [phases.writingMs / 1000]))
        figures.append(Figure(name: "demo_index_s", unit: "s", samples: [phases.indexingMs / 1000]))
        let engine = try Engine.open(path: path, clock: ctx.clock)
        let me = try engine.staffMember(login: login)
        let floor = try SQLiteFloor(path: path)
        figures += try EngineFigures(engine: engine, actor: me, floor: floor).all()
        // Two claimers must not run out of unassigned work on a small database.
        figures += try BenchWorker.contendedNext(path: path, ctx: ctx, claims: min(200, cases / 20))
        figures += try BenchWorker.showUnderLoad(path: path, dir: dir, ctx: ctx, notesPerWriter: 200)
        figures += try DashboardFigures(engine: engine, actor: me, floor: floor, path: path, environment: ctx.environment).all()
        var vet = CaseQuery()
        vet.department = "VET"
        let vetRows = try engine.countCases(vet, cap: 10_000_000, as: me)
        figures += try ConsoleFigures.measure(path: path, environment: ctx.environment, departmentRows: vetRows, keys: keys)
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.doubleValue ?? 0
        // Last: the import adds cases to the bench database.
        figures += try ImportExportFigures.measure(path: path, dir: dir, environment: ctx.environment,
                                                   newRows: min(200_000, max(1_000, cases / 5)))
        figures.append(Figure(name: "db_bytes_per_case", unit: "bytes", samples: [size / Double(cases)]))
        return Report(cases: cases, figures: figures)
    }
}
