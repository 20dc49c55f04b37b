import DocketConsole
import DocketEngine
import Foundation

/// The supervisor's figures: the whole dashboard drawn, and `report backlog` from process start.
struct DashboardFigures {
    let engine: Engine
    let actor: StaffMember
    /// Nil on PostgreSQL: the floors are SQLite's.
    let floor: SQLiteFloor?
    let path: String
    let environment: [String: String]

    func all() throws -> [Figure] { [try dashboard(), try reportBacklog()] }

    /// Every figure computed and the 160×48 dashboard rendered into a frame.
    func dashboard() throws -> Figure {
        let samples = try Stopwatch.samples(count: 30) { _ in
            let report = try engine.backlogReport(as: actor)
            _ = DashboardView(report: report).frame(size: Size(width: 160, height: 48))
        }
        let floorSamples = floor.map { f in Stopwatch.samples(count: 10) { _ in _ = f.openByDepartment() } }
        return Figure(name: "dashboard_ms", unit: "ms", samples: samples, budget: 100,
                      floor: floorSamples.map { Figure.percentile($0.sorted(), 0.5) },
                      note: "floor: one GROUP BY over the case rows, which answers a single figure")
    }

    /// `docket report backlog --json` as cron runs it, process start to exit.
    func reportBacklog() throws -> Figure {
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        var env = environment
        env["DOCKET_DB"] = path
        let samples = try Stopwatch.samples(warmup: 2, count: 15) { _ in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: exe)
            p.arguments = ["report", "backlog", "--json"]
            p.environment = env
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            guard p.terminationStatus == 0 else { throw DocketError.refused("`docket report backlog` failed in the bench") }
        }
        return Figure(name: "report_backlog_ms", unit: "ms", samples: samples, budget: 200, note: "end to end, process start to exit")
    }
}
