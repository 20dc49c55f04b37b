/// Who may open an appeal of a decided case, and until when: the agency's appeal window runs
/// for a number of business days from the decision date, by the agency's calendar. Within it:
/// clerks (who take in what constituents file), caseworkers and supervisors of the case's
/// department, admins. After it, only with `--late`, by a supervisor of the department or an
/// admin. Pure: the caller reads the case and its decision.
public enum AppealWindow {
    /// The last day an appeal is accepted without `--late`.
    public static func appealBy(decidedAt: Int64, windowBusinessDays: Int, calendar: BusinessCalendar) -> Day {
        calendar.adding(businessDays: windowBusinessDays, to: Day(unixSeconds: decidedAt))
    }

    /// Refuses, saying why and what to do, or returns whether the appeal is late.
    static func check(_ c: CaseSummary, decision: DecisionRecord?, staff: StaffMember, inScope: Bool, late: Bool,
                      today: Day, settings: NoticeSettings, calendar: BusinessCalendar) throws -> Bool {
        guard staff.role != .auditor else { throw DocketError.refused("auditors have read-only access; an appeal is opened by a clerk, caseworker, supervisor or admin") }
        guard staff.role == .clerk || staff.role == .admin || inScope else {
            throw DocketError.refused("\(c.ref) is in \(c.department), not one of \(staff.login)'s departments; a clerk or someone in \(c.department) can open the appeal")
        }
        guard c.state == "decided", let decision else {
            throw DocketError.refused("only a decided case can be appealed; \(c.ref) is \(c.state)")
        }
        let by = appealBy(decidedAt: decision.at, windowBusinessDays: settings.appealWindowBusinessDays, calendar: calendar)
        guard today > by else { return false }
        let window = "the appeal window of \(c.ref) closed on \(by.iso) (\(settings.appealWindowBusinessDays) business days from the decision on \(Day(unixSeconds: decision.at).iso))"
        guard late else {
            throw DocketError.refused("\(window); a supervisor of \(c.department) may still accept it with --late")
        }
        guard staff.role == .admin || (staff.role == .supervisor && inScope) else {
            throw DocketError.refused("\(window); only a supervisor of \(c.department) or an admin may accept a late appeal (--late)")
        }
        return true
    }
}
