import DocketEngine

/// The dashboard's part of `update`: opening it over any screen, reading the report off the
/// input path, moving over figures, drilling into the queue a figure counts and coming back,
/// and rebalancing a department's oldest unassigned work.
extension ConsoleProgram {
    // MARK: opening and leaving

    /// `d` or `:dash`: the dashboard over the screen in front; back to it from a drill-down.
    func openDashboard(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        if state.dashboard != nil {
            guard !state.isOnDashboard else { return [] }
            return returnToDashboard(&state)
        }
        state.dashboard = DashboardScreenState(beneath: (queue: state.queue, cases: state.cases))
        state.cases = []
        return loadDashboard(&state)
    }

    /// Back from a drill-down (or a case opened from it), the selection as it was.
    func returnToDashboard(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard state.dashboard != nil else { return [] }
        state.cases = []
        state.dashboard?.isCovered = false
        return loadDashboard(&state)
    }

    /// Takes the dashboard away and puts back the screens it was opened over, without
    /// reloading them (for commands that go on to load a queue or a case themselves).
    func dropDashboard(_ state: inout ConsoleState) {
        guard let dashboard = state.dashboard else { return }
        state.dashboard = nil
        state.queue = dashboard.beneath.queue
        state.cases = dashboard.beneath.cases
    }

    /// q or Esc on the dashboard: back to where it was opened, looked up again.
    func leaveDashboard(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        dropDashboard(&state)
        return state.cases.isEmpty ? refreshQueue(&state, counts: true) : reloadCase(&state)
    }

    // MARK: the report

    /// Reads the report in the background; an answer to an older read is dropped.
    func loadDashboard(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard var dashboard = state.dashboard else { return [] }
        let generation = dashboard.generation.advance()
        dashboard.isLoading = true
        dashboard.loadedAtTick = state.ticks
        state.dashboard = dashboard
        let session = self.session
        return [.run(latestIn: "dashboard.load") {
            .dashboardLoaded(generation, attempt { try session.engine.backlogReport(as: session.actor) })
        }]
    }

    func dashboardLoaded(_ generation: Generation, _ result: Result<BacklogReport, ConsoleFailure>,
                         _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard var dashboard = state.dashboard, dashboard.generation.isCurrent(generation) else { return [] }
        dashboard.isLoading = false
        switch result {
        case .success(let report):
            if dashboard.report == nil {
                dashboard.selection = .initial(for: report, departments: state.actor.departments)
            } else {
                // A refresh keeps the cursor where it was (departments rarely change).
                dashboard.selection.moveRow(by: 0, in: report)
            }
            dashboard.report = report
            dashboard.failure = nil
            state.dashboard = dashboard
        case .failure(let failure):
            if dashboard.report == nil {
                // Refused (not a supervisor, admin or auditor) or unreadable: the screen it
                // was opened over comes back, with the engine's word in the status line.
                let effects = leaveDashboard(&state)
                say(failure.message, .warning, &state)
                return effects
            }
            dashboard.failure = failure.message
            state.dashboard = dashboard
            say(failure.message, .error, &state)
        }
        return []
    }

    /// Every minute while the dashboard is in front and nothing is being asked.
    func dashboardTick(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard let dashboard = state.dashboard, !dashboard.isLoading,
              state.ticks - dashboard.loadedAtTick >= DashboardScreenState.refreshTicks else { return [] }
        return loadDashboard(&state)
    }

    // MARK: keys

    func dashboardAction(_ action: DashboardAction, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        switch action {
        case .back:
            return leaveDashboard(&state)
        case .refresh:
            return loadDashboard(&state)
        case .open:
            return drillDown(&state)
        case .rebalance:
            return startRebalance(&state)
        case .reassign:
            return startReassign(&state)
        case .nextRow, .previousRow, .nextFigure, .previousFigure, .ageBucket1, .ageBucket2, .ageBucket3, .ageBucket4, .ageBucket5:
            break
        }
        guard var dashboard = state.dashboard, let report = dashboard.report else { return [] }
        switch action {
        case .nextRow: dashboard.selection.moveRow(by: 1, in: report)
        case .previousRow: dashboard.selection.moveRow(by: -1, in: report)
        case .nextFigure: dashboard.selection.moveFigure(by: 1)
        case .previousFigure: dashboard.selection.moveFigure(by: -1)
        default:
            guard let bucket = action.ageBucket else { return [] }
            dashboard.selection.selectAgeBucket(bucket, in: report)
        }
        state.dashboard = dashboard
        return []
    }

    /// Enter: the queue of exactly the cases the selected figure counts, under its title.
    func drillDown(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard let view = state.dashboard?.view else { return [] }
        let drill = view.drillDown
        guard let query = drill.query else {
            say(drill.hint, .warning, &state)
            return []
        }
        let tab: QueueTab
        switch drill.figure {
        case .unassigned: tab = .unassigned
        case .onHold: tab = .onHold
        case .overdue: tab = .overdue
        case .referrals: tab = .referrals
        case .open, .dueSoon: tab = .department
        }
        let order = QueueSpec.defaultOrder(for: tab)
        let spec = QueueSpec(tab: tab, scope: drill.department.map { .department($0) } ?? .allDepartments,
                             filter: QueueFilter(), sort: order.sort, descending: order.descending,
                             drill: QueueDrill(query: query, title: drill.title, count: drill.count))
        state.queue = QueueState(spec: spec)
        state.cases = []
        state.dashboard?.isCovered = true
        // The counts follow the first page (as when the console opens).
        return reloadQueue(&state, counts: false)
    }
}
