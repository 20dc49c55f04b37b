import DocketEngine

/// The whole console in one value: the stack of layers (the queue at the bottom, screens
/// above it, overlays and prompts on top; the top one has the keyboard) and what the root
/// itself keeps: the status line, the command history, the clock and the terminal's size.
struct ConsoleState: Sendable {
    var actor: StaffMember
    var agency: Agency
    var keymaps: ConsoleKeymaps
    var layers = LayerStack()
    /// The last draft save's number, so an older save never overwrites a newer one.
    var draftSequence = 0
    var commandHistory: [String] = []
    var status: StatusMessage?
    var themeName: String
    /// The terminal's size, as last told by a `.resized` message (page moves and scroll limits depend on it).
    var screen: Size
    /// Monotonic milliseconds, as last told by a tick (never the engine's clock, which DOCKET_NOW may pin).
    var nowMs: Int
    /// The engine's date, as last told by a tick (hold dates, form date checks).
    var today: Day
    /// Milliseconds (monotonic) of the last key.
    var lastInputAt: Int
    /// Logged off after this long without a key (nil: never).
    var idleLimitMs: Int?
    var ticks = 0
    /// Set when the console is to end with a message (idle logoff).
    var farewell: String?
}

/// A line for the status bar and how it should look.
struct StatusMessage: Equatable, Sendable {
    var text: String
    var role: StyleRole
    /// Tick count when it was set, so old news fades.
    var setAt: Int

    static let lifetimeTicks = 20
}
