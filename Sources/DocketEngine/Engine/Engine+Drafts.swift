/// Drafts: a partly keyed form saved as the clerk types, so a dropped SSH connection or a
/// crash loses nothing. One per person and form for an intake, and one per person, form and
/// case for a correction; saved durably (the database's full sync) and visible only to the
/// person who typed it. The form screen restores it, and discards it once the intake is
/// submitted or the correction saved.
public struct Draft: Sendable, Equatable {
    public var form: String
    /// The case being corrected; nil for an intake.
    public var caseRef: String?
    /// The case's version when the correction started, to tell when it has moved on since.
    public var caseVersion: Int64?
    /// Field id → text as typed so far (not checked: a draft may be half written). For a
    /// correction, only the fields the clerk changed; an empty text is a field they cleared.
    public var values: [String: String]
    /// The field the cursor was in.
    public var focus: String?
    public var savedAt: Int64

    public var isCorrection: Bool { caseRef != nil }
}

public struct DraftSave: Sendable, Equatable {
    public var savedAt: Int64
    /// Fields left out of the saved draft because they hold a payment card number, which
    /// Docket never stores; the form screen keeps them only on screen.
    public var withheld: [String]
}

extension Engine {
    static let maxDraftBytes = 4 << 20

    /// Saves the draft of an intake (no `case`) or of a correction of case `ref`, which the
    /// actor must be allowed to correct; `caseVersion` is the version the correction read.
    @discardableResult
    public func saveDraft(form name: String, case ref: String? = nil, caseVersion: Int64? = nil, values: [String: String],
                          focus: String?, as actor: StaffMember) throws -> DraftSave {
        guard actor.role != .auditor else { throw DocketError.refused("auditors have read-only access; they keep no drafts") }
        // An intake's draft is intake; a correction's is checked as the correction is, below.
        if ref == nil { try Engine.requireIntake(actor) }
        let form = try draftForm(name)
        var kept: FormValues = [:]
        var withheld: [String] = []
        for (key, value) in values {
            guard form.field(key) != nil else {
                throw DocketError.usage("\(form.id) has no field '\(key)' (fields: \(form.fields.map(\.id).joined(separator: ", ")))")
            }
            if CardNumberGuard.findCardNumber(in: value) != nil { withheld.append(key); continue }
            // In a correction an empty text clears the field, so it is kept; an intake's empty field is just not filled.
            if !value.isEmpty || ref != nil { kept[key] = value }
        }
        if let focus, form.field(focus) == nil {
            throw DocketError.usage("\(form.id) has no field '\(focus)' to keep the cursor in")
        }
        let now = clock.now
        try locked {
            var target: CaseSummary?
            if let ref {
                let c = try correctable(ref, form: form, as: actor)
                target = c
                let current = JSONText.decodeForm(try store.formJSON(caseId: c.id))
                for field in form.fields where field.pii {
                    if let value = kept[field.id], Engine.isMask(value, of: current[field.id]) { kept[field.id] = nil }
                }
            }
            let data = JSONText.encode(form: kept)
            guard data.utf8.count <= Engine.maxDraftBytes else {
                throw DocketError.refused("the draft is over \(Engine.maxDraftBytes >> 20) MB; a form is not that long")
            }
            try store.transaction {
                try store.saveDraft(login: actor.login, form: form.id, caseId: target?.id,
                                    caseVersion: target.map { caseVersion ?? $0.version }, data: data, focus: focus, at: now)
            }
        }
        return DraftSave(savedAt: now, withheld: withheld.sorted())
    }

    /// The draft of an intake of `form`, or of the correction of case `ref`.
    public func draft(form name: String, case ref: String? = nil, as actor: StaffMember) throws -> Draft? {
        let form = try draftForm(name)
        return try locked {
            let caseId = try ref.map { try correctable($0, form: form, as: actor).id }
            return try store.draft(login: actor.login, form: form.id, caseId: caseId).map(Engine.draft)
        }
    }

    /// The person's drafts, intakes and corrections, the most recently saved first (for
    /// "you have unfinished forms").
    public func drafts(as actor: StaffMember) throws -> [Draft] {
        try locked { try store.drafts(login: actor.login).map(Engine.draft) }
    }

    /// Throws the draft away; false when there was none. A correction's draft can be thrown
    /// away even when the case has since closed or moved out of reach: it is the person's own.
    @discardableResult
    public func discardDraft(form name: String, case ref: String? = nil, as actor: StaffMember) throws -> Bool {
        let form = try draftForm(name)
        return try locked {
            let caseId = try ref.map { ref in
                guard let c = try store.caseSummary(ref: ref.uppercased()) else { throw DocketError.notFound("no case \(ref)") }
                return c.id
            }
            return try store.transaction { try store.deleteDraft(login: actor.login, form: form.id, caseId: caseId) }
        }
    }

    /// The case a correction draft belongs to, checked as editing its form is checked
    /// (department, role, not closed), and `form` must be its form.
    private func correctable(_ ref: String, form: FormDefinition, as actor: StaffMember) throws -> CaseSummary {
        guard let c = try store.caseSummary(ref: ref.uppercased()) else {
            throw DocketError.notFound("no case \(ref); `docket search TEXT` finds cases by name, ref or id")
        }
        _ = try AvailableActions.require(.editForm, case: c, staff: actor, openTasks: try store.tasks(caseId: c.id).filter(\.isOpen),
                                         agency: agency)
        guard agency.caseType(c.type)?.form == form.id else {
            throw DocketError.usage("\(c.ref) is not corrected with the form \(form.id)")
        }
        return c
    }

    /// True when a personal value is only what the correction screen shows in its place (the
    /// masked national id, or bullets and stars): a draft keeps what was typed, never a mask.
    static func isMask(_ value: String, of current: String?) -> Bool {
        if value.allSatisfy({ "*•".contains($0) }) && !value.isEmpty { return true }
        guard let current else { return false }
        return value == Constituent.mask(current) && value != current
    }

    private func draftForm(_ name: String) throws -> FormDefinition {
        guard let form = agency.form(name) ?? agency.caseType(name).flatMap({ agency.form($0.form) }) else {
            throw DocketError.usage("unknown form '\(name)' (forms: \(agency.forms.map(\.id).joined(separator: ", ")))")
        }
        return form
    }

    private static func draft(_ d: StoredDraft) -> Draft {
        Draft(form: d.form, caseRef: d.caseRef, caseVersion: d.caseVersion, values: JSONText.decodeForm(d.data), focus: d.focus,
              savedAt: d.updatedAt)
    }
}
