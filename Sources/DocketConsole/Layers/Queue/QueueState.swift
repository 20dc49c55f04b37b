import DocketEngine

/// The queue screen: which queue, the window of rows around the cursor, the tab counts.
struct QueueState: Sendable {
    var spec: QueueSpec
    var window = QueueWindow()
    /// Tags the queue's current question; pages and reloads for an older one are dropped.
    var generation = Generation()
    var countsGeneration = Generation()
    /// Capped counts per tab (nil: not counted yet).
    var counts: [QueueTab: Int] = [:]
    var hasLoaded = false
    var isLoading = true
    var fetchingNext = false
    var fetchingPrevious = false
    /// Rows a move still has to go once the page it ran into arrives (keys pressed at the
    /// window's edge are not lost).
    var pendingMove = 0
    var failure: String?
    /// The sort each tab had last, so switching tabs and back keeps it.
    var sorts: [QueueTab: QueueSort] = [:]
    /// Available actions for the selected row, fetched as the cursor settles on it.
    var rowActions: RowActions?

    init(spec: QueueSpec) {
        self.spec = spec
    }

    /// Tab titles count no further than this ("10k+").
    static let countCap = 10_000

    static func countLabel(_ count: Int?) -> String? {
        guard let count else { return nil }
        if count >= countCap { return "\(countCap / 1000)k+" }
        return BarChart.formatted(count)
    }
}

/// A tab's order.
struct QueueSort: Equatable, Sendable {
    var sort: CaseSort
    var descending: Bool
}

/// What the engine allows on one row, at one version.
struct RowActions: Sendable {
    var ref: String
    var version: Int64
    var actions: [AvailableAction]
}

/// A fresh window of rows for the queue (a first page, a last page, a refresh).
struct QueueReplacement: Sendable {
    var generation: Generation
    var spec: QueueSpec
    var rows: [QueueRow]
    var selecting: Int
    var screenRow: Int
    var reachedStart: Bool
    var reachedEnd: Bool
    var startPosition: Int?
}

/// A page next to the window's edge.
struct QueuePage: Sendable {
    enum Side: Sendable { case after, before }
    var generation: Generation
    var side: Side
    /// The edge row the page was asked against; dropped if the window moved on.
    var anchor: String
    var rows: [QueueRow]
}
