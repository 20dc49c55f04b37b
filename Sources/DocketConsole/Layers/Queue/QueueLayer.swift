import DocketEngine

/// The queue screen as a layer: the bottom of the stack (the console's first screen), and a
/// drill-down from the dashboard pushed over it. It owns its rows, keys and paging; the
/// engine's answers come back to it by its id, tagged with generations so stale ones drop.
struct QueueLayer: ConsoleLayer {
    var queue: QueueState
    let widths: QueueColumnWidths

    init(spec: QueueSpec, agency: Agency) {
        queue = QueueState(spec: spec)
        widths = QueueColumnWidths(agency: agency)
    }

    var isScreen: Bool { true }
    var scopeInView: QueueScope? { queue.spec.scope }

    /// A drill-down loads at once; the base queue waits for the console's start.
    mutating func start(id: LayerID, context: LayerContext) -> LayerUpdate {
        // The counts follow the first page (as when the console opens).
        queue.spec.drill == nil ? .stays : LayerUpdate(effects: reload(context, counts: false))
    }

    mutating func update(_ message: LayerMessage, id: LayerID, context: LayerContext) -> LayerUpdate {
        switch message {
        case .action(let action):
            return perform(action, context)
        case .answer(let answer as ConsoleMessage):
            return answered(answer, context)
        case .answer(let change as QueueChange):
            return changed(change, context)
        case .answer(let notice as ScreenNotice):
            return noticed(notice, context)
        case .tick:
            // Other people work the same queues: look again every half minute while in front.
            guard context.isTop, context.ticks % 30 == 0, !queue.isLoading else { return .stays }
            return LayerUpdate(effects: refresh(context, counts: true))
        case .resized:
            queue.window.fit(visibleRows: rows(context))
            return .stays
        case .key(let key):
            switch ScreenKeys.resolve(key, keymap(context: context)) {
            case .success(let action)?: return perform(action, context)
            case .failure(let why)?: return .say(why.message, .warning)
            case nil: return .stays
            }
        case .answer, .stopping:
            return .stays
        }
    }

    func rows(_ context: LayerContext) -> Int { QueueView.visibleRows(for: context.screen) }

    // MARK: keys

    func keymap(context: LayerContext) -> Keymap? {
        QueueKeymap.current(context.keymaps.queue, queue, actor: context.actor)
    }

    private mutating func perform(_ action: ConsoleAction, _ context: LayerContext) -> LayerUpdate {
        switch action {
        case .move(let move):
            return LayerUpdate(effects: self.move(move, context))
        case .queue(let action):
            return queueAction(action, context)
        case .command(let command):
            let target = queue.window.selectedRow.map { ActionTarget(summary: $0.summary, fromCaseScreen: false) }
            let known = target.flatMap { target in
                queue.rowActions.flatMap { $0.ref == target.ref && $0.version == target.version ? $0.actions : nil }
            }
            return CaseActions.start(command, target: target, known: known, context: context)
        case .general(let general):
            let title = queue.spec.drill == nil ? "Queue" : "Drill-down"
            return ScreenKeys.general(general, help: HelpContent.overlay(title: title, keymap: keymap(context: context), context: context),
                                      context: context)
        default:
            return .stays
        }
    }

    private mutating func queueAction(_ action: QueueAction, _ context: LayerContext) -> LayerUpdate {
        // q and Esc on a drill-down go back to the dashboard it came from.
        if queue.spec.drill != nil, action == .back || action == .clearFilter {
            return LayerUpdate(requests: [.toBelow(.inFront(reloadsCase: true))], pops: true)
        }
        switch action {
        case .open:
            guard let row = queue.window.selectedRow else { return .stays }
            return LayerUpdate(requests: [.openCase(row.ref)])
        case .nextTab, .previousTab:
            let count = QueueTab.allCases.count
            let step = action == .nextTab ? 1 : count - 1
            return switchTab(QueueTab(rawValue: (queue.spec.tab.rawValue + step) % count)!, context)
        case .department:
            let choices = QueueScope.choices(for: context.actor, agency: context.agency)
            let index = choices.firstIndex(of: queue.spec.scope) ?? -1
            return setScope(choices[(index + 1) % choices.count], context)
        case .sort:
            let cycle = QueueColumn.sortCycle(for: queue.spec.tab)
            let index = cycle.firstIndex(of: queue.spec.sort) ?? -1
            let sort = cycle[(index + 1) % cycle.count]
            return setSort(QueueSort(sort: sort, descending: sort == .closed), context)
        case .sortDirection:
            return setSort(QueueSort(sort: queue.spec.sort, descending: !queue.spec.descending), context)
        case .refresh:
            return LayerUpdate(effects: refresh(context, counts: true))
        case .back:
            return LayerUpdate(effects: [.quit])
        case .clearFilter:
            // Esc on the first screen never quits by accident.
            guard !queue.spec.filter.isEmpty else {
                let keys = context.keymaps.queue
                return .say("Nothing to go back to; \(keys.spoken(.queue(.back))) or \(keys.spoken(.general(.quit))) quits", .muted)
            }
            return setFilter(QueueFilter(), context)
        case .filter:
            let current = queue.spec.filter.text
            return LayerUpdate(requests: [.openCommandLine("filter " + (current.isEmpty ? "" : current + " "))])
        }
    }

    /// What the command line asked of the base queue.
    private mutating func changed(_ change: QueueChange, _ context: LayerContext) -> LayerUpdate {
        switch change {
        case .scope(let scope): return setScope(scope, context)
        case .tab(let tab): return switchTab(tab, context)
        case .filter(let filter): return setFilter(filter, context)
        case .sort(let order): return setSort(order, context)
        }
    }

    private mutating func noticed(_ notice: ScreenNotice, _ context: LayerContext) -> LayerUpdate {
        switch notice {
        case .inFront, .reload:
            // Back from a case (or a form): refreshed around the row the person left, so it
            // is where they left it, with anything that changed meanwhile.
            return LayerUpdate(effects: refresh(context, counts: true))
        case .actionFinished(let outcome, let keepsAnswers):
            var update = LayerUpdate(requests: [CaseActions.said(outcome, keepsAnswers: keepsAnswers, keys: context.keymaps)])
            switch outcome.result {
            case .success(let success) where success.opens:
                update.requests.append(.openCase(success.summary.ref))
                return update
            case .success(let success) where success.leftTheirView:
                // Its screens would only say it cannot be shown.
                update.requests.append(.closeCase(success.summary.ref))
            case .failure(let failure) where !failure.isConflict:
                return update
            default:
                break
            }
            queue.rowActions = nil
            update.effects = refresh(context, counts: true)
            return update
        case .revealed, .corrected:
            return .stays
        }
    }

    // MARK: drawing

    func view(into frame: inout Frame, keymaps: ConsoleKeymaps) {
        QueueView.draw(queue, widths: widths, keys: keymaps.queue, into: &frame)
    }

    func status(_ line: inout StatusLine, context: LayerContext) {
        line.left = QueueView.statusLeft(queue, login: context.actor.login)
        line.right = QueueView.statusRight(queue)
    }
}
