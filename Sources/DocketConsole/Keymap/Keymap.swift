/// The bindings of one screen, in the order they should be listed.
public struct Keymap: Equatable, Sendable {
    /// The screen's id in keymap files (`queue`, `case`, `form`, `dashboard`).
    public var screen: String
    public var bindings: [Binding]

    public init(screen: String, bindings: [Binding]) {
        self.screen = screen
        self.bindings = bindings
    }

    /// The binding a key belongs to, enabled or not (so a disabled action can say why).
    public func binding(for key: Key) -> Binding? {
        bindings.first { $0.keys.contains(key) }
    }

    /// The action a key triggers now; nil when the key is unbound or its action disabled.
    public func action(for key: Key) -> ConsoleAction? {
        guard let binding = binding(for: key), binding.isEnabled else { return nil }
        return binding.action
    }

    /// The binding of an action.
    public func binding(forAction action: ConsoleAction) -> Binding? {
        bindings.first { $0.action == action }
    }

    /// Every action on this screen.
    public var actions: [ConsoleAction] { bindings.map(\.action) }

    /// Every action's id on this screen, as keymap files name them.
    public var actionIDs: [String] { bindings.map(\.action.id) }

    /// Disables an action with a reason shown in help (nil enables it again).
    public mutating func setDisabled(_ action: ConsoleAction, reason: String?) {
        for index in bindings.indices where bindings[index].action == action {
            bindings[index].disabledReason = reason
        }
    }

    /// Keys bound to more than one action, as readable lines (empty when none).
    public func conflicts() -> [String] {
        var owners: [Key: [String]] = [:]
        var order: [Key] = []
        for binding in bindings {
            for key in binding.keys {
                if owners[key] == nil { order.append(key) }
                owners[key, default: []].append(binding.action.id)
            }
        }
        return order.compactMap { key in
            guard let actions = owners[key], actions.count > 1 else { return nil }
            return "\(screen): \(key.name) is bound to \(actions.joined(separator: " and "))"
        }
    }
}
