import DocketEngine

/// The `/` search as a layer: every keystroke asks the engine again, tagged with a new
/// generation; the answer comes back to this layer by its id, and is kept only when it
/// answers the text as it stands, so Enter never opens a case from an older search.
struct SearchLayer: ConsoleLayer {
    var search = SearchState()

    /// What a search effect came back with.
    struct Answer: Sendable {
        var generation: Generation
        var result: Result<[SearchResult], ConsoleFailure>
    }

    init(text: String = "") {
        search.input.setText(text)
    }

    mutating func start(id: LayerID, context: LayerContext) -> LayerUpdate {
        search.input.text.isEmpty ? .stays : LayerUpdate(effects: ask(id: id, session: context.session))
    }

    mutating func update(_ message: LayerMessage, id: LayerID, context: LayerContext) -> LayerUpdate {
        switch message {
        case .answer(let answer):
            if let answer = answer as? Answer { receive(answer) }
            return .stays
        case .key(let key):
            return keyed(key, id: id, context: context)
        case .action, .tick, .resized, .stopping:
            return .stays
        }
    }

    private mutating func keyed(_ key: Key, id: LayerID, context: LayerContext) -> LayerUpdate {
        let page = SearchView.visibleResults(in: context.screen)
        if case .search(let action)? = context.keymaps.search.action(for: key) {
            switch action {
            case .close: return .popped
            case .nextResult: select(search.selected + 1)
            case .previousResult: select(search.selected - 1)
            case .pageDown: select(search.selected + page)
            case .pageUp: select(search.selected - page)
            case .open: return open(context.keymaps.search)
            }
            return .stays
        }
        if search.input.handle(key, keys: context.keymaps.textInput) == .edited {
            return LayerUpdate(effects: ask(id: id, session: context.session))
        }
        return .stays
    }

    private mutating func select(_ index: Int) {
        guard !search.results.isEmpty else { return }
        search.selected = min(max(0, index), search.results.count - 1)
    }

    /// Enter: the selected person's case, once the results answer what is typed.
    private func open(_ keys: Keymap) -> LayerUpdate {
        guard search.isCurrent, search.failure == nil else {
            return LayerUpdate(requests: [.say(search.failure ?? "Still searching; \(keys.spoken(.search(.open))) again in a moment", .warning)])
        }
        guard let result = search.selectedResult else { return .stays }
        guard let ref = result.ref else { return LayerUpdate(requests: [.say("\(result.name) has no cases", .warning)]) }
        return LayerUpdate(requests: [.openCase(ref)], pops: true)
    }

    /// A new search for the text as typed; older answers will be dropped.
    private mutating func ask(id: LayerID, session: ConsoleSession) -> [Effect<ConsoleMessage>] {
        let generation = search.generation.advance()
        search.failure = nil
        let text = search.input.text.trimming([" "])
        if text.isEmpty {
            search.results = []
            search.resultsGeneration = generation
            return []
        }
        return [.run(latestIn: "search") {
            let result: Result<[SearchResult], ConsoleFailure> = attempt {
                SearchResult.lines(from: try session.engine.search(text, limit: 30, as: session.actor), query: text)
            }
            return .layerAnswer(id, Answer(generation: generation, result: result))
        }]
    }

    private mutating func receive(_ answer: Answer) {
        guard search.generation.isCurrent(answer.generation) else { return }
        search.resultsGeneration = answer.generation
        switch answer.result {
        case .success(let results):
            search.results = results
            search.failure = nil
        case .failure(let failure):
            search.results = []
            search.failure = failure.message
        }
        search.selected = 0
    }

    func view(into frame: inout Frame, keymaps: ConsoleKeymaps) {
        SearchView.draw(search, keys: keymaps.search, into: &frame)
    }
}
