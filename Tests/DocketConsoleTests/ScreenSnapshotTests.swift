@testable import DocketConsole
import DocketEngine
import XCTest

/// Screens drawn into the virtual terminal from a real database (the test agency at a
/// fixed clock) and compared as text. Set DOCKET_PRINT_SNAPSHOTS=FILE (an existing file) to append what is drawn to it.
final class ScreenSnapshotTests: ConsoleTestCase {
    private var path = ""

    override func setUpWithError() throws {
        path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
    }

    private func screen(_ width: Int, _ height: Int, as login: String = "priya", keys: String = "") throws -> String {
        let terminal = VirtualTerminal(width: width, height: height)
        if !keys.isEmpty { terminal.enqueue(names: keys) }
        try ConsoleFixtures.run(path: path, login: login, terminal: terminal)
        if let file = ProcessInfo.processInfo.environment["DOCKET_PRINT_SNAPSHOTS"],
           let handle = FileHandle(forWritingAtPath: file) {
            handle.seekToEndOfFile()
            handle.write(Data("--- \(width)×\(height) \(login) \(keys)\n\(terminal.text)\n---\n".utf8))
            handle.closeFile()
        }
        return terminal.text
    }
}

extension ScreenSnapshotTests {
    func testQueueAt80x24() throws {
        assertScreen(try screen(80, 24), """
             Mine 0  [Unasg 5]  Dept 6   Refs 0   Hold 1   Late 2   Closed 0
            Ref            Constituent    State           Pri Wait ▼ Due        Assignee
            CL-2026-000004 Łukasz Wójcik  new               3     20 ! 26-11-12 —
            CL-2026-000002 김민준         new               3     12 ~ 26-11-20 —
            CL-2026-000006 EvilName kcaJ… new               3      5   26-11-30 —
            CL-2026-000003 هدى حداد       new               3      2   26-12-01 —
            CL-2026-000005 Zoë Brontë     awaiting info     3      0 ‖ 26-12-02 —















            priya · VET · by wait ▼                                                      1/5
            ? Help  Enter Open  n Next  c Claim  r Route  f Refer  h Hold  a Note  / Search
            """)
    }

    func testQueueAt132x40() throws {
        assertScreen(try screen(132, 40), """
             My work 0  [Unassigned 5]  Department 6   Referrals 0   On hold 1   Overdue 2   Closed 30d 0
            Ref            Constituent                           Type           Dept   State           Pri Wait ▼ Held Due          Assignee
            CL-2026-000004 Łukasz Wójcik                         Disability…    VET    new               3     20      ! 2026-11-12 —
            CL-2026-000002 김민준                                Disability…    VET    new               3     12      ~ 2026-11-20 —
            CL-2026-000006 EvilName kcaJ x                       Disability…    VET    new               3      5        2026-11-30 —
            CL-2026-000003 هدى حداد                              Disability…    VET    new               3      2        2026-12-01 —
            CL-2026-000005 Zoë Brontë                            Disability…    VET    awaiting info     3      0    1 ‖ 2026-12-02 —































            priya · VET · by wait ▼                                                                                                          1/5
            ? Help  Enter Open  n Next  c Claim  r Route  f Refer  h Hold  a Note  / Search  i Intake  s State  o Sort  F Filter  Q Quit
            """)
    }

    func testCaseAt80x24() throws {
        assertScreen(try screen(80, 24, keys: "Enter"), """
            CL-2026-000004  Disability claim  new  P3
            ! OVERDUE by 4 business days, was due 2026-11-12 · waiting 20 d · on hold 0 d
            VET Veterans Claims · unassigned · v1
            [Constituent]  Form   Tasks   Timeline   Notes   Ledger
            Name        Łukasz Wójcik
            National id ***-**-9012
















            priya · CL-2026-000004
            ? Help  q Back  n Next  c Claim  r Route  f Refer  h Hold  a Note  / Search
            """)
    }

    func testCaseAt132x40() throws {
        assertScreen(try screen(132, 40, keys: "Enter"), """
            CL-2026-000004  Disability claim  new  P3
            ! OVERDUE by 4 business days, was due 2026-11-12 · waiting 20 d · on hold 0 d
            VET Veterans Claims · unassigned · v1
            ┌─ ▶ Constituent ────────────────────────────────────────────────┐┌─ Timeline ─────────────────────────────────────────────────────┐
            │Name        Łukasz Wójcik                                       ││2026-10-29 10:00  ana  routed to VET (rule 'claims to VET')     │
            │National id ***-**-9012                                         ││  intake: rule 'claims to VET'                                  │
            └────────────────────────────────────────────────────────────────┘│2026-10-29 10:00  ana  created the case                         │
            ┌─ Form ─────────────────────────────────────────────────────────┐│                                                                │
            │Veteran                                                         ││                                                                │
            │Given name  Łukasz                                              ││                                                                │
            │Family name Wójcik                                              ││                                                                │
            │National id ***-**-9012                                         ││                                                                │
            │Born        •••••• (personal)                                   ││                                                                │
            │Branch      Army                                                ││                                                                │
            │                                                                ││                                                                │
            │                                                                ││                                                                │
            │                                                                ││                                                                │
            │                                                                ││                                                                │
            │                                                                ││                                                                │
            │                                                                ││                                                                │
            │                                                                ││                                                                │
            │                                                                ││                                                                │
            │                                                                ││                                                                │
            │                                                                ││                                                                │
            │                                                                ││                                                                │
            │                                                                ││                                                                │
            │                                                                ││                                                                │
            │                                                                ││                                                                │
            │                                                                ││                                                                │
            └────────────────────────────────────────────────────────────────┘│                                                                │
            ┌─ Tasks ────────────────────────────────────────────────────────┐│                                                                │
            │#4 main VET · in queue · unassigned · opened 2026-10-29         ││                                                                │
            │  rule 'claims to VET'                                          ││                                                                │
            └────────────────────────────────────────────────────────────────┘│                                                                │
            ┌─ Ledger ───────────────────────────────────────────────────────┐└────────────────────────────────────────────────────────────────┘
            │No fees or payments.                                            │┌─ Notes ────────────────────────────────────────────────────────┐
            │Balance 0.00 USD                                                ││No notes. Press a to add one.                                   │
            └────────────────────────────────────────────────────────────────┘└────────────────────────────────────────────────────────────────┘
            priya · CL-2026-000004
            ? Help  q Back  n Next  c Claim  r Route  f Refer  h Hold  a Note  / Search  i Intake  s State  Tab Pane  v Reveal  Q Quit
            """)
    }

    func testHelpOverlayAt80x24() throws {
        assertScreen(try screen(80, 24, keys: "?"), """
             Mine 0  [Unasg 5]  Dept 6   Refs 0   Hold 1   Late 2   Closed 0
            R┌─ Keys — Queue ─────────────────────────────────────────────────────────────┐
            C│ Move                                                                       │
            C│   j, Down         move down a row                                          │
            C│   k, Up           move up a row                                            │
            C│   PgDn, C-f       move down a page                                         │
            C│   PgUp, C-b       move up a page                                           │
             │   C-d             scroll down half a page                                  │
             │   C-u             scroll up half a page                                    │
             │   g, Home         go to the first row                                      │
             │   G, End          go to the last row                                       │
             │                                                                            │
             │ Queue                                                                      │
             │   Enter           open the selected case                                   │
             │   Tab, Right, ]   next tab                                                 │
             │   S-Tab, Left, [  previous tab                                             │
             │   t               show the next of your departments                        │
             │   o               sort by the next column                                  │
             │   O               reverse the sort direction                               │
             │   F               filter: dept=, state=, type=, assignee=, overdue         │
             │   C-r, F5         refresh the queue and its counts                         │
             │   Esc             clear the filter                                         │
            p└─────────────────────────────────────────── Esc close  j/k scroll  1–20/67 ─┘5
            ? Help  Enter Open  n Next  c Claim  r Route  f Refer  h Hold  a Note  / Search
            """)
    }

    func testTinyTerminalShowsTheNotice() throws {
        assertScreen(try screen(20, 6), """
            Terminal too small:
            need at least 40×10,
            have 20×6. Enlarge
            the window, or press
            Q to quit.

            """)
    }

    func testQueueAt40x10() throws {
        assertScreen(try screen(40, 10), """
            M 0 [Unasg 5] D 6 R 0 H 1 L 2 C 0
            Ref            Constituent    Due
            CL-2026-000004 Łukasz Wójcik  ! 26-11-12
            CL-2026-000002 김민준         ~ 26-11-20
            CL-2026-000006 EvilName kcaJ…   26-11-30
            CL-2026-000003 هدى حداد         26-12-01
            CL-2026-000005 Zoë Brontë     ‖ 26-12-02

            priya · VET · by wait ▼              1/5
            ? Help  Enter Open  n Next  c Claim
            """)
    }

    func testCaseAt40x10() throws {
        assertScreen(try screen(40, 10, keys: "Enter"), """
            CL-2026-000004  Disability claim  new  …
            ! OVERDUE by 4 business days, was due 2…
            VET Veterans Claims · unassigned · v1
            [Co…]  Form   Task   Time   Note   Ledg
            Name        Łukasz Wójcik
            National id ***-**-9012


            priya · CL-2026-000004
            ? Help  q Back  n Next  c Claim  r Route
            """)
    }
}
