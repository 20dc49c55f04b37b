import DocketEngine

/// One thing on the console's stack of layers (an overlay or a prompt on top of the screens):
/// it owns its state, reads its keys through a keymap, and has its own update and view. The
/// top layer takes the keys; the root only routes messages and draws the stack bottom-up.
/// A new layer implements this protocol and is pushed by one line (`layers.push`).
protocol ConsoleLayer: Sendable {
    /// Just pushed: what it asks for first (a search for text it was opened with).
    mutating func start(id: LayerID, context: LayerContext) -> LayerUpdate
    /// A key, or an answer for this layer: the state changes and what the root is to do.
    mutating func update(_ message: LayerMessage, id: LayerID, context: LayerContext) -> LayerUpdate
    /// Draws the layer over what is beneath it (the frame is the whole terminal).
    func view(into frame: inout Frame, keymaps: ConsoleKeymaps)
}

extension ConsoleLayer {
    mutating func start(id: LayerID, context: LayerContext) -> LayerUpdate { .stays }
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
    /// Who is working, and the engine effects run against.
    var session: ConsoleSession
    /// The engine's date, as last told by a tick.
    var today: Day
}

/// What a layer asks of the root beyond its own state.
enum LayerRequest: Sendable {
    /// A line in the status bar.
    case say(String, StyleRole)
    /// The status bar's line is done with.
    case clearStatus
    /// Open a case on top of the screen in front.
    case openCase(String)
    /// Run a `:` command as typed.
    case runCommand(String)
    /// Open the intake form of a case type.
    case openIntakeForm(String)
    /// Open a case with the person's correction draft laid over its form.
    case resumeCorrection(String)
    /// Throw a draft away (written in order with the person's other draft saves).
    case discardDraft(DraftKey)
    /// An action ran (or was refused): say how, and show the case as it is now.
    case actionFinished(ActionOutcome, keepsAnswers: Bool)
    /// Keys typed while a layer waited, to be played now.
    case replay([Key])
    /// Read the dashboard's figures again (work was moved).
    case reloadDashboard
    /// Load the case in front again (its ledger changed).
    case reloadCase
    /// The case's identifiers were revealed: show them on its screen until it is left.
    case caseRevealed(ref: String, CaseLoad)
}

/// What a layer's update asks of the root.
struct LayerUpdate {
    var effects: [Effect<ConsoleMessage>] = []
    var requests: [LayerRequest] = []
    /// Take this layer off the stack (Esc, a prompt answered).
    var pops = false

    static let stays = LayerUpdate()
    static let popped = LayerUpdate(pops: true)
}
