/// Errors the command line and console show to a person. Each says what is wrong and what to do.
public enum DocketError: Error, CustomStringConvertible, Equatable {
    /// The command was written wrongly (exit 2).
    case usage(String)
    /// The request was understood but refused or failed (exit 1).
    case refused(String)
    /// Someone else changed the case first.
    case conflict(String)
    case notFound(String)

    public var description: String {
        switch self {
        case .usage(let m), .refused(let m), .conflict(let m), .notFound(let m): return m
        }
    }

    public var exitCode: Int32 {
        if case .usage = self { return 2 }
        return 1
    }
}
