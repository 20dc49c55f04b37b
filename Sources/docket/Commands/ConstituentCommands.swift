import DocketEngine
import Foundation

/// `docket constituent show ID [--json] [--reveal --reason TEXT]`.
enum ConstituentCommands {
    static func show(_ ctx: Context) throws -> Int32 {
        guard let id = Int64(ctx.arguments.positionals[0].trimmingCharacters(in: CharacterSet(charactersIn: "#"))) else {
            throw CLIError.usage("a constituent is named by their record number (`docket search NAME` shows it as #N)")
        }
        let reveal = ctx.arguments.has("reveal")
        guard reveal == (ctx.arguments.value("reason") != nil) else {
            throw CLIError.usage("--reveal needs --reason TEXT (why the identifiers are needed; it is recorded), and --reason goes with --reveal")
        }
        let engine = try ctx.openEngine()
        let v = try engine.constituentView(id: id, reveal: ctx.arguments.value("reason"), as: try ctx.actor(in: engine))
        let p = v.person, now = engine.clock.now, today = engine.clock.today
        if ctx.json {
            ctx.stdout(JSONText.encode(.object([
                ("id", .int(p.id)), ("name", .string(p.fullName)), ("given_name", .string(p.givenName)),
                ("family_name", .string(p.familyName)),
                ("birth_date", .optional(p.birthDate)), ("national_id", .optional(p.nationalId)), ("email", .optional(p.email)),
                ("phone", .optional(p.phone)), ("address", .optional(p.address)), ("language", .optional(p.language)),
                ("erased", .bool(p.erased)), ("revealed", .bool(v.revealed)),
                ("cases", .array(v.cases.map { .object(CaseOutput.json($0, now: now, today: today)) })),
            ]), pretty: true))
            return 0
        }
        let clean = { (s: String?) in s.map { UntrustedText.sanitize($0) } ?? "-" }
        ctx.stdout("Constituent #\(p.id): \(UntrustedText.sanitize(p.fullName))\(p.erased ? " (erased)" : "")")
        ctx.stdout("  born \(clean(p.birthDate))  id \(clean(p.nationalId))  language \(clean(p.language))")
        ctx.stdout("  email \(clean(p.email))  phone \(clean(p.phone))")
        ctx.stdout("  address \(clean(p.address?.replacingOccurrences(of: "\n", with: ", ")))")
        ctx.stdout(v.cases.isEmpty ? "  no cases" : "Cases")
        for c in v.cases { ctx.stdout("  \(c.ref)  \(c.type)  \(c.state)  \(c.department)  \(c.isOpen ? "open" : "closed")") }
        return 0
    }

    /// `docket constituent export ID [--out FILE]`: the subject access document.
    static func export(_ ctx: Context) throws -> Int32 {
        guard let id = Int64(ctx.arguments.positionals[0].trimmingCharacters(in: CharacterSet(charactersIn: "#"))) else {
            throw CLIError.usage("a constituent is named by their record number (`docket search NAME` shows it as #N)")
        }
        let engine = try ctx.openEngine()
        let document = JSONText.encode(try engine.subjectAccessExport(constituent: id, as: try ctx.actor(in: engine)), pretty: true)
        guard let out = ctx.arguments.value("out") else {
            ctx.stdout(document)
            return 0
        }
        let fd = try PrivateFile.openForWriting(out, what: "the subject access file")
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        try handle.write(contentsOf: Data((document + "\n").utf8))
        try handle.synchronize()
        ctx.stderr("everything held about constituent #\(id) written to \(out) (mode 0600; recorded in the audit log)")
        return 0
    }
}
