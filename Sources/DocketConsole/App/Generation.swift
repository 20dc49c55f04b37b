/// A counter that tags requests so late answers to old requests can be recognised.
///
///     let generation = state.search.advance()      // in update, when the query changes
///     return [.run { .searchResults(generation, await search(query)) }]
///     ...
///     case .searchResults(let generation, let rows):
///         guard state.search.isCurrent(generation) else { return [] }   // stale: drop
public struct Generation: Hashable, Comparable, Sendable, CustomStringConvertible {
    public private(set) var value: Int

    public init(_ value: Int = 0) {
        self.value = value
    }

    /// Moves to the next generation and returns it.
    @discardableResult
    public mutating func advance() -> Generation {
        value += 1
        return self
    }

    /// Whether a result tagged `other` answers the latest request.
    public func isCurrent(_ other: Generation) -> Bool {
        other == self
    }

    public static func < (lhs: Generation, rhs: Generation) -> Bool {
        lhs.value < rhs.value
    }

    public var description: String { "#\(value)" }
}
