/// SplitMix64: a small, fast generator whose sequence depends only on its seed, so a demo
/// database is the same for the same seed on every machine.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniformly chosen integer in the range.
    public mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
    public mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
    public mutating func pick<T>(_ items: [T]) -> T { items[index(in: items)] }
    /// The index `pick` would have chosen, from the same draw.
    public mutating func index<T>(in items: [T]) -> Int { Int.random(in: 0..<items.count, using: &self) }
}

/// Form values as canonical text by field id: dates `YYYY-MM-DD`, money integer minor units,
/// yes/no `yes` or `no`, multiple choice values joined by `;`, addresses with `\n` between lines.
public typealias FormValues = [String: String]
