/// A case as a queue row shows it: where it is, whose it is, how old and how late.
public struct CaseSummary: Sendable, Equatable {
    public var id: Int64
    public var ref: String
    public var type: String
    public var state: String
    public var priority: Int
    public var department: String
    public var assignee: String?
    public var taskStatus: String
    public var mainTaskId: Int64?
    public var constituentId: Int64
    public var constituentName: String
    public var nationalId: String?
    public var openedAt: Int64
    public var dueDay: Day
    public var closedAt: Int64?
    public var holdSince: Int64?
    public var holdUntil: Int64?
    public var holdPriorState: String?
    public var heldSeconds: Int64
    /// Business days the SLA clock stood still in finished pauses; they push the due date out.
    public var pausedBusinessDays: Int
    public var slaPolicy: String
    public var amount: Int64?
    public var tags: [String]
    public var version: Int64
    /// Who changed the case last, and when: named in a conflict message.
    public var updatedAt: Int64 = 0
    public var updatedBy: String = ""
    /// Since when a legal hold keeps the case's people from erasure; nil when there is none.
    public var legalHoldSince: Int64? = nil

    public var isOpen: Bool { closedAt == nil }
    public var isOnHold: Bool { holdSince != nil }

    /// Seconds the case has spent on hold, counting a hold still running.
    public func secondsOnHold(now: Int64) -> Int64 {
        heldSeconds + (holdSince.map { max(0, (closedAt ?? now) - $0) } ?? 0)
    }

    /// Calendar days waiting: open time less time on hold.
    public func daysWaiting(now: Int64) -> Int {
        let end = closedAt ?? now
        return Int(max(0, end - openedAt - secondsOnHold(now: now)) / 86400)
    }

    public func daysOnHold(now: Int64) -> Int { Int(secondsOnHold(now: now) / 86400) }

    /// Past its SLA due date while open and not paused on hold.
    public func isOverdue(today: Day) -> Bool { isOpen && !isOnHold && dueDay < today }

    public var maskedNationalId: String? { nationalId.map(Constituent.mask) }
}

/// A unit of work on a case: the main task (parent nil) or a referral (child of the main task).
public struct TaskRecord: Sendable, Equatable {
    public var id: Int64
    public var caseId: Int64
    public var parentId: Int64?
    public var department: String
    public var assignee: String?
    public var status: String
    public var reason: String?
    public var openedAt: Int64
    public var closedAt: Int64?

    public var isOpen: Bool { closedAt == nil }
    public var isReferral: Bool { parentId != nil }
}

/// One append-only, hash-chained record of a change or a view.
public struct EventRecord: Sendable, Equatable {
    public var id: Int64
    public var at: Int64
    public var actor: String
    public var caseId: Int64?
    public var constituentId: Int64?
    public var kind: String
    public var reason: String?
    /// A JSON object as text.
    public var details: String
    public var prevHash: String
    public var hash: String
    /// Whom an admin acted as (`--as`); `actor` is the admin who typed the command.
    public var actingAs: String? = nil
    /// The reason and details as stored, when they are sealed under the person's key
    /// (`reason` and `details` then hold the opened text); the chain hashes what is stored.
    public var storedReason: String? = nil
    public var storedDetails: String? = nil
}

public struct DecisionRecord: Sendable, Equatable {
    public var outcome: String
    /// The first reason code (a decision gives at least one).
    public var reasonCode: String
    public var rationale: String
    public var at: Int64
    public var actor: String
    /// The reason codes after the first, when the decision gives several.
    public var otherReasonCodes: [String] = []

    /// Every reason code, in the order the decision gave them.
    public var reasonCodes: [String] { [reasonCode] + otherReasonCodes }
}

/// A link between two cases: an appeal and the decided case it appeals.
public struct CaseLink: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// This case appeals the other.
        case appealOf = "appeal_of"
        /// The other case appeals this one.
        case appealedBy = "appealed_by"
    }
    public var kind: Kind
    public var otherRef: String
    public var at: Int64
}

/// Everything the case screen and `case show` need.
public struct CaseDetail: Sendable {
    public var summary: CaseSummary
    public var constituent: Constituent
    public var tasks: [TaskRecord]
    public var timeline: [EventRecord]
    public var form: FormValues
    public var ledger: [LedgerEntry]
    public var decisions: [DecisionRecord]
    /// Appeals of this case, and the case it appeals.
    public var links: [CaseLink] = []

    /// The case this one appeals, if it is an appeal.
    public var appealOf: String? { links.first { $0.kind == .appealOf }?.otherRef }
    /// The appeals of this case, oldest first.
    public var appeals: [String] { links.filter { $0.kind == .appealedBy }.map(\.otherRef) }

    /// What the constituent owes (positive) or is owed (negative), from the entries.
    public var balance: Int64 { LedgerBook(ledger).balance }
}

/// Which cases a queue or `case list` wants, and where the page starts.
public struct CaseQuery: Sendable, Equatable {
    public var department: String?
    /// Several departments at once (a supervisor's whole patch); combined with `department` if both are set.
    public var departments: [String]?
    /// List cases with an open referral to `department` instead of their main task there.
    public var referrals = false
    public var state: String?
    public var type: String?
    public var assignee: String?
    public var unassigned = false
    public var overdue = false
    public var onHold = false
    /// Open, SLA clock running, and due within these days (the dashboard's "due soon").
    public var dueBetween: ClosedRange<Day>?
    /// Open and opened within these unix seconds, both ends included (the dashboard's age buckets).
    public var openedBetween: ClosedRange<Int64>?
    public var includeClosed = false
    public var closedOnly = false
    /// Closed at or after this time (the "recently closed" queue).
    public var closedSince: Int64?
    public var sort = CaseSort.age
    public var descending = false
    /// Keyset paging: the page after this ref, or (`before`) the page before it, in sort order.
    public var after: String?
    public var before: String?
    /// The last page instead of the first (for End / G).
    public var fromEnd = false
    public var limit = 50
    /// The departments the viewer may see; set by the engine from the acting person's scope.
    var scope: [String]?

    public init() {}
}

/// Orders a queue can be sorted by. Each ends with (opened_at, ref), so the order is total and
/// keyset paging never skips or repeats a case.
public enum CaseSort: String, Sendable, CaseIterable {
    case age, ref, type, state, department, assignee, priority, due, closed

    var column: String? {
        switch self {
        case .age: return nil
        case .ref: return "c.ref"
        case .type: return "c.type"
        case .state: return "c.state"
        case .department: return "c.department"
        case .assignee: return "coalesce(c.assignee, '')"
        case .priority: return "c.priority"
        case .due: return "c.due_day"
        case .closed: return "coalesce(c.closed_at, 0)"
        }
    }
}
