/// `docket export`: cases or constituents as CSV (RFC 4180, formula-guarded, optional BOM) or
/// JSON Lines (the case keys of `case list`), streamed page by page. Personal identifiers
/// stay out unless asked for by someone whose role allows it, and every export is recorded.
/// With a case type, each form field is a column headed by its id and written as input text,
/// so the file goes back in with `docket import FILE --form FORM`.
extension Engine {
    static let exportPage = 1000

    public func export(_ asked: ExportRequest, as actor: StaffMember, write: (String) throws -> Void,
                       progress: (Int) -> Void = { _ in }) throws -> ExportResult {
        let request = try scoped(asked, for: actor)
        try checkPII(request, actor: actor)
        if request.bom && request.format != .csv { throw DocketError.usage("--bom is for CSV; JSON Lines is UTF-8 without one") }
        let form = request.query.type.flatMap { agency.caseType($0) }.flatMap { agency.form($0.form) }
        var layout = ExportLayout(request: request, form: form)
        let now = clock.now, today = clock.today
        return try locked {
            try store.transaction {
                try store.appendEvent(at: now, by: actor, caseId: nil, constituentId: nil,
                                      kind: request.includePII ? "pii_exported" : "exported", reason: request.reason,
                                      details: Engine.exportDetails(request))
            }
            var out = request.bom ? "\u{FEFF}" : ""
            if request.format == .csv { out += CSVWriter.line(layout.columns) }
            var rows = 0
            func flushIfFull() throws {
                if out.utf8.count >= 1 << 18 {
                    try write(out)
                    out = ""
                }
            }
            // One read transaction: the export is a snapshot, whoever writes meanwhile.
            try store.readTransaction {
                var last: Int64 = 0
                switch request.subject {
                case .cases:
                    while true {
                        let page = try store.exportCases(after: last, query: request.query, today: today, limit: Engine.exportPage)
                        for c in page {
                            layout.appendCase(c, agency: agency, now: now, today: today, to: &out)
                            rows += 1
                        }
                        try flushIfFull()
                        progress(rows)
                        guard let tail = page.last, page.count == Engine.exportPage else { break }
                        last = tail.summary.id
                    }
                case .constituents:
                    while true {
                        let page = try store.exportConstituents(after: last, cases: request.filtered ? request.query : nil,
                                                                today: today, limit: Engine.exportPage)
                        for p in page {
                            layout.appendConstituent(p, to: &out)
                            rows += 1
                        }
                        try flushIfFull()
                        progress(rows)
                        guard let tail = page.last, page.count == Engine.exportPage else { break }
                        last = tail.person.id
                    }
                }
            }
            if !out.isEmpty { try write(out) }
            return ExportResult(rows: rows, columns: layout.columns)
        }
    }

    /// How many rows an export would write, for a progress bar.
    public func exportCount(_ asked: ExportRequest, as actor: StaffMember) throws -> Int {
        let request = try scoped(asked, for: actor)
        return try locked { try store.exportCount(request.subject, query: request.query, filtered: request.filtered, today: clock.today) }
    }

    /// An export covers what its person may list: their own departments' cases, and the people
    /// of those cases; every department for auditors and admins. Clerks key work in; they do
    /// not take it out.
    private func scoped(_ request: ExportRequest, for actor: StaffMember) throws -> ExportRequest {
        guard actor.role != .clerk else {
            throw DocketError.refused("exports are for caseworkers, supervisors, auditors and admins; \(actor.login) is a clerk")
        }
        var r = request
        r.query = try scoped(request.query, for: actor)
        return r
    }

    /// Personal identifiers leave Docket only with a supervisor's or an admin's say-so, and a
    /// supervisor's only for their own departments.
    private func checkPII(_ request: ExportRequest, actor: StaffMember) throws {
        guard request.includePII else { return }
        guard !(request.reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw DocketError.usage("--include-pii needs --reason TEXT: why the identifiers leave Docket (it is recorded)")
        }
        guard actor.role == .supervisor || actor.role == .admin else {
            throw DocketError.refused("--include-pii is for supervisors and admins; \(actor.login) is a \(actor.role.rawValue). Export without it (personal identifiers are left out), or ask a supervisor")
        }
        if !actor.seesAllDepartments {
            guard let d = request.query.department, actor.worksIn(d) else {
                throw DocketError.refused("--include-pii covers your own departments only (\(actor.departments.joined(separator: ", "))): add --dept \(actor.departments.first ?? "D")")
            }
        }
    }

    private static func exportDetails(_ r: ExportRequest) -> String {
        let q = r.query
        return JSONText.object([
            "what": .string(r.subject.rawValue), "format": .string(r.format.rawValue), "include_pii": .bool(r.includePII),
            "department": .optional(q.department), "state": .optional(q.state), "type": .optional(q.type),
            "assignee": .optional(q.assignee), "overdue": .bool(q.overdue), "all": .bool(q.includeClosed),
            "to": .optional(r.destination),
        ])
    }
}

/// The columns (or keys) of one export and how a row is written under them.
struct ExportLayout {
    let request: ExportRequest
    /// With a case type: its form's fields, personal ones only when included.
    /// With a case type: the ids of its form's fields written, personal ones only when included.
    let fieldIds: [String]
    let form: FormDefinition?
    let columns: [String]
    /// For each case column written, its place among all case values (ExportColumns order).
    private let caseColumnIndexes: [Int]

    init(request: ExportRequest, form: FormDefinition?) {
        self.request = request
        self.form = form
        let pii = request.includePII
        let fields = form?.fields.filter { pii || !$0.pii } ?? []
        fieldIds = fields.map(\.id)
        if let form { shapes[form.caseType] = FormShape(form: form, pii: pii) }
        let allCaseColumns = ExportColumns.cases + (pii ? ExportColumns.casePII : [])
        let fieldIds = Set(fields.map(\.id))
        // A form field named like a case column keeps the name: import reads it as the field.
        caseColumnIndexes = allCaseColumns.indices.filter { !fieldIds.contains(allCaseColumns[$0]) }
        switch request.subject {
        case .cases:
            let caseColumns = caseColumnIndexes.map { allCaseColumns[$0] }
            columns = request.format == .csv ? caseColumns + fields.map(\.id) : caseColumns
        case .constituents:
            columns = ExportColumns.constituents + (pii ? ExportColumns.constituentPII : [])
        }
    }

    /// Per case type: which fields an export writes and which hold money (stored in minor
    /// units, written as input text), worked out once rather than per row.
    private struct FormShape {
        var ids: [String]
        var money: [FormField]

        init(form: FormDefinition, pii: Bool) {
            ids = form.fields.filter { pii || !$0.pii }.map(\.id)
            money = form.fields.filter { $0.type == .money }
        }
    }

    private var shapes: [String: FormShape] = [:]

    /// A stored form as input text (what FormValidator.inputValues gives), and the field ids to
    /// write in form order.
    private mutating func formInput(_ stored: String, type: String, agency: Agency) -> (ids: [String], input: FormValues) {
        if shapes[type] == nil, let form = agency.caseType(type).flatMap({ agency.form($0.form) }) {
            shapes[type] = FormShape(form: form, pii: request.includePII)
        }
        guard let shape = shapes[type] else { return ([], [:]) }
        var input = FormJSONReader.decode(stored)
        for f in shape.money {
            if let v = input[f.id] { input[f.id] = FieldValidator.inputText(fromCanonical: v, field: f) }
        }
        return (shape.ids, input)
    }

    mutating func appendCase(_ e: ExportedCase, agency: Agency, now: Int64, today: Day, to out: inout String) {
        let c = e.summary
        let pii = request.includePII
        let nationalId = pii ? c.nationalId : c.maskedNationalId
        switch request.format {
        case .csv:
            // Values in ExportColumns order (cases, then the personal ones), then the form's fields.
            var values = [c.ref, c.type, c.state, c.department, c.assignee ?? "", String(c.priority), String(c.constituentId),
                          c.constituentName, nationalId ?? "", Timestamp.iso(c.openedAt), c.dueDay.iso,
                          c.closedAt.map(Timestamp.iso) ?? "", String(c.daysWaiting(now: now)), String(c.daysOnHold(now: now)),
                          c.isOverdue(today: today) ? "yes" : "no", String(c.version)]
            if pii { values += [e.birthDate ?? "", e.email ?? "", e.phone ?? "", e.address ?? ""] }
            var first = true
            for i in caseColumnIndexes {
                if !first { out += "," }
                first = false
                CSVWriter.append(values[i], to: &out)
            }
            if !fieldIds.isEmpty {
                let (_, input) = formInput(e.form, type: c.type, agency: agency)
                for id in fieldIds {
                    if !first { out += "," }
                    first = false
                    if let v = input[id] { CSVWriter.append(v, to: &out) }
                }
            }
            out += "\r\n"
        case .jsonl:
            var person: [(String, JSONText.Value)] = [("id", .int(c.constituentId)), ("name", .string(c.constituentName)),
                                                      ("national_id", .optional(nationalId))]
            if pii {
                person += [("birth_date", .optional(e.birthDate)), ("email", .optional(e.email)), ("phone", .optional(e.phone)),
                           ("address", .optional(e.address))]
            }
            let (ids, input) = formInput(e.form, type: c.type, agency: agency)
            let form: [(String, JSONText.Value)] = ids.compactMap { id in input[id].map { (id, .string($0)) } }
            let object: [(String, JSONText.Value)] = [
                ("ref", .string(c.ref)), ("type", .string(c.type)), ("state", .string(c.state)),
                ("department", .string(c.department)), ("assignee", .optional(c.assignee)), ("priority", .int(c.priority)),
                ("constituent", .object(person)), ("opened_at", .string(Timestamp.iso(c.openedAt))),
                ("due_at", .string(c.dueDay.iso)), ("closed_at", .optional(c.closedAt.map(Timestamp.iso))),
                ("days_waiting", .int(c.daysWaiting(now: now))), ("days_on_hold", .int(c.daysOnHold(now: now))),
                ("overdue", .bool(c.isOverdue(today: today))), ("version", .int(c.version)),
                ("form", .object(form)),
            ]
            out += JSONText.encode(.object(object))
            out += "\n"
        }
    }

    func appendConstituent(_ e: ExportedConstituent, to out: inout String) {
        let p = e.person
        let pii = request.includePII
        var values: [(String, JSONText.Value)] = [
            ("id", .int(p.id)), ("given_name", .string(p.givenName)), ("family_name", .string(p.familyName)),
            ("language", .optional(p.language)), ("created_at", .string(Timestamp.iso(e.createdAt))), ("erased", .bool(p.erased)),
            ("cases", .int(e.cases)),
        ]
        if pii {
            values += [("birth_date", .optional(p.birthDate)), ("national_id", .optional(p.nationalId)), ("email", .optional(p.email)),
                       ("phone", .optional(p.phone)), ("address", .optional(p.address))]
        }
        switch request.format {
        case .jsonl:
            out += JSONText.encode(.object(values))
            out += "\n"
        case .csv:
            for (i, (_, v)) in values.enumerated() {
                if i > 0 { out += "," }
                let text: String
                switch v {
                case .string(let s): text = s
                case .int(let n): text = String(n)
                case .bool(let b): text = b ? "yes" : "no"
                default: text = ""
                }
                CSVWriter.append(text, to: &out)
            }
            out += "\r\n"
        }
    }
}
