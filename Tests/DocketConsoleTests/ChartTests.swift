@testable import DocketConsole
import XCTest

final class ChartTests: ConsoleTestCase {
    func testSparklineScalesFromZeroToTheLargestValue() {
        XCTAssertEqual(Sparkline.render([0, 1, 2, 3, 4, 5, 6, 7]), "▁▂▃▄▅▆▇█")
        XCTAssertEqual(Sparkline.render([0, 7, 14]), "▁▅█")
    }

    func testSparklineEdgeCases() {
        XCTAssertEqual(Sparkline.render([Int]()), "")
        XCTAssertEqual(Sparkline.render([0, 0, 0]), "▁▁▁")
        XCTAssertEqual(Sparkline.render([5]), "█")
        XCTAssertEqual(Sparkline.render([0]), "▁")
        XCTAssertEqual(Sparkline.render([4, 4, 4, 4]), "████")
        XCTAssertEqual(Sparkline.render([1, Int.max]), "▁█")
        XCTAssertEqual(Sparkline.render([-3, 2]), "▁█")
        XCTAssertEqual(Sparkline.render([.nan, .infinity, 1.0]), "▁▁█")
    }

    func testSparklineSharedMaximumAndWidth() {
        XCTAssertEqual(Sparkline.render([0, 2], maximum: 14), "▁▂")
        XCTAssertEqual(Sparkline.render([9, 9, 1, 2, 3], width: 3), "▃▆█")
        var frame = Frame(width: 6, height: 1)
        Sparkline.draw([1, 2, 3, 4, 5, 6, 7, 8], into: &frame, x: 1, y: 0, width: 4)
        XCTAssertEqual(frame.text, " ▅▆▇█")
        XCTAssertEqual(frame[1, 0].role, .chartLine)
    }

    func testBarChartWithZeroOneAndLargeValues() {
        let chart = BarChart(bars: [
            BarChart.Bar("0–30 days", value: 1204),
            BarChart.Bar("31–60", value: 0),
            BarChart.Bar("61–90", value: 1),
            BarChart.Bar("over 125", value: 602, role: .overdue),
        ])
        var frame = Frame(width: 40, height: 4)
        chart.render(into: &frame, in: frame.bounds)
        XCTAssertEqual(frame.text, """
        0–30 days ████████████████████████ 1,204
        31–60                                  0
        61–90     ▏                            1
        over 125  ████████████               602
        """)
        XCTAssertEqual(frame[10, 0].role, .chartBar)
        XCTAssertEqual(frame[10, 2].role, .chartBar)
        XCTAssertEqual(frame[10, 3].role, .overdue)
    }

    func testBarChartHandlesHugeValuesAndAllZero() {
        var frame = Frame(width: 50, height: 2)
        BarChart(bars: [BarChart.Bar("max", value: Int.max), BarChart.Bar("half", value: Int.max / 2)]).render(into: &frame, in: frame.bounds)
        XCTAssertEqual(frame.text, """
        max  ███████████████████ 9,223,372,036,854,775,807
        half █████████▌          4,611,686,018,427,387,903
        """)
        var zeros = Frame(width: 20, height: 2)
        BarChart(bars: [BarChart.Bar("a", value: 0), BarChart.Bar("b", value: 0)]).render(into: &zeros, in: zeros.bounds)
        XCTAssertEqual(zeros.text, "a                  0\nb                  0")
    }

    func testBarLengths() {
        XCTAssertEqual(BarChart.bar(value: 10, maximum: 10, columns: 4), "████")
        XCTAssertEqual(BarChart.bar(value: 5, maximum: 10, columns: 3), "█▌")
        XCTAssertEqual(BarChart.bar(value: 1, maximum: 1_000_000, columns: 4), "▏")
        XCTAssertEqual(BarChart.bar(value: 0, maximum: 10, columns: 4), "")
        XCTAssertEqual(BarChart.bar(value: 5, maximum: 10, columns: 0), "")
        XCTAssertEqual(BarChart.formatted(-1234567), "-1,234,567")
        XCTAssertEqual(BarChart.formatted(999), "999")
    }
}
