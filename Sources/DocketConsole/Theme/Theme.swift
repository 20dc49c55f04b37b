/// A complete mapping from every StyleRole to a Style.
public struct Theme: Equatable, Sendable {
    public var name: String
    private var styles: [StyleRole: Style]

    /// A theme with the given styles; roles not listed look like `fallback`'s (plain when nil).
    public init(name: String, styles: [StyleRole: Style], inheritingFrom fallback: Theme? = nil) {
        self.name = name
        var complete: [StyleRole: Style] = [:]
        for role in StyleRole.allCases {
            complete[role] = styles[role] ?? fallback?[role] ?? .plain
        }
        self.styles = complete
    }

    public subscript(role: StyleRole) -> Style {
        get { styles[role] ?? .plain }
        set { styles[role] = newValue }
    }

    /// The built-in dark theme every other theme inherits from.
    public static let `default`: Theme = BuiltInThemes.theme(named: "default")

    /// Attributes only; used when NO_COLOR is set or the terminal has no colours.
    public static let monochrome: Theme = BuiltInThemes.theme(named: "monochrome")
}
