/// A series as a row of block characters, ▁▂▃▄▅▆▇█, scaled from zero to the largest
/// value (so equal counts draw equal blocks and a zero is always the lowest block).
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One block per value. `maximum` fixes the top of the scale, so two series (intake
    /// and closures) can share one; by default it is the series' own largest value.
    /// With more values than `width`, the most recent ones are kept.
    public static func render(_ values: [Double], maximum: Double? = nil, width: Int? = nil) -> String {
        var series = values.map { $0.isFinite ? max(0, $0) : 0 }
        if let width { series = Array(series.suffix(max(0, width))) }
        let top = maximum ?? series.max() ?? 0
        guard top > 0 else { return String(repeating: blocks[0], count: series.count) }
        return String(series.map { value in
            let level = Int((min(value, top) / top * 7).rounded())
            return blocks[min(7, max(0, level))]
        })
    }

    /// The same for integer counts.
    public static func render(_ values: [Int], maximum: Int? = nil, width: Int? = nil) -> String {
        render(values.map(Double.init), maximum: maximum.map(Double.init), width: width)
    }

    /// Draws the sparkline at (x, y) in the chart-line role.
    public static func draw(_ values: [Int], into frame: inout Frame, x: Int, y: Int, width: Int, maximum: Int? = nil) {
        frame.put(render(values, maximum: maximum, width: width), x: x, y: y, role: .chartLine, maxWidth: width)
    }
}
