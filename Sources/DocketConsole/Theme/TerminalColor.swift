/// A colour as theme files name it: the terminal's own default, or a palette index
/// (0–7 the basic colours, 8–15 their bright forms, 16–255 the xterm 256-colour palette).
public enum TerminalColor: Hashable, Sendable {
    case terminalDefault
    case palette(Int)

    static let basicNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parses `default`, `red`, `bright-red`, `color0`…`color255` (case-insensitive).
    public init?(name: String) {
        let lower = name.lowercased()
        if lower == "default" {
            self = .terminalDefault
        } else if let index = TerminalColor.basicNames.firstIndex(of: lower) {
            self = .palette(index)
        } else if lower.hasPrefix("bright-"),
                  let index = TerminalColor.basicNames.firstIndex(of: String(lower.dropFirst(7))) {
            self = .palette(index + 8)
        } else if lower.hasPrefix("color"), let index = Int(lower.dropFirst(5)),
                  lower.dropFirst(5).allSatisfy(\.isASCII), (0...255).contains(index) {
            self = .palette(index)
        } else {
            return nil
        }
    }

    /// The name a theme file would use for this colour.
    public var name: String {
        switch self {
        case .terminalDefault:
            return "default"
        case .palette(let index) where index < 8:
            return TerminalColor.basicNames[index]
        case .palette(let index) where index < 16:
            return "bright-" + TerminalColor.basicNames[index - 8]
        case .palette(let index):
            return "color\(index)"
        }
    }

    /// What the parser accepts, for error messages.
    static let accepted = "default, black, red, green, yellow, blue, magenta, cyan, white, bright-black … bright-white, color0 … color255"
}
