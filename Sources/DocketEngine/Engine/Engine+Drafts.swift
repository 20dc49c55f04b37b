/// Drafts: a partly keyed form saved as the clerk types, so a dropped SSH connection or a
/// crash loses nothing. One per person and form; saved durably (the database's full sync)
/// and visible only to the person who typed it. The form screen restores it, and discards it
/// once the intake is submitted.
public struct Draft: Sendable, Equatable {
    public var form: String
    /// Field id → text as typed so far (not checked: a draft may be half written).
    public var values: [String: String]
    /// The field the cursor was in.
    public var focus: String?
    public var savedAt: Int64
}

public struct DraftSave: Sendable, Equatable {
    public var savedAt: Int64
    /// Fields left out of the saved draft because they hold a payment card number, which
    /// Docket never stores; the form screen keeps them only on screen.
    public var withheld: [String]
}

extension Engine {
    static let maxDraftBytes = 4 << 20

    @discardableResult
    public func saveDraft(form name: String, values: [String: String], focus: String?, as actor: StaffMember) throws -> DraftSave {
        guard actor.role != .auditor else { throw DocketError.refused("auditors have read-only access; they keep no drafts") }
        let form = try draftForm(name)
        var kept: FormValues = [:]
        var withheld: [String] = []
        for (key, value) in values {
            guard form.field(key) != nil else {
                throw DocketError.usage("\(form.id) has no field '\(key)' (fields: \(form.fields.map(\.id).joined(separator: ", ")))")
            }
            if CardNumberGuard.findCardNumber(in: value) != nil { withheld.append(key); continue }
            if !value.isEmpty { kept[key] = value }
        }
        if let focus, form.field(focus) == nil {
            throw DocketError.usage("\(form.id) has no field '\(focus)' to keep the cursor in")
        }
        let data = JSONText.encode(form: kept)
        guard data.utf8.count <= Engine.maxDraftBytes else {
            throw DocketError.refused("the draft is over \(Engine.maxDraftBytes >> 20) MB; a form is not that long")
        }
        let now = clock.now
        try locked {
            try store.transaction { try store.saveDraft(login: actor.login, form: form.id, data: data, focus: focus, at: now) }
        }
        return DraftSave(savedAt: now, withheld: withheld.sorted())
    }

    public func draft(form name: String, as actor: StaffMember) throws -> Draft? {
        let form = try draftForm(name)
        return try locked { try store.draft(login: actor.login, form: form.id).map(Engine.draft) }
    }

    /// The person's drafts, the most recently saved first (for "you have unfinished forms").
    public func drafts(as actor: StaffMember) throws -> [Draft] {
        try locked { try store.drafts(login: actor.login).map(Engine.draft) }
    }

    /// Throws the draft away; false when there was none.
    @discardableResult
    public func discardDraft(form name: String, as actor: StaffMember) throws -> Bool {
        let form = try draftForm(name)
        return try locked { try store.transaction { try store.deleteDraft(login: actor.login, form: form.id) } }
    }

    private func draftForm(_ name: String) throws -> FormDefinition {
        guard let form = agency.form(name) ?? agency.caseType(name).flatMap({ agency.form($0.form) }) else {
            throw DocketError.usage("unknown form '\(name)' (forms: \(agency.forms.map(\.id).joined(separator: ", ")))")
        }
        return form
    }

    private static func draft(_ d: Store.StoredDraft) -> Draft {
        Draft(form: d.form, values: JSONText.decodeForm(d.data), focus: d.focus, savedAt: d.updatedAt)
    }
}
