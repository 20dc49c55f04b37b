import DocketEngine

/// Everything that decides which cases a queue lists and in what order. Two equal specs
/// ask the engine the same question.
struct QueueSpec: Equatable, Sendable {
    var tab: QueueTab
    var scope: QueueScope
    var filter: QueueFilter
    var sort: CaseSort
    var descending: Bool
    /// A dashboard drill-down: the queue lists exactly this query (tab, scope and filter
    /// then only choose the columns), under the drill-down's title.
    var drill: QueueDrill? = nil

    /// A tab's own starting order: oldest first, and the most recently closed first.
    static func defaultOrder(for tab: QueueTab) -> (sort: CaseSort, descending: Bool) {
        tab == .recentlyClosed ? (.closed, true) : (.age, false)
    }

    /// The engine query for one page of this queue.
    func query(actor: String, now: Int64, limit: Int) -> CaseQuery {
        if let drill {
            var q = drill.query
            q.limit = limit
            q.sort = sort
            q.descending = descending
            return q
        }
        var q = CaseQuery()
        q.limit = limit
        q.sort = sort
        q.descending = descending
        q.department = scope.code
        switch tab {
        case .myWork:
            q.department = nil
            q.assignee = actor
        case .unassigned:
            q.unassigned = true
        case .department:
            break
        case .referrals:
            q.referrals = true
        case .onHold:
            q.onHold = true
        case .overdue:
            q.overdue = true
        case .recentlyClosed:
            q.closedOnly = true
            q.closedSince = now - Int64(QueueTab.recentlyClosedDays) * 86_400
        }
        if let department = filter.department { q.department = department }
        if let state = filter.state { q.state = state }
        if let type = filter.type { q.type = type }
        if let assignee = filter.assignee { q.assignee = assignee }
        if filter.unassigned { q.unassigned = true; q.assignee = nil }
        if filter.overdue { q.overdue = true }
        return q
    }

    /// Referrals are listed per department: without one the tab has nothing to ask.
    var needsDepartment: Bool { drill == nil && tab == .referrals && scope.code == nil && filter.department == nil }
}

/// The cases one dashboard figure counts, as the queue shows them.
struct QueueDrill: Equatable, Sendable {
    var query: CaseQuery
    /// "37 overdue cases in VET".
    var title: String
    /// The figure as the dashboard showed it.
    var count: Int
}
