import DocketEngine

/// `--request-id ID` on a command that changes something: the first run does the work and
/// records the id with it, in one transaction, then keeps what it printed; any later run with
/// the same id does nothing and prints that again. A retry after a lost acknowledgement (a
/// dropped connection, a killed terminal) is therefore always safe.
enum RequestRetry {
    /// The commands that change something and so take --request-id.
    static func takesRequestId(_ spec: CommandSpec) -> Bool {
        spec.options.contains("expect-version") || [["next"], ["staff", "add"], ["staff", "reassign"], ["staff", "set"], ["staff", "deactivate"],
                                                                     ["staff", "away"], ["staff", "back"],
                                                                     ["constituent", "erase"], ["retention", "run"]].contains(spec.path)
    }

    static func run(id: String, words: [String], ctx: Context, command: (Context) throws -> Int32) throws -> Int32 {
        let engine = try ctx.openEngine()
        let actor = try ctx.actor(in: engine)
        if let done = try engine.begin(request: id, command: words.joined(separator: " "), as: actor) {
            ctx.stderr("docket: request \(id) was done already (\(Timestamp.iso(done.at)) by \(done.actor)); nothing was done again"
                       + (done.answer == nil ? "; its answer was not kept (its acknowledgement was lost, or an import with --skip-invalid was stopped part way: `docket audit log` and `docket case list --all` show what went in)" : ""))
            if let answer = done.answer { ctx.stdout(answer) }
            return 0
        }
        // The command opens the same engine (its pending request goes with it) and what it
        // prints is kept as the request's answer.
        var printed: [String] = []
        let print = ctx.stdout
        ctx.stdout = { printed.append($0); print($0) }
        ctx.engine = engine
        let code = try command(ctx)
        if code == 0 { try engine.saveAnswer(printed.joined(separator: "\n"), request: id) }
        return code
    }
}
