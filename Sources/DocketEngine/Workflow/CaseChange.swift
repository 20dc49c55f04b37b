/// What one command does to one case, as a value: a workflow rule computes it without a store,
/// and a store saves all of it in one transaction (or none of it, when the version moved on).
struct CaseChange {
    /// The case as the command read it; the save fails when the stored version is no longer this.
    var before: CaseSummary
    /// The case as it is to be saved, its version already one past `before`'s.
    var after: CaseSummary
    var insertedTasks: [TaskRecord] = []
    var updatedTasks: [TaskRecord] = []
    var events: [NewEvent] = []
    var decisions: [DecisionRecord] = []
    /// New ledger entries (never changes to old ones: those are reversed by a new entry).
    var ledger: [LedgerEntry] = []
    /// The case's form, when the command changed it (canonical JSON and the amount it carries).
    var form: (json: String, amount: Int64?)?
    /// The case's person, when the command changed their identity.
    var person: Constituent?
    /// What the change does to the dashboard counters, kept in the same transaction.
    var counters = CounterDelta()
    var actor: String
    var at: Int64

    /// Who closed a task this change closes: the actor; nobody for a task still open.
    func closedBy(_ t: TaskRecord) -> String? { t.closedAt == nil ? nil : actor }
}

/// An event a rule asks for; the store gives it its id and seals it onto the chain.
struct NewEvent: Equatable {
    var at: Int64
    var actor: String
    var caseId: Int64?
    var constituentId: Int64?
    var kind: String
    var reason: String?
    var details: String
    var actingAs: String? = nil
}
