/// The records a store hands the engine besides cases, tasks and people: what every store
/// answers with, whatever it keeps underneath.

struct StoredDraft {
    var form: String
    /// The case being corrected; nil for an intake.
    var caseRef: String?
    var caseVersion: Int64?
    var data: String
    var focus: String?
    var updatedAt: Int64
}

/// One exported case: its summary, stored form, and its person's contact details.
struct ExportedCase {
    var summary: CaseSummary
    var form: String
    var birthDate: String?
    var email: String?
    var phone: String?
    var address: String?
}

struct ExportedConstituent {
    var person: Constituent
    var createdAt: Int64
    var cases: Int
}

/// The counters as read for one day.
struct CounterSnapshot {
    var departments: [String: CounterDelta.DepartmentCounts] = [:]
    var overdue: [String: Int] = [:]
    var dueSoon: [String: Int] = [:]
    /// Open cases per opening day, oldest day first.
    var opened: [String: [OpenedDayCount]] = [:]
    var flows: [String: [Int: CounterDelta.FlowCounts]] = [:]
    var staff: [StaffTaskCounts] = []
}

struct OpenedDayCount: Equatable {
    var day: Int
    var count: Int
}

struct StaffTaskCounts: Equatable {
    var login: String
    var department: String
    var openTasks: Int
    var oldestOpenDay: Int?
    var completedSince: Int
}

/// The tables a store counts rows of.
enum StoreTable: String { case cases, constituent, task, event, staff, ledger }
