import DocketConsole
import DocketEngine

/// Plain `docket`: the console. Refuses at once, before touching any database, when there
/// is no terminal to draw on, and points at the subcommands instead.
enum ConsoleCommand {
    static func run(_ ctx: Context) throws -> Int32 {
        let startedAt = ConsoleLauncher.monotonicNanoseconds()
        if let problem = ConsoleLauncher.interactiveProblem(environment: ctx.environment) {
            ctx.stderr("docket: \(problem.description)")
            return 1
        }
        try SetupCommands.ensureDatabase(ctx)
        let engine = try ctx.openEngine()
        let actor = try ctx.actor(in: engine)
        // The console starts by saving what its queues would otherwise only show: holds come due.
        do { try engine.resumeDueHolds() } catch { ctx.stderr("docket: \(error)") }
        let session = ConsoleSession(engine: engine, actor: actor, reads: try ctx.readDatabase())
        return ConsoleLauncher.run(session: session, themeFlag: ctx.arguments.value("theme"), environment: ctx.environment,
                                   startedAt: startedAt, stderr: ctx.stderr)
    }
}
