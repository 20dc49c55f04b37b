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

    var ref: String { summary.ref }
    var version: Int64 { summary.version }

    init(_ summary: CaseSummary, now: Int64, calendar: BusinessCalendar) {
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
