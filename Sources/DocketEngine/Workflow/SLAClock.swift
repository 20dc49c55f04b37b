/// SLA arithmetic: targets in business days from the day a case opened, pushed out by every
/// business day the clock stood still on hold.
public enum SLAClock {
    public static func dueDay(opened: Day, targetBusinessDays: Int, pausedBusinessDays: Int, calendar: BusinessCalendar) -> Day {
        calendar.adding(businessDays: targetBusinessDays + pausedBusinessDays, to: opened)
    }

    /// Business days left before the due date (negative once breached); nil while paused.
    public static func businessDaysLeft(_ c: CaseSummary, today: Day, calendar: BusinessCalendar) -> Int? {
        guard c.isOpen, !c.isOnHold else { return nil }
        if c.dueDay >= today { return calendar.businessDays(from: today, to: c.dueDay) }
        return -calendar.businessDays(from: c.dueDay, to: today)
    }
}
