/// The dashboard's actions.
public enum DashboardAction: String, CaseIterable, Sendable {
    case nextRow = "dashboard-next-row", previousRow = "dashboard-previous-row"
    case nextFigure = "dashboard-next-figure", previousFigure = "dashboard-previous-figure"
    case ageBucket1 = "dashboard-age-1", ageBucket2 = "dashboard-age-2", ageBucket3 = "dashboard-age-3"
    case ageBucket4 = "dashboard-age-4", ageBucket5 = "dashboard-age-5"
    case open = "dashboard-open"
    case rebalance = "dashboard-rebalance"
    case reassign = "dashboard-reassign"
    case refresh = "dashboard-refresh"
    case back

    /// The age bucket (0-based) an age key selects.
    var ageBucket: Int? {
        switch self {
        case .ageBucket1: return 0
        case .ageBucket2: return 1
        case .ageBucket3: return 2
        case .ageBucket4: return 3
        case .ageBucket5: return 4
        default: return nil
        }
    }
}
