import DocketEngine

/// What the engine said about an action before it is asked for: whether it is allowed,
/// and what the questions need (staff to assign to, open tasks to complete).
struct ActionFacts: Sendable {
    var available: AvailableAction?
    var staff: [StaffMember] = []
    var openTasks: [TaskRecord] = []
}

/// The questions each action asks, built from the agency and the facts.
enum ActionPlan {
    static func steps(for command: CaseCommand, target: CaseSummary, facts: ActionFacts,
                      agency: Agency, actor: StaffMember) -> Result<[ActionStep], ConsoleFailure> {
        let ref = target.ref
        switch command {
        case .claim, .nextCase, .release, .resume:
            return .success([])
        case .route, .refer:
            let others = agency.departments.filter { $0.code != target.department }
            let codeWidth = others.map { DisplayWidth.of($0.code) }.max() ?? 0
            let options = others.map {
                PickOption(value: $0.code, label: DisplayWidth.pad($0.code, to: codeWidth) + "  " + UntrustedText.sanitize($0.name))
            }
            guard !options.isEmpty else { return .failure("there is no other department to \(command.verb) to") }
            let verb = command == .route ? "Route" : "Refer"
            var steps = [
                ActionStep("department", .pick(title: "\(verb) \(ref) to", options: options)),
                ActionStep("reason", .text(prompt: command == .route ? "Why route it" : "What should they do", required: true)),
            ]
            // Routing out of one's own department hands the work away: ask first.
            if command == .route && actor.departments.contains(target.department) {
                steps.append(ActionStep("confirm", .confirm(
                    question: "Route \(ref) out of \(target.department) to {department}? It leaves \(target.department)'s queues.")))
            }
            return .success(steps)
        case .changeState:
            guard let lifecycle = agency.lifecycle(forType: target.type) else {
                return .failure("the agency no longer defines case type \(target.type)")
            }
            let targets = facts.available?.targets ?? []
            guard !targets.isEmpty else { return .failure("no state can follow \(target.state)") }
            let transitions = lifecycle.transitions(from: target.state)
            let options = targets.map { id in
                PickOption(value: id, label: lifecycle.state(id).map { label(of: $0) } ?? id)
            }
            let needsReason = Set(targets.filter { id in transitions.first { $0.to == id }?.needsReason ?? false })
            let closing = Set(targets.filter { id in isDestructive(id, lifecycle: lifecycle) })
            var steps = [ActionStep("state", .pick(title: "Move \(ref) from \(target.state) to", options: options))]
            if !needsReason.isEmpty {
                steps.append(ActionStep("reason", .text(prompt: "Reason (required)", required: true),
                                        onlyIf: StepCondition(step: "state", values: needsReason)))
            }
            let optional = Set(targets).subtracting(needsReason)
            if !optional.isEmpty {
                steps.append(ActionStep("reason", .text(prompt: "Reason (optional)", required: false),
                                        onlyIf: StepCondition(step: "state", values: optional)))
            }
            if !closing.isEmpty {
                steps.append(ActionStep("confirm", .confirm(question: "Move \(ref) to {state}? This closes the case."),
                                        onlyIf: StepCondition(step: "state", values: closing)))
            }
            return .success(steps)
        case .hold:
            let example = "e.g. \(DateInput.upcomingExample(order: agency.dateOrder)) or 2026-12-31"
            return .success([
                ActionStep("until", .date(prompt: "Hold until", example: example)),
                ActionStep("reason", .text(prompt: "Waiting for", required: true)),
            ])
        case .note:
            return .success([ActionStep("text", .text(prompt: "Note", required: true))])
        case .assign:
            let people = facts.staff.filter { WorkTakers.takes($0, in: target.department) }
            guard !people.isEmpty else { return .failure("nobody in \(target.department) can take cases") }
            let options = people.map { person in
                PickOption(value: person.login,
                           label: "\(person.login)  \(UntrustedText.sanitize(person.name)) (\(person.role.rawValue))")
            }
            return .success([ActionStep("login", .pick(title: "Assign \(ref) to", options: options))])
        case .decide:
            // Only the reasons the agency lets explain the chosen outcome are offered: one
            // reason step per outcome, asked when that outcome was picked.
            let outcomes = agency.outcomes.filter { !agency.reasonCodes(for: $0.code).isEmpty }
            guard !outcomes.isEmpty else {
                return .failure("the agency defines no outcomes with reason codes")
            }
            var steps = [
                ActionStep("outcome", .pick(title: "Decide \(ref): outcome", options: outcomes.map {
                    PickOption(value: $0.code, label: "\($0.code)  \(UntrustedText.sanitize($0.name))")
                })),
            ]
            for outcome in outcomes {
                let reasons = agency.reasonCodes(for: outcome.code).map {
                    PickOption(value: $0.code, label: "\($0.code)  \(UntrustedText.sanitize($0.name))")
                }
                let when = StepCondition(step: "outcome", values: [outcome.code])
                steps.append(ActionStep("reason_code", .pick(title: "Reason for \(outcome.code)", options: reasons), onlyIf: when))
                // A decision may give more than one reason: a second, or none (the first row).
                if reasons.count > 1 {
                    steps.append(ActionStep("reason_code_2", .pick(title: "Another reason for \(outcome.code)",
                                                                   options: [PickOption(value: "", label: "(no other reason)")] + reasons),
                                            onlyIf: when))
                }
            }
            steps += [
                ActionStep("rationale", .text(prompt: "Rationale (kept on the case)", required: true)),
                ActionStep("confirm", .confirm(
                    question: "Decide \(ref) as {outcome}, reason {reason_code}? The decision closes the case; its notice gives the reason and the appeal rights.")),
            ]
            return .success(steps)
        case .complete:
            let mine = facts.openTasks.filter { actor.worksIn($0.department) }
            let ordered = mine.filter(\.isReferral) + mine.filter { !$0.isReferral }
            guard !ordered.isEmpty else { return .failure("none of the open tasks on \(ref) is in your departments") }
            let options = ordered.map { task in
                PickOption(value: String(task.id),
                           label: "#\(task.id) \(task.isReferral ? "referral to" : "main task in") \(task.department)"
                               + (task.reason.map { ": " + UntrustedText.sanitize($0) } ?? ""))
            }
            var steps: [ActionStep] = []
            // One task to complete needs no choosing.
            steps.append(ActionStep("task", .pick(title: "Complete which task on \(ref)", options: options),
                                    answersSingleChoice: true))
            steps.append(ActionStep("note", .text(prompt: "Findings or note (optional)", required: false)))
            return .success(steps)
        }
    }

    /// Moves that close the case, or withdraw it, ask first.
    static func isDestructive(_ state: String, lifecycle: Lifecycle) -> Bool {
        lifecycle.state(state)?.group == .closed || state.lowercased().contains("withdraw")
    }

    static func label(of state: LifecycleState) -> String {
        let name = UntrustedText.sanitize(state.label)
        return name.isEmpty || name == state.id ? state.id : "\(state.id)  \(name)"
    }
}
