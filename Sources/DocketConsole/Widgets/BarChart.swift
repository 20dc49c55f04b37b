/// Horizontal bars scaled to the widest value, each with its label and number:
///
///     0–30 days    ████████████▌        1,204
///     over 125     ███▏                   310
///
/// Bars use eighth-blocks for resolution; any value above zero shows at least a sliver,
/// so a small figure is never mistaken for none.
public struct BarChart: Equatable, Sendable {
    public struct Bar: Equatable, Sendable {
        public var label: String
        public var value: Int
        /// A role for this bar instead of the alternating chart roles (e.g. over threshold).
        public var role: StyleRole?

        public init(_ label: String, value: Int, role: StyleRole? = nil) {
            self.label = label
            self.value = value
            self.role = role
        }
    }

    public var bars: [Bar]
    /// Labels never take more than this share of the width.
    public var maxLabelWidth: Int

    public init(bars: [Bar], maxLabelWidth: Int = 24) {
        self.bars = bars
        self.maxLabelWidth = maxLabelWidth
    }

    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A bar of `value` against `maximum` in `columns` columns.
    static func bar(value: Int, maximum: Int, columns: Int) -> String {
        guard value > 0, maximum > 0, columns > 0 else { return "" }
        let total = Int((Double(value) / Double(maximum) * Double(columns * 8)).rounded())
        let clamped = min(columns * 8, max(1, total))
        return String(repeating: "█", count: clamped / 8) + eighths[clamped % 8]
    }

    /// A count with thousands separators: 1234567 → "1,234,567".
    static func formatted(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    public func render(into frame: inout Frame, in rect: Rect) {
        guard !rect.isEmpty, !bars.isEmpty else { return }
        let labelWidth = min(maxLabelWidth, rect.width / 3, bars.map { DisplayWidth.of($0.label) }.max() ?? 0)
        let numbers = bars.map { BarChart.formatted($0.value) }
        let numberWidth = numbers.map(\.count).max() ?? 0
        let barColumns = max(0, rect.width - labelWidth - numberWidth - 2)
        let maximum = bars.map(\.value).max() ?? 0
        for (index, bar) in bars.prefix(rect.height).enumerated() {
            let y = rect.y + index
            frame.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1))
            frame.put(DisplayWidth.pad(bar.label, to: labelWidth), x: rect.x, y: y, role: .normal)
            let role = bar.role ?? (index % 2 == 0 ? .chartBar : .chartBarAlt)
            frame.put(BarChart.bar(value: bar.value, maximum: maximum, columns: barColumns),
                      x: rect.x + labelWidth + 1, y: y, role: role, maxWidth: barColumns)
            frame.put(DisplayWidth.pad(numbers[index], to: numberWidth, alignment: .right),
                      x: rect.maxX - numberWidth, y: y, role: .normal, maxWidth: numberWidth)
        }
    }
}
