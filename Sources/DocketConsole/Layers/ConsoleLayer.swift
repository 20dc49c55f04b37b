/// One thing on the console's stack of layers (an overlay or a prompt on top of the screens):
/// it owns its state, reads its keys through a keymap, and has its own update and view. The
/// top layer takes the keys; the root only routes messages and draws the stack bottom-up.
protocol ConsoleLayer: Sendable {
    /// A key, or an answer for this layer: the state changes and what the root is to do.
    mutating func update(_ message: LayerMessage, id: LayerID, context: LayerContext) -> LayerUpdate
    func view(into frame: inout Frame, context: LayerContext)
}

/// Names one layer for as long as it is on the stack. An effect's answer carries the id of
/// the layer that asked; when that layer has gone, the answer is dropped (as stale
/// generations are). Ids are never reused.
struct LayerID: Hashable, Sendable {
    let number: Int
}

enum LayerMessage: Sendable {
    case key(Key)
    /// What an effect the layer asked for came back with.
    case answer(any Sendable)
}

/// What the root hands a layer besides its message.
struct LayerContext: Sendable {
    var screen: Size
    var keymaps: ConsoleKeymaps
    /// The keymap of the screen beneath the layers (help closes on that screen's help key).
    var screenKeymap: Keymap
}

/// What a layer's update asks of the root.
struct LayerUpdate {
    var effects: [Effect<ConsoleMessage>] = []
    /// Take this layer off the stack (Esc, a prompt answered).
    var pops = false

    static let stays = LayerUpdate()
    static let popped = LayerUpdate(pops: true)
}
