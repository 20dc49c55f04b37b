import DocketEngine
import Foundation

/// A case as the case screen shows it, worked out once when it loads (in the background).
/// Everything that came from outside — names, notes, form values, reasons — is sanitized
/// here, before it reaches any view.
struct CaseDetailModel: Sendable {
    var summary: CaseSummary
    /// `CL-2026-000012  Claim  triage  P2`
    var title: String
    var sla: String
    var slaRole: StyleRole
    var ages: String
    var whereAbouts: String
    var decision: String?
    var panes: [CasePane: [CaseLine]]

    /// Identifiers are masked (DESIGN.md section 6) unless `revealed`: after a reveal the engine
    /// recorded with a reason, the whole national id, birth date and personal fields are shown.
    init(detail: CaseDetail, agency: Agency, now: Int64, revealed: Bool = false) {
        let c = detail.summary
        summary = c
        let today = Day(unixSeconds: now)
        let clean = { (text: String) in UntrustedText.sanitize(text) }
        let lifecycle = agency.lifecycle(forType: c.type)
        let typeName = agency.caseType(c.type).map { clean($0.name) } ?? clean(c.type)
        let stateLabel = lifecycle?.state(c.state).map { clean($0.label) } ?? clean(c.state)
        title = "\(clean(c.ref))  \(typeName)  \(stateLabel)  P\(c.priority)"

        let left = SLAClock.businessDaysLeft(c, today: today, calendar: agency.calendar)
        if let closed = c.closedAt {
            sla = "Closed \(Day(unixSeconds: closed).iso)"
            slaRole = .muted
        } else if c.isOnHold {
            let until = c.holdUntil.map { " until \(Day(unixSeconds: $0).iso)" } ?? ""
            let why = lifecycle?.state(c.state)?.group == .hold ? "on hold\(until)" : "waiting on a referral"
            sla = "‖ SLA paused: \(why)"
            slaRole = .onHold
        } else if c.isOverdue(today: today) {
            let late = left.map { " by \(-$0) business day\(-$0 == 1 ? "" : "s")" } ?? ""
            sla = "! OVERDUE\(late), was due \(c.dueDay.iso)"
            slaRole = .overdue
        } else if let left, left <= SLAMarker.dueSoonBusinessDays {
            sla = "~ Due \(c.dueDay.iso), \(left) business day\(left == 1 ? "" : "s") left"
            slaRole = .dueSoon
        } else {
            sla = "Due \(c.dueDay.iso), \(left.map(String.init) ?? "?") business days left"
            slaRole = .onTrack
        }
        ages = "waiting \(c.daysWaiting(now: now)) d · on hold \(c.daysOnHold(now: now)) d"
        let departmentName = agency.department(c.department).map { " " + clean($0.name) } ?? ""
        whereAbouts = "\(clean(c.department))\(departmentName) · "
            + (c.assignee.map { "assigned to \(clean($0))" } ?? "unassigned") + " · v\(c.version)"
            + (detail.appealOf.map { " · appeal of \(clean($0))" } ?? "")
            + (detail.appeals.isEmpty ? "" : " · appealed in \(detail.appeals.map(clean).joined(separator: ", "))")
            + (c.legalHoldSince == nil ? "" : " · legal hold")
        decision = detail.decisions.last.map { d in
            "Decided \(clean(d.outcome)) (\(d.reasonCodes.map(clean).joined(separator: ", "))): \(clean(d.rationale))"
        }

        var panes: [CasePane: [CaseLine]] = [:]
        panes[.constituent] = CaseDetailModel.constituentLines(detail.constituent, revealed: revealed)
        panes[.form] = CaseDetailModel.formLines(detail.form, type: c.type, agency: agency, revealed: revealed)
        panes[.tasks] = CaseDetailModel.taskLines(detail.tasks)
        let events = detail.timeline.filter { $0.kind != "case_viewed" }
        panes[.timeline] = CaseDetailModel.timelineLines(events)
        panes[.notes] = CaseDetailModel.noteLines(events)
        panes[.ledger] = CaseDetailModel.ledgerLines(detail.ledger, balance: detail.balance, currency: agency.currency)
        self.panes = panes
    }

    func lines(_ pane: CasePane) -> [CaseLine] { panes[pane] ?? [] }

    // MARK: panes

    static func constituentLines(_ whole: Constituent, revealed: Bool = false) -> [CaseLine] {
        if whole.erased { return [.text("This person's details were erased on request.", indent: 0, role: .muted)] }
        let person = revealed ? whole : Disclosure.masked(whole)
        let clean = { (text: String?) in text.map { UntrustedText.sanitize($0) } }
        var lines: [CaseLine] = [.field(label: "Name", value: UntrustedText.sanitize(person.fullName), role: .normal)]
        if let id = person.nationalId {
            lines.append(.field(label: "National id", value: UntrustedText.sanitize(id), role: revealed ? .normal : .masked))
        }
        let optional: [(String, String?)] = [
            ("Born", clean(person.birthDate)), ("Language", clean(person.language)), ("Email", clean(person.email)),
            ("Phone", clean(person.phone)), ("Address", clean(person.address)),
        ]
        for (label, value) in optional {
            if let value, !value.isEmpty { lines.append(.field(label: label, value: value, role: .normal)) }
        }
        return lines
    }

    /// Form values in the form's own order with its labels; personal fields masked.
    static func formLines(_ values: FormValues, type: String, agency: Agency, revealed: Bool = false) -> [CaseLine] {
        let form = agency.caseType(type).flatMap { agency.form($0.form) }
        var lines: [CaseLine] = []
        var shown: Set<String> = []
        for section in form?.sections ?? [] {
            let present = section.fields.filter { !(values[$0.id] ?? "").isEmpty }
            guard !present.isEmpty else { continue }
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.heading(UntrustedText.sanitize(section.title), role: .title))
            for field in present {
                shown.insert(field.id)
                let (text, role) = display(values[field.id] ?? "", field: field, revealed: revealed)
                lines.append(.field(label: UntrustedText.sanitize(field.label), value: text, role: role))
            }
        }
        // Values the form no longer defines are still the case's data.
        let others = values.keys.filter { !shown.contains($0) && !(values[$0] ?? "").isEmpty }.sorted()
        if !others.isEmpty {
            if !lines.isEmpty { lines.append(.blank) }
            for key in others {
                lines.append(.field(label: UntrustedText.sanitize(key), value: UntrustedText.sanitize(values[key] ?? ""), role: .normal))
            }
        }
        if lines.isEmpty { lines.append(.text("No form data.", indent: 0, role: .muted)) }
        return lines
    }

    static func display(_ raw: String, field: FormField, revealed: Bool = false) -> (String, StyleRole) {
        let value = UntrustedText.sanitize(raw, keepNewlines: false)
        if !revealed && Disclosure.isPersonal(field) {
            // Identifiers keep their last four characters, as on paper; other personal data is hidden.
            return (field.type == .nationalId ? Constituent.mask(value) : "•••••• (personal)", .masked)
        }
        switch field.type {
        case .choice, .multiChoice:
            let labels = value.split(separator: ",").map { part -> String in
                let code = String(part).trimming([" "])
                return field.options.first { $0.value == code }.map { UntrustedText.sanitize($0.label) } ?? code
            }
            return (labels.joined(separator: ", "), .normal)
        case .yesNo:
            return (["true", "yes", "y", "1"].contains(value.lowercased()) ? "yes" : "no", .normal)
        default:
            return (value, .normal)
        }
    }

    static func taskLines(_ tasks: [TaskRecord]) -> [CaseLine] {
        guard !tasks.isEmpty else { return [.text("No tasks.", indent: 0, role: .muted)] }
        // Open work first, then history, newest first.
        let ordered = tasks.filter(\.isOpen) + tasks.filter { !$0.isOpen }.reversed()
        var lines: [CaseLine] = []
        for task in ordered {
            let kind = task.isReferral ? "referral" : "main"
            let who = task.assignee.map { UntrustedText.sanitize($0) } ?? "unassigned"
            let when = task.closedAt.map { "closed \(Day(unixSeconds: $0).iso)" } ?? "opened \(Day(unixSeconds: task.openedAt).iso)"
            let role: StyleRole = task.isOpen ? (task.status == "on_hold" ? .onHold : .normal) : .muted
            lines.append(.heading("#\(task.id) \(kind) \(UntrustedText.sanitize(task.department)) · \(status(task.status)) · \(who) · \(when)", role: role))
            if let reason = task.reason, !reason.isEmpty {
                lines.append(.text(UntrustedText.sanitize(reason), indent: 2, role: .muted))
            }
        }
        return lines
    }

    /// Task statuses in words: an `assigned` task is assigned to a department, waiting
    /// in its queue.
    static func status(_ status: String) -> String {
        switch status {
        case "assigned": return "in queue"
        case "in_progress": return "in progress"
        case "on_hold": return "on hold"
        default: return UntrustedText.sanitize(status.replacingOccurrences(of: "_", with: " "))
        }
    }

    /// Who, when, what, why — newest first.
    static func timelineLines(_ events: [EventRecord]) -> [CaseLine] {
        guard !events.isEmpty else { return [.text("Nothing recorded yet.", indent: 0, role: .muted)] }
        var lines: [CaseLine] = []
        for event in events.reversed() {
            let details = detailStrings(event.details)
            lines.append(.heading("\(when(event.at))  \(UntrustedText.sanitize(event.actor))  \(what(event.kind, details))", role: .normal))
            if let reason = event.reason, !reason.isEmpty, event.kind != "note" {
                lines.append(.text(UntrustedText.sanitize(reason), indent: 2, role: .muted))
            }
        }
        return lines
    }

    static func noteLines(_ events: [EventRecord]) -> [CaseLine] {
        let notes = events.filter { $0.kind == "note" }
        guard !notes.isEmpty else { return [.text("No notes. Press a to add one.", indent: 0, role: .muted)] }
        var lines: [CaseLine] = []
        for note in notes.reversed() {
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.heading("\(when(note.at))  \(UntrustedText.sanitize(note.actor))", role: .title))
            for paragraph in UntrustedText.sanitize(note.reason ?? "", keepNewlines: true).split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append(.text(String(paragraph), indent: 2, role: .normal))
            }
        }
        return lines
    }

    static func ledgerLines(_ entries: [LedgerEntry], balance: Int64, currency: String) -> [CaseLine] {
        let book = LedgerBook(entries)
        var lines: [CaseLine] = entries.map { entry in
            let label = "\(Day(unixSeconds: entry.at).iso) \(UntrustedText.sanitize(entry.kind))"
            let detail = [entry.code, entry.method, entry.receipt].compactMap { $0 }.map { UntrustedText.sanitize($0) }
            let value = money(book.effect(of: entry), entry.currency) + (detail.isEmpty ? "" : "  " + detail.joined(separator: " · "))
            return .field(label: label, value: value, role: .normal)
        }
        if lines.isEmpty { lines.append(.text("No fees or payments.", indent: 0, role: .muted)) }
        let owed = balance > 0 ? " owed" : balance < 0 ? " credit" : ""
        lines.append(.field(label: "Balance", value: money(balance, currency) + owed, role: balance > 0 ? .warning : .success))
        return lines
    }

    // MARK: wording

    static func when(_ seconds: Int64) -> String {
        let iso = Timestamp.iso(seconds)
        return String(iso.prefix(10)) + " " + String(iso.dropFirst(11).prefix(5))
    }

    /// Minor units as a decimal amount: 2500 USD → "25.00 USD".
    static func money(_ minor: Int64, _ currency: String) -> String {
        let sign = minor < 0 ? "-" : ""
        let units = minor.magnitude
        let cents = units % 100
        return "\(sign)\(units / 100).\(cents < 10 ? "0" : "")\(cents) \(UntrustedText.sanitize(currency))"
    }

    static func detailStrings(_ json: String) -> [String: String] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return [:] }
        var out: [String: String] = [:]
        for (key, value) in object where !(value is NSNull) {
            out[key] = UntrustedText.sanitize((value as? String) ?? "\(value)")
        }
        return out
    }

    static func what(_ kind: String, _ d: [String: String]) -> String {
        switch kind {
        case "case_created": return "created the case"
        case "routed":
            if let from = d["from"], let to = d["to"] { return "routed \(from) → \(to)" }
            return "routed to \(d["to"] ?? "?")" + (d["rule"].map { " (rule '\($0)')" } ?? "")
        case "claimed": return "claimed it"
        case "released": return "released it" + (d["from"].map { " (from \($0))" } ?? "")
        case "assigned": return "assigned it to \(d["to"] ?? "?")"
        case "referred": return "referred it to \(d["to"] ?? "?")" + (d["task"].map { " (task #\($0))" } ?? "")
        case "task_completed": return "completed task #\(d["task"] ?? "?")" + (d["department"].map { " (\($0))" } ?? "")
        case "resumed": return "resumed" + (d["to"].map { " in \($0)" } ?? "")
        case "state_changed": return "moved \(d["from"] ?? "?") → \(d["to"] ?? "?")"
        case "hold": return "put it on hold" + (d["until"].map { " until \($0)" } ?? "")
        case "decided": return "decided \(d["outcome"] ?? "?") (\(d["reason_code"] ?? "?"))"
        case "note": return "added a note"
        default: return UntrustedText.sanitize(kind.replacingOccurrences(of: "_", with: " "))
        }
    }
}
