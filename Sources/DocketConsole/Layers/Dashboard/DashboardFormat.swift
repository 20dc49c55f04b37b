import DocketEngine

/// How the dashboard writes its figures: counts grouped by thousands, ages in days, rates as
/// percentages, and the marker that goes with colour wherever something needs attention.
enum DashboardFormat {
    /// Shown next to overdue counts and the over-threshold bar, so colour is never the only sign.
    static let attention = "!"

    static func count(_ n: Int) -> String { BarChart.formatted(n) }

    static func days(_ n: Int?) -> String { n.map { "\(BarChart.formatted($0))d" } ?? "-" }

    static func signed(_ n: Int) -> String { n > 0 ? "+" + count(n) : count(n) }

    /// One decimal place, without Foundation formatting.
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return (tenths < 0 ? "-" : "") + "\(BarChart.formatted(abs(tenths) / 10)).\(abs(tenths) % 10)"
    }

    static func percent(_ fraction: Double?) -> String { fraction.map { decimal($0 * 100) + "%" } ?? "-" }

    /// "412d", "growing", or "-" when the work holds steady.
    static func clear(_ p: BacklogProjection) -> String {
        if let days = p.projectedClearDays { return self.days(days) }
        return p.growing ? "growing" : "-"
    }
}
