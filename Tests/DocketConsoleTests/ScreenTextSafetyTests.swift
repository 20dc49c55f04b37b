@testable import DocketConsole
import DocketEngine
import XCTest

/// Text from outside never reaches the terminal as anything but text, and names in any
/// script line up by display width.
final class ScreenTextSafetyTests: ConsoleTestCase {
    private var path = ""

    override func setUpWithError() throws {
        path = try ConsoleFixtures.makeDatabase(in: try temporaryDirectory())
    }

    /// Any scalar that would steer a terminal rather than print: C0/C1 controls (ESC, BEL,
    /// newline), bidi overrides and isolates, zero-width joiners.
    private func steering(_ frame: Frame) -> [String] {
        var found: [String] = []
        for y in 0..<frame.height {
            for x in 0..<frame.width {
                for scalar in frame[x, y].grapheme.unicodeScalars {
                    let v = scalar.value
                    if v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                        || (0x2066...0x2069).contains(v) || v == 0x200D {
                        found.append("U+\(String(v, radix: 16)) at \(x),\(y)")
                    }
                }
            }
        }
        return found
    }

    func testHostileNameIsHarmlessOnEveryScreen() throws {
        for (keys, width, height) in [("", 100, 30), ("j j Enter", 80, 24), ("j j Enter", 132, 40), ("/ E v i l", 100, 30)] {
            let terminal = VirtualTerminal(width: width, height: height)
            if !keys.isEmpty { terminal.enqueue(names: keys) }
            try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
            let frame = try XCTUnwrap(terminal.screen)
            XCTAssertEqual(steering(frame), [], "keys: \(keys)")
            XCTAssertTrue(terminal.text.contains("EvilName kcaJ x"), "keys \(keys):\n\(terminal.text)")
            XCTAssertFalse(terminal.text.contains("ZXZpbA=="), "the OSC 52 payload is dropped with its sequence")
            XCTAssertEqual(frame.height, terminal.text.components(separatedBy: "\n").count, "no line was broken")
        }
    }

    func testSanitizingHappensWhereDataEntersTheViewModels() throws {
        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
        let priya = try engine.staffMember(login: "priya")
        let raw = try XCTUnwrap(engine.listCases(CaseQuery(), as: priya).first { $0.ref == "CL-2026-000006" })
        XCTAssertTrue(raw.constituentName.contains("\u{1B}"), "the fixture really is hostile")
        let row = QueueRow(raw, now: ConsoleFixtures.now, agency: engine.agency)
        XCTAssertEqual(row.constituent, "EvilName kcaJ x")
        XCTAssertEqual(row.summary.constituentName, "EvilName kcaJ x", "actions see the clean copy too")

        let detail = try engine.caseDetail(ref: "CL-2026-000006", as: priya, recordView: false)
        let model = CaseDetailModel(detail: detail, agency: engine.agency, now: ConsoleFixtures.now)
        for pane in CasePane.allCases {
            for line in CaseScreenView.rendered(model.lines(pane), width: 60) {
                for (text, _) in line.spans {
                    XCTAssertFalse(text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E }, "\(pane): \(text)")
                }
            }
        }
        let hits = SearchResult.lines(from: try engine.search("Evil", as: priya))
        XCTAssertEqual(hits.map(\.name), ["EvilName kcaJ x"])
    }

    func testNotesWithEscapesAndNewlinesStayInsideTheirPane() throws {
        let engine = try Engine.open(path: path, clock: .fixed(ConsoleFixtures.now))
        let marcus = try engine.staffMember(login: "marcus")
        try engine.note("CL-2026-000001", text: "line one\n\u{1B}[31mred\u{1B}[0m\u{202E}reversed\u{7}\nline three", as: marcus)
        let terminal = VirtualTerminal(width: 132, height: 40)
        terminal.enqueue(names: "Enter")
        try ConsoleFixtures.run(path: path, login: "marcus", terminal: terminal)
        let frame = try XCTUnwrap(terminal.screen)
        XCTAssertEqual(steering(frame), [])
        XCTAssertTrue(terminal.text.contains("│  redreversed"), terminal.text)
        XCTAssertTrue(terminal.text.contains("│  line three"), terminal.text)
    }

    /// The text of display columns [x, x + width) of a row.
    private func columns(_ frame: Frame, y: Int, x: Int, width: Int) -> String {
        var text = ""
        for column in x..<min(frame.width, x + width) where !frame[column, y].isContinuation {
            text += frame[column, y].grapheme
        }
        return text
    }

    func testMixedScriptRowsLineUpByDisplayWidth() throws {
        let terminal = VirtualTerminal(width: 132, height: 40)
        try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        let frame = try XCTUnwrap(terminal.screen)
        let header = frame.textLines()[1]
        let typeColumn = DisplayWidth.of(String(header[..<header.range(of: "Type")!.lowerBound]))
        let names = ["Łukasz Wójcik", "김민준", "EvilName kcaJ x", "هدى حداد", "Zoë Brontë"]
        for (offset, name) in names.enumerated() {
            let y = 2 + offset
            XCTAssertEqual(columns(frame, y: y, x: 15, width: DisplayWidth.of(name)), name)
            XCTAssertEqual(columns(frame, y: y, x: typeColumn, width: 11), "Disability…", "row \(y): \(frame.textLines()[y])")
            XCTAssertEqual(columns(frame, y: y, x: typeColumn - 2, width: 2), "  ", "nothing spills into the gap")
        }
        // The Korean name takes 6 columns for 3 characters.
        XCTAssertEqual(frame[15, 3].width, 2)
        XCTAssertTrue(frame[16, 3].isContinuation)
    }

    func testOverdueIsMarkedBySymbolAndRoleAndTheCursorSitsOnTheSelectedRow() throws {
        let terminal = VirtualTerminal(width: 132, height: 40)
        terminal.enqueue(names: "j")
        try ConsoleFixtures.run(path: path, login: "priya", terminal: terminal)
        let frame = try XCTUnwrap(terminal.screen)
        let line = frame.textLines()[2]
        let due = DisplayWidth.of(String(line[..<line.range(of: "! 2026-11-12")!.lowerBound]))
        XCTAssertEqual(frame[due, 2].role, .overdue)
        let soon = frame.textLines()[3]
        let soonColumn = DisplayWidth.of(String(soon[..<soon.range(of: "~ 2026-11-20")!.lowerBound]))
        XCTAssertEqual(soonColumn, due)
        XCTAssertEqual(frame[0, 3].role, .selected, "the second row is selected after j")
        XCTAssertEqual(terminal.cursor, Point(x: 0, y: 3), "the hardware cursor is on the selected row")
    }
}
