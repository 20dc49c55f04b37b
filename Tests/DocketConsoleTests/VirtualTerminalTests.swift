@testable import DocketConsole
import XCTest

final class VirtualTerminalTests: ConsoleTestCase {
    func testFirstPresentWritesEverythingThenOnlyChanges() {
        let terminal = VirtualTerminal(width: 10, height: 3)
        var frame = Frame(width: 10, height: 3)
        frame.put("Queue", x: 0, y: 0)
        XCTAssertEqual(terminal.present(frame), 30)
        XCTAssertEqual(terminal.present(frame), 0)
        frame.put("Case ", x: 0, y: 0)
        XCTAssertEqual(terminal.present(frame), 5, "every letter of Queue → Case differs")
        frame.put("Cast", x: 0, y: 0)
        XCTAssertEqual(terminal.present(frame), 1, "Case → Cast: one cell")
        frame.setRole(.selected, in: Rect(x: 0, y: 2, width: 10, height: 1))
        XCTAssertEqual(terminal.present(frame), 10)
        XCTAssertEqual(terminal.writesPerPresent, [30, 0, 5, 1, 10])
        XCTAssertEqual(terminal.text, "Cast\n\n")
    }

    func testAWideCharacterCountsAsOneWrite() {
        let terminal = VirtualTerminal(width: 6, height: 1)
        var frame = Frame(width: 6, height: 1)
        terminal.present(frame)
        frame.put("김", x: 2, y: 0)
        XCTAssertEqual(terminal.present(frame), 1)
        frame.put("ab", x: 2, y: 0)
        XCTAssertEqual(terminal.present(frame), 2)
    }

    func testResizeQueuesAResizeKeyAndTheNextPresentIsFull() {
        let terminal = VirtualTerminal(width: 10, height: 2, keys: [.character("j")])
        terminal.present(Frame(width: 10, height: 2))
        terminal.resize(width: 12, height: 3)
        XCTAssertEqual(terminal.size, Size(width: 12, height: 3))
        XCTAssertEqual(terminal.readKey(timeoutMs: 0), .resize)
        XCTAssertEqual(terminal.readKey(timeoutMs: 0), .character("j"))
        XCTAssertEqual(terminal.present(Frame(width: 12, height: 3)), 36)
    }

    func testScriptedKeysAndStopRequests() {
        let terminal = VirtualTerminal(keys: [])
        terminal.enqueue(names: "j C-d Enter")
        terminal.type("é")
        XCTAssertEqual(terminal.remainingKeys, [.character("j"), .ctrl("d"), .enter, .character("é")])
        XCTAssertNil(terminal.stopRequest)
        while terminal.readKey(timeoutMs: 10) != nil {}
        XCTAssertEqual(terminal.stopRequest, .inputClosed)
        terminal.deliverSignal(SIGTERM)
        XCTAssertEqual(terminal.stopRequest, .signal(SIGTERM))
    }

    func testCursorBellAndInvalidate() {
        let terminal = VirtualTerminal(width: 4, height: 1)
        var frame = Frame(width: 4, height: 1)
        frame.cursor = Point(x: 2, y: 0)
        terminal.present(frame)
        XCTAssertEqual(terminal.cursor, Point(x: 2, y: 0))
        terminal.bell()
        XCTAssertEqual(terminal.bellCount, 1)
        terminal.invalidate()
        XCTAssertEqual(terminal.present(frame), 4)
    }
}
