import DocketEngine

/// The engine calls behind the queue screen, as background effects. Each answer carries
/// the generation it was asked under.
enum QueueRequests {
    /// Where the console opens: My work when the person has open tasks, else the
    /// unassigned work of their departments, their referrals, or all their departments'
    /// work — the first that is not empty — so the first screen is never blank when there
    /// is work anywhere.
    static func opening(_ base: QueueSpec, scopes: [QueueScope], generation: Generation,
                        session: ConsoleSession) -> Effect<ConsoleMessage> {
        .run(latestIn: "queue.load") {
            let result: Result<QueueReplacement, ConsoleFailure> = attempt {
                let now = session.engine.clock.now
                var candidates = [base]
                candidates[0].tab = .myWork
                for tab in [QueueTab.unassigned, .referrals, .department] {
                    for scope in scopes {
                        var spec = base
                        spec.tab = tab
                        spec.scope = scope
                        candidates.append(spec)
                    }
                }
                for spec in candidates where !spec.needsDepartment {
                    let count = try session.engine.countCases(spec.query(actor: session.actor.login, now: now, limit: 1),
                                                              cap: 1, as: session.actor)
                    if count > 0 { return try firstPage(spec, generation: generation, session: session) }
                }
                var spec = base
                spec.tab = .department
                return try firstPage(spec, generation: generation, session: session)
            }
            return .queueReplaced(result, generation)
        }
    }

    /// The first page (Home, g, a new tab, sort or filter).
    static func first(_ spec: QueueSpec, generation: Generation, session: ConsoleSession) -> Effect<ConsoleMessage> {
        .run(latestIn: "queue.load") {
            .queueReplaced(attempt { try firstPage(spec, generation: generation, session: session) }, generation)
        }
    }

    /// The last page (End, G): read backwards from the end, so its cost does not grow
    /// with the queue.
    static func last(_ spec: QueueSpec, generation: Generation, visibleRows: Int,
                     session: ConsoleSession) -> Effect<ConsoleMessage> {
        .run(latestIn: "queue.load") {
            let result: Result<QueueReplacement, ConsoleFailure> = attempt {
                let now = session.engine.clock.now
                var query = spec.query(actor: session.actor.login, now: now, limit: QueueWindow.pageSize)
                query.fromEnd = true
                let rows = try session.engine.listCases(query, as: session.actor).map { QueueRow($0, now: now, agency: session.agency) }
                let total = try session.engine.countCases(spec.query(actor: session.actor.login, now: now, limit: 1),
                                                          cap: QueueState.countCap, as: session.actor)
                let exact = total < QueueState.countCap
                return QueueReplacement(generation: generation, spec: spec, rows: rows, selecting: rows.count - 1,
                                        screenRow: visibleRows - 1, reachedStart: rows.count < QueueWindow.pageSize,
                                        reachedEnd: true, startPosition: exact ? max(0, total - rows.count) : nil)
            }
            return .queueReplaced(result, generation)
        }
    }

    /// The window again around `anchor` (after an action, on return from a case, every so
    /// often): the row stays selected at the same screen row if it is still in the queue,
    /// else the row that took its place is.
    static func refresh(_ spec: QueueSpec, generation: Generation, anchor: String?, screenRow: Int,
                        knownPosition: Int?, session: ConsoleSession) -> Effect<ConsoleMessage> {
        .run(latestIn: "queue.load") {
            let result: Result<QueueReplacement, ConsoleFailure> = attempt {
                guard let anchor else { return try firstPage(spec, generation: generation, session: session) }
                let now = session.engine.clock.now
                let half = QueueWindow.pageSize / 2
                var above = spec.query(actor: session.actor.login, now: now, limit: half)
                above.before = anchor
                let rowsAbove = try session.engine.listCases(above, as: session.actor)
                var below = spec.query(actor: session.actor.login, now: now, limit: QueueWindow.pageSize)
                below.after = rowsAbove.last?.ref
                let rowsBelow = try session.engine.listCases(below, as: session.actor)
                let rows = (rowsAbove + rowsBelow).map { QueueRow($0, now: now, agency: session.agency) }
                let selecting = rows.firstIndex { $0.ref == anchor } ?? min(rowsAbove.count, max(0, rows.count - 1))
                let reachedStart = rowsAbove.count < half
                var startPosition: Int? = reachedStart ? 0 : knownPosition.map { max(0, $0 - rowsAbove.count) }
                // A new order puts the row somewhere unknown: count what now comes before it.
                if startPosition == nil, let first = rowsAbove.first?.ref {
                    startPosition = try rowsBefore(first, in: spec, session: session)
                }
                return QueueReplacement(generation: generation, spec: spec, rows: rows, selecting: selecting,
                                        screenRow: screenRow, reachedStart: reachedStart,
                                        reachedEnd: rowsBelow.count < QueueWindow.pageSize,
                                        startPosition: startPosition)
            }
            return .queueReplaced(result, generation)
        }
    }

    /// The page after the window's last row or before its first.
    static func page(_ spec: QueueSpec, side: QueuePage.Side, anchor: String, generation: Generation,
                     session: ConsoleSession) -> Effect<ConsoleMessage> {
        .run(latestIn: side == .after ? "queue.next" : "queue.previous") {
            let result: Result<QueuePage, ConsoleFailure> = attempt {
                let now = session.engine.clock.now
                var query = spec.query(actor: session.actor.login, now: now, limit: QueueWindow.pageSize)
                if side == .after { query.after = anchor } else { query.before = anchor }
                let rows = try session.engine.listCases(query, as: session.actor).map { QueueRow($0, now: now, agency: session.agency) }
                return QueuePage(generation: generation, side: side, anchor: anchor, rows: rows)
            }
            return .queuePage(result, generation)
        }
    }

    /// Every tab's count, capped, for the titles: one effect per tab, so a slow count
    /// never holds up a page the cursor is waiting for. Off the first paint's path.
    static func counts(_ spec: QueueSpec, generation: Generation, session: ConsoleSession) -> [Effect<ConsoleMessage>] {
        // A drill-down lists one query: only its own count is wanted.
        let tabs = spec.drill == nil ? QueueTab.allCases : [spec.tab]
        return tabs.compactMap { tab in
            var tabSpec = spec
            tabSpec.tab = tab
            if tabSpec.needsDepartment { return nil }
            let counted = tabSpec
            return .run(latestIn: "queue.count.\(tab.commandName)") {
                let query = counted.query(actor: session.actor.login, now: session.engine.clock.now, limit: 1)
                guard let count = try? session.engine.countCases(query, cap: QueueState.countCap, as: session.actor) else { return nil }
                return .queueCount(tab, count, generation)
            }
        }
    }

    /// What the engine allows on the selected row, for the footer and help.
    static func rowActions(ref: String, version: Int64, session: ConsoleSession) -> Effect<ConsoleMessage> {
        .run(latestIn: "queue.row-actions") {
            guard let actions = try? session.engine.availableActions(ref: ref, as: session.actor) else { return nil }
            return .rowActions(RowActions(ref: ref, version: version, actions: actions))
        }
    }

    /// How many rows come before `ref` in the queue's order, read backwards a page at a time
    /// up to the count cap; nil beyond it (the title then says the count is capped as well).
    static func rowsBefore(_ ref: String, in spec: QueueSpec, session: ConsoleSession) throws -> Int? {
        let pageSize = 1_000
        var counted = 0
        var anchor = ref
        while counted < QueueState.countCap {
            var query = spec.query(actor: session.actor.login, now: session.engine.clock.now, limit: pageSize)
            query.before = anchor
            let page = try session.engine.listCases(query, as: session.actor)
            counted += page.count
            guard page.count == pageSize, let first = page.first else { return counted }
            anchor = first.ref
        }
        return nil
    }

    private static func firstPage(_ spec: QueueSpec, generation: Generation, session: ConsoleSession) throws -> QueueReplacement {
        let now = session.engine.clock.now
        let query = spec.query(actor: session.actor.login, now: now, limit: QueueWindow.pageSize)
        let rows = try session.engine.listCases(query, as: session.actor).map { QueueRow($0, now: now, agency: session.agency) }
        return QueueReplacement(generation: generation, spec: spec, rows: rows, selecting: 0, screenRow: 0,
                                reachedStart: true, reachedEnd: rows.count < QueueWindow.pageSize, startPosition: 0)
    }
}

/// Runs engine work and turns any error into the console's failure.
func attempt<T>(_ body: () throws -> T) -> Result<T, ConsoleFailure> {
    do {
        return .success(try body())
    } catch {
        return .failure(ConsoleFailure(error))
    }
}
