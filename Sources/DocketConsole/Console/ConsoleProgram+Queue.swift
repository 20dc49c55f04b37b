import DocketEngine

/// The queue screen's part of `update`: moving, paging, tabs, sorting, and the answers of
/// queue queries.
extension ConsoleProgram {
    /// Moving in the queue: within the window, or fetching the page the move runs into.
    func queueMove(_ action: MoveAction, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        let rows = queueRows(state)
        func move(_ delta: Int) {
            // A move waiting on a page continues from where that one will end.
            if state.queue.pendingMove != 0 && (state.queue.fetchingNext || state.queue.fetchingPrevious) {
                state.queue.pendingMove += delta
            } else {
                state.queue.pendingMove = state.queue.window.move(by: delta, visibleRows: rows)
            }
        }
        switch action {
        case .down: move(1)
        case .up: move(-1)
        case .pageDown: move(rows)
        case .pageUp: move(-rows)
        case .halfDown: state.queue.pendingMove = state.queue.window.scroll(by: max(1, rows / 2), visibleRows: rows)
        case .halfUp: state.queue.pendingMove = state.queue.window.scroll(by: -max(1, rows / 2), visibleRows: rows)
        case .top:
            state.queue.pendingMove = 0
            if state.queue.window.reachedStart {
                state.queue.window.move(by: -state.queue.window.selected, visibleRows: rows)
            } else {
                return reloadQueue(&state, counts: false)
            }
        case .bottom:
            state.queue.pendingMove = 0
            if state.queue.window.reachedEnd {
                state.queue.window.move(by: state.queue.window.rows.count, visibleRows: rows)
            } else {
                state.queue.generation.advance()
                state.queue.isLoading = true
                return [QueueRequests.last(state.queue.spec, generation: state.queue.generation, visibleRows: rows, session: session)]
            }
        }
        return afterMove(&state)
    }

    func queueAction(_ action: QueueAction, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        // q and Esc on a drill-down go back to the dashboard it came from.
        if state.queue.spec.drill != nil, state.dashboard != nil, action == .back || action == .clearFilter {
            return returnToDashboard(&state)
        }
        switch action {
        case .open:
            guard let row = state.queue.window.selectedRow else { return [] }
            return openCase(row.ref, &state)
        case .nextTab, .previousTab:
            let count = QueueTab.allCases.count
            let step = action == .nextTab ? 1 : count - 1
            return switchTab(QueueTab(rawValue: (state.queue.spec.tab.rawValue + step) % count)!, &state)
        case .department:
            let choices = QueueScope.choices(for: state.actor, agency: state.agency)
            let index = choices.firstIndex(of: state.queue.spec.scope) ?? -1
            return setScope(choices[(index + 1) % choices.count], &state)
        case .sort:
            let cycle = QueueColumn.sortCycle(for: state.queue.spec.tab)
            let index = cycle.firstIndex(of: state.queue.spec.sort) ?? -1
            let sort = cycle[(index + 1) % cycle.count]
            return setSort(QueueSort(sort: sort, descending: sort == .closed), &state)
        case .sortDirection:
            return setSort(QueueSort(sort: state.queue.spec.sort, descending: !state.queue.spec.descending), &state)
        case .refresh:
            return refreshQueue(&state, counts: true)
        case .back:
            return [.quit]
        case .clearFilter:
            // Esc on the first screen never quits by accident.
            guard !state.queue.spec.filter.isEmpty else {
                say("Nothing to go back to; q or Q quits", .muted, &state)
                return []
            }
            return setFilter(QueueFilter(), &state)
        case .filter:
            let current = state.queue.spec.filter.text
            return push(CommandLineLayer(input: newCommandLine(state, text: "filter " + (current.isEmpty ? "" : current + " "))), &state)
        }
    }

    /// After the cursor moved: fetch the next or previous page if it is near an edge, and
    /// what the engine allows on the row now selected.
    func afterMove(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        var effects: [Effect<ConsoleMessage>] = []
        let queue = state.queue
        if queue.window.wantsNext, !queue.fetchingNext, let anchor = queue.window.lastRef {
            state.queue.fetchingNext = true
            effects.append(QueueRequests.page(queue.spec, side: .after, anchor: anchor, generation: queue.generation, session: session))
        }
        if queue.window.wantsPrevious, !queue.fetchingPrevious, let anchor = queue.window.firstRef {
            state.queue.fetchingPrevious = true
            effects.append(QueueRequests.page(queue.spec, side: .before, anchor: anchor, generation: queue.generation, session: session))
        }
        if let row = queue.window.selectedRow, queue.rowActions?.ref != row.ref || queue.rowActions?.version != row.version {
            effects.append(QueueRequests.rowActions(ref: row.ref, version: row.version, session: session))
        }
        return effects
    }

    func switchTab(_ tab: QueueTab, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        let old = state.queue.spec
        state.queue.sorts[old.tab] = QueueSort(sort: old.sort, descending: old.descending)
        let order = state.queue.sorts[tab] ?? {
            let order = QueueSpec.defaultOrder(for: tab)
            return QueueSort(sort: order.sort, descending: order.descending)
        }()
        state.queue.spec.tab = tab
        state.queue.spec.sort = order.sort
        state.queue.spec.descending = order.descending
        return reloadQueue(&state, counts: false)
    }

    func setScope(_ scope: QueueScope, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        state.queue.spec.scope = scope
        // My work is everyone's own; choosing a department means looking at its queues.
        if state.queue.spec.tab == .myWork { state.queue.spec.tab = .unassigned }
        say("Queues of \(scope.label)", .normal, &state)
        return reloadQueue(&state, counts: true)
    }

    func setFilter(_ filter: QueueFilter, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        state.queue.spec.filter = filter
        say(filter.isEmpty ? "Filter cleared" : "Filter: \(filter.text)", .normal, &state)
        return reloadQueue(&state, counts: true)
    }

    /// A new order keeps the selected case selected (wherever it now falls).
    func setSort(_ order: QueueSort, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        state.queue.spec.sort = order.sort
        state.queue.spec.descending = order.descending
        return refreshQueue(&state, counts: false, keepPosition: false)
    }

    /// The first page of the queue as it is now specified.
    func reloadQueue(_ state: inout ConsoleState, counts: Bool) -> [Effect<ConsoleMessage>] {
        state.queue.generation.advance()
        state.queue.isLoading = true
        state.queue.fetchingNext = false
        state.queue.fetchingPrevious = false
        state.queue.pendingMove = 0
        var effects = [QueueRequests.first(state.queue.spec, generation: state.queue.generation, session: session)]
        if counts { effects += countQueues(&state) }
        return effects
    }

    /// The queue again around the selected row, which stays where it was on screen.
    func refreshQueue(_ state: inout ConsoleState, counts: Bool, keepPosition: Bool = true) -> [Effect<ConsoleMessage>] {
        let window = state.queue.window
        state.queue.generation.advance()
        state.queue.isLoading = true
        state.queue.fetchingNext = false
        state.queue.fetchingPrevious = false
        state.queue.pendingMove = 0
        let screenRow = keepPosition ? window.selected - window.top : queueRows(state) / 2
        var effects = [QueueRequests.refresh(state.queue.spec, generation: state.queue.generation,
                                             anchor: window.selectedRow?.ref, screenRow: screenRow,
                                             knownPosition: keepPosition ? window.selectedPosition : nil, session: session)]
        if counts { effects += countQueues(&state) }
        return effects
    }

    func countQueues(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        state.queue.countsGeneration.advance()
        return QueueRequests.counts(state.queue.spec, generation: state.queue.countsGeneration, session: session)
    }

    func queueReplaced(_ result: Result<QueueReplacement, ConsoleFailure>, generation: Generation,
                       _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard state.queue.generation.isCurrent(generation) else { return [] }
        let firstLoad = !state.queue.hasLoaded
        state.queue.isLoading = false
        switch result {
        case .success(let page):
            state.queue.failure = nil
            state.queue.hasLoaded = true
            state.queue.spec = page.spec
            state.queue.window.replace(rows: page.rows, selecting: page.selecting, screenRow: page.screenRow,
                                       visibleRows: queueRows(state), reachedStart: page.reachedStart,
                                       reachedEnd: page.reachedEnd, startPosition: page.startPosition)
        case .failure(let failure):
            state.queue.failure = failure.message
            // A filter the engine refused (an unknown state, say) is taken off again.
            if !state.queue.spec.filter.isEmpty {
                state.queue.spec.filter = QueueFilter()
                say(failure.message + " — filter cleared", .error, &state)
                return reloadQueue(&state, counts: true)
            }
            say(failure.message, .error, &state)
        }
        var effects = afterMove(&state)
        if firstLoad { effects += countQueues(&state) }
        return effects
    }

    func queuePage(_ result: Result<QueuePage, ConsoleFailure>, generation: Generation,
                   _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard state.queue.generation.isCurrent(generation) else { return [] }
        switch result {
        case .success(let page):
            let rows = queueRows(state)
            switch page.side {
            case .after:
                state.queue.fetchingNext = false
                guard page.anchor == state.queue.window.lastRef else { return afterMove(&state) }
                state.queue.window.append(page.rows, visibleRows: rows)
            case .before:
                state.queue.fetchingPrevious = false
                guard page.anchor == state.queue.window.firstRef else { return afterMove(&state) }
                state.queue.window.prepend(page.rows, visibleRows: rows)
            }
            if state.queue.pendingMove != 0 {
                state.queue.pendingMove = state.queue.window.move(by: state.queue.pendingMove, visibleRows: rows)
            }
            return afterMove(&state)
        case .failure(let failure):
            state.queue.fetchingNext = false
            state.queue.fetchingPrevious = false
            state.queue.pendingMove = 0
            say(failure.message, .error, &state)
            return []
        }
    }
}
