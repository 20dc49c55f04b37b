import DocketEngine

/// The queue's moves and the engine's answers: paging at the window's edges, tabs, sorting,
/// filtering, and the first page, pages and counts as they come back.
extension QueueLayer {
    /// Moving in the queue: within the window, or fetching the page the move runs into.
    mutating func move(_ action: MoveAction, _ context: LayerContext) -> [Effect<ConsoleMessage>] {
        let rows = rows(context)
        func move(_ delta: Int) {
            // A move waiting on a page continues from where that one will end.
            if queue.pendingMove != 0 && (queue.fetchingNext || queue.fetchingPrevious) {
                queue.pendingMove += delta
            } else {
                queue.pendingMove = queue.window.move(by: delta, visibleRows: rows)
            }
        }
        switch action {
        case .down: move(1)
        case .up: move(-1)
        case .pageDown: move(rows)
        case .pageUp: move(-rows)
        case .halfDown: queue.pendingMove = queue.window.scroll(by: max(1, rows / 2), visibleRows: rows)
        case .halfUp: queue.pendingMove = queue.window.scroll(by: -max(1, rows / 2), visibleRows: rows)
        case .top:
            queue.pendingMove = 0
            if queue.window.reachedStart {
                queue.window.move(by: -queue.window.selected, visibleRows: rows)
            } else {
                return reload(context, counts: false)
            }
        case .bottom:
            queue.pendingMove = 0
            if queue.window.reachedEnd {
                queue.window.move(by: queue.window.rows.count, visibleRows: rows)
            } else {
                queue.generation.advance()
                queue.isLoading = true
                return [QueueRequests.last(queue.spec, generation: queue.generation, visibleRows: rows, session: context.session)]
            }
        }
        return afterMove(context)
    }

    /// After the cursor moved: fetch the next or previous page if it is near an edge, and
    /// what the engine allows on the row now selected.
    mutating func afterMove(_ context: LayerContext) -> [Effect<ConsoleMessage>] {
        var effects: [Effect<ConsoleMessage>] = []
        let session = context.session
        if queue.window.wantsNext, !queue.fetchingNext, let anchor = queue.window.lastRef {
            queue.fetchingNext = true
            effects.append(QueueRequests.page(queue.spec, side: .after, anchor: anchor, generation: queue.generation, session: session))
        }
        if queue.window.wantsPrevious, !queue.fetchingPrevious, let anchor = queue.window.firstRef {
            queue.fetchingPrevious = true
            effects.append(QueueRequests.page(queue.spec, side: .before, anchor: anchor, generation: queue.generation, session: session))
        }
        if let row = queue.window.selectedRow, queue.rowActions?.ref != row.ref || queue.rowActions?.version != row.version {
            effects.append(QueueRequests.rowActions(ref: row.ref, version: row.version, session: session))
        }
        return effects
    }

    mutating func switchTab(_ tab: QueueTab, _ context: LayerContext) -> LayerUpdate {
        let old = queue.spec
        queue.sorts[old.tab] = QueueSort(sort: old.sort, descending: old.descending)
        let order = queue.sorts[tab] ?? {
            let order = QueueSpec.defaultOrder(for: tab)
            return QueueSort(sort: order.sort, descending: order.descending)
        }()
        queue.spec.tab = tab
        queue.spec.sort = order.sort
        queue.spec.descending = order.descending
        return LayerUpdate(effects: reload(context, counts: false))
    }

    mutating func setScope(_ scope: QueueScope, _ context: LayerContext) -> LayerUpdate {
        queue.spec.scope = scope
        // My work is everyone's own; choosing a department means looking at its queues.
        if queue.spec.tab == .myWork { queue.spec.tab = .unassigned }
        return LayerUpdate(effects: reload(context, counts: true), requests: [.say("Queues of \(scope.label)", .normal)])
    }

    mutating func setFilter(_ filter: QueueFilter, _ context: LayerContext) -> LayerUpdate {
        queue.spec.filter = filter
        return LayerUpdate(effects: reload(context, counts: true),
                           requests: [.say(filter.isEmpty ? "Filter cleared" : "Filter: \(filter.text)", .normal)])
    }

    /// A new order keeps the selected case selected (wherever it now falls).
    mutating func setSort(_ order: QueueSort, _ context: LayerContext) -> LayerUpdate {
        queue.spec.sort = order.sort
        queue.spec.descending = order.descending
        return LayerUpdate(effects: refresh(context, counts: false, keepPosition: false))
    }

    /// The first page of the queue as it is now specified.
    mutating func reload(_ context: LayerContext, counts: Bool) -> [Effect<ConsoleMessage>] {
        queue.generation.advance()
        queue.isLoading = true
        queue.fetchingNext = false
        queue.fetchingPrevious = false
        queue.pendingMove = 0
        var effects = [QueueRequests.first(queue.spec, generation: queue.generation, session: context.session)]
        if counts { effects += countQueues(context) }
        return effects
    }

    /// The queue again around the selected row, which stays where it was on screen.
    mutating func refresh(_ context: LayerContext, counts: Bool, keepPosition: Bool = true) -> [Effect<ConsoleMessage>] {
        let window = queue.window
        queue.generation.advance()
        queue.isLoading = true
        queue.fetchingNext = false
        queue.fetchingPrevious = false
        queue.pendingMove = 0
        let screenRow = keepPosition ? window.selected - window.top : rows(context) / 2
        var effects = [QueueRequests.refresh(queue.spec, generation: queue.generation,
                                             anchor: window.selectedRow?.ref, screenRow: screenRow,
                                             knownPosition: keepPosition ? window.selectedPosition : nil, session: context.session)]
        if counts { effects += countQueues(context) }
        return effects
    }

    mutating func countQueues(_ context: LayerContext) -> [Effect<ConsoleMessage>] {
        queue.countsGeneration.advance()
        return QueueRequests.counts(queue.spec, generation: queue.countsGeneration, session: context.session)
    }

    // MARK: answers

    mutating func answered(_ message: ConsoleMessage, _ context: LayerContext) -> LayerUpdate {
        switch message {
        case .start:
            // Admins start on everything; others on each of their departments in turn.
            queue.generation.advance()
            queue.isLoading = true
            let scopes = queue.spec.scope == .allDepartments
                ? [QueueScope.allDepartments] : QueueScope.choices(for: context.actor, agency: context.agency)
            return LayerUpdate(effects: [QueueRequests.opening(queue.spec, scopes: scopes, generation: queue.generation,
                                                               session: context.session)])
        case .queueReplaced(let result, let generation):
            return replaced(result, generation: generation, context)
        case .queuePage(let result, let generation):
            return paged(result, generation: generation, context)
        case .queueCount(let tab, let count, let generation):
            if queue.countsGeneration.isCurrent(generation) { queue.counts[tab] = count }
            return .stays
        case .rowActions(let actions):
            queue.rowActions = actions
            return .stays
        default:
            return .stays
        }
    }

    private mutating func replaced(_ result: Result<QueueReplacement, ConsoleFailure>, generation: Generation,
                                   _ context: LayerContext) -> LayerUpdate {
        guard queue.generation.isCurrent(generation) else { return .stays }
        let firstLoad = !queue.hasLoaded
        queue.isLoading = false
        var update = LayerUpdate()
        switch result {
        case .success(let page):
            queue.failure = nil
            queue.hasLoaded = true
            queue.spec = page.spec
            queue.window.replace(rows: page.rows, selecting: page.selecting, screenRow: page.screenRow,
                                 visibleRows: rows(context), reachedStart: page.reachedStart,
                                 reachedEnd: page.reachedEnd, startPosition: page.startPosition)
        case .failure(let failure):
            queue.failure = failure.message
            // A filter the engine refused (an unknown state, say) is taken off again.
            if !queue.spec.filter.isEmpty {
                queue.spec.filter = QueueFilter()
                return LayerUpdate(effects: reload(context, counts: true), requests: [.say(failure.message + " — filter cleared", .error)])
            }
            update.requests.append(.say(failure.message, .error))
        }
        update.effects = afterMove(context)
        if firstLoad { update.effects += countQueues(context) }
        return update
    }

    private mutating func paged(_ result: Result<QueuePage, ConsoleFailure>, generation: Generation,
                                _ context: LayerContext) -> LayerUpdate {
        guard queue.generation.isCurrent(generation) else { return .stays }
        switch result {
        case .success(let page):
            let rows = rows(context)
            switch page.side {
            case .after:
                queue.fetchingNext = false
                guard page.anchor == queue.window.lastRef else { return LayerUpdate(effects: afterMove(context)) }
                queue.window.append(page.rows, visibleRows: rows)
            case .before:
                queue.fetchingPrevious = false
                guard page.anchor == queue.window.firstRef else { return LayerUpdate(effects: afterMove(context)) }
                queue.window.prepend(page.rows, visibleRows: rows)
            }
            if queue.pendingMove != 0 {
                queue.pendingMove = queue.window.move(by: queue.pendingMove, visibleRows: rows)
            }
            return LayerUpdate(effects: afterMove(context))
        case .failure(let failure):
            queue.fetchingNext = false
            queue.fetchingPrevious = false
            queue.pendingMove = 0
            return .say(failure.message, .error)
        }
    }
}
