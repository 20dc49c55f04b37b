import DocketEngine
import Foundation

/// `docket constituent erase ID --reason TEXT`, `docket retention run [--dry-run]` and
/// `docket case legal-hold REF --reason TEXT [--lift]`.
enum ErasureCommands {
    static func erase(_ ctx: Context) throws -> Int32 {
        guard let id = Int64(ctx.arguments.positionals[0].trimmingCharacters(in: CharacterSet(charactersIn: "#"))) else {
            throw CLIError.usage("a constituent is named by their record number (`docket search NAME` shows it as #N)")
        }
        let reason = try WorkflowCommands.required(ctx.arguments, "reason", "the request it answers (its number, say); it is recorded")
        let engine = try ctx.openEngine()
        let result = try engine.eraseConstituent(id, reason: reason, as: try ctx.actor(in: engine))
        guard result.erased else {
            ctx.stdout("constituent #\(id) was erased already; nothing was done again")
            return 0
        }
        report(result, ctx)
        return 0
    }

    private static func report(_ r: Engine.Erasure, _ ctx: Context) {
        let cases = r.refs.isEmpty ? "no cases" : "\(r.refs.count) case\(r.refs.count == 1 ? "" : "s") kept as figures (\(r.refs.joined(separator: ", ")))"
        ctx.stdout("constituent #\(r.constituentId) erased: name, identifiers, contact data, form values and notes about them are gone; \(cases)")
        if r.counts.unsealedEvents > 0 {
            ctx.stderr("docket: \(r.counts.unsealedEvents) event\(r.counts.unsealedEvents == 1 ? "" : "s") about them were written before Docket sealed such text (schema 8); the log is append-only, so their text stays")
        }
        if !r.scrubbed {
            ctx.stderr("docket: others were reading the database, so its write-ahead log still holds earlier pages; run `docket constituent erase \(r.constituentId) --reason TEXT` again when they have closed Docket (it only empties the log)")
        }
    }

    static func retention(_ ctx: Context) throws -> Int32 {
        let engine = try ctx.openEngine()
        let dryRun = ctx.arguments.has("dry-run")
        let due = try engine.runRetention(dryRun: dryRun, as: try ctx.actor(in: engine))
        if ctx.json {
            ctx.stdout(JSONText.encode(.object([
                ("dry_run", .bool(dryRun)),
                ("erased", .array(due.map { d in
                    .object([("constituent", .int(d.constituentId)), ("cases", .array(d.refs.map(JSONText.Value.string))),
                             ("last_closed_at", .string(Timestamp.iso(d.lastClosedAt)))])
                })),
            ]), pretty: true))
            return 0
        }
        let verb = dryRun ? "would be erased" : "erased"
        ctx.stdout(due.isEmpty ? "retention: nobody is due for erasure" : "retention: \(due.count) \(due.count == 1 ? "person" : "people") \(verb)")
        for d in due {
            ctx.stdout("  #\(d.constituentId)  last closed \(Timestamp.iso(d.lastClosedAt).prefix(10))  \(d.refs.joined(separator: " "))")
        }
        return 0
    }

    static let legalHold = WorkflowCommands.command { e, me, a, v in
        let lift = a.has("lift")
        let reason = try WorkflowCommands.required(a, "reason", lift ? "why the hold ends" : "the matter the case is kept for")
        let c = try e.legalHold(a.positionals[0], lift: lift, reason: reason, as: me, expectVersion: v)
        return WorkflowCommands.done(c, lift ? "legal hold lifted" : "under legal hold: its people cannot be erased until it is lifted")
    }
}
