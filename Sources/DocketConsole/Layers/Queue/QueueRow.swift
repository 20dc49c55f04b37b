import DocketEngine

/// One case as a queue row shows it, worked out once when the page arrives (off the input
/// path) so drawing is only copying text. Everything from outside is sanitized here.
struct QueueRow: Equatable, Sendable {
    /// The case as the engine gave it: actions need its version, department and assignee.
    let summary: CaseSummary
    let constituent: String
    let assignee: String?
    let daysWaiting: Int
    let daysOnHold: Int
    let marker: SLAMarker
    /// Business days before the due date (negative when late); nil while paused or closed.
    let businessDaysLeft: Int?
    /// The agency's short labels for the case's type and state (the codes are in `summary`).
    let typeLabel: String
    let stateLabel: String

    var ref: String { summary.ref }
    var version: Int64 { summary.version }

    /// A row labelled as the agency labels types and states.
    init(_ summary: CaseSummary, now: Int64, agency: Agency) {
        self.init(summary, now: now, calendar: agency.calendar,
                  typeLabel: agency.caseType(summary.type)?.shortLabel,
                  stateLabel: agency.lifecycle(forType: summary.type)?.state(summary.state)?.shortLabel)
    }

    /// Without labels, the type and state columns show the codes.
    init(_ summary: CaseSummary, now: Int64, calendar: BusinessCalendar, typeLabel: String? = nil, stateLabel: String? = nil) {
        var clean = summary
        clean.ref = UntrustedText.sanitize(summary.ref)
        clean.type = UntrustedText.sanitize(summary.type)
        clean.state = UntrustedText.sanitize(summary.state)
        clean.department = UntrustedText.sanitize(summary.department)
        clean.constituentName = UntrustedText.sanitize(summary.constituentName)
        clean.assignee = summary.assignee.map { UntrustedText.sanitize($0) }
        self.summary = clean
        constituent = clean.constituentName.isEmpty ? "(no name)" : clean.constituentName
        assignee = clean.assignee
        self.typeLabel = typeLabel.map { UntrustedText.sanitize($0) } ?? clean.type
        self.stateLabel = stateLabel.map { UntrustedText.sanitize($0) } ?? clean.state
        daysWaiting = summary.daysWaiting(now: now)
        daysOnHold = summary.daysOnHold(now: now)
        let today = Day(unixSeconds: now)
        businessDaysLeft = SLAClock.businessDaysLeft(summary, today: today, calendar: calendar)
        if !summary.isOpen {
            marker = .closed
        } else if summary.isOnHold {
            marker = .onHold
        } else if summary.isOverdue(today: today) {
            marker = .overdue
        } else if let left = businessDaysLeft, left <= SLAMarker.dueSoonBusinessDays {
            marker = .dueSoon
        } else {
            marker = .onTrack
        }
    }
}
