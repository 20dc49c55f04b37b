extension Keymap {
    /// The `?` overlay's lines: bindings under their group headings, keys in a column
    /// sized by display width, disabled actions with their reason.
    public func helpLines() -> [String] {
        var groups: [String] = []
        var members: [String: [Binding]] = [:]
        for binding in bindings {
            if members[binding.group] == nil { groups.append(binding.group) }
            members[binding.group, default: []].append(binding)
        }
        let keyColumn = min(18, bindings.map { DisplayWidth.of($0.keyNames) }.max() ?? 0)
        var lines: [String] = []
        for group in groups {
            if !lines.isEmpty { lines.append("") }
            lines.append(group)
            for binding in members[group] ?? [] {
                var line = "  " + DisplayWidth.pad(binding.keyNames, to: keyColumn) + "  " + binding.help
                if let reason = binding.disabledReason {
                    line += " (unavailable: \(reason))"
                }
                lines.append(line)
            }
        }
        return lines
    }
}
