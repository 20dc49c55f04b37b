/// A new case as intake decided it, for a store to save in one transaction: the person when
/// they are new, the case routed with its SLA clock started, its main task and its opening
/// events. The store gives the person, the case and the task their ids.
struct CaseOpening {
    /// Set when the person is new; otherwise the case names an existing one.
    var newPerson: Constituent?
    var summary: CaseSummary
    var formJSON: String
    /// The main task's reason: which rule sent it where it is.
    var taskReason: String
    /// The `case_created` event's details.
    var createdDetails: String
    var routedReason: String
    var routedDetails: String
    var actor: String
    /// Whom an admin acted as; `actor` then is the admin.
    var actingAs: String? = nil
    var at: Int64
    /// The fees the schedule charges when a case of this type opens (ids given by the store).
    var charges: [LedgerEntry] = []
}
