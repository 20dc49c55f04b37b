import DocketEngine

/// Moving work from the dashboard — a department's oldest unassigned cases to its people
/// (rebalance), or one person's open tasks to colleagues (reassign) — as one layer: choose
/// what to move, see the engine's plan (nothing is written), then yes or no. The engine's
/// answers come back to the layer by its id; keys typed while it works wait with it.
struct WorkMove<Plan: WorkMovePlan>: ConsoleLayer {
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

    /// The engine's plan (preview) or the moves made.
    struct Answer: Sendable {
        var preview: Bool
        var result: Result<[Plan.Step], ConsoleFailure>
    }

    var department: String
    var plan: Plan
    var stage: Stage
    /// Keys typed while the engine works, played after it answers.
    var typeAhead: [Key] = []

    var isWaiting: Bool {
        switch stage {
        case .choosing, .confirming: return false
        case .previewing, .running: return true
        }
    }

    mutating func update(_ message: LayerMessage, id: LayerID, context: LayerContext) -> LayerUpdate {
        switch message {
        case .answer(let answer as Answer):
            return answered(answer)
        case .answer:
            return .stays
        case .key(let key) where isWaiting:
            typeAhead.append(key)
            return .stays
        case .key(let key):
            return keyed(key, id: id, context: context)
        case .action, .tick, .resized, .stopping:
            return .stays
        }
    }

    /// While the engine works, the status line says on what.
    func status(_ line: inout StatusLine, context: LayerContext) {
        if isWaiting { line.right = plan.working(department: department) }
    }

    private mutating func keyed(_ key: Key, id: LayerID, context: LayerContext) -> LayerUpdate {
        switch stage {
        case .choosing(var choice):
            let outcome = plan.choose(&choice, key: key, keymaps: context.keymaps)
            stage = .choosing(choice)
            switch outcome {
            case .stays: return .stays
            case .says(let text, let role): return LayerUpdate(requests: [.say(text, role)])
            case .cancelled: return LayerUpdate(requests: [.say(plan.cancelled, .muted)], pops: true)
            case .chosen(let target):
                stage = .previewing(target)
                return ask(target, preview: true, id: id, session: context.session)
            }
        case .confirming(let target, let steps, let scroll):
            guard case .confirm(let answer)? = context.keymaps.confirm.action(for: key) else { return .stays }
            switch answer {
            case .yes:
                stage = .running(target)
                return ask(target, preview: false, id: id, session: context.session)
            case .no:
                return LayerUpdate(requests: [.say(plan.cancelledAtPreview, .muted)], pops: true)
            case .scrollDown:
                stage = .confirming(target, steps: steps, scroll: min(scroll + 1, max(0, steps.count - 1)))
            case .scrollUp:
                stage = .confirming(target, steps: steps, scroll: max(0, scroll - 1))
            }
            return .stays
        case .previewing, .running:
            return .stays
        }
    }

    /// Asks the engine for the plan (preview) or to carry it out.
    private func ask(_ target: Plan.Target, preview: Bool, id: LayerID, session: ConsoleSession) -> LayerUpdate {
        let department = self.department
        return LayerUpdate(effects: [.run(latestIn: "dashboard.move") {
            .layerAnswer(id, Answer(preview: preview, result: attempt {
                try Plan.ask(target, department: department, preview: preview, session: session)
            }))
        }])
    }

    /// The plan is shown for confirmation (or said to be empty); the moves made are summed
    /// up and the figures read again.
    private mutating func answered(_ answer: Answer) -> LayerUpdate {
        let typed = typeAhead
        typeAhead = []
        switch (answer.result, stage) {
        case (.failure(let failure), _):
            return LayerUpdate(requests: [.say(failure.message, .error), .replay(typed)], pops: true)
        case (.success(let steps), .previewing(let target)) where answer.preview:
            if steps.isEmpty {
                return LayerUpdate(requests: [.say(plan.nothingToMove(target, department: department), .warning), .replay(typed)], pops: true)
            }
            stage = .confirming(target, steps: steps, scroll: 0)
            return LayerUpdate(requests: [.replay(typed)])
        case (.success(let steps), .running(let target)) where !answer.preview:
            return LayerUpdate(requests: [.say(plan.done(steps, target: target, department: department), .success),
                                          .toBelow(.reload), .replay(typed)], pops: true)
        default:
            return LayerUpdate(requests: [.replay(typed)])
        }
    }

    func view(into frame: inout Frame, keymaps: ConsoleKeymaps) {
        switch stage {
        case .choosing(let choice):
            plan.drawChoosing(choice, department: department, keymaps: keymaps, into: &frame)
        case .confirming(let target, let steps, let scroll):
            Overlay(title: plan.previewTitle(target, department: department),
                    lines: plan.previewLines(steps, target: target, department: department),
                    footer: PromptKeymaps.confirmFooter(keymaps.confirm, scrolls: true), scrollOffset: scroll).render(into: &frame)
        case .previewing, .running:
            break
        }
    }
}

/// What a key did while the move is being chosen.
enum WorkMoveChoice<Target: Sendable> {
    case stays
    case says(String, StyleRole)
    case cancelled
    case chosen(Target)
}

/// What differs between the dashboard's two moves: what is chosen, how the engine is asked,
/// and the words.
protocol WorkMovePlan: Sendable {
    associatedtype Choice: Sendable
    associatedtype Target: Sendable
    associatedtype Step: Sendable & Equatable

    /// Asks the engine for the plan (`preview`) or to carry it out.
    static func ask(_ target: Target, department: String, preview: Bool, session: ConsoleSession) throws -> [Step]
    /// A key while the move is being chosen.
    func choose(_ choice: inout Choice, key: Key, keymaps: ConsoleKeymaps) -> WorkMoveChoice<Target>
    func drawChoosing(_ choice: Choice, department: String, keymaps: ConsoleKeymaps, into frame: inout Frame)
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
    /// Who the spread passes over, and why, for the preview.
    var skipped: [String] = []

    static func ask(_ count: Int, department: String, preview: Bool, session: ConsoleSession) throws -> [Engine.RebalanceStep] {
        try session.engine.rebalance(department: department, oldestUnassigned: count, preview: preview, as: session.actor)
    }

    /// The count is typed as a number; Enter previews, Esc gives up.
    func choose(_ input: inout TextInput, key: Key, keymaps: ConsoleKeymaps) -> WorkMoveChoice<Int> {
        if case .character(let c) = key, !c.isASCII || !c.isNumber { return .says("Type how many cases, as a number", .muted) }
        switch input.handle(key, keys: keymaps.textInput) {
        case .submitted(let text):
            guard let count = Int(text.trimming([" "])), count >= 1 else {
                return .says("Type how many cases to assign: 1 or more (\(keymaps.textInput.spoken(.textInput(.cancel))) cancels)", .warning)
            }
            return .chosen(count)
        case .cancelled:
            return .cancelled
        default:
            return .stays
        }
    }

    /// The count is typed on the footer row.
    func drawChoosing(_ input: TextInput, department: String, keymaps: ConsoleKeymaps, into frame: inout Frame) {
        let y = frame.height - 1
        guard y >= 0 else { return }
        frame.fill(Rect(x: 0, y: y, width: frame.width, height: 1), role: .normal)
        let used = frame.put(DisplayWidth.truncate(prompt(department: department), to: max(0, frame.width - 8)), x: 0, y: y, role: .fieldLabel)
        input.render(into: &frame, x: used, y: y, width: frame.width - used, role: .fieldFocused)
    }

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
        if !skipped.isEmpty { lines.append("Skipped: " + skipped.joined(separator: ", ")) }
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
    /// Who the spread passes over, and why, for the preview.
    var skipped: [String] = []

    static func ask(_ login: String, department: String, preview: Bool, session: ConsoleSession) throws -> [Engine.ReassignmentStep] {
        try session.engine.reassign(from: login, preview: preview, as: session.actor)
    }

    /// The person is picked with the picker's keys.
    func choose(_ index: inout Int, key: Key, keymaps: ConsoleKeymaps) -> WorkMoveChoice<String> {
        guard case .picker(let action)? = keymaps.picker.action(for: key) else { return .stays }
        let last = people.count - 1
        switch action {
        case .down: index = min(index + 1, last)
        case .up: index = max(0, index - 1)
        case .pageDown: index = min(index + 10, last)
        case .pageUp: index = max(0, index - 10)
        case .top: index = 0
        case .bottom: index = last
        case .filter: break
        case .pick: return .chosen(people[index].login)
        case .cancel: return .cancelled
        }
        return .stays
    }

    func drawChoosing(_ index: Int, department: String, keymaps: ConsoleKeymaps, into frame: inout Frame) {
        choosingOverlay(index, department: department, keymaps: keymaps).render(into: &frame)
    }

    func choosingOverlay(_ index: Int, department: String, keymaps: ConsoleKeymaps) -> Overlay {
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
        var lines = steps.map { step in
            "\(DisplayWidth.pad(step.ref, to: refWidth))  \(step.department)\(step.isReferral ? " referral" : "")  → \(step.to.map { UntrustedText.sanitize($0) } ?? "back to the queue")"
        }
        if !skipped.isEmpty { lines.append("Skipped: " + skipped.joined(separator: ", ")) }
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
