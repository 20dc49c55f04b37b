/// The layers over the screens, bottom first. Keys go to the top one; answers go to the
/// layer that asked, if it is still there.
struct LayerStack: Sendable {
    private struct Entry: Sendable {
        var id: LayerID
        var layer: any ConsoleLayer
    }

    private var entries: [Entry] = []
    private var lastNumber = 0

    var isEmpty: Bool { entries.isEmpty }
    var count: Int { entries.count }
    var top: (any ConsoleLayer)? { entries.last?.layer }
    var ids: [LayerID] { entries.map(\.id) }

    /// Puts a layer on top (its id is new) and starts it.
    @discardableResult
    mutating func push(_ layer: any ConsoleLayer, context: LayerContext) -> (id: LayerID, update: LayerUpdate) {
        lastNumber += 1
        let id = LayerID(number: lastNumber)
        var started = layer
        let update = started.start(id: id, context: context)
        entries.append(Entry(id: id, layer: started))
        if update.pops { entries.removeLast() }
        return (id, update)
    }

    mutating func popTop() {
        _ = entries.popLast()
    }

    /// The id of the topmost layer that matches.
    func lastID(where matches: (any ConsoleLayer) -> Bool) -> LayerID? {
        entries.last { matches($0.layer) }?.id
    }

    func layer(_ id: LayerID) -> (any ConsoleLayer)? {
        entries.first { $0.id == id }?.layer
    }

    /// A key for the top layer.
    mutating func key(_ key: Key, context: LayerContext) -> LayerUpdate {
        guard let index = entries.indices.last else { return .stays }
        return update(at: index, .key(key), context: context)
    }

    /// An answer for the layer `id`; nil (and nothing changes) when that layer has gone.
    mutating func deliver(_ answer: any Sendable, to id: LayerID, context: LayerContext) -> LayerUpdate? {
        guard let index = entries.firstIndex(where: { $0.id == id }) else { return nil }
        return update(at: index, .answer(answer), context: context)
    }

    private mutating func update(at index: Int, _ message: LayerMessage, context: LayerContext) -> LayerUpdate {
        var entry = entries[index]
        let result = entry.layer.update(message, id: entry.id, context: context)
        if result.pops {
            entries.remove(at: index)
        } else {
            entries[index] = entry
        }
        return result
    }

    /// Draws every layer, bottom first, so the top one is drawn last.
    func view(into frame: inout Frame, keymaps: ConsoleKeymaps) {
        for entry in entries { entry.layer.view(into: &frame, keymaps: keymaps) }
    }
}
