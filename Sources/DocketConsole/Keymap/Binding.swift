/// One thing a user can do on a screen, and the keys that do it.
///
/// Screens declare their bindings as data; the `?` overlay, the footer, the README and
/// user overrides are all generated from or applied to these.
public struct Binding: Equatable, Sendable {
    /// Keys that trigger the action; the first is the one shown in hints.
    public var keys: [Key]
    /// What the key means; keymap files name it by its id (`next-case`, `open`, `search`).
    public var action: ConsoleAction
    /// What the action does, for the help overlay.
    public var help: String
    /// Heading the action is listed under in help (`Navigation`, `Case`, …).
    public var group: String
    /// A short label for the footer (`Next`, `Help`); nil keeps it out of the footer.
    public var footerLabel: String?
    /// Why the action cannot be used right now; nil when it can.
    public var disabledReason: String?

    public init(keys: [Key], action: ConsoleAction, help: String, group: String = "General", footerLabel: String? = nil, disabledReason: String? = nil) {
        self.keys = keys
        self.action = action
        self.help = help
        self.group = group
        self.footerLabel = footerLabel
        self.disabledReason = disabledReason
    }

    public var isEnabled: Bool { disabledReason == nil }

    /// The keys as people read them: `j, Down`.
    public var keyNames: String {
        keys.map(\.name).joined(separator: ", ")
    }
}
