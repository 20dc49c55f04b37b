/// The `:` command line: what can be typed, what it means, and how Tab completes it.
enum ConsoleCommandLine {
    enum Command: Equatable, Sendable {
        case open(ref: String)
        /// nil: back to the person's own starting scope; "all": every department.
        case queue(String?)
        case tab(QueueTab)
        case filter(QueueFilter)
        case sort(column: String, descending: Bool?)
        case theme(String)
        case next(department: String?)
        case search(String)
        case dashboard
        /// A new intake, of this case type or picked from the list.
        case intake(type: String?)
        case drafts
        case help
        case quit
    }

    /// Names and what they take, for help and for the error on an unknown command.
    static let summary: [(usage: String, meaning: String)] = [
        (":open REF", "open a case by its ref"),
        (":queue DEPT | :queue all", "show a department's queues (or every department)"),
        (":tab mine|unassigned|all|referrals|hold|overdue|closed", "switch queue tab"),
        (":filter state=S type=T dept=D assignee=LOGIN|none overdue", "narrow the queue (:filter alone clears)"),
        (":sort COLUMN [asc|desc]", "sort by waiting, due, priority, ref, type, dept, state, assignee, closed"),
        (":theme NAME", "switch theme now (default, light, high-contrast, monochrome …)"),
        (":next [DEPT]", "claim the next waiting case and open it"),
        (":search TEXT", "search names, refs and ids"),
        (":dash", "the supervisor's dashboard (supervisors, admins, auditors)"),
        (":intake [TYPE]", "new intake (a case type code, or pick from the list)"),
        (":drafts", "your unfinished forms"),
        (":help", "keys and commands"),
        (":quit", "quit Docket"),
    ]

    static let names = ["open", "queue", "tab", "filter", "sort", "theme", "next", "search", "dash", "intake", "drafts", "help", "quit"]

    static func parse(_ text: String) -> Result<Command, ConsoleFailure> {
        let words = text.split(separator: " ").map(String.init)
        guard let first = words.first else { return .failure("type a command, e.g. :open REF, or :help") }
        let rest = Array(words.dropFirst())
        let argument = rest.joined(separator: " ")
        switch first.lowercased() {
        case "open", "o", "e":
            guard rest.count == 1 else { return .failure(":open needs one case ref, e.g. :open DC-2026-000123") }
            return .success(.open(ref: rest[0].uppercased()))
        case "queue":
            guard rest.count <= 1 else { return .failure(":queue takes one department code, or all") }
            return .success(.queue(rest.first.map { $0.lowercased() == "all" ? "all" : $0.uppercased() }))
        case "tab":
            guard let name = rest.first?.lowercased(), let tab = QueueTab.allCases.first(where: { $0.commandName == name }) else {
                return .failure(":tab takes one of \(QueueTab.allCases.map(\.commandName).joined(separator: ", "))")
            }
            return .success(.tab(tab))
        case "filter":
            return QueueFilter.parse(argument).map { .filter($0) }
        case "sort":
            guard let column = rest.first?.lowercased(), QueueColumn.sortable(named: column) != nil else {
                return .failure(":sort takes one of \(QueueColumn.sortNames.joined(separator: ", ")), then asc or desc")
            }
            var descending: Bool?
            if rest.count > 1 {
                switch rest[1].lowercased() {
                case "asc", "up": descending = false
                case "desc", "down": descending = true
                default: return .failure(":sort direction is asc or desc, not '\(rest[1])'")
                }
            }
            return .success(.sort(column: column, descending: descending))
        case "theme", "colors", "colours":
            guard rest.count == 1 else { return .failure(":theme needs one theme name") }
            return .success(.theme(rest[0]))
        case "next", "n":
            return .success(.next(department: rest.first?.uppercased()))
        case "search", "find":
            guard !argument.isEmpty else { return .failure(":search needs some text") }
            return .success(.search(argument))
        case "dash", "dashboard":
            guard rest.isEmpty else { return .failure(":dash takes nothing") }
            return .success(.dashboard)
        case "intake", "new":
            guard rest.count <= 1 else { return .failure(":intake takes one case type code, e.g. :intake disability_claim") }
            return .success(.intake(type: rest.first?.lowercased()))
        case "drafts":
            guard rest.isEmpty else { return .failure(":drafts takes nothing") }
            return .success(.drafts)
        case "help", "h", "?":
            return .success(.help)
        case "quit", "q", "q!", "exit":
            return .success(.quit)
        default:
            return .failure("unknown command :\(first); commands: \(names.joined(separator: ", ")) (:help lists them)")
        }
    }

    /// What Tab may complete to, given what is typed.
    struct Vocabulary: Sendable {
        var departments: [String]
        var states: [String]
        var types: [String]
        var themes: [String]
        var logins: [String]
    }

    static func completions(for text: String, vocabulary: Vocabulary) -> [String] {
        let endsWithSpace = text.hasSuffix(" ")
        var words = text.split(separator: " ").map(String.init)
        if words.isEmpty { return names }
        let partial = endsWithSpace ? "" : words.removeLast()
        if words.isEmpty {
            return names.filter { $0.hasPrefix(partial.lowercased()) }
        }
        let command = words[0].lowercased()
        let head = words.joined(separator: " ") + " "
        var candidates: [String]
        switch command {
        case "queue", "next":
            candidates = vocabulary.departments + (command == "queue" ? ["all"] : [])
        case "tab":
            candidates = QueueTab.allCases.map(\.commandName)
        case "intake":
            candidates = vocabulary.types
        case "sort":
            candidates = words.count == 1 ? QueueColumn.sortNames : ["asc", "desc"]
        case "theme":
            candidates = vocabulary.themes
        case "filter":
            if let equals = partial.firstIndex(of: "=") {
                let key = String(partial[..<equals]).lowercased()
                let values: [String]
                switch key {
                case "dept", "department": values = vocabulary.departments
                case "state": values = vocabulary.states
                case "type": values = vocabulary.types
                case "assignee": values = ["none"] + vocabulary.logins
                default: values = []
                }
                candidates = values.map { "\(key)=\($0)" }
            } else {
                candidates = QueueFilter.keys
            }
        default:
            candidates = []
        }
        return candidates.filter { $0.lowercased().hasPrefix(partial.lowercased()) }.map { head + $0 }
    }
}
