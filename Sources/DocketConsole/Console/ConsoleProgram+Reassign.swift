import DocketEngine

/// The dashboard's `p`: pick a person of the selected department's workload, preview moving
/// their open tasks to colleagues (`Engine.reassign(from:preview:as:)`), confirm, and read the
/// figures again.
extension ConsoleProgram {
    func startReassign(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard let view = state.dashboard?.view, let department = view.selection.department(in: view.report) else { return [] }
        let people = department.figures.workload.map { (login: $0.login, active: $0.activeTasks) }
        guard !people.isEmpty else {
            say("Nobody works in \(department.code)", .warning, &state)
            return []
        }
        state.dashboard?.reassign = DashboardReassign(department: department.code, people: people,
                                                      stage: .picking(index: 0), generation: Generation())
        return []
    }

    /// Keys while the person is picked or the preview is shown.
    func reassignKey(_ key: Key, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard var reassign = state.dashboard?.reassign else { return [] }
        switch reassign.stage {
        case .picking(let index):
            guard case .picker(let action)? = state.keymaps.picker.action(for: key) else { return [] }
            let last = reassign.people.count - 1
            switch action {
            case .down: reassign.stage = .picking(index: min(index + 1, last))
            case .up: reassign.stage = .picking(index: max(0, index - 1))
            case .pageDown: reassign.stage = .picking(index: min(index + 10, last))
            case .pageUp: reassign.stage = .picking(index: max(0, index - 10))
            case .top: reassign.stage = .picking(index: 0)
            case .bottom: reassign.stage = .picking(index: last)
            case .filter: return []
            case .pick:
                let login = reassign.people[index].login
                reassign.stage = .previewing(login: login)
                return askReassign(reassign, login: login, preview: true, &state)
            case .cancel:
                state.dashboard?.reassign = nil
                say("Reassign cancelled", .muted, &state)
                return []
            }
        case .confirming(let login, let steps, let scroll):
            guard case .confirm(let answer)? = state.keymaps.confirm.action(for: key) else { return [] }
            switch answer {
            case .yes:
                reassign.stage = .running(login: login)
                return askReassign(reassign, login: login, preview: false, &state)
            case .no:
                state.dashboard?.reassign = nil
                say("Reassign cancelled; nothing was moved", .muted, &state)
                return []
            case .scrollDown:
                reassign.stage = .confirming(login: login, steps: steps, scroll: min(scroll + 1, max(0, steps.count - 1)))
            case .scrollUp:
                reassign.stage = .confirming(login: login, steps: steps, scroll: max(0, scroll - 1))
            }
        case .previewing, .running:
            return []
        }
        state.dashboard?.reassign = reassign
        return []
    }

    private func askReassign(_ reassign: DashboardReassign, login: String, preview: Bool,
                             _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        var reassign = reassign
        let generation = reassign.generation.advance()
        state.dashboard?.reassign = reassign
        let session = self.session
        return [.run(latestIn: "dashboard.reassign") {
            .reassignAnswered(generation, preview: preview, attempt {
                try session.engine.reassign(from: login, preview: preview, as: session.actor)
            })
        }]
    }

    func reassignAnswered(_ generation: Generation, preview: Bool, _ result: Result<[Engine.ReassignmentStep], ConsoleFailure>,
                          _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard var reassign = state.dashboard?.reassign, reassign.generation.isCurrent(generation) else { return [] }
        var effects: [Effect<ConsoleMessage>] = []
        switch result {
        case .failure(let failure):
            state.dashboard?.reassign = nil
            say(failure.message, .error, &state)
        case .success(let steps) where preview:
            if case .previewing(let login) = reassign.stage {
                if steps.isEmpty {
                    state.dashboard?.reassign = nil
                    say("\(UntrustedText.sanitize(login)) has no open tasks; nothing to move", .warning, &state)
                } else {
                    reassign.stage = .confirming(login: login, steps: steps, scroll: 0)
                    state.dashboard?.reassign = reassign
                }
            }
        case .success(let steps):
            state.dashboard?.reassign = nil
            var perPerson: [String: Int] = [:]
            for step in steps { perPerson[step.to ?? "queue", default: 0] += 1 }
            let who = perPerson.sorted { $0.key < $1.key }.map { "\(UntrustedText.sanitize($0.key)) \($0.value)" }.joined(separator: ", ")
            let from: String
            if case .running(let login) = reassign.stage { from = " of " + UntrustedText.sanitize(login) } else { from = "" }
            say("Moved \(steps.count) task\(steps.count == 1 ? "" : "s")\(from): \(who)", .success, &state)
            effects = loadDashboard(&state)
        }
        let typed = state.typeAhead
        state.typeAhead = []
        return effects + replay(typed, &state)
    }
}
