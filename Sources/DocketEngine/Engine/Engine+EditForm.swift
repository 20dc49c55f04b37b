/// Correcting a case's form after intake (the rule is `CaseWork.editForm`), under the case's
/// version check. A national id may belong to one person only.
extension Engine {
    /// Applies `changes` (field id → text as typed; empty text clears the field) to the case's
    /// form. Changing nothing changes nothing (no event, no new version).
    @discardableResult
    public func editForm(ref: String, changes: [String: String], reason: String? = nil, as actor: StaffMember,
                         expectVersion: Int64? = nil) throws -> CaseSummary {
        let why = try reason.map { try FreeText.optional($0) } ?? nil
        do {
            return try mutate(ref, as: actor, expectVersion: expectVersion, action: .editForm) { w, _ in
                guard !(try w.editForm(changes, reason: why)).isEmpty else { throw NothingChanged() }
                if let p = w.personChanged, let nid = p.nationalId, let other = try store.constituentId(nationalId: nid), other != p.id {
                    throw DocketError.refused("national_id: that national id belongs to constituent #\(other); if they are the same person, ask an admin to merge the records")
                }
            }.summary
        } catch is NothingChanged {
            return try caseSummary(ref: ref, as: actor)
        }
    }

    private struct NothingChanged: Error {}

    /// A value as the audit log keeps it: personal fields masked (a national id keeps its
    /// last four, as on screen), nil as null.
    static func audited(_ value: String?, _ field: FormField) -> JSONText.Value {
        guard let value else { return .null }
        guard Disclosure.isPersonal(field) else { return .string(value) }
        return .string(field.type == .nationalId ? Constituent.mask(value) : "***")
    }
}
