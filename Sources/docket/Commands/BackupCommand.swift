import DocketEngine

/// `docket backup FILE`: a consistent copy while people work (for a nightly cron job).
enum BackupCommand {
    static func run(_ ctx: Context) throws -> Int32 {
        let engine = try ctx.openEngine()
        let actor = try ctx.actor(in: engine)
        let file = ctx.arguments.positionals[0]
        try engine.backup(to: file, as: actor)
        ctx.stdout("backed up \(engine.path) to \(file)")
        return 0
    }
}
