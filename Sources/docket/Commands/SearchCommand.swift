import DocketEngine

/// `docket search TEXT`: constituents by folded name, case ref or national id, with their cases.
enum SearchCommand {
    static func run(_ ctx: Context) throws -> Int32 {
        let engine = try ctx.openEngine()
        let actor = try ctx.actor(in: engine)
        let text = ctx.arguments.positionals.joined(separator: " ")
        // People as a list shows them: birth year, last four of the id.
        let hits = try engine.search(text, limit: try ctx.arguments.int("limit", default: 20), as: actor).map { h in
            var h = h
            h.constituent = Disclosure.masked(h.constituent)
            return h
        }
        let now = engine.clock.now, today = engine.clock.today
        if ctx.json {
            ctx.stdout(JSONText.encode(.array(hits.map { h in
                .object([("constituent", .object([("id", .int(h.constituent.id)), ("name", .string(h.constituent.fullName)),
                                                  ("national_id", .optional(h.constituent.nationalId)),
                                                  ("birth_date", .optional(h.constituent.birthDate))])),
                         ("cases", .array(h.cases.map { .object(CaseOutput.json($0, now: now, today: today)) }))])
            })))
            return 0
        }
        if hits.isEmpty { ctx.stdout("nothing found for '\(UntrustedText.sanitize(text))'"); return 0 }
        for h in hits {
            let p = h.constituent
            ctx.stdout("#\(p.id)  \(UntrustedText.sanitize(p.fullName))  born \(p.birthDate ?? "?")  id \(p.nationalId ?? "-")")
            for c in h.cases {
                ctx.stdout("    \(c.ref)  \(c.type)  \(c.state)  \(c.department)  \(c.isOpen ? "open" : "closed")")
            }
        }
        return 0
    }
}
