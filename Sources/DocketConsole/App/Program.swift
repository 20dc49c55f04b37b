/// A screen-level program in the Elm style: all state in one value, changed only by
/// `update` in answer to messages; `view` draws the state. Keys become messages through
/// `message(for:in:)`; slow work is returned from `update` as effects whose results come
/// back as messages.
public protocol Program {
    associatedtype State
    associatedtype Message: Sendable

    /// Applies a message to the state and says what to do next.
    func update(_ state: inout State, _ message: Message) -> [Effect<Message>]

    /// Draws the state. The frame arrives blank (`normal` role) at the terminal's size.
    func view(_ state: State, into frame: inout Frame)

    /// The message a key stands for in this state; nil ignores the key.
    func message(for key: Key, in state: State) -> Message?

    /// Sent every `tickIntervalMs` (auto-refresh, idle logoff, clocks); nil for nothing.
    func tickMessage(in state: State) -> Message?

    /// Sent once when a signal (SIGINT, SIGTERM, SIGHUP, or the interrupt key) or a
    /// vanished terminal stops the console: the last chance to save drafts. Effects it
    /// returns are given a short grace period to finish.
    func stopMessage(for reason: StopRequest, in state: State) -> Message?
}

extension Program {
    public func tickMessage(in state: State) -> Message? { nil }
    public func stopMessage(for reason: StopRequest, in state: State) -> Message? { nil }
}
