import DocketEngine

/// Moving work from the dashboard — a department's oldest unassigned cases to its people
/// (rebalance), or one person's open tasks to colleagues (reassign) — as one flow: choose
/// what to move, see the engine's plan (nothing is written), then yes or no.
struct WorkMove<Plan: WorkMovePlan>: Sendable {
    enum Stage: Sendable {
        /// Choosing what to move: how many (typed) or whose (picked).
        case choosing(Plan.Choice)
        /// The engine is planning the moves (nothing is written).
        case previewing(Plan.Target)
        /// The plan is shown; yes runs it, no drops it.
        case confirming(Plan.Target, steps: [Plan.Step], scroll: Int)
        /// The engine is making the moves.
        case running(Plan.Target)
    }

    var department: String
    var plan: Plan
    var stage: Stage
    var generation = Generation()

    /// Keys go to the move rather than the dashboard's keymap.
    var takesKeys: Bool {
        switch stage {
        case .choosing, .confirming: return true
        case .previewing, .running: return false
        }
    }

    var isWaiting: Bool { !takesKeys }

    /// The preview, or the choice being made, as an overlay.
    func overlay(keymaps: ConsoleKeymaps) -> Overlay? {
        switch stage {
        case .choosing(let choice):
            return plan.choosingOverlay(choice, department: department, keymaps: keymaps)
        case .confirming(let target, let steps, let scroll):
            return Overlay(title: plan.previewTitle(target, department: department),
                           lines: plan.previewLines(steps, target: target, department: department),
                           footer: PromptKeymaps.confirmFooter(keymaps.confirm, scrolls: true), scrollOffset: scroll)
        case .previewing, .running:
            return nil
        }
    }
}

/// What differs between the dashboard's two moves: what is chosen, how the engine is asked,
/// and the words.
protocol WorkMovePlan: Sendable {
    associatedtype Choice: Sendable
    associatedtype Target: Sendable
    associatedtype Step: Sendable & Equatable

    /// Asks the engine for the plan (`preview`) or to carry it out; the answer as a message.
    static func ask(_ target: Target, department: String, preview: Bool, generation: Generation,
                    session: ConsoleSession) -> ConsoleMessage
    func choosingOverlay(_ choice: Choice, department: String, keymaps: ConsoleKeymaps) -> Overlay?
    func previewTitle(_ target: Target, department: String) -> String
    func previewLines(_ steps: [Step], target: Target, department: String) -> [String]
    /// Said when the plan is empty.
    func nothingToMove(_ target: Target, department: String) -> String
    /// Said when the moves are made.
    func done(_ steps: [Step], target: Target, department: String) -> String
    /// Said when the person says no: before the preview, and at it.
    var cancelled: String { get }
    var cancelledAtPreview: String { get }
    /// The status line's note while the engine works.
    func working(department: String) -> String
}

/// How many of a department's oldest unassigned cases go to its caseworkers by load.
struct RebalancePlan: WorkMovePlan {
    /// The department's unassigned count when asked, shown in the prompt.
    var unassigned: Int

    static func ask(_ count: Int, department: String, preview: Bool, generation: Generation,
                    session: ConsoleSession) -> ConsoleMessage {
        .rebalanceAnswered(generation, preview: preview, attempt {
            try session.engine.rebalance(department: department, oldestUnassigned: count, preview: preview, as: session.actor)
        })
    }

    /// The count is typed on the prompt line, not in an overlay.
    func choosingOverlay(_ choice: TextInput, department: String, keymaps: ConsoleKeymaps) -> Overlay? { nil }

    func prompt(department: String) -> String {
        "Rebalance \(department): how many of the oldest unassigned (\(BarChart.formatted(unassigned))) to assign? "
    }

    func previewTitle(_ count: Int, department: String) -> String { "Rebalance \(department) — preview" }

    func previewLines(_ steps: [Engine.RebalanceStep], target count: Int, department: String) -> [String] {
        let refWidth = steps.map { DisplayWidth.of($0.ref) }.max() ?? 0
        var lines = steps.map { step in
            "\(DisplayWidth.pad(step.ref, to: refWidth))  \(DisplayWidth.pad(DashboardFormat.days(step.ageDays), to: 6, alignment: .right))  → \(step.to) (had \(step.loadBefore))"
        }
        if steps.count < count {
            lines.append("Only \(steps.count) unassigned case\(steps.count == 1 ? "" : "s") in \(department).")
        }
        return lines + ["", "Assign \(steps.count) case\(steps.count == 1 ? "" : "s") as shown?"]
    }

    func nothingToMove(_ count: Int, department: String) -> String { "\(department) has no unassigned cases; nothing to assign" }

    func done(_ steps: [Engine.RebalanceStep], target count: Int, department: String) -> String {
        var perPerson: [String: Int] = [:]
        for step in steps { perPerson[step.to, default: 0] += 1 }
        let who = perPerson.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        return "Assigned \(steps.count) case\(steps.count == 1 ? "" : "s") of \(department): \(who)"
    }

    var cancelled: String { "Rebalance cancelled" }
    var cancelledAtPreview: String { "Rebalance cancelled; nothing was assigned" }
    func working(department: String) -> String { "rebalancing \(department)…" }
}

/// One person's open tasks spread over their colleagues; the person is picked from the
/// department's workload.
struct ReassignPlan: WorkMovePlan {
    /// The department's workload: login and active tasks, busiest first.
    var people: [(login: String, active: Int)]

    static func ask(_ login: String, department: String, preview: Bool, generation: Generation,
                    session: ConsoleSession) -> ConsoleMessage {
        .reassignAnswered(generation, preview: preview, attempt {
            try session.engine.reassign(from: login, preview: preview, as: session.actor)
        })
    }

    func choosingOverlay(_ index: Int, department: String, keymaps: ConsoleKeymaps) -> Overlay? {
        let width = people.map { DisplayWidth.of(UntrustedText.sanitize($0.login)) }.max() ?? 0
        let lines = people.enumerated().map { i, p in
            "\(i == index ? ">" : " ") \(DisplayWidth.pad(UntrustedText.sanitize(p.login), to: width))  \(BarChart.formatted(p.active)) active"
        }
        return Overlay(title: "Reassign whose work in \(department)?", lines: lines,
                       footer: PromptKeymaps.pickerFooter(keymaps.picker, pick: "preview"), scrollOffset: max(0, index - 10))
    }

    func previewTitle(_ login: String, department: String) -> String { "Reassign \(UntrustedText.sanitize(login)) — preview" }

    func previewLines(_ steps: [Engine.ReassignmentStep], target login: String, department: String) -> [String] {
        let refWidth = steps.map { DisplayWidth.of($0.ref) }.max() ?? 0
        let lines = steps.map { step in
            "\(DisplayWidth.pad(step.ref, to: refWidth))  \(step.department)\(step.isReferral ? " referral" : "")  → \(step.to.map { UntrustedText.sanitize($0) } ?? "back to the queue")"
        }
        return lines + ["", "Move \(steps.count) task\(steps.count == 1 ? "" : "s") of \(UntrustedText.sanitize(login)) as shown?"]
    }

    func nothingToMove(_ login: String, department: String) -> String { "\(UntrustedText.sanitize(login)) has no open tasks; nothing to move" }

    func done(_ steps: [Engine.ReassignmentStep], target login: String, department: String) -> String {
        var perPerson: [String: Int] = [:]
        for step in steps { perPerson[step.to ?? "queue", default: 0] += 1 }
        let who = perPerson.sorted { $0.key < $1.key }.map { "\(UntrustedText.sanitize($0.key)) \($0.value)" }.joined(separator: ", ")
        return "Moved \(steps.count) task\(steps.count == 1 ? "" : "s") of \(UntrustedText.sanitize(login)): \(who)"
    }

    var cancelled: String { "Reassign cancelled" }
    var cancelledAtPreview: String { "Reassign cancelled; nothing was moved" }
    func working(department: String) -> String { "reassigning in \(department)…" }
}

typealias DashboardRebalance = WorkMove<RebalancePlan>
typealias DashboardReassign = WorkMove<ReassignPlan>

extension WorkMove where Plan == ReassignPlan {
    var people: [(login: String, active: Int)] { plan.people }
}
