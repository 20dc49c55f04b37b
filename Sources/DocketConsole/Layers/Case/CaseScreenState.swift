import DocketEngine

/// One open case screen: what was loaded, which pane has focus, how far each pane is
/// scrolled.
struct CaseScreenState: Sendable {
    var ref: String
    var model: CaseDetailModel?
    /// What this person may do to the case now (from the same load).
    var actions: [AvailableAction] = []
    /// Tags the load in flight, so an answer for a screen since left or reloaded is dropped.
    var generation = Generation()
    var isLoading = true
    var failure: String?
    var focus: CasePane = .constituent
    var scroll: [CasePane: Int] = [:]
    /// Identifiers shown whole after a reveal, until the person leaves this screen.
    var revealed = false

    init(ref: String) {
        self.ref = ref
    }

    var summary: CaseSummary? { model?.summary }

    func offset(_ pane: CasePane) -> Int { scroll[pane] ?? 0 }
}

/// What a case load brings back.
struct CaseLoad: Sendable {
    var model: CaseDetailModel
    var actions: [AvailableAction]
}
