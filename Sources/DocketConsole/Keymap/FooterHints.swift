/// One key hint in the footer: `F1 Help`, `n Next`.
public struct FooterHint: Equatable, Sendable {
    public var key: String
    public var label: String

    public init(key: String, label: String) {
        self.key = key
        self.label = label
    }

    /// Columns the hint takes when drawn as "key label".
    public var width: Int { DisplayWidth.of(key) + 1 + DisplayWidth.of(label) }
}

extension Keymap {
    /// Spacing between footer hints.
    public static let footerHintGap = 2

    /// The footer's hints for a line `width` columns wide: enabled bindings that have a
    /// footer label, function keys first (they are what the F-key row shows), then the
    /// rest in declaration order, as many as fit whole.
    public func footerHints(width: Int) -> [FooterHint] {
        let candidates = bindings.filter { $0.isEnabled && $0.footerLabel != nil && !$0.keys.isEmpty }
        let functionKeyed = candidates.filter { binding in
            if case .function = binding.keys[0] { return true }
            return false
        }
        let others = candidates.filter { binding in
            if case .function = binding.keys[0] { return false }
            return true
        }
        var hints: [FooterHint] = []
        var used = 0
        for binding in functionKeyed + others {
            let hint = FooterHint(key: binding.keys[0].name, label: binding.footerLabel ?? binding.action.id)
            let needed = hint.width + (hints.isEmpty ? 0 : Keymap.footerHintGap)
            // Skip one that does not fit; a shorter one further on may still fit.
            if used + needed > width { continue }
            hints.append(hint)
            used += needed
        }
        return hints
    }
}
