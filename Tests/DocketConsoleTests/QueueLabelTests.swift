import DocketEngine
@testable import DocketConsole
import Foundation
import XCTest

/// The queue's Type and State columns show the agency's short labels, never cut-off codes.
final class QueueLabelTests: ConsoleTestCase {
    func testALabelIsCutAtAWordWithAnEllipsis() {
        XCTAssertEqual(QueueLabel.fit("Disability", to: 12), "Disability")
        XCTAssertEqual(QueueLabel.fit("Veterans disability claim", to: 14), "Veterans…")
        XCTAssertEqual(QueueLabel.fit("Veterans disability claim", to: 20), "Veterans disability…")
        XCTAssertEqual(QueueLabel.fit("Contact-tracing report", to: 8), "Contact…")
    }

    func testTheDemoQueueShowsShortLabels() throws {
        let path = try FormFixture.makeDemo(in: try temporaryDirectory())
        let terminal = VirtualTerminal(width: 132, height: 40)
        // The Department tab lists every type and state of the clerk's department.
        terminal.enqueue(names: "Tab Tab")
        let runtime = try ConsoleFixtures.run(path: path, login: "david.kim", terminal: terminal)
        let rows = runtime.state.queue.window.rows
        XCTAssertFalse(rows.isEmpty)
        let agency = runtime.program.session.agency
        let widths = QueueColumnWidths(agency: agency)
        for row in rows {
            XCTAssertEqual(row.typeLabel, agency.caseType(row.summary.type)?.short)
            let cells = QueueView.tableRow(row, columns: [.type, .state], widths: widths, fullDates: true).cells
            XCTAssertFalse(cells.joined().contains("…"), "a short label fits whole: \(cells)")
            XCTAssertFalse(cells.joined().contains("_"), "no codes: \(cells)")
        }
        XCTAssertFalse(terminal.text.contains("disability_cl"), terminal.text)
        XCTAssertFalse(terminal.text.contains("awaiting_in"), terminal.text)
        XCTAssertTrue(terminal.text.contains("Benefits"), terminal.text)
    }
}
