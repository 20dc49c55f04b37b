/// The queues a person switches between on the queue screen, in tab order.
enum QueueTab: Int, CaseIterable, Sendable, Hashable {
    case myWork
    case unassigned
    case department
    case referrals
    case onHold
    case overdue
    case recentlyClosed

    var title: String {
        switch self {
        case .myWork: return "My work"
        case .unassigned: return "Unassigned"
        case .department: return "Department"
        case .referrals: return "Referrals"
        case .onHold: return "On hold"
        case .overdue: return "Overdue"
        case .recentlyClosed: return "Closed 30d"
        }
    }

    /// For narrow terminals.
    var shortTitle: String {
        switch self {
        case .myWork: return "Mine"
        case .unassigned: return "Unasg"
        case .department: return "Dept"
        case .referrals: return "Refs"
        case .onHold: return "Hold"
        case .overdue: return "Late"
        case .recentlyClosed: return "Closed"
        }
    }

    /// Names accepted by `:tab` and shown in completion.
    var commandName: String {
        switch self {
        case .myWork: return "mine"
        case .unassigned: return "unassigned"
        case .department: return "all"
        case .referrals: return "referrals"
        case .onHold: return "hold"
        case .overdue: return "overdue"
        case .recentlyClosed: return "closed"
        }
    }

    /// How long "recently" is for the closed tab.
    static let recentlyClosedDays = 30
}
