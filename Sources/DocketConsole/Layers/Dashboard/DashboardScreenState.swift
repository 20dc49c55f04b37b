import DocketEngine

/// The dashboard screen's state: the report last read, where the cursor is, and when it was
/// read (it is a layer over the screens it was opened from; a drill-down queue is pushed over it).
struct DashboardScreenState: Sendable {
    var report: BacklogReport?
    var selection = DashboardSelection()
    /// Tags the latest read of the report; an older answer is dropped.
    var generation = Generation()
    var isLoading = true
    var failure: String?
    /// Tick count of the last read, for the refresh every minute.
    var loadedAtTick = 0
    /// Seconds between reads while the dashboard is in front.
    static let refreshTicks = 60

    var view: DashboardView? { report.map { DashboardView(report: $0, selection: selection) } }
}
