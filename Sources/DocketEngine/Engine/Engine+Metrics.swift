/// The backlog figures for the supervisor's dashboard and `docket report backlog`.
extension Engine {
    /// Every figure per department and agency-wide, read from the counters kept with each change
    /// (a few thousand rows, whatever the number of cases). A read: holds whose date has come
    /// count as on hold until a command, `docket tick` or the console's start resumes them.
    public func backlogReport(week: Bool = false, as actor: StaffMember) throws -> BacklogReport {
        guard [.supervisor, .admin, .auditor].contains(actor.role) else {
            throw DocketError.refused("the backlog report is for supervisors, admins and auditors; \(actor.login) is a \(actor.role.rawValue)")
        }
        return try locked {
            let builder = BacklogReportBuilder(agency: agency, staff: try store.allStaff(), now: clock.now, includesWeek: week)
            let snap = try store.counterSnapshot(today: builder.today, dueSoonThrough: builder.dueSoonThrough,
                                                 flowsSince: builder.flowsSince, completedSince: builder.thisWeek)
            return builder.build(snap)
        }
    }
}
