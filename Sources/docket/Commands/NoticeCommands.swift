import DocketEngine
import Foundation

/// `docket notice` (the letter to a case's constituent) and `docket case appeal`.
enum NoticeCommands {
    /// `docket notice REF [--lang L] [--out FILE] [--json]`
    static func notice(_ ctx: Context) throws -> Int32 {
        let engine = try ctx.openEngine()
        let actor = try ctx.actor(in: engine)
        let n = try engine.notice(ref: ctx.arguments.positionals[0], language: ctx.arguments.value("lang"), as: actor)
        if let from = n.fallbackFrom {
            ctx.stderr("no letters in the constituent's language (\(from)); this one is in the agency's default language, \(n.language)")
        }
        if n.addressWithheld {
            ctx.stderr("the address is masked: only the assignee, a supervisor of \(n.department ?? "its department") or an admin produce the letter to send")
        }
        if let out = ctx.arguments.value("out") {
            try n.write(to: out)
            ctx.stderr("\(n.kind.rawValue) letter for \(n.ref) in \(n.language), \(n.pages) page\(n.pages == 1 ? "" : "s"), written to \(out) (mode 0600; recorded in the audit log)")
            if !ctx.json { return 0 }
        }
        if ctx.json {
            ctx.stdout(JSONText.encode(json(n), pretty: true))
        } else {
            ctx.stdout(n.text.hasSuffix("\n") ? String(n.text.dropLast()) : n.text)
        }
        return 0
    }

    static func json(_ n: Notice) -> JSONText.Value {
        var pairs: [(String, JSONText.Value)] = [
            ("ref", .string(n.ref)), ("kind", .string(n.kind.rawValue)), ("language", .string(n.language)),
            ("fallback_from", .optional(n.fallbackFrom)), ("address_withheld", .bool(n.addressWithheld)), ("pages", .int(n.pages)),
        ]
        switch n.kind {
        case .decision:
            pairs += [("outcome", .optional(n.outcome)), ("reason_codes", .array(n.reasonCodes.map { .string($0) })),
                      ("appeal_by", .optional(n.appealBy?.iso)), ("balance", .optional(n.balance))]
        case .status:
            pairs += [("state", .optional(n.state)), ("department", .optional(n.department)),
                      ("position", n.position.map { .int($0) } ?? .null),
                      ("expected_decision", .optional(n.expectedDecision?.iso))]
        }
        pairs.append(("text", .string(n.text)))
        return .object(pairs)
    }

    /// `docket case appeal REF --reason TEXT [--late]`
    static func appeal(_ ctx: Context) throws -> Int32 {
        let engine = try ctx.openEngine()
        let actor = try ctx.actor(in: engine)
        guard let reason = ctx.arguments.value("reason"), !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw CLIError.usage("--reason is required: the grounds of the appeal, in a sentence")
        }
        var expect: Int64?
        if let raw = ctx.arguments.value("expect-version") {
            guard let v = Int64(raw), v > 0 else { throw CLIError.usage("--expect-version wants the case's version number, got '\(raw)'") }
            expect = v
        }
        let r = try engine.appeal(ctx.arguments.positionals[0], reason: reason, late: ctx.arguments.has("late"), as: actor,
                                  expectVersion: expect)
        if ctx.json {
            ctx.stdout(JSONText.encode(.object([
                ("ref", .string(r.appeal.ref)), ("appeal_of", .string(r.original.ref)), ("department", .string(r.appeal.department)),
                ("state", .string(r.appeal.state)), ("late", .bool(r.late)), ("version", .int(r.appeal.version)),
            ]), pretty: true))
        } else {
            ctx.stdout("\(r.appeal.ref) opened: appeal of \(r.original.ref)\(r.late ? ", accepted late" : "") → \(r.appeal.department) (\(UntrustedText.sanitize(r.routing)))")
        }
        return 0
    }
}
