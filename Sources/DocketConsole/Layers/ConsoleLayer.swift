import DocketEngine

/// One thing on the console's stack of layers: a screen (the queue, a case, the dashboard,
/// the form) or an overlay or prompt on top of the screens. It owns its state, reads its keys
/// through a keymap, and has its own update and view. The top layer takes the keys; the root
/// only routes messages and draws the stack bottom-up. A new layer implements this protocol
/// and is pushed by one line (`LayerUpdate(requests: [.push(MyLayer(…))])`).
protocol ConsoleLayer: Sendable {
    /// Just pushed: what it asks for first (a search for text it was opened with).
    mutating func start(id: LayerID, context: LayerContext) -> LayerUpdate
    /// A key, an action, or an answer for this layer: the state changes and what the root is to do.
    mutating func update(_ message: LayerMessage, id: LayerID, context: LayerContext) -> LayerUpdate
    /// Draws the layer over what is beneath it (the frame is the whole terminal).
    func view(into frame: inout Frame, keymaps: ConsoleKeymaps)
    /// A screen hides what is beneath it: the stack is drawn from the topmost screen up.
    var isScreen: Bool { get }
    /// The keys this layer reads as actions now (the engine's refusals disabled, with their
    /// reasons): the root turns keys into actions with it, and help and the footer show it.
    /// Nil: the layer reads raw keys (prompts, overlays, a screen waiting for its data).
    func keymap(context: LayerContext) -> Keymap?
    /// The footer's keys while this screen is in front (its keymap, unless it says otherwise).
    func footerKeymap(context: LayerContext) -> Keymap?
    /// Its part of the status line, bottom layer first (screens say who and where; a prompt
    /// may say what it waits on).
    func status(_ line: inout StatusLine, context: LayerContext)
    /// A case opened while this layer is on top takes its place (the dashboard's way).
    var givesWayToACase: Bool { get }
    /// Whether it shows the case `ref` (taken away when the case leaves the person's view).
    func shows(case ref: String) -> Bool
    /// The departments this screen is looking at, if it looks at some (next-case takes from
    /// the queue being looked at).
    var scopeInView: QueueScope? { get }
}

extension ConsoleLayer {
    mutating func start(id: LayerID, context: LayerContext) -> LayerUpdate { .stays }
    var isScreen: Bool { false }
    func keymap(context: LayerContext) -> Keymap? { nil }
    func footerKeymap(context: LayerContext) -> Keymap? { keymap(context: context) }
    func status(_ line: inout StatusLine, context: LayerContext) {}
    var givesWayToACase: Bool { false }
    func shows(case ref: String) -> Bool { false }
    var scopeInView: QueueScope? { nil }
}

/// Names one layer for as long as it is on the stack. An effect's answer carries the id of
/// the layer that asked; when that layer has gone, the answer is dropped (as stale
/// generations are). Ids are never reused.
struct LayerID: Hashable, Sendable {
    let number: Int
}

enum LayerMessage: Sendable {
    /// A key, for a layer that reads raw keys.
    case key(Key)
    /// A key its keymap turned into an action.
    case action(ConsoleAction)
    /// What an effect the layer asked for came back with, or what a layer above it handed down.
    case answer(any Sendable)
    /// Once a second (every layer hears it; `context.isTop` says whether it is in front).
    case tick
    /// The terminal changed size (`context.screen` is the new size).
    case resized
    /// The console is ending (a signal, end of input, idle logoff): save what must be saved.
    /// `everything` saves even what has not changed since the last save.
    case stopping(everything: Bool)
}

/// What the root hands a layer besides its message.
struct LayerContext: Sendable {
    var screen: Size
    var keymaps: ConsoleKeymaps
    /// The keymap of the screen in front (help closes on that screen's help key).
    var screenKeymap: Keymap
    /// Who is working, and the engine effects run against.
    var session: ConsoleSession
    /// The engine's date, as last told by a tick.
    var today: Day
    /// Ticks since the console started.
    var ticks = 0
    /// Whether the layer being updated is the top one.
    var isTop = true
    /// Keeps draft saves in order (they run in the background); the root passes its own.
    var draftWriter = DraftWriter()
    /// The last draft save's number; a layer that saves returns the last number it used.
    var draftSequence = 0

    var actor: StaffMember { session.actor }
    var agency: Agency { session.agency }
}

/// What a layer asks of the root beyond its own state.
enum LayerRequest: Sendable {
    /// A line in the status bar.
    case say(String, StyleRole)
    /// The status bar's line is done with.
    case clearStatus
    /// The status bar's warning is done with (a field left without a problem).
    case clearWarning
    /// Put a layer on top.
    case push(any ConsoleLayer)
    /// Open a case on top of the screen in front (a dashboard in front gives way to it);
    /// `correcting` opens its form for correction too (a correction draft resumed).
    case openCase(String, correcting: Bool = false)
    /// Hand something to the layer beneath the one asking (an action's outcome to the screen
    /// it was started from; "look again" to the screen a layer leaves).
    case toBelow(ScreenNotice)
    /// Change the queue at the bottom of the stack, taking every screen above it away.
    case toBaseQueue(QueueChange)
    /// A layer of this one's kind in front: the one on the stack (what is above it goes, and
    /// it is told it is in front), or this one pushed (the dashboard's `d`).
    case bringForward(any ConsoleLayer)
    /// The command line, with text already typed.
    case openCommandLine(String)
    /// Run a `:` command as typed.
    case runCommand(String)
    /// Take the next case (in `department`, else in the queue being looked at, else any).
    case takeNext(department: String?)
    /// Throw a draft away (written in order with the person's other draft saves); the
    /// outcome comes back to the layer asking.
    case discardDraft(DraftKey)
    /// Take every case screen of `ref` away (the case left the person's view).
    case closeCase(String)
    /// Keys typed while a layer waited, to be played now.
    case replay([Key])
}

/// What a layer hands to the screen beneath it.
enum ScreenNotice: Sendable {
    /// The screen is in front again after a screen above it left: it looks again (a case
    /// screen only when `reloadsCase`).
    case inFront(reloadsCase: Bool)
    /// Read the figures again (work was moved).
    case reload
    /// An action ran (or was refused): say how, and show the case as it is now.
    case actionFinished(ActionOutcome, keepsAnswers: Bool)
    /// The case's identifiers were revealed: show them on its screen until it is left.
    case revealed(ref: String, CaseLoad)
    /// The case's correction was saved (version): show the case as it is now.
    case corrected(ref: String)
}

/// A change to the base queue asked from the command line.
enum QueueChange: Sendable {
    case scope(QueueScope)
    case tab(QueueTab)
    case filter(QueueFilter)
    case sort(QueueSort)
}

/// What a layer's update asks of the root.
struct LayerUpdate {
    var effects: [Effect<ConsoleMessage>] = []
    var requests: [LayerRequest] = []
    /// Take this layer off the stack (Esc, a prompt answered).
    var pops = false
    /// The last draft save number used (nil: none used).
    var draftSequence: Int?

    static let stays = LayerUpdate()
    static let popped = LayerUpdate(pops: true)

    /// Another update's effects and requests after this one's.
    mutating func append(_ other: LayerUpdate) {
        effects += other.effects
        requests += other.requests
        pops = pops || other.pops
        if let used = other.draftSequence { draftSequence = max(draftSequence ?? used, used) }
    }

    static func say(_ text: String, _ role: StyleRole) -> LayerUpdate { LayerUpdate(requests: [.say(text, role)]) }
}
