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

/// A command run with `--request-id`: done once, answered the same way every time after.
public struct RequestRecord: Sendable, Equatable {
    public var id: String
    public var actor: String
    /// The command line, for the record.
    public var command: String
    public var at: Int64
    /// What the command printed when it was done; nil while it runs or when it was not kept.
    public var answer: String?
}

/// A file an import took in, by its SHA-256.
public struct ImportedFile: Sendable, Equatable {
    public var sha256: String
    public var file: String
    public var form: String
    public var actor: String
    public var at: Int64
    public var imported: Int
    public var firstRef: String?
    public var lastRef: String?
}

extension ImportedFile {
    /// `on 2026-11-18T10:00:00Z by ana.kowalski (3,000 cases, DC-2026-000001 … DC-2026-003000)`,
    /// for each time the same bytes went in (a run in batches: its batches together).
    public static func describe(_ files: [ImportedFile]) -> String {
        var runs: [(at: Int64, actor: String, imported: Int, first: String?, last: String?)] = []
        for f in files {
            if let i = runs.indices.last, runs[i].actor == f.actor, f.at - runs[i].at < 3600 {
                runs[i].imported += f.imported
                runs[i].last = f.lastRef ?? runs[i].last
            } else {
                runs.append((f.at, f.actor, f.imported, f.firstRef, f.lastRef))
            }
        }
        return runs.map { r in
            let refs = r.first.map { " \($0)\(r.last.map { $0 == r.first ? "" : " … \($0)" } ?? "")" } ?? ""
            return "on \(Timestamp.iso(r.at)) by \(r.actor) (\(r.imported) case\(r.imported == 1 ? "" : "s")\(refs.isEmpty ? "" : ",")\(refs))"
        }.joined(separator: "; ")
    }
}

/// What an open case's SLA due date was computed from, for `docket check`.
struct CaseClock {
    var ref: String
    var openedAt: Int64
    var slaPolicy: String
    var department: String
    var pausedBusinessDays: Int
    var dueDay: Int
}

/// What an erasure blanked, and what it could not reach.
public struct ErasureCounts: Sendable, Equatable {
    public var cases = 0
    public var drafts = 0
    /// Events about the person written before their text was sealed (databases from before
    /// schema v8): append-only, so their text stays.
    public var unsealedEvents = 0
}

/// A person whom retention makes due for erasure, with their cases.
public struct RetentionDue: Sendable, Equatable {
    public var constituentId: Int64
    public var refs: [String]
    public var lastClosedAt: Int64
}
