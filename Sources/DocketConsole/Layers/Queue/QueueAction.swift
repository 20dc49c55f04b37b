/// The queue screen's own actions (moving and case actions are shared families).
public enum QueueAction: String, CaseIterable, Sendable {
    case open
    case nextTab = "next-tab", previousTab = "previous-tab"
    case department, sort
    case sortDirection = "sort-direction"
    case filter, refresh
    case clearFilter = "clear-filter"
    case back
}
