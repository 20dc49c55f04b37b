/// Legal holds: while litigation or an investigation needs a case's record, its people are
/// kept from erasure (on request or by retention). Supervisors of the case's department and
/// admins place and lift them, each with a reason, each an event.
extension Engine {
    @discardableResult
    public func legalHold(_ ref: String, lift: Bool, reason raw: String, as actor: StaffMember,
                          expectVersion: Int64? = nil) throws -> CaseSummary {
        let reason = try FreeText.required(raw, what: lift ? "a reason for lifting the hold" : "a reason (the matter it is kept for)")
        return try mutate(ref, as: actor, expectVersion: expectVersion, action: .legalHold) { w, _ in
            if lift { try w.liftLegalHold(reason: reason) } else { try w.placeLegalHold(reason: reason) }
        }.summary
    }
}
