import DocketEngine
import Foundation
import XCTest
@testable import DocketConsole

/// The dashboard drawn from a fixed report: whole-screen snapshots at 80×24 and 160×48, the
/// roles and markers that carry meaning, zero, one and huge values, and tiny screens.
final class DashboardViewTests: ConsoleTestCase {
    func render(_ selection: DashboardSelection, _ width: Int, _ height: Int) -> Frame {
        DashboardView(report: DashboardFixture.report(), selection: selection).frame(size: Size(width: width, height: height))
    }

    func testSnapshotAt80By24() {
        let frame = render(DashboardSelection(row: 1, figure: .overdue), 80, 24)
        XCTAssertEqual(frame.text, """
        Backlog · 2026-11-18 10:00 UTC · 149 of 1,234,988 open over 125 days
        Dept        Open     Unasg Hold [Overdue] Due 5d Refs >125 Median  P90   Clear
        INTAKE         0         0    0         0      0    0    0      -    -      0d
        VET          245       123   33       !37      5    0   83    94d 339d growing
        MED          176        97   12      !132      5   39   66    85d 346d    176d
        BEN    1,234,567 1,000,000    0         0      1    0    0     3d  12d growing
        Total  1,234,988 1,000,220   45      !169     11   39  149     3d  14d growing

        Age of open cases · VET                  Intake vs closed · 12 weeks · VET
        0-30       ████████████              40  in  ▆▇▇█▆▇█▇█▇█▃ 178
        31-60      ████████████▋             42  out ▃▃▄▄▄▃▅▄▄▅▄▂  82
        61-90      ██████████▉               36  net +96  clear growing
        91-125     █████████████▎            44  Workload · VET
        ! over 125 █████████████████████████ 83  Login                Active Week Oldest
        median 94d  p90 339d                     aisha.bello             100    4   577d
        SLA breach 17.5%  decision 102.9d        priya.shah               51    0   575d
                                                 marcus.reyes             35    2   671d
        Over 125 days by department              tomasz.nowak             35    0   369d
          INTAKE                              0  new.hire                  0    0      -
        > VET    ███████████████████████████ 83
          MED    █████████████████████▌      66
          BEN                                 0

        Enter: open the 37 overdue cases in VET
        """)
        XCTAssertEqual(frame.cursor, Point(x: 0, y: 3), "the cursor sits on VET's row for screen readers")
        XCTAssertEqual(frame[0, 3].role, .selected)
        XCTAssertEqual(frame[0, 23].role, .statusBar)
        XCTAssertEqual(frame[0, 0].role, .title)
    }

    func testSnapshotAt160By48() {
        let frame = render(DashboardSelection(row: 2, figure: .referrals), 160, 48)
        XCTAssertEqual(frame.text, """
        Backlog · 2026-11-18 10:00 UTC · 149 of 1,234,988 open over 125 days
        Dept   Name                      Open     Unasg Hold Overdue Due 5d [Refs] >125 Median  P90   Clear
        INTAKE Intake & Triage              0         0    0       0      0      0    0      -    -      0d
        VET    Veterans Claims            245       123   33     !37      5      0   83    94d 339d growing
        MED    Medical Review             176        97   12    !132      5     39   66    85d 346d    176d
        BEN    Benefits Eligibility 1,234,567 1,000,000    0       0      1      0    0     3d  12d growing
        Total  whole agency         1,234,988 1,000,220   45    !169     11     39  149     3d  14d growing

        Age of open cases · MED                               Intake vs closed · 12 weeks · MED                     Workload · MED
        0-30       █████████████████▉                     31  in  ▆█▅▆█▆▆█▆▆█▅ 38                                   Login                             Active Week Oldest
        31-60      ██████████████████▍                    32  out ▃▅▃▃▅▃▃▅▃▃▃▃ 15                                   dr.lee                                28    0   521d
        61-90      ████████████████▊                      29  net +23  clear 176d
        91-125     ██████████▍                            18  cleared/wk 7.0 over 28d
        ! over 125 ██████████████████████████████████████ 66  weeks of 2026-08-31 to 2026-11-16
        median 85d  p90 346d
        SLA breach 80.5%  decision 103.4d                     Week of    In Out Moved Net
                                                              2026-08-31  3   1     0  +2
        Over 125 days by department                           2026-09-07  4   2     0  +2
          INTAKE                                           0  2026-09-14  2   1     0  +1
          VET    ████████████████████████████████████████ 83  2026-09-21  3   1     0  +2
        > MED    ███████████████████████████████▊         66  2026-09-28  4   2     0  +2
          BEN                                              0  2026-10-05  3   1     0  +2
                                                              2026-10-12  3   1     0  +2
                                                              2026-10-19  4   2     0  +2
                                                              2026-10-26  3   1     0  +2
                                                              2026-11-02  3   1     0  +2
                                                              2026-11-09  4   1     0  +3
                                                              2026-11-16  2   1     0  +1



















        Enter: open the 39 open referrals to MED
        """)
        XCTAssertEqual(frame.cursor, Point(x: 0, y: 4))
        XCTAssertEqual(frame.textLines()[47], "Enter: open the 39 open referrals to MED")
    }

    func testTheOverThresholdBarAndOverdueCountsAreMarkedNotOnlyColoured() {
        let frame = render(DashboardSelection(row: 0, figure: .open), 80, 24)
        let lines = frame.textLines()
        // The age bars of the selected row (INTAKE is empty) and the overdue column of VET.
        let barRow = try! XCTUnwrap(lines.firstIndex { $0.hasPrefix("! over 125") })
        XCTAssertEqual(frame[0, barRow].role, .normal, "the label is plain text; its marker carries the meaning")
        let vetRow = try! XCTUnwrap(lines.firstIndex { $0.hasPrefix("VET") })
        let overdue = try! XCTUnwrap(lines[vetRow].range(of: "!37"))
        let x = lines[vetRow].distance(from: lines[vetRow].startIndex, to: overdue.lowerBound)
        XCTAssertEqual(frame[x, vetRow].role, .overdue)
        XCTAssertEqual(frame[x + 1, vetRow].role, .overdue)
        let intakeRow = try! XCTUnwrap(lines.firstIndex { $0.hasPrefix("INTAKE") })
        XCTAssertFalse(frame.roles(inRow: intakeRow).contains(.overdue), "nothing overdue, nothing marked")

        // On VET, the over-threshold bar is drawn in the overdue role, the others as chart bars.
        let vet = render(DashboardSelection(row: 1), 80, 24)
        let vetLines = vet.textLines()
        let over = try! XCTUnwrap(vetLines.firstIndex { $0.hasPrefix("! over 125") })
        XCTAssertEqual(vet[11, over].role, .overdue)
        XCTAssertEqual(vet[11, over - 1].role, .chartBar)
    }

    func testZeroOneAndHugeValues() {
        // All zero (INTAKE): no bars, flat sparklines, zero counts, nothing to clear.
        var frame = render(DashboardSelection(row: 0), 80, 24)
        var lines = frame.textLines()
        XCTAssertTrue(lines.contains("0-30                                  0  in  ▁▁▁▁▁▁▁▁▁▁▁▁ 0"), lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("! over 125                            0") })
        XCTAssertTrue(lines.contains { $0.contains("net 0  clear 0d") })
        XCTAssertTrue(lines.contains { $0.hasPrefix("SLA breach -  decision -") })

        // Huge (BEN: 1,234,567 in the first bucket and this week): full bar, one spike, all digits.
        frame = render(DashboardSelection(row: 3), 80, 24)
        lines = frame.textLines()
        XCTAssertTrue(lines.contains { $0.hasPrefix("0-30       ██████████████████ 1,234,567  in  ▁▁▁▁▁▁▁▁▁▁▁█ 1,234,567") },
                      lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("BEN    1,234,567 1,000,000") })

        // One against huge (the agency total): a sliver, never nothing.
        frame = render(DashboardSelection(row: 4), 80, 24)
        lines = frame.textLines()
        XCTAssertTrue(lines.contains { $0.hasPrefix("31-60      ▏                         74") }, lines.joined(separator: "\n"))
        var one = DashboardFixture.report()
        one.departments[0].figures.ageBuckets[2].count = 1
        one.departments[0].figures.weekly[11].closed = 1
        frame = DashboardView(report: one, selection: DashboardSelection(row: 0)).frame(size: Size(width: 80, height: 24))
        lines = frame.textLines()
        // A lone 1 is the scale's top: a full bar and a full block.
        XCTAssertTrue(lines.contains("61-90      ██████████████████████████ 1  net -1  clear 0d"), lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains("31-60                                 0  out ▁▁▁▁▁▁▁▁▁▁▁█ 1"))
    }

    func testSmallAndDegenerateScreensDrawWhatFits() {
        for (w, h) in [(20, 6), (40, 10), (1, 1), (0, 0), (200, 3)] {
            let frame = render(DashboardSelection(row: 1), w, h)
            XCTAssertEqual(frame.size, Size(width: w, height: h))
            for line in frame.textLines() { XCTAssertLessThanOrEqual(DisplayWidth.of(line), w) }
        }
        let narrow = render(DashboardSelection(row: 1), 60, 16).textLines()
        XCTAssertEqual(narrow[1], "Dept        Open     Unasg Hold [Overdue] Due 5d Refs >125", "whole columns are dropped, not cut")
        XCTAssertTrue(narrow.contains { $0.hasPrefix("! over 1") }, "the marker survives a cut label")
        XCTAssertEqual(narrow.last, "Enter: open the 37 overdue cases in VET")
    }
}
