import DocketEngine

/// Extra conditions on a queue, typed as `:filter state=triage type=claim overdue`.
/// Every key narrows the tab's own query; an empty filter narrows nothing.
struct QueueFilter: Equatable, Sendable {
    var department: String?
    var state: String?
    var type: String?
    var assignee: String?
    /// Only cases nobody has (`assignee=none`).
    var unassigned = false
    var overdue = false

    var isEmpty: Bool { self == QueueFilter() }

    static let keys = ["dept=", "state=", "type=", "assignee=", "overdue"]

    /// Reads `key=value` words. Keys: dept (or department), state, type, assignee (a login,
    /// or `none`), and the bare word `overdue`.
    static func parse(_ text: String) -> Result<QueueFilter, ConsoleFailure> {
        var filter = QueueFilter()
        for word in text.split(separator: " ") {
            let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
            let key = parts[0].lowercased()
            let value = parts.count == 2 ? parts[1] : nil
            if key == "overdue" && (value == nil || ["yes", "true", "1"].contains(value!.lowercased())) {
                filter.overdue = true
                continue
            }
            guard let value, !value.isEmpty else {
                return .failure("'\(word)' is not a filter; write key=value with keys dept, state, type, assignee, or the word overdue")
            }
            switch key {
            case "dept", "department": filter.department = value.uppercased()
            case "state": filter.state = value
            case "type": filter.type = value
            case "assignee":
                if CaseQuery.unassignedWords.contains(value.lowercased()) {
                    filter.unassigned = true
                    filter.assignee = nil
                } else {
                    filter.assignee = value
                    filter.unassigned = false
                }
            default:
                return .failure("unknown filter key '\(key)'; use dept, state, type, assignee or overdue")
            }
        }
        return .success(filter)
    }

    /// The filter as it would be typed back.
    var text: String {
        var words: [String] = []
        if let department { words.append("dept=\(department)") }
        if let state { words.append("state=\(state)") }
        if let type { words.append("type=\(type)") }
        if let assignee { words.append("assignee=\(assignee)") }
        if unassigned { words.append("assignee=none") }
        if overdue { words.append("overdue") }
        return words.joined(separator: " ")
    }
}
