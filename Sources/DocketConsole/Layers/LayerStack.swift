/// The console's layers, bottom first: the queue at the bottom, screens above it, overlays
/// and prompts on top. Keys go to the top one; answers go to the layer that asked, if it is
/// still there.
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
    var layers: [any ConsoleLayer] { entries.map(\.layer) }

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

    /// Takes every layer above `index` away (they are not told: they are simply gone).
    mutating func pop(above index: Int) {
        guard index + 1 < entries.count else { return }
        entries.removeSubrange((index + 1)...)
    }

    /// Takes away the layers that match (never the bottom one).
    mutating func remove(where matches: (any ConsoleLayer) -> Bool) {
        entries = entries.enumerated().filter { $0.offset == 0 || !matches($0.element.layer) }.map(\.element)
    }

    /// The id of the topmost layer that matches.
    func lastID(where matches: (any ConsoleLayer) -> Bool) -> LayerID? {
        entries.last { matches($0.layer) }?.id
    }

    func index(of id: LayerID) -> Int? { entries.firstIndex { $0.id == id } }
    func id(at index: Int) -> LayerID { entries[index].id }
    func layer(_ id: LayerID) -> (any ConsoleLayer)? { entries.first { $0.id == id }?.layer }

    /// The topmost screen (what is drawn first); 0 when none is (the bottom).
    var frontScreenIndex: Int { entries.lastIndex { $0.layer.isScreen } ?? 0 }
    /// The screen in front, under any overlays.
    var frontScreen: (any ConsoleLayer)? { entries.isEmpty ? nil : entries[frontScreenIndex].layer }

    /// A layer of type `T` at `index` changed in place (tests and the root's inspection).
    mutating func modify<T: ConsoleLayer>(_ type: T.Type, at index: Int, _ body: (inout T) -> Void) {
        guard entries.indices.contains(index), var layer = entries[index].layer as? T else { return }
        body(&layer)
        entries[index].layer = layer
    }

    /// A key for the top layer.
    mutating func key(_ key: Key, context: LayerContext) -> LayerUpdate {
        guard let index = entries.indices.last else { return .stays }
        return update(at: index, .key(key), context: context)
    }

    /// An answer for the layer `id`; nil (and nothing changes) when that layer has gone.
    mutating func deliver(_ answer: any Sendable, to id: LayerID, context: LayerContext) -> LayerUpdate? {
        guard let index = index(of: id) else { return nil }
        return update(at: index, .answer(answer), context: context)
    }

    /// A message for the layer at `index`; the layer comes off the stack when it pops.
    mutating func update(at index: Int, _ message: LayerMessage, context: LayerContext) -> LayerUpdate {
        var entry = entries[index]
        // The stack lets go of the layer while it changes, so its rows are changed in place, not copied.
        entries[index].layer = Vacant()
        let result = entry.layer.update(message, id: entry.id, context: context)
        if result.pops {
            entries.remove(at: index)
        } else {
            entries[index] = entry
        }
        return result
    }

    /// Draws the layers from `index` up (below `end`), so the top one is drawn last.
    func view(from index: Int = 0, to end: Int? = nil, into frame: inout Frame, keymaps: ConsoleKeymaps) {
        let stop = min(end ?? entries.count, entries.count)
        guard index < stop else { return }
        for entry in entries[index..<stop] { entry.layer.view(into: &frame, keymaps: keymaps) }
    }
}

/// Holds a layer's place on the stack while the layer itself is being updated.
private struct Vacant: ConsoleLayer {
    mutating func update(_ message: LayerMessage, id: LayerID, context: LayerContext) -> LayerUpdate { .stays }
    func view(into frame: inout Frame, keymaps: ConsoleKeymaps) {}
}
