import DocketEngine
import Foundation

/// `docket bench --scale`: the main figures at 10k, 100k and 1M cases, to show how each grows.
enum BenchScale {

    static func run(_ ctx: Context) throws -> Int32 {
        let top = try ctx.arguments.int("cases", default: 1_000_000)
        let sizes = [10_000, 100_000, 1_000_000].filter { $0 <= top }
        var reports: [BenchCommand.Report] = []
        for n in sizes { reports.append(try BenchCommand.measure(cases: n, keep: nil, ctx: ctx)) }
        if ctx.json {
            ctx.stdout(JSONText.encode(.array(reports.map(\.json)), pretty: true))
            return 0
        }
        var rows = [["figure (median)"] + sizes.map { "\($0 / 1000)k" } + ["growth"]]
        for name in reports.first?.figures.map(\.name) ?? [] {
            let values = reports.map { $0.figures.first { $0.name == name }?.median ?? .nan }
            let growth = values.count > 1 && values[0] > 0 ? String(format: "×%.1f", values.last! / values[0]) : "-"
            rows.append([name] + values.map { String(format: "%.2f", $0) } + [growth])
        }
        ctx.stdout("docket bench --scale\n" + TextTable.render(rows))
        return 0
    }
}
