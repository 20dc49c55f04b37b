/// A key as messages name it ("Ctrl-S saves, Esc leaves"), read from the keymap it is bound
/// in, so a message never names a key the person has moved elsewhere.
extension Keymap {
    /// The first key bound to `action`, as prose names it; `?` when nothing is bound.
    func spoken(_ action: ConsoleAction) -> String {
        binding(forAction: action)?.keys.first.map(Self.spoken) ?? "?"
    }

    static func spoken(_ key: Key) -> String {
        if case .ctrl(let c) = key, c != " " { return "Ctrl-" + c.uppercased() }
        return key.name
    }
}
