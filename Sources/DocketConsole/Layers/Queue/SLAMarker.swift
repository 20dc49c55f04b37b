/// Where a case stands against its SLA. Shown as a symbol and a colour together, so it
/// reads in monochrome and for people who cannot tell the colours apart.
enum SLAMarker: Equatable, Sendable {
    case overdue
    case dueSoon
    case onTrack
    case onHold
    case closed

    /// "Due soon" means this many business days or fewer are left.
    static let dueSoonBusinessDays = 5

    var symbol: String {
        switch self {
        case .overdue: return "!"
        case .dueSoon: return "~"
        case .onHold: return "‖"
        case .onTrack, .closed: return " "
        }
    }

    var role: StyleRole {
        switch self {
        case .overdue: return .overdue
        case .dueSoon: return .dueSoon
        case .onTrack: return .onTrack
        case .onHold: return .onHold
        case .closed: return .muted
        }
    }

    /// The legend shown in help.
    static let legend = "! overdue   ~ due within \(dueSoonBusinessDays) business days   ‖ paused on hold"
}
