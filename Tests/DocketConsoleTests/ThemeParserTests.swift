@testable import DocketConsole
import XCTest

final class ThemeParserTests: ConsoleTestCase {
    func testParsesRolesColoursAndAttributes() throws {
        let theme = try ThemeParser.parse("""
        # comment
        selected     black     color110    bold,underline

        overdue      bright-red  default   [bold, reverse]   # trailing comment
        muted        color245  default
        title        WHITE     default     -
        """, file: "t.theme", name: "t")
        XCTAssertEqual(theme[.selected], Style(foreground: .palette(0), background: .palette(110), attributes: [.bold, .underline]))
        XCTAssertEqual(theme[.overdue], Style(foreground: .palette(9), background: .terminalDefault, attributes: [.bold, .reverse]))
        XCTAssertEqual(theme[.muted].attributes, [])
        XCTAssertEqual(theme[.title].foreground, .palette(7))
        XCTAssertEqual(theme.name, "t")
    }

    func testOmittedRolesInheritFromTheBase() throws {
        let theme = try ThemeParser.parse("selected default default reverse\n", file: "mine.theme", name: "mine", base: .default)
        XCTAssertEqual(theme[.selected], Style(attributes: [.reverse]))
        XCTAssertEqual(theme[.overdue], Theme.default[.overdue])
        XCTAssertEqual(theme[.header], Theme.default[.header])
    }

    func testEveryErrorIsReportedWithFileAndLine() {
        let text = """
        normal   default  default
        overdew  red      default
        title    purple   default
        header   white    blue      bold,blink
        selected black
        muted    white    color256
        normal   red      default
        """
        XCTAssertThrowsError(try ThemeParser.parse(text, file: "themes/bad.theme", name: "bad")) { error in
            let lines = (error as? ConfigFileError)?.lines ?? []
            XCTAssertEqual(lines.count, 6, "\(lines)")
            XCTAssertTrue(lines[0].hasPrefix("themes/bad.theme:2: unknown role 'overdew' (known roles: normal, muted, title,"), lines[0])
            XCTAssertTrue(lines[0].contains("overdue"))
            XCTAssertTrue(lines[1].hasPrefix("themes/bad.theme:3: unknown foreground colour 'purple' (use default, black, red,"), lines[1])
            XCTAssertEqual(lines[2], "themes/bad.theme:4: unknown attribute 'blink' (use bold, underline, reverse, dim, standout)")
            XCTAssertEqual(lines[3], "themes/bad.theme:5: expected 'role foreground background [attributes]', found 2 fields")
            XCTAssertTrue(lines[4].hasPrefix("themes/bad.theme:6: unknown background colour 'color256'"), lines[4])
            XCTAssertEqual(lines[5], "themes/bad.theme:7: role 'normal' is already set on line 1")
        }
    }

    func testColourNames() {
        XCTAssertEqual(TerminalColor(name: "default"), .terminalDefault)
        XCTAssertEqual(TerminalColor(name: "magenta"), .palette(5))
        XCTAssertEqual(TerminalColor(name: "bright-black"), .palette(8))
        XCTAssertEqual(TerminalColor(name: "Bright-White"), .palette(15))
        XCTAssertEqual(TerminalColor(name: "color0"), .palette(0))
        XCTAssertEqual(TerminalColor(name: "color255"), .palette(255))
        XCTAssertNil(TerminalColor(name: "color-1"))
        XCTAssertNil(TerminalColor(name: "color"))
        XCTAssertNil(TerminalColor(name: "bright-orange"))
        for index in 0...255 {
            XCTAssertEqual(TerminalColor(name: TerminalColor.palette(index).name), .palette(index))
        }
    }

    func testColoursBeyondTheTerminalAreApproximated() {
        XCTAssertEqual(TerminalColor.palette(200).approximated(forColorCount: 256), .palette(200))
        XCTAssertEqual(TerminalColor.palette(9).approximated(forColorCount: 8), .palette(1))
        XCTAssertEqual(TerminalColor.palette(9).approximated(forColorCount: 16), .palette(9))
        // color208 is orange: the nearest basic colour is yellow; 236 is near-black.
        XCTAssertEqual(TerminalColor.palette(208).approximated(forColorCount: 8), .palette(3))
        XCTAssertEqual(TerminalColor.palette(236).approximated(forColorCount: 8), .palette(0))
        XCTAssertEqual(TerminalColor.palette(4).approximated(forColorCount: 0), .terminalDefault)
        XCTAssertEqual(TerminalColor.terminalDefault.approximated(forColorCount: 8), .terminalDefault)
    }

    func testFormatRoundTrips() throws {
        let text = ThemeParser.format(.default)
        XCTAssertEqual(try ThemeParser.parse(text, file: "x", name: "default"), Theme.default)
    }

    func testEveryRoleIsDocumented() {
        XCTAssertEqual(StyleRole.documentation.map(\.role), StyleRole.allCases)
        XCTAssertTrue(StyleRole.documentation.allSatisfy { !$0.meaning.isEmpty })
    }
}
