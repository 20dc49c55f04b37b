import DocketEngine

/// `docket staff add` and `docket staff list`.
enum StaffCommands {
    static func add(_ ctx: Context) throws -> Int32 {
        let engine = try ctx.openEngine()
        let actor = try ctx.actor(in: engine)
        let login = ctx.arguments.positionals[0]
        guard let roleText = ctx.arguments.value("role") else {
            throw CLIError.usage("--role is required (one of \(Role.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        guard let role = Role(rawValue: roleText) else {
            throw CLIError.usage("unknown role '\(roleText)' (one of \(Role.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let depts = ctx.arguments.values("dept").flatMap { $0.split(separator: ",").map { $0.uppercased() } }
        if depts.isEmpty && (role == .caseworker || role == .clerk || role == .supervisor) {
            throw CLIError.usage("a \(role.rawValue) needs at least one --dept (departments: \(engine.agency.departments.map(\.code).joined(separator: ", ")))")
        }
        // A name is typed by whoever runs this; it reaches every terminal that lists staff.
        let name = UntrustedText.sanitize(ctx.arguments.value("name") ?? login)
        if name.isEmpty { throw CLIError.usage("--name has nothing printable; give the person's name as text") }
        try engine.addStaff(StaffMember(login: login, name: name, role: role, departments: depts), as: actor)
        ctx.stdout("added \(login) as \(role.rawValue)\(depts.isEmpty ? "" : " in " + depts.joined(separator: ", "))")
        return 0
    }

    static func list(_ ctx: Context) throws -> Int32 {
        let engine = try ctx.openEngine()
        let actor = try ctx.actor(in: engine)
        let staff = try engine.allStaff(as: actor)
        if ctx.json {
            ctx.stdout(JSONText.encode(.array(staff.map { s in
                .object([("login", .string(s.login)), ("name", .string(s.name)), ("role", .string(s.role.rawValue)),
                         ("departments", .array(s.departments.map(JSONText.Value.string))), ("active", .bool(s.active))])
            })))
        } else {
            var rows = [["LOGIN", "ROLE", "DEPARTMENTS", "NAME"]]
            for s in staff {
                // Names stored before add sanitised them may still carry escape sequences.
                rows.append([s.login, s.role.rawValue + (s.active ? "" : " (inactive)"), s.departments.joined(separator: ","),
                             UntrustedText.sanitize(s.name)])
            }
            ctx.stdout(TextTable.render(rows))
        }
        return 0
    }
}
