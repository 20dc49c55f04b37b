import Foundation
import DocketEngine

/// `docket audit verify` and `docket audit log`.
enum AuditCommands {
    static func verify(_ ctx: Context) throws -> Int32 {
        let engine = try ctx.openEngine()
        let actor = try ctx.actor(in: engine)
        let report = try engine.verifyAudit(as: actor)
        if let (id, why) = report.firstBroken {
            ctx.stderr("audit chain BROKEN at event \(id): \(why). Events before it are intact; restore from a backup and investigate who had write access to \(engine.path).")
            return 1
        }
        if let file = ctx.arguments.value("anchors") {
            let (anchors, problems) = try engine.verifyAnchors(file: file, as: actor)
            if !problems.isEmpty {
                for p in problems { ctx.stderr("docket: " + UntrustedText.sanitize(p)) }
                ctx.stderr("audit chain NOT as anchored: \(problems.count) of \(anchors) anchors fail; restore from a backup and investigate who had write access to \(engine.path)")
                return 1
            }
            ctx.stdout("audit chain intact: \(report.eventsChecked) events verified, and all \(anchors) anchors in \(file) hold")
            return 0
        }
        ctx.stdout("audit chain intact: \(report.eventsChecked) events verified")
        return 0
    }

    /// Appends the signed head of the chain to the anchors file (and to syslog).
    static func anchor(_ ctx: Context) throws -> Int32 {
        let engine = try ctx.openEngine()
        let file = ctx.arguments.value("out")
        let a = try engine.anchor(to: file, as: try ctx.actor(in: engine))
        if ctx.arguments.has("syslog") {
            let logger = Process()
            logger.executableURL = URL(fileURLWithPath: "/usr/bin/logger")
            logger.arguments = ["-t", "docket", "-p", "auth.notice", a.line]
            do {
                try logger.run()
                logger.waitUntilExit()
                if logger.terminationStatus != 0 { ctx.stderr("docket: logger exited \(logger.terminationStatus); the anchor is in the file only") }
            } catch {
                ctx.stderr("docket: cannot run /usr/bin/logger (\(error)); the anchor is in the file only")
            }
        }
        ctx.stdout("anchored event \(a.eventId) (\(a.count) events) in \(file ?? engine.defaultAnchorsPath)")
        return 0
    }

    static func log(_ ctx: Context) throws -> Int32 {
        let engine = try ctx.openEngine()
        let actor = try ctx.actor(in: engine)
        let events = try engine.auditLog(ref: ctx.arguments.positionals.first, viewsOnly: ctx.arguments.has("views"), as: actor)
        if ctx.json {
            ctx.stdout(JSONText.encode(.array(events.map { e in
                .object([("id", .int(e.id)), ("at", .string(Timestamp.iso(e.at))), ("actor", .string(e.actor)),
                         ("acting_as", .optional(e.actingAs)),
                         ("kind", .string(e.kind)), ("reason", .optional(e.reason)), ("details", JSONText.parse(e.details)),
                         ("hash", .string(e.hash))])
            })))
        } else {
            for e in events {
                ctx.stdout("\(e.id)  \(Timestamp.iso(e.at))  \(e.actor)\(e.actingAs.map { " as \($0)" } ?? "")  \(e.kind)\(e.reason.map { ": " + UntrustedText.sanitize($0) } ?? "")")
            }
        }
        return 0
    }
}
