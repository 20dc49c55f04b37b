@testable import DocketConsole
import XCTest

final class TextInputTests: ConsoleTestCase {
    func press(_ input: inout TextInput, _ names: String) {
        for name in names.split(separator: " ") {
            _ = input.handle(Key(name: String(name))!)
        }
    }

    func type(_ input: inout TextInput, _ text: String) {
        for c in text { XCTAssertEqual(input.handle(.character(c)), .edited) }
    }

    func testInsertMoveAndDelete() {
        var input = TextInput()
        type(&input, "Wjcik")
        press(&input, "Home Right")
        type(&input, "ó")
        XCTAssertEqual(input.text, "Wójcik")
        XCTAssertEqual(input.cursor, 2)
        press(&input, "Backspace Del")
        XCTAssertEqual(input.text, "Wcik")
        press(&input, "End Left Left")
        XCTAssertEqual(input.cursor, 2)
        XCTAssertEqual(input.handle(.left), .moved)
        XCTAssertEqual(input.handle(.home), .moved)
        XCTAssertEqual(input.handle(.home), .ignored)
        XCTAssertEqual(input.handle(.backspace), .ignored)
    }

    func testEmacsKeys() {
        var input = TextInput(text: "route VET awaiting DD-214")
        press(&input, "C-a")
        XCTAssertEqual(input.cursor, 0)
        press(&input, "C-e")
        XCTAssertEqual(input.cursor, input.characters.count)
        press(&input, "C-w")
        XCTAssertEqual(input.text, "route VET awaiting ")
        press(&input, "M-b M-b")
        XCTAssertEqual(input.cursor, 6)
        press(&input, "C-k")
        XCTAssertEqual(input.text, "route ")
        press(&input, "C-u")
        XCTAssertEqual(input.text, "")
        XCTAssertEqual(input.cursor, 0)
    }

    func testWordMovesStopAtPunctuation() {
        var input = TextInput(text: "DC-2026-004211 note")
        press(&input, "Home M-f")
        XCTAssertEqual(input.cursor, 2)
        press(&input, "M-f M-f")
        XCTAssertEqual(input.cursor, 14)
        press(&input, "M-d")
        XCTAssertEqual(input.text, "DC-2026-004211")
        press(&input, "M-b")
        XCTAssertEqual(input.cursor, 8)
    }

    func testMaxLengthAndControlCharacters() {
        var input = TextInput(maxLength: 3)
        type(&input, "abc")
        XCTAssertEqual(input.handle(.character("d")), .ignored)
        XCTAssertEqual(input.handle(.character("\u{1B}")), .ignored)
        XCTAssertEqual(input.text, "abc")
    }

    func testHistoryWalksBackAndReturnsToTheDraft() {
        var input = TextInput(history: ["route VET", "hold 2026-05-01"])
        input.remember("note called")
        input.remember("note called")
        input.remember("")
        XCTAssertEqual(input.history, ["route VET", "hold 2026-05-01", "note called"])
        type(&input, "dra")
        press(&input, "Up")
        XCTAssertEqual(input.text, "note called")
        press(&input, "Up Up")
        XCTAssertEqual(input.text, "route VET")
        XCTAssertEqual(input.handle(.up), .ignored)
        press(&input, "Down")
        XCTAssertEqual(input.text, "hold 2026-05-01")
        press(&input, "C-n C-n")
        XCTAssertEqual(input.text, "dra")
        XCTAssertEqual(input.handle(.down), .ignored)
    }

    func testTabCyclesCompletionsAndBackToWhatWasTyped() {
        var input = TextInput(text: "re", completer: { text in ["refer", "release", "report"].filter { $0.hasPrefix(text) } })
        press(&input, "Tab")
        XCTAssertEqual(input.text, "refer")
        XCTAssertEqual(input.completionCandidates, ["refer", "release", "report"])
        press(&input, "Tab Tab")
        XCTAssertEqual(input.text, "report")
        press(&input, "Tab")
        XCTAssertEqual(input.text, "re")
        press(&input, "S-Tab")
        XCTAssertEqual(input.text, "report")
        // Any other key accepts the completion.
        type(&input, " ")
        XCTAssertEqual(input.text, "report ")
        XCTAssertEqual(input.handle(.tab), .noCompletion)
    }

    func testEnterSubmitsAndEscCancels() {
        var input = TextInput(text: "n")
        XCTAssertEqual(input.handle(.enter), .submitted("n"))
        XCTAssertEqual(input.handle(.escape), .cancelled)
        XCTAssertEqual(input.handle(.function(3)), .ignored)
    }

    func testRenderScrollsByDisplayWidthAndPlacesTheCursor() {
        var input = TextInput(text: "김민준 Łukasz")
        var frame = Frame(width: 12, height: 1)
        input.render(into: &frame, x: 1, y: 0, width: 8)
        // 13 columns of text in 8: the start scrolls so the cursor (after "z") shows.
        XCTAssertEqual(frame.text, "  Łukasz")
        XCTAssertEqual(frame.cursor, Point(x: 8, y: 0))
        input.setText("김민준 Łukasz")
        _ = input.handle(.home)
        input.render(into: &frame, x: 1, y: 0, width: 8)
        XCTAssertEqual(frame.text, " 김민준 Ł")
        XCTAssertEqual(frame.cursor, Point(x: 1, y: 0))
        XCTAssertEqual(Set(frame.roles(inRow: 0)[1...8]), [.fieldFocused])
    }

    func testPlaceholder() {
        let input = TextInput()
        var frame = Frame(width: 20, height: 1)
        input.render(into: &frame, x: 0, y: 0, width: 20, placeholder: "name, ref or id")
        XCTAssertEqual(frame.text, "name, ref or id")
        XCTAssertEqual(frame[0, 0].role, .muted)
        XCTAssertEqual(frame.cursor, Point(x: 0, y: 0))
    }
}
