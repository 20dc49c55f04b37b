import DocketEngine

/// `docket migrate --to URL`: this SQLite database into an empty PostgreSQL one, verified.
enum MigrateCommand {
    static func run(_ ctx: Context) throws -> Int32 {
        guard let target = ctx.arguments.value("to"), !target.isEmpty else {
            throw DocketError.usage("docket migrate needs --to URL, the PostgreSQL database to copy into (e.g. postgresql://db-host/docket)")
        }
        let engine = try ctx.openEngine()
        let actor = try ctx.actor(in: engine)
        let report = try engine.migrate(to: target, as: actor)
        ctx.stdout("migrated \(engine.path) to \(report.target): \(report.cases) cases, \(report.events) events; row counts, chain head \(report.chainHead.prefix(12))…, audit verify and check agree on both sides")
        ctx.stdout("point Docket at it from now on: DOCKET_DB='\(report.target)' (or --db); the SQLite file is left as it was, with a database_migrated event")
        return 0
    }
}
