import DocketEngine

/// Moving one person's open tasks to colleagues from the dashboard: pick a login from the
/// selected department's workload, see the engine's preview (case → new assignee), then yes or no.
struct DashboardReassign: Sendable {
    enum Stage: Sendable {
        /// Choosing whose work to move; `index` into `logins`.
        case picking(index: Int)
        /// The engine is planning the moves (nothing is written).
        case previewing(login: String)
        /// The plan is shown; y runs it, n or Esc drops it.
        case confirming(login: String, steps: [Engine.ReassignmentStep], scroll: Int)
        /// The engine is making the moves.
        case running(login: String)
    }

    var department: String
    /// The department's workload: login and active tasks, busiest first.
    var people: [(login: String, active: Int)]
    var stage: Stage
    var generation: Generation

    var takesKeys: Bool {
        switch stage {
        case .picking, .confirming: return true
        case .previewing, .running: return false
        }
    }

    var isWaiting: Bool { !takesKeys }

    func overlay(keymaps: ConsoleKeymaps) -> Overlay? {
        switch stage {
        case .picking(let index):
            let width = people.map { DisplayWidth.of(UntrustedText.sanitize($0.login)) }.max() ?? 0
            let lines = people.enumerated().map { i, p in
                "\(i == index ? ">" : " ") \(DisplayWidth.pad(UntrustedText.sanitize(p.login), to: width))  \(BarChart.formatted(p.active)) active"
            }
            return Overlay(title: "Reassign whose work in \(department)?", lines: lines,
                           footer: PromptKeymaps.pickerFooter(keymaps.picker, pick: "preview"), scrollOffset: max(0, index - 10))
        case .confirming(let login, let steps, let scroll):
            let refWidth = steps.map { DisplayWidth.of($0.ref) }.max() ?? 0
            var lines = steps.map { step in
                "\(DisplayWidth.pad(step.ref, to: refWidth))  \(step.department)\(step.isReferral ? " referral" : "")  → \(step.to.map { UntrustedText.sanitize($0) } ?? "back to the queue")"
            }
            lines += ["", "Move \(steps.count) task\(steps.count == 1 ? "" : "s") of \(UntrustedText.sanitize(login)) as shown?"]
            return Overlay(title: "Reassign \(UntrustedText.sanitize(login)) — preview", lines: lines,
                           footer: PromptKeymaps.confirmFooter(keymaps.confirm, scrolls: true), scrollOffset: scroll)
        case .previewing, .running:
            return nil
        }
    }
}
