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
    var rebalance: DashboardRebalance?
    var reassign: DashboardReassign?

    init(beneath: (queue: QueueState, cases: [CaseScreenState])) {
        self.beneath = beneath
    }

    /// Seconds between reads while the dashboard is in front.
    static let refreshTicks = 60

    var view: DashboardView? { report.map { DashboardView(report: $0, selection: selection) } }
}

/// Rebalancing the selected department's oldest unassigned cases: how many, the engine's
/// preview of who gets each, then yes or no.
struct DashboardRebalance: Sendable {
    enum Stage: Sendable {
        /// Typing how many cases to move.
        case asking(TextInput)
        /// The engine is planning the moves (nothing is written).
        case previewing(count: Int)
        /// The plan is shown; y runs it, n or Esc drops it.
        case confirming(count: Int, steps: [Engine.RebalanceStep], scroll: Int)
        /// The engine is making the moves.
        case running(count: Int)
    }

    var department: String
    /// The department's unassigned count when asked, offered as the default.
    var unassigned: Int
    var stage: Stage
    var generation: Generation

    /// Keys go to the rebalance rather than the dashboard's keymap.
    var takesKeys: Bool {
        switch stage {
        case .asking, .confirming: return true
        case .previewing, .running: return false
        }
    }

    var isWaiting: Bool { !takesKeys }

    var prompt: String { "Rebalance \(department): how many of the oldest unassigned (\(BarChart.formatted(unassigned))) to assign? " }

    /// The preview as an overlay: one line per case and who would get it.
    func overlay(keymaps: ConsoleKeymaps) -> Overlay? {
        guard case .confirming(let count, let steps, let scroll) = stage else { return nil }
        let refWidth = steps.map { DisplayWidth.of($0.ref) }.max() ?? 0
        var lines = steps.map { step in
            "\(DisplayWidth.pad(step.ref, to: refWidth))  \(DisplayWidth.pad(DashboardFormat.days(step.ageDays), to: 6, alignment: .right))  → \(step.to) (had \(step.loadBefore))"
        }
        if steps.count < count {
            lines.append("Only \(steps.count) unassigned case\(steps.count == 1 ? "" : "s") in \(department).")
        }
        lines += ["", "Assign \(steps.count) case\(steps.count == 1 ? "" : "s") as shown?"]
        return Overlay(title: "Rebalance \(department) — preview", lines: lines, footer: PromptKeymaps.confirmFooter(keymaps.confirm, scrolls: true),
                       scrollOffset: scroll)
    }
}
