/// What making a case of one type needs from the agency, worked out once. A class: the
/// generator picks one per case, and copying a struct of arrays and strings out of the list
/// retained each of them.
final class DemoTypePlan {
    let type: CaseType
    let lifecycle: Lifecycle
    /// Makes the case's form values.
    let formValues: FormValueGenerator
    /// How the writer lays the form out as JSON.
    let formJSON: FormJSONLayout
    let initial: String
    /// Closed states other than "decided", which needs a decision.
    let undecidedStates: [String]
    let canDecide: Bool
    let activeStates: [String]
    let holdState: String?
    /// Where a case on hold goes back to: the first active state.
    let holdPrior: String
    /// The fees charged when a case of this type opens.
    let openingFees: [Fee]
    /// A fine priced by the offence on the form: the form's amount is set to match it.
    let fine: (field: String, amounts: [String: Int])?
    /// The type's late fee, which `docket tick` would have charged on what was owed too long.
    let lateFee: (fee: Fee, days: Int)?

    init?(_ type: CaseType, in agency: Agency) {
        guard let lifecycle = agency.lifecycle(type.lifecycle), let form = agency.form(type.form) else { return nil }
        self.type = type
        self.lifecycle = lifecycle
        formValues = FormValueGenerator.prepared(for: form)
        formJSON = FormJSONLayout(form: form)
        initial = lifecycle.initialState.id
        let closed = lifecycle.states.filter { $0.group == .closed }.map(\.id)
        undecidedStates = closed.filter { $0 != "decided" }
        canDecide = closed.contains("decided")
        activeStates = lifecycle.states.filter { $0.group == .active }.map(\.id)
        holdState = lifecycle.holdState?.id
        holdPrior = activeStates.first ?? initial
        openingFees = agency.openingFees(type: type.code)
        fine = openingFees.lazy.compactMap { f in f.byOffence.map { ($0.field, $0.amounts) } }.first
        lateFee = agency.fees.lazy.compactMap { f -> (Fee, Int)? in
            if f.caseType == type.code, case .late(let days) = f.charged, (f.amount ?? 0) > 0 { return (f, days) }
            return nil
        }.first
    }
}
