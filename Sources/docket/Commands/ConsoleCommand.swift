import DocketEngine

/// Plain `docket`: the console. Until the console lands it prints a summary of the database.
enum ConsoleCommand {
    static func run(_ ctx: Context) throws -> Int32 {
        try SetupCommands.ensureDatabase(ctx)
        let engine = try ctx.openEngine()
        let actor = try ctx.actor(in: engine)
        let o = try engine.overview()
        ctx.stdout("\(o.agencyName): \(o.openCases) open of \(o.cases) cases, \(o.constituents) constituents, \(o.staff) staff — you are \(actor.login) (\(actor.role.rawValue)); database \(engine.path)")
        return 0
    }
}
