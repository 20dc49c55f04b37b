/// Which draft a form screen keeps: an intake's (the form alone) or a correction's (the form
/// and the case), so correcting a case never overwrites the intake being keyed, nor the
/// other way round.
struct DraftKey: Hashable, Sendable {
    var form: String
    /// The case being corrected; nil for an intake.
    var caseRef: String?

    static func intake(_ form: String) -> DraftKey { DraftKey(form: form, caseRef: nil) }
}
