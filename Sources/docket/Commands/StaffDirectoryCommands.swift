import DocketEngine

/// `docket staff set|deactivate|away|back`: the directory after `staff add`.
enum StaffDirectoryCommands {
    static func set(_ ctx: Context) throws -> Int32 {
        let a = ctx.arguments
        let login = a.positionals[0]
        let role = try a.value("role").map { r -> Role in
            guard let role = Role(rawValue: r) else {
                throw CLIError.usage("unknown role '\(r)' (roles: \(Role.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return role
        }
        let depts = a.values("dept").map { $0.uppercased() }
        guard role != nil || !depts.isEmpty else { throw CLIError.usage("say what changes: --role ROLE and/or --dept D (repeatable)") }
        let engine = try ctx.openEngine()
        let s = try engine.setStaff(login, role: role, departments: depts.isEmpty ? nil : depts, as: try ctx.actor(in: engine))
        ctx.stdout("\(s.login) is now a \(s.role.rawValue) in \(s.departments.isEmpty ? "no department" : s.departments.joined(separator: ", "))")
        return 0
    }

    static func deactivate(_ ctx: Context) throws -> Int32 {
        let login = ctx.arguments.positionals[0]
        let engine = try ctx.openEngine()
        let open = try engine.deactivateStaff(login, as: try ctx.actor(in: engine))
        ctx.stdout("\(login) is deactivated: refused from their next command")
        if !open.isEmpty {
            ctx.stdout("\(open.count) open task\(open.count == 1 ? "" : "s") still name \(login); a supervisor moves them with `docket staff reassign \(login)`:")
            for t in open { ctx.stdout("  task #\(t.id)  \(t.department)  \(t.isReferral ? "referral" : "main task") of case #\(t.caseId)") }
        }
        return 0
    }

    static func away(_ ctx: Context) throws -> Int32 {
        let login = ctx.arguments.positionals[0]
        guard let text = ctx.arguments.value("until") else { throw CLIError.usage("--until DATE is required: the day they are back") }
        let engine = try ctx.openEngine()
        let until: Day
        switch DateInput.parse(text, order: engine.agency.dateOrder, today: engine.clock.today) {
        case .success(let d): until = d
        case .failure(let problem): throw CLIError.usage("--until: \(problem.message)")
        }
        let s = try engine.markAway(login, until: until, as: try ctx.actor(in: engine))
        ctx.stdout("\(s.login) is away until \(until.iso): next, rebalancing and reassigning hand them nothing until then")
        return 0
    }

    static func back(_ ctx: Context) throws -> Int32 {
        let login = ctx.arguments.positionals[0]
        let engine = try ctx.openEngine()
        try engine.markBack(login, as: try ctx.actor(in: engine))
        ctx.stdout("\(login) is back and takes work again")
        return 0
    }
}
