import DocketEngine

/// `docket audit verify` and `docket audit log`.
enum AuditCommands {
    static func verify(_ ctx: Context) throws -> Int32 {
        let engine = try ctx.openEngine()
        let report = try engine.verifyAudit(as: try ctx.actor(in: engine))
        if let (id, why) = report.firstBroken {
            ctx.stderr("audit chain BROKEN at event \(id): \(why). Events before it are intact; restore from a backup and investigate who had write access to \(engine.path).")
            return 1
        }
        ctx.stdout("audit chain intact: \(report.eventsChecked) events verified")
        return 0
    }

    static func log(_ ctx: Context) throws -> Int32 {
        let engine = try ctx.openEngine()
        let actor = try ctx.actor(in: engine)
        let events = try engine.auditLog(ref: ctx.arguments.positionals.first, viewsOnly: ctx.arguments.has("views"), as: actor)
        if ctx.json {
            ctx.stdout(JSONText.encode(.array(events.map { e in
                .object([("id", .int(e.id)), ("at", .string(Timestamp.iso(e.at))), ("actor", .string(e.actor)),
                         ("kind", .string(e.kind)), ("reason", .optional(e.reason)), ("details", JSONText.parse(e.details)),
                         ("hash", .string(e.hash))])
            })))
        } else {
            for e in events {
                ctx.stdout("\(e.id)  \(Timestamp.iso(e.at))  \(e.actor)  \(e.kind)\(e.reason.map { ": " + UntrustedText.sanitize($0) } ?? "")")
            }
        }
        return 0
    }
}
