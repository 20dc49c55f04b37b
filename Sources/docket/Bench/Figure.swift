import DocketEngine
import Foundation

/// One measured budget: samples summarised as min / median / p99, against its budget, with the
/// same work done straight through SQLite (the floor) where there is one.
struct Figure {
    enum Direction { case lowerIsBetter, higherIsBetter }

    var name: String
    var unit: String
    var samples: [Double]
    var budget: Double?
    var direction: Direction = .lowerIsBetter
    var floor: Double?
    var note: String = ""

    var sorted: [Double] { samples.sorted() }
    var min: Double { sorted.first ?? .nan }
    var median: Double { Figure.percentile(sorted, 0.5) }
    var p99: Double { Figure.percentile(sorted, 0.99) }

    /// The value held against the budget: p99 for frame times (the budget says p99), the
    /// median otherwise; for rates, the median.
    var judged: Double { name.hasSuffix("frame_ms") ? p99 : median }

    var pass: Bool? {
        guard let budget else { return nil }
        return direction == .lowerIsBetter ? judged <= budget : judged >= budget
    }

    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((Double(sorted.count - 1) * p).rounded(.up))
        return sorted[Swift.min(sorted.count - 1, Swift.max(0, rank))]
    }

    var json: JSONText.Value {
        func number(_ v: Double?) -> JSONText.Value { v.map { $0.isFinite ? .double(($0 * 1000).rounded() / 1000) : .null } ?? .null }
        var pairs: [(String, JSONText.Value)] = [("name", .string(name)), ("unit", .string(unit)), ("min", number(min)),
                                                 ("median", number(median)), ("p99", number(p99)), ("budget", number(budget)),
                                                 ("pass", pass.map(JSONText.Value.bool) ?? .null)]
        pairs.append(("floor", number(floor)))
        pairs.append(("ratio_to_floor", number(floor.flatMap { $0 > 0 ? judged / $0 : nil })))
        pairs.append(("samples", .int(samples.count)))
        if !note.isEmpty { pairs.append(("note", .string(note))) }
        return .object(pairs)
    }
}

extension Stopwatch {
    /// Runs `warmup` untimed passes, then `count` timed ones.
    static func samples(warmup: Int = 3, count: Int, _ body: (Int) throws -> Void) rethrows -> [Double] {
        for i in 0..<warmup { try body(i) }
        return try (0..<count).map { i in try ms { try body(warmup + i) } }
    }
}
