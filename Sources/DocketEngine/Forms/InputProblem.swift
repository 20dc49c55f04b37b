/// Why typed input was refused: one sentence that says what is wrong and what is expected,
/// ready to show under a field or in an import report.
public struct InputProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension InputProblem {
    /// Quotes what someone typed for a message: short, and with control and direction
    /// characters replaced, so an echoed value cannot disturb the terminal it is shown on.
    static func quote(_ raw: String, limit: Int = 40) -> String {
        var out = ""
        var count = 0
        for ch in raw {
            if count == limit { out += "…"; break }
            out.append(ch.unicodeScalars.contains(where: TextSafety.isUnsafe) ? "?" : ch)
            count += 1
        }
        return "'\(out)'"
    }
}

/// Characters refused in form values: C0/C1 controls and the bidi overrides and isolates
/// that can reorder what a terminal shows.
enum TextSafety {
    static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
