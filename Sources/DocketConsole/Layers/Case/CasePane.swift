/// The parts of the case screen that scroll on their own; Tab moves between them.
enum CasePane: Int, CaseIterable, Sendable, Hashable {
    case constituent
    case form
    case tasks
    case timeline
    case notes
    case ledger

    var title: String {
        switch self {
        case .constituent: return "Constituent"
        case .form: return "Form"
        case .tasks: return "Tasks"
        case .timeline: return "Timeline"
        case .notes: return "Notes"
        case .ledger: return "Ledger"
        }
    }
}
