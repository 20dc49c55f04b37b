/// Everything wrong with one config file, one `FILE:LINE: what is wrong` line per problem.
public struct ConfigFileError: Error, Equatable, CustomStringConvertible, Sendable {
    public var lines: [String]

    public init(lines: [String]) {
        self.lines = lines
    }

    public var description: String { lines.joined(separator: "\n") }
}
