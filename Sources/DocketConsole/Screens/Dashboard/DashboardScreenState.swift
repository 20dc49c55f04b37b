import DocketEngine

/// The dashboard as a screen of the console: the report last read, where the cursor is, and
/// a rebalance being asked for. It sits on top of the screens it was opened from (kept in
/// `beneath` and restored by q/Esc); a drill-down queue covers it until q/Esc comes back.
struct DashboardScreenState: Sendable {
    var report: BacklogReport?
    var selection = DashboardSelection()
    /// Tags the latest read of the report; an older answer is dropped.
    var generation = Generation()
    var isLoading = true
    var failure: String?
    /// Tick count of the last read, for the refresh every minute.
    var loadedAtTick = 0
    /// A drill-down queue (and any case opened from it) is in front.
    var isCovered = false
    /// The queue and case screens the dashboard was opened over.
    var beneath: (queue: QueueState, cases: [CaseScreenState])

    init(beneath: (queue: QueueState, cases: [CaseScreenState])) {
        self.beneath = beneath
    }

    /// Seconds between reads while the dashboard is in front.
    static let refreshTicks = 60

    var view: DashboardView? { report.map { DashboardView(report: $0, selection: selection) } }
}
