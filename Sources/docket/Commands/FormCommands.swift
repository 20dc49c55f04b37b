import DocketEngine

/// `docket form list` and `docket form show FORM`: the agency's forms as the form screen and
/// import use them, for people writing import files and scripts.
enum FormCommands {
    static func list(_ ctx: Context) throws -> Int32 {
        let engine = try ctx.openEngine()
        _ = try ctx.actor(in: engine)
        let agency = engine.agency
        if ctx.json {
            ctx.stdout(JSONText.encode(.array(agency.forms.map { f in
                .object([("id", .string(f.id)), ("case_type", .string(f.caseType)), ("title", .string(f.title)),
                         ("sections", .int(f.sections.count)), ("fields", .int(f.fields.count))])
            })))
            return 0
        }
        var rows = [["FORM", "CASE TYPE", "FIELDS", "TITLE"]]
        for f in agency.forms { rows.append([f.id, f.caseType, String(f.fields.count), f.title]) }
        ctx.stdout(TextTable.render(rows))
        return 0
    }

    static func show(_ ctx: Context) throws -> Int32 {
        let engine = try ctx.openEngine()
        _ = try ctx.actor(in: engine)
        let agency = engine.agency
        let name = ctx.arguments.positionals[0]
        guard let form = agency.form(name) ?? agency.caseType(name).flatMap({ agency.form($0.form) }) else {
            throw CLIError.usage("unknown form '\(name)' (forms: \(agency.forms.map(\.id).joined(separator: ", ")))")
        }
        if ctx.json {
            ctx.stdout(JSONText.encode(json(form), pretty: true))
        } else {
            ctx.stdout(text(form, agency: agency))
        }
        return 0
    }

    static func json(_ form: FormDefinition) -> JSONText.Value {
        .object([
            ("id", .string(form.id)), ("case_type", .string(form.caseType)), ("title", .string(form.title)),
            ("sections", .array(form.sections.map { s in
                .object([("title", .string(s.title)), ("fields", .array(s.fields.map(json)))])
            })),
        ])
    }

    static func json(_ f: FormField) -> JSONText.Value {
        func number(_ v: Double?) -> JSONText.Value {
            guard let v else { return .null }
            return v == v.rounded() && abs(v) < 9e15 ? .int(Int64(v)) : .double(v)
        }
        return .object([
            ("id", .string(f.id)), ("label", .string(f.label)), ("type", .string(f.type.rawValue)),
            ("required", .bool(f.required)), ("pattern", .optional(f.pattern)),
            ("options", .array(f.options.map { .object([("value", .string($0.value)), ("label", .string($0.label))]) })),
            ("pii", .bool(f.pii)), ("help", .optional(f.help)), ("min", number(f.min)), ("max", number(f.max)),
            ("max_length", f.maxLength.map { .int($0) } ?? .null), ("default", .optional(f.defaultValue)),
            ("show_if", f.showIf.map { .object([("field", .string($0.field)), ("equals", .array($0.equals.map(JSONText.Value.string)))]) } ?? .null),
            ("identity", .optional(f.identity)),
        ])
    }

    static func text(_ form: FormDefinition, agency: Agency) -> String {
        var out = ["\(form.id): \(form.title)", "case type \(form.caseType), \(form.fields.count) fields; import columns are the field ids (or labels)"]
        for section in form.sections {
            out.append("")
            out.append(section.title)
            var rows: [[String]] = []
            for f in section.fields { rows.append(["  " + f.id, f.label, rules(f, agency: agency)]) }
            let widths = [rows.map { $0[0].count }.max() ?? 0, rows.map { $0[1].count }.max() ?? 0]
            for (f, r) in zip(section.fields, rows) {
                out.append(r[0].padding(toLength: widths[0] + 2, withPad: " ", startingAt: 0)
                           + r[1].padding(toLength: widths[1] + 2, withPad: " ", startingAt: 0) + r[2])
                let indent = String(repeating: " ", count: widths[0] + 4)
                if !f.options.isEmpty {
                    out.append(indent + "options: " + f.options.map { $0.value == $0.label ? $0.value : "\($0.value) (\($0.label))" }.joined(separator: ", "))
                }
                if let help = f.help { out.append(indent + help) }
            }
        }
        return out.joined(separator: "\n")
    }

    private static func rules(_ f: FormField, agency: Agency) -> String {
        var parts = [f.type.rawValue]
        if f.required { parts.append("required") }
        if f.pii { parts.append("personal (masked, export needs --include-pii)") }
        func bound(_ v: Double) -> String {
            f.type == .money ? MoneyInput.format(minor: Int(v), currency: agency.currency) : (v == v.rounded() ? String(Int(v)) : String(v))
        }
        switch (f.min, f.max) {
        case let (lo?, hi?): parts.append("from \(bound(lo)) to \(bound(hi))")
        case let (lo?, nil): parts.append("at least \(bound(lo))")
        case let (nil, hi?): parts.append("at most \(bound(hi))")
        default: break
        }
        if let n = f.maxLength { parts.append("at most \(n) characters") }
        if let p = f.pattern { parts.append("pattern \(p)") }
        if let d = f.defaultValue { parts.append("default \(d)") }
        if let s = f.showIf { parts.append("shown when \(s.field) is \(s.equals.joined(separator: " or "))") }
        if f.type == .date { parts.append(DateInput.expectation(order: agency.dateOrder).replacingOccurrences(of: "expected ", with: "")) }
        return parts.joined(separator: ", ")
    }
}
