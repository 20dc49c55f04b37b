import DocketEngine
import Foundation

/// The case commands that change things: assignment, routing, referrals, states, holds,
/// decisions, notes. Each prints the case's new version for the next --expect-version.
enum WorkflowCommands {
    typealias Action = (Engine, StaffMember, ParsedArguments, Int64?) throws -> String

    /// Opens the engine, finds the actor, reads --expect-version, runs, prints.
    static func command(_ body: @escaping Action) -> (Context) throws -> Int32 {
        { ctx in
            let engine = try ctx.openEngine()
            let actor = try ctx.actor(in: engine)
            var expect: Int64?
            if let raw = ctx.arguments.value("expect-version") {
                guard let v = Int64(raw), v > 0 else { throw CLIError.usage("--expect-version wants the case's version number, got '\(raw)'") }
                expect = v
            }
            ctx.stdout(try body(engine, actor, ctx.arguments, expect))
            return 0
        }
    }

    static func required(_ a: ParsedArguments, _ name: String, _ what: String) throws -> String {
        guard let v = a.value(name), !v.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw CLIError.usage("--\(name) is required: \(what)")
        }
        return v
    }

    static func done(_ c: CaseSummary, _ what: String) -> String {
        "\(c.ref) \(what) (state \(c.state), \(c.department)\(c.assignee.map { ", " + $0 } ?? ", unassigned"), version \(c.version))"
    }

    static let claim = command { e, me, a, v in done(try e.claim(a.positionals[0], as: me, expectVersion: v), "claimed by \(me.login)") }
    static let release = command { e, me, a, v in done(try e.release(a.positionals[0], as: me, expectVersion: v), "released") }
    static let assign = command { e, me, a, v in
        done(try e.assign(a.positionals[0], to: a.positionals[1], as: me, expectVersion: v), "assigned to \(a.positionals[1])")
    }
    static let route = command { e, me, a, v in
        let reason = try required(a, "reason", "why the case moves (it goes in the timeline)")
        return done(try e.route(a.positionals[0], to: a.positionals[1], reason: reason, as: me, expectVersion: v), "routed")
    }
    static let refer = command { e, me, a, v in
        let reason = try required(a, "reason", "what the other department is asked to do")
        let t = try e.refer(a.positionals[0], to: a.positionals[1], reason: reason, as: me, expectVersion: v)
        return "\(a.positionals[0].uppercased()) referred to \(t.department) as task #\(t.id); the main task waits until it is completed"
    }
    static let status = command { e, me, a, v in
        done(try e.changeState(a.positionals[0], to: a.positionals[1], reason: a.value("reason"), as: me, expectVersion: v), "moved")
    }
    static let decide = command { e, me, a, v in
        _ = try required(a, "reason-code", "a reason code the agency allows for the outcome (repeat it for several)")
        let c = try e.decide(a.positionals[0], outcome: try required(a, "outcome", "the outcome code"),
                             reasonCodes: a.values("reason-code"),
                             rationale: try required(a, "rationale", "a sentence saying why"), as: me, expectVersion: v)
        return done(c, "decided")
    }
    static let hold = command { e, me, a, v in
        let raw = try required(a, "until", "the date the case comes back (YYYY-MM-DD)")
        let day: Day
        switch DateInput.parseUpcoming(raw, order: e.agency.dateOrder, today: e.clock.today) {
        case .success(let d): day = d
        case .failure(let problem): throw CLIError.usage("--until: \(problem.message)")
        }
        let reason = try required(a, "reason", "what the case is waiting for")
        return done(try e.hold(a.positionals[0], until: day, reason: reason, as: me, expectVersion: v), "on hold until \(day.iso)")
    }
    static let complete = command { e, me, a, v in
        let raw = try required(a, "task", "the task number (see `docket case show REF`)")
        guard let id = Int64(raw.trimmingCharacters(in: CharacterSet(charactersIn: "#"))) else {
            throw CLIError.usage("--task wants a task number such as 42, got '\(raw)'")
        }
        return done(try e.completeTask(a.positionals[0], taskId: id, note: a.value("note"), as: me, expectVersion: v), "task #\(id) completed")
    }
    static let note = command { e, me, a, v in done(try e.note(a.positionals[0], text: a.positionals[1], as: me, expectVersion: v), "note added") }

    static func next(_ ctx: Context) throws -> Int32 {
        let engine = try ctx.openEngine()
        let actor = try ctx.actor(in: engine)
        let c = try engine.next(department: ctx.arguments.value("dept"), as: actor)
        if ctx.json {
            ctx.stdout(JSONText.encode(.object(CaseOutput.json(c, now: engine.clock.now, today: engine.clock.today))))
        } else {
            ctx.stdout(done(c, "is yours"))
        }
        return 0
    }

    /// Saves what reads only show: cases whose hold date has come go back to work.
    static func tick(_ ctx: Context) throws -> Int32 {
        let engine = try ctx.openEngine()
        _ = try ctx.actor(in: engine)
        let resumed = try engine.resumeDueHolds()
        ctx.stdout(resumed.isEmpty ? "no hold has come due" : "resumed \(resumed.count) case\(resumed.count == 1 ? "" : "s") whose hold date has come: \(resumed.joined(separator: ", "))")
        let late = try engine.chargeLateFees()
        if !late.isEmpty {
            ctx.stdout("charged a late fee on \(late.count) case\(late.count == 1 ? "" : "s") owing past the schedule's days: \(late.prefix(20).joined(separator: ", "))\(late.count > 20 ? ", …" : "")")
        }
        return 0
    }

    static func explain(_ ctx: Context) throws -> Int32 {
        let engine = try ctx.openEngine()
        let actor = try ctx.actor(in: engine)
        let x = try engine.explainRoute(ctx.arguments.positionals[0], as: actor)
        var out = ["\(x.ref) is in \(x.department).", "", "Routing history:"]
        for e in x.history { out.append("  \(Timestamp.iso(e.at))  \(e.actor)  \(e.reason ?? "")") }
        out += ["", "Intake rules, against the case as it is now — \(x.intake.explanation) applies (→ \(x.intake.action.department)):"]
        for v in x.intake.verdicts where v.rule.trigger == .intake {
            out.append("  \(v.matched ? "✓" : "✗") \(v.index + 1). \(v.rule.name) → \(v.rule.action.department): \(v.why)")
        }
        if x.intake.ruleName == nil { out.append("  ✓ default route → \(engine.agency.defaultRoute.department)") }
        let stateRules = x.stateVerdicts.filter { if case .enterState = $0.rule.trigger { return true } else { return false } }
        if !stateRules.isEmpty {
            out += ["", "State rules:"]
            for v in stateRules { out.append("  \(v.matched ? "✓" : "✗") \(v.index + 1). \(v.rule.name) [\(v.rule.trigger.text)] → \(v.rule.action.department): \(v.why)") }
        }
        ctx.stdout(out.joined(separator: "\n"))
        return 0
    }

    static func reassign(_ ctx: Context) throws -> Int32 {
        let engine = try ctx.openEngine()
        let actor = try ctx.actor(in: engine)
        let login = ctx.arguments.positionals[0]
        let preview = ctx.arguments.has("preview")
        let plan = try engine.reassign(from: login, preview: preview, as: actor)
        if plan.isEmpty { ctx.stdout("\(login) has no open tasks"); return 0 }
        var rows = [["CASE", "TASK", "DEPT", "KIND", "TO"]]
        for s in plan { rows.append([s.ref, "#\(s.taskId)", s.department, s.isReferral ? "referral" : "main", s.to ?? "(back to queue)"]) }
        ctx.stdout(TextTable.render(rows))
        let skipped = try engine.skippedForWork(in: Array(Set(plan.map(\.department))).sorted())
        if !skipped.isEmpty {
            ctx.stdout("skipped: " + skipped.map { "\($0.login) (\($0.why))" }.joined(separator: ", "))
        }
        ctx.stdout(preview ? "preview only: \(plan.count) tasks would move; run without --preview to move them"
                           : "\(plan.count) tasks moved from \(login)")
        return 0
    }
}
