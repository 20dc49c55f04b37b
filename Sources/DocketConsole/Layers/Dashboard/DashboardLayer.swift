import DocketEngine

/// The supervisor's dashboard as a layer, pushed over the screen in front (`d`, `:dash`).
/// It reads the report off the input path, moves over figures, drills into the queue a
/// figure counts (a queue layer pushed over it; q comes back), and starts moves of work.
/// q or Esc takes it away, and the screen beneath looks again.
struct DashboardLayer: ConsoleLayer {
    var dashboard = DashboardScreenState()

    var isScreen: Bool { true }
    /// A case opened from the dashboard (:open, search, :next) replaces it.
    var givesWayToACase: Bool { true }

    mutating func start(id: LayerID, context: LayerContext) -> LayerUpdate {
        LayerUpdate(effects: load(context))
    }

    mutating func update(_ message: LayerMessage, id: LayerID, context: LayerContext) -> LayerUpdate {
        switch message {
        case .action(let action):
            return perform(action, context)
        case .answer(.dashboardLoaded(let generation, let result, let readNotice) as ConsoleMessage):
            var update = loaded(generation, result, context)
            // The figures came from the primary because the read database could not be used.
            if let readNotice, case .success = result, dashboard.generation.isCurrent(generation) {
                update.requests.append(.say(UntrustedText.sanitize(readNotice), .warning))
            }
            return update
        case .answer(let notice as ScreenNotice):
            switch notice {
            case .inFront, .reload:
                return LayerUpdate(effects: load(context))
            case .actionFinished(let outcome, let keepsAnswers):
                // Only the next case starts here (`:next`): it opens in the dashboard's place.
                var update = LayerUpdate(requests: [CaseActions.said(outcome, keepsAnswers: keepsAnswers, keys: context.keymaps)])
                if case .success(let success) = outcome.result, success.opens { update.requests.append(.openCase(success.summary.ref)) }
                return update
            case .revealed, .corrected:
                return .stays
            }
        case .tick:
            // Every minute while the dashboard is in front and nothing is being asked.
            guard context.isTop, !dashboard.isLoading,
                  context.ticks - dashboard.loadedAtTick >= DashboardScreenState.refreshTicks else { return .stays }
            return LayerUpdate(effects: load(context))
        case .key(let key):
            switch ScreenKeys.resolve(key, keymap(context: context)) {
            case .success(let action)?: return perform(action, context)
            case .failure(let why)?: return .say(why.message, .warning)
            case nil: return .stays
            }
        case .answer, .resized, .stopping:
            return .stays
        }
    }

    /// Reads the report in the background; an answer to an older read is dropped.
    mutating func load(_ context: LayerContext) -> [Effect<ConsoleMessage>] {
        let generation = dashboard.generation.advance()
        dashboard.isLoading = true
        dashboard.loadedAtTick = context.ticks
        let session = context.session
        return [.run(latestIn: "dashboard.load") {
            var notice: String?
            let result = attempt {
                let read = try session.reportRead { try $0.backlogReport(as: session.actor) }
                notice = read.notice
                return read.value
            }
            return .dashboardLoaded(generation, result, readNotice: notice)
        }]
    }

    private mutating func loaded(_ generation: Generation, _ result: Result<BacklogReport, ConsoleFailure>,
                                 _ context: LayerContext) -> LayerUpdate {
        guard dashboard.generation.isCurrent(generation) else { return .stays }
        dashboard.isLoading = false
        switch result {
        case .success(let report):
            if dashboard.report == nil {
                dashboard.selection = .initial(for: report, departments: context.actor.departments)
            } else {
                // A refresh keeps the cursor where it was (departments rarely change).
                dashboard.selection.moveRow(by: 0, in: report)
            }
            dashboard.report = report
            dashboard.failure = nil
            return .stays
        case .failure(let failure):
            if dashboard.report == nil {
                // Refused (not a supervisor, admin or auditor) or unreadable: the screen it
                // was opened over comes back, with the engine's word in the status line.
                return LayerUpdate(requests: [.toBelow(.inFront(reloadsCase: true)), .say(failure.message, .warning)], pops: true)
            }
            dashboard.failure = failure.message
            return .say(failure.message, .error)
        }
    }

    // MARK: keys

    func keymap(context: LayerContext) -> Keymap? {
        DashboardKeymap.current(context.keymaps.dashboard, dashboard, actor: context.actor)
    }

    private mutating func perform(_ action: ConsoleAction, _ context: LayerContext) -> LayerUpdate {
        switch action {
        case .dashboard(let action):
            return dashboardAction(action, context)
        case .general(let general):
            return ScreenKeys.general(general, help: HelpContent.overlay(title: "Dashboard", keymap: keymap(context: context), context: context),
                                      context: context)
        default:
            return .stays
        }
    }

    private mutating func dashboardAction(_ action: DashboardAction, _ context: LayerContext) -> LayerUpdate {
        switch action {
        case .back:
            // Back to where it was opened, looked up again.
            return LayerUpdate(requests: [.toBelow(.inFront(reloadsCase: true))], pops: true)
        case .refresh:
            return LayerUpdate(effects: load(context))
        case .open:
            return drillDown(context)
        case .rebalance, .reassign:
            return startMove(action, context)
        case .nextRow, .previousRow, .nextFigure, .previousFigure, .ageBucket1, .ageBucket2, .ageBucket3, .ageBucket4, .ageBucket5:
            break
        }
        guard let report = dashboard.report else { return .stays }
        switch action {
        case .nextRow: dashboard.selection.moveRow(by: 1, in: report)
        case .previousRow: dashboard.selection.moveRow(by: -1, in: report)
        case .nextFigure: dashboard.selection.moveFigure(by: 1)
        case .previousFigure: dashboard.selection.moveFigure(by: -1)
        default:
            guard let bucket = action.ageBucket else { return .stays }
            dashboard.selection.selectAgeBucket(bucket, in: report)
        }
        return .stays
    }

    /// Enter: the queue of exactly the cases the selected figure counts, under its title,
    /// pushed over the dashboard (its q comes back here).
    private func drillDown(_ context: LayerContext) -> LayerUpdate {
        guard let view = dashboard.view else { return .stays }
        let drill = view.drillDown
        guard let query = drill.query else { return .say(drill.hint(), .warning) }
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
        return LayerUpdate(requests: [.push(QueueLayer(spec: spec, agency: context.agency))])
    }

    /// `b` (rebalance) and `p` (reassign): the one move layer with its plan for the selected department.
    private func startMove(_ action: DashboardAction, _ context: LayerContext) -> LayerUpdate {
        guard let view = dashboard.view, let department = view.selection.department(in: view.report) else { return .stays }
        // Who a spread passes over in the department, as the preview says it: away people.
        let skipped = department.figures.workload.compactMap { w in w.awayUntil.map { "\(w.login) (away until \($0.iso))" } }
        if action == .rebalance {
            return LayerUpdate(requests: [.push(DashboardRebalance(department: department.code,
                                                                   plan: RebalancePlan(unassigned: department.figures.unassigned, skipped: skipped),
                                                                   stage: .choosing(TextInput(maxLength: 6))))])
        }
        let people = department.figures.workload.map { (login: $0.login, active: $0.activeTasks) }
        guard !people.isEmpty else { return .say("Nobody works in \(department.code)", .warning) }
        return LayerUpdate(requests: [.push(DashboardReassign(department: department.code, plan: ReassignPlan(people: people, skipped: skipped),
                                                              stage: .choosing(0)))])
    }

    // MARK: drawing

    /// The dashboard, or what stands in for it until the first report arrives.
    func view(into frame: inout Frame, keymaps: ConsoleKeymaps) {
        let rect = Rect(x: 0, y: 0, width: frame.width, height: max(0, frame.height - 2))
        if var view = dashboard.view {
            view.openKey = keymaps.dashboard.spoken(.dashboard(.open))
            view.render(into: &frame, in: rect)
            return
        }
        frame.fill(rect)
        let text = dashboard.failure ?? "Reading the backlog figures…"
        frame.put(DisplayWidth.truncate(text, to: rect.width), x: rect.x, y: rect.y, role: dashboard.failure == nil ? .muted : .error)
        frame.cursor = Point(x: rect.x, y: rect.y)
    }

    func status(_ line: inout StatusLine, context: LayerContext) {
        line.left = "\(context.actor.login) · dashboard"
        line.right = dashboard.isLoading ? "reading…" : (dashboard.report.map { "as of " + Timestamp.iso($0.asOf).dropFirst(11).prefix(5) } ?? "")
    }
}
