import DocketEngine

/// The columns a queue can show, what sorts them, and how wide they are.
enum QueueColumn: CaseIterable, Sendable {
    case ref
    case constituent
    case type
    case department
    case state
    case priority
    case waiting
    case onHold
    case due
    case closed
    case assignee

    var title: String {
        switch self {
        case .ref: return "Ref"
        case .constituent: return "Constituent"
        case .type: return "Type"
        case .department: return "Dept"
        case .state: return "State"
        case .priority: return "Pri"
        case .waiting: return "Wait"
        case .onHold: return "Held"
        case .due: return "Due"
        case .closed: return "Closed"
        case .assignee: return "Assignee"
        }
    }

    /// The engine order this column sorts by (the name and hold columns cannot be sorted:
    /// the engine has no index for them).
    var sort: CaseSort? {
        switch self {
        case .ref: return .ref
        case .type: return .type
        case .department: return .department
        case .state: return .state
        case .priority: return .priority
        case .waiting: return .age
        case .due: return .due
        case .closed: return .closed
        case .assignee: return .assignee
        case .constituent, .onHold: return nil
        }
    }

    /// `o` steps through these.
    static func sortCycle(for tab: QueueTab) -> [CaseSort] {
        let common: [CaseSort] = [.age, .due, .priority, .ref, .type, .department, .state, .assignee]
        return tab == .recentlyClosed ? [.closed] + common : common
    }

    /// What `:sort` understands.
    static let sortNames = ["waiting", "due", "priority", "ref", "type", "dept", "state", "assignee", "closed"]

    static func sortable(named name: String) -> CaseSort? {
        switch name.lowercased() {
        case "waiting", "wait", "age": return .age
        case "due": return .due
        case "priority", "pri": return .priority
        case "ref": return .ref
        case "type": return .type
        case "dept", "department": return .department
        case "state": return .state
        case "assignee": return .assignee
        case "closed": return .closed
        default: return nil
        }
    }

    /// Whether the column reads top to bottom in ascending order for this engine order.
    /// Oldest first (age ascending) is the most days waiting first: descending on screen.
    static func looksAscending(_ sort: CaseSort, descending: Bool) -> Bool {
        sort == .age ? descending : !descending
    }

    /// The columns of a tab, in screen order.
    static func columns(for tab: QueueTab) -> [QueueColumn] {
        tab == .recentlyClosed
            ? [.ref, .constituent, .type, .department, .state, .waiting, .closed, .assignee]
            : [.ref, .constituent, .type, .department, .state, .priority, .waiting, .onHold, .due, .assignee]
    }

    /// Dropped first when the terminal is narrow: the type (the ref's prefix names it), then
    /// the hold days, the department (one department at a time usually), priority …
    static let dropOrder: [QueueColumn] = [.type, .onHold, .department, .priority, .assignee, .state, .closed, .waiting, .due]

    /// The name column never gets narrower than this while any other optional column shows.
    static let constituentMinimum = 12
}

/// Fixed widths for the columns, from the agency's own codes and short labels, so columns
/// never jump as different rows scroll into view.
struct QueueColumnWidths: Equatable, Sendable {
    var type: Int
    var department: Int
    var state: Int
    var assignee: Int

    init(agency: Agency) {
        let clamp = { (value: Int, low: Int, high: Int) in min(high, max(low, value)) }
        type = clamp(agency.caseTypes.map { DisplayWidth.of($0.shortLabel) }.max() ?? 4, 4, 14)
        department = clamp(agency.departments.map { DisplayWidth.of($0.code) }.max() ?? 4, 4, 8)
        state = clamp(agency.lifecycles.flatMap { $0.states.map { DisplayWidth.of($0.shortLabel) } }.max() ?? 5, 5, 13)
        assignee = 12
    }

    /// Wide terminals get full dates; narrow ones two-digit years.
    static let fullDatesFrom = 120

    /// A sortable column is wide enough for its title and the sort arrow.
    func width(of column: QueueColumn, fullDates: Bool) -> Int {
        let content = contentWidth(of: column, fullDates: fullDates)
        return column.sort == nil ? content : max(content, DisplayWidth.of(column.title) + 2)
    }

    private func contentWidth(of column: QueueColumn, fullDates: Bool) -> Int {
        switch column {
        case .ref: return 14
        case .constituent: return QueueColumn.constituentMinimum
        case .type: return type
        case .department: return department
        case .state: return state
        case .priority: return 3
        case .waiting, .onHold: return 4
        case .due: return fullDates ? 12 : 10
        case .closed: return fullDates ? 10 : 8
        case .assignee: return assignee
        }
    }

    /// The columns that fit in `totalWidth`, in screen order.
    func fitting(_ columns: [QueueColumn], totalWidth: Int, gap: Int) -> [QueueColumn] {
        let fullDates = totalWidth >= QueueColumnWidths.fullDatesFrom
        var shown = columns
        func needed() -> Int {
            shown.reduce(0) { $0 + width(of: $1, fullDates: fullDates) } + gap * max(0, shown.count - 1)
        }
        for column in QueueColumn.dropOrder where needed() > totalWidth {
            shown.removeAll { $0 == column }
        }
        return shown
    }
}
