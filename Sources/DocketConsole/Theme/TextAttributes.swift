/// Terminal text attributes a theme can ask for.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let underline = TextAttributes(rawValue: 1 << 1)
    public static let reverse = TextAttributes(rawValue: 1 << 2)
    public static let dim = TextAttributes(rawValue: 1 << 3)
    public static let standout = TextAttributes(rawValue: 1 << 4)

    /// Names in theme files, in the order they are written back out.
    public static let named: [(name: String, attribute: TextAttributes)] = [
        ("bold", .bold), ("underline", .underline), ("reverse", .reverse), ("dim", .dim), ("standout", .standout),
    ]

    public init?(name: String) {
        guard let match = TextAttributes.named.first(where: { $0.name == name.lowercased() }) else { return nil }
        self = match.attribute
    }

    /// The attribute names, comma-separated (empty when none).
    public var names: String {
        TextAttributes.named.filter { contains($0.attribute) }.map(\.name).joined(separator: ",")
    }
}
