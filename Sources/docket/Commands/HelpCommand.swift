import DocketConsole

/// `docket help keys`: every console screen's keys, from the keymaps the console uses.
enum HelpCommand {
    static func keys(_ ctx: Context) throws -> Int32 {
        ctx.stdout(ctx.arguments.has("markdown") ? KeyTables.markdown() : KeyTables.plain())
        return 0
    }
}
