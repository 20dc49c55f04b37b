/// Something `update` asks the runtime to do after it returns.
///
/// Work (`run`) goes off the input path, on a background task; its message comes back
/// through the runtime's inbox and is handed to `update` like any other message. Keys keep
/// being read while it runs.
public struct Effect<Message: Sendable>: Sendable {
    enum Kind: Sendable {
        case task(lane: String?, work: @Sendable () async -> Message?)
        case send(Message)
        case quit
        case bell
        case redraw
        case theme(Theme)
    }

    let kind: Kind

    /// Runs `work` in the background; its message (if any) is delivered to `update`.
    public static func run(_ work: @escaping @Sendable () async -> Message?) -> Effect {
        Effect(kind: .task(lane: nil, work: work))
    }

    /// Runs `work` in the background as the latest of its lane: a newer effect in the same
    /// lane cancels this one (`Task.isCancelled` turns true) and this result is dropped
    /// even if it arrives. For filter, sort and search, where only the last request matters.
    public static func run(latestIn lane: String, _ work: @escaping @Sendable () async -> Message?) -> Effect {
        Effect(kind: .task(lane: lane, work: work))
    }

    /// Delivers a message to `update` on the next turn of the loop (before the next key).
    public static func send(_ message: Message) -> Effect {
        Effect(kind: .send(message))
    }

    /// Ends the runtime after in-flight effects have had a short grace period.
    public static var quit: Effect { Effect(kind: .quit) }

    /// Rings the terminal bell.
    public static var bell: Effect { Effect(kind: .bell) }

    /// Repaints the whole screen on the next frame (C-l after the terminal got garbled).
    public static var redraw: Effect { Effect(kind: .redraw) }

    /// Switches the terminal to another theme (`:theme NAME`) and repaints everything.
    /// Runs on the loop's own thread, the only one allowed to talk to the terminal.
    public static func applyTheme(_ theme: Theme) -> Effect { Effect(kind: .theme(theme)) }

    /// The same effect, its message (if any) passed through `transform` (the root addresses
    /// a layer's answers to that layer this way).
    func mapMessage(_ transform: @escaping @Sendable (Message) -> Message) -> Effect {
        switch kind {
        case .task(let lane, let work):
            return Effect(kind: .task(lane: lane, work: { await work().map(transform) }))
        case .send(let message):
            return Effect(kind: .send(transform(message)))
        case .quit, .bell, .redraw, .theme:
            return self
        }
    }
}
