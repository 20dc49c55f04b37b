import CNCursesW
@testable import DocketConsole
import XCTest

final class KeyTests: ConsoleTestCase {
    static let everyKind: [Key] = [
        .character("j"), .character("J"), .character("/"), .character("?"), .character(" "), .character(","),
        .character("#"), .character("ł"), .character("김"),
        .enter, .escape, .tab, .backTab, .backspace, .delete, .insert,
        .up, .down, .left, .right, .pageUp, .pageDown, .home, .end,
        .function(1), .function(12), .function(24), .ctrl("d"), .ctrl(" "), .alt("x"), .alt(" "), .resize,
    ]

    func testNamesRoundTrip() {
        for key in Self.everyKind {
            XCTAssertEqual(Key(name: key.name), key, "\(key.name)")
        }
    }

    func testCanonicalNames() {
        XCTAssertEqual([Key.character("j"), .enter, .escape, .ctrl("d"), .pageDown, .function(1), .backTab, .character(" ")].map(\.name),
                       ["j", "Enter", "Esc", "C-d", "PgDn", "F1", "S-Tab", "Space"])
    }

    func testParsingAcceptsAliasesAndIsCaseInsensitiveForNames() {
        XCTAssertEqual(Key(name: "ENTER"), .enter)
        XCTAssertEqual(Key(name: "Return"), .enter)
        XCTAssertEqual(Key(name: "escape"), .escape)
        XCTAssertEqual(Key(name: "PageDown"), .pageDown)
        XCTAssertEqual(Key(name: "C-D"), .ctrl("d"))
        XCTAssertEqual(Key(name: "Ctrl-u"), .ctrl("u"))
        XCTAssertEqual(Key(name: "^w"), .ctrl("w"))
        XCTAssertEqual(Key(name: "f5"), .function(5))
        XCTAssertEqual(Key(name: "Hash"), .character("#"))
        XCTAssertEqual(Key(name: "M-b"), .alt("b"))
        XCTAssertNotEqual(Key(name: "j"), Key(name: "J"))
    }

    func testUnreadableNames() {
        for bad in ["", "Ctl-d", "C-", "C-1", "F0", "F64", "Fx", "jj", "M-", "\u{7}"] {
            XCTAssertNil(Key(name: bad), "'\(bad)' should not parse")
        }
    }

    func testControlBytes() {
        XCTAssertEqual(Key.fromControlByte(4), .ctrl("d"))
        XCTAssertEqual(Key.fromControlByte(1), .ctrl("a"))
        XCTAssertEqual(Key.fromControlByte(26), .ctrl("z"))
        XCTAssertEqual(Key.fromControlByte(9), .tab)
        XCTAssertEqual(Key.fromControlByte(10), .enter)
        XCTAssertEqual(Key.fromControlByte(13), .enter)
        XCTAssertEqual(Key.fromControlByte(27), .escape)
        XCTAssertEqual(Key.fromControlByte(127), .backspace)
        XCTAssertEqual(Key.fromControlByte(8), .backspace)
        XCTAssertNil(Key.fromControlByte(28))
    }

    func testCursesCodesDecode() {
        XCTAssertEqual(CursesKeyDecoder.decode(status: OK, code: 0x6A), .character("j"))
        XCTAssertEqual(CursesKeyDecoder.decode(status: OK, code: 0xAE40), .character("김"))
        XCTAssertEqual(CursesKeyDecoder.decode(status: OK, code: 10), .enter)
        XCTAssertEqual(CursesKeyDecoder.decode(status: OK, code: 27), .escape)
        XCTAssertEqual(CursesKeyDecoder.decode(status: OK, code: 4), .ctrl("d"))
        XCTAssertNil(CursesKeyDecoder.decode(status: OK, code: 0x9B), "C1 CSI must not become a key")
        XCTAssertEqual(CursesKeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_UP)), .up)
        XCTAssertEqual(CursesKeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_NPAGE)), .pageDown)
        XCTAssertEqual(CursesKeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_BTAB)), .backTab)
        XCTAssertEqual(CursesKeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_RESIZE)), .resize)
        XCTAssertEqual(CursesKeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(docket_key_f(1))), .function(1))
        XCTAssertEqual(CursesKeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(docket_key_f(12))), .function(12))
        XCTAssertNil(CursesKeyDecoder.decode(status: ERR, code: 0))
    }
}
