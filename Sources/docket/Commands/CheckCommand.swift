import DocketEngine

/// `docket check [--json]`: the store's integrity, the chain, its triggers and the engine's
/// invariants; exit 1 on any finding.
enum CheckCommand {
    static func run(_ ctx: Context) throws -> Int32 {
        let engine = try ctx.openEngine()
        let report = try engine.check(as: try ctx.actor(in: engine))
        if ctx.json {
            ctx.stdout(JSONText.encode(.object([
                ("ok", .bool(report.ok)), ("cases", .int(report.cases)), ("events", .int(report.events)),
                ("findings", .array(report.findings.map { f in
                    .object([("kind", .string(f.kind)), ("case", .optional(f.ref)), ("detail", .string(f.detail))])
                })),
            ]), pretty: true))
        } else if report.ok {
            ctx.stdout("check: \(report.cases) cases and \(report.events) events: store intact, chain whole, triggers present, every invariant holds")
        } else {
            for f in report.findings { ctx.stdout(UntrustedText.sanitize("\(f.kind)\(f.ref.map { " \($0)" } ?? ""): \(f.detail)")) }
            ctx.stderr("docket: check found \(report.findings.count) problem\(report.findings.count == 1 ? "" : "s") in \(engine.path); restore from a backup or repair, and run `docket check` again")
        }
        return report.ok ? 0 : 1
    }
}
