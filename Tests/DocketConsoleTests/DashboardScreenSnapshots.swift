/// What the dashboard looks like in the console for priya on the test agency at its fixed clock
/// (refresh with DOCKET_PRINT_SNAPSHOTS=FILE).
extension DashboardScreenTests {
    static let snapshot80x24 = #"""
Backlog · 2026-11-18 10:00 UTC · 0 of 6 open over 125 days
Dept   Open Unasg Hold [Overdue] Due 5d Refs >125 Median P90   Clear
INTAKE    0     0    0         0      0    0    0      -   -      0d
VET       6     5    1        !2      1    0    0     5d 40d growing
MED       0     0    0         0      0    0    0      -   -      0d
Total     6     5    1        !2      1    0    0     5d 40d growing

Age of open cases · VET                  Intake vs closed · 12 weeks · VET
0-30       ██████████████████████████ 5  in  ▁▁▁▁▁▅▁▁▅▅▅█ 6
31-60      █████▎                     1  out ▁▁▁▁▁▁▁▁▁▁▁▁ 0
61-90                                 0  net +6  clear growing
91-125                                0  Workload · VET
! over 125                            0  Login                Active Week Oldest
median 5d  p90 40d                       marcus                    1    0    40d
SLA breach 40.0%  decision -             priya                     0    0      -

Over 125 days by department
  INTAKE                              0
> VET                                 0
  MED                                 0

Enter: open the 2 overdue cases in VET
priya · dashboard                                                    as of 10:00
? Help  Enter Open  q Back  b Rebalance  p Reassign  1 Age 1-5  r Refresh
"""#

    static let snapshot160x48 = #"""
Backlog · 2026-11-18 10:00 UTC · 0 of 6 open over 125 days
Dept   Name            Open Unasg Hold [Overdue] Due 5d Refs >125 Median P90   Clear
INTAKE Intake             0     0    0         0      0    0    0      -   -      0d
VET    Veterans Claims    6     5    1        !2      1    0    0     5d 40d growing
MED    Medical Review     0     0    0         0      0    0    0      -   -      0d
Total  whole agency       6     5    1        !2      1    0    0     5d 40d growing

Age of open cases · VET                               Intake vs closed · 12 weeks · VET                     Workload · VET
0-30       ███████████████████████████████████████ 5  in  ▁▁▁▁▁▅▁▁▅▅▅█ 6                                    Login                             Active Week Oldest
31-60      ███████▊                                1  out ▁▁▁▁▁▁▁▁▁▁▁▁ 0                                    marcus                                 1    0    40d
61-90                                              0  net +6  clear growing                                 priya                                  0    0      -
91-125                                             0  cleared/wk -1.3 over 28d
! over 125                                         0  weeks of 2026-08-31 to 2026-11-16
median 5d  p90 40d
SLA breach 40.0%  decision -                          Week of    In Out Moved Net
                                                      2026-08-31  0   0     0   0
Over 125 days by department                           2026-09-07  0   0     0   0
  INTAKE                                           0  2026-09-14  0   0     0   0
> VET                                              0  2026-09-21  0   0     0   0
  MED                                              0  2026-09-28  0   0     0   0
                                                      2026-10-05  1   0     0  +1
                                                      2026-10-12  0   0     0   0
                                                      2026-10-19  0   0     0   0
                                                      2026-10-26  1   0     0  +1
                                                      2026-11-02  1   0     0  +1
                                                      2026-11-09  1   0     0  +1
                                                      2026-11-16  2   0     0  +2


















Enter: open the 2 overdue cases in VET
priya · dashboard                                                                                                                                    as of 10:00
? Help  Enter Open  q Back  b Rebalance  p Reassign  1 Age 1-5  r Refresh  / Search  Q Quit
"""#
}
