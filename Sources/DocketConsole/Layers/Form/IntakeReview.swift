import DocketEngine

/// The duplicate question: known people who may be the one on the form. The clerk picks one
/// ("this is the same person") or the last line, a new person.
struct PersonChoice: Sendable {
    var candidates: [Constituent]
    /// Open cases by constituent id.
    var openCases: [Int64: Int] = [:]
    var selection = 0

    /// Starts on "A new person" unless the first candidate could be the one keyed: a reflexive
    /// Enter must never merge two people whose national ids (or birth dates) say they differ.
    init(candidates: [Constituent], openCases: [Int64: Int] = [:], nationalId: String?, birthDate: String?) {
        self.candidates = candidates
        self.openCases = openCases
        let mayBeTheSame = candidates.first.map { PersonChoice.mayBeTheSame($0, nationalId: nationalId, birthDate: birthDate) } ?? false
        selection = mayBeTheSame ? 0 : candidates.count
    }

    /// Nothing keyed tells this candidate apart: no differing national id, no differing birth date.
    static func mayBeTheSame(_ person: Constituent, nationalId: String?, birthDate: String?) -> Bool {
        if let keyed = nationalId, !keyed.isEmpty, let theirs = person.nationalId, !theirs.isEmpty, keyed != theirs { return false }
        if let keyed = birthDate, !keyed.isEmpty, let theirs = person.birthDate, !theirs.isEmpty, keyed != theirs { return false }
        return true
    }

    /// One line per candidate, then "new person". Names come from the database: sanitized.
    var lines: [String] {
        candidates.map { person in
            var parts = ["Same person: " + UntrustedText.sanitize(person.fullName)]
            if let born = person.birthDate { parts.append("born " + UntrustedText.sanitize(born)) }
            if let id = person.maskedNationalId { parts.append("id " + UntrustedText.sanitize(id)) }
            parts.append("#\(person.id)")
            if let open = openCases[person.id] {
                parts.append(open == 0 ? "no open case" : "\(open) open case\(open == 1 ? "" : "s")")
            }
            return parts.joined(separator: ", ")
        } + ["A new person (none of these)"]
    }

    var chosen: Constituent? { candidates.indices.contains(selection) ? candidates[selection] : nil }

    mutating func move(_ step: Int) { selection = min(max(0, selection + step), candidates.count) }

    /// The question's keys are the picker's.
    func overlay(keys: Keymap) -> Overlay {
        let marked = lines.enumerated().map { ($0.offset == selection ? "▸ " : "  ") + $0.element }
        return Overlay(title: "Possible duplicates: is this one of them?",
                       lines: ["Known people with the same family name and birth date or year:", ""] + marked,
                       footer: PromptKeymaps.pickerFooter(keys, pick: "confirm"))
    }
}

/// A finished intake: the case, where it went and why, and how the person was recognised.
struct IntakeDone: Sendable, Equatable {
    var ref: String
    var department: String
    var departmentName: String
    var explanation: String
    var person: String
    var matched: String?
    /// Whether the clerk may open the case (it went to one of their departments).
    var canOpen: Bool
}

extension IntakeDone {
    init(_ result: Engine.IntakeResult, agency: Agency, actor: StaffMember) {
        ref = result.summary.ref
        department = result.summary.department
        departmentName = agency.department(department)?.name ?? department
        explanation = result.routing.explanation
        person = UntrustedText.sanitize(result.summary.constituentName)
        canOpen = actor.worksIn(department)
        switch result.matchedBy {
        case .nationalId?: matched = "linked to the known person with the same national id"
        case .nameAndBirthDate?: matched = "linked to the known person with the same name and birth date"
        case .chosen?: matched = "linked to the person you chose"
        case nil: matched = nil
        }
    }

    /// The status line: `DC-2026-000123 → VET: rule 'disability claims to Veterans Claims'`.
    var statusText: String { "\(ref) → \(department): \(explanation)" }

    func overlay(keys: Keymap) -> Overlay {
        var lines = ["Case \(ref) created for \(person).",
                     "Went to \(department) (\(departmentName))",
                     "because of \(explanation)."]
        lines.append(matched.map { "Person: \($0)." } ?? "Person: a new constituent record.")
        if !canOpen { lines.append("\(department) is not one of your departments: its staff take it from here.") }
        return Overlay(title: "Intake done", lines: lines, footer: footer(keys))
    }

    /// `Enter open case  i another  Esc back`; without a case to open, Enter goes back too.
    func footer(_ keys: Keymap) -> String {
        let name = { (action: IntakeDoneAction) in keys.binding(forAction: .intakeDone(action))?.keys.first?.name }
        var parts: [String] = []
        if canOpen, let open = name(.openCase) { parts.append("\(open) open case") }
        if let another = name(.another) { parts.append("\(another) another") }
        let back = canOpen ? [name(.back)] : [name(.openCase), name(.back)]
        let backKeys = back.compactMap { $0 }
        if !backKeys.isEmpty { parts.append(backKeys.joined(separator: "/") + " back") }
        return parts.joined(separator: "  ")
    }
}
