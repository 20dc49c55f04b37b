@testable import DocketConsole
import XCTest

final class ShippedThemeTests: ConsoleTestCase {
    static let shipped = ["default", "light", "high-contrast", "monochrome"]

    func fileText(_ name: String) throws -> String {
        try String(contentsOf: Self.repositoryRoot.appendingPathComponent("themes/\(name).theme"), encoding: .utf8)
    }

    func testEveryShippedFileParsesAndSetsEveryRole() throws {
        for name in Self.shipped {
            let text = try fileText(name)
            XCTAssertNoThrow(try ThemeParser.parse(text, file: "\(name).theme", name: name), name)
            let roles = ConfigLines.parse(text).map { $0.fields[0] }
            XCTAssertEqual(Set(roles), Set(StyleRole.allCases.map(\.name)), "\(name).theme should set every role")
        }
    }

    func testBuiltInCopiesEqualTheFiles() throws {
        XCTAssertEqual(BuiltInThemes.names, Self.shipped)
        for name in Self.shipped {
            XCTAssertEqual(BuiltInThemes.text(named: name), try fileText(name),
                           "Theme/BuiltInThemes.swift is out of date: paste themes/\(name).theme into it")
        }
    }

    func testMonochromeUsesNoColourButKeepsDistinctions() {
        let mono = Theme.monochrome
        for role in StyleRole.allCases {
            XCTAssertTrue(mono[role].isColorless, "\(role) has a colour")
        }
        XCTAssertTrue(mono[.selected].attributes.contains(.reverse))
        XCTAssertTrue(mono[.header].attributes.contains(.bold))
        XCTAssertEqual(mono[.overdue].attributes, [.bold, .underline])
        XCTAssertTrue(mono[.fieldFocused].attributes.contains(.reverse))
        XCTAssertTrue(mono[.tabActive].attributes.contains(.reverse))
        // Roles a reader must tell apart never look the same.
        let mustDiffer: [(StyleRole, StyleRole)] = [(.normal, .selected), (.normal, .header), (.tab, .tabActive),
                                                   (.normal, .overdue), (.overdue, .dueSoon), (.field, .fieldFocused),
                                                   (.normal, .muted), (.chartBar, .chartBarAlt), (.normal, .error)]
        for (a, b) in mustDiffer {
            XCTAssertNotEqual(mono[a], mono[b], "\(a) and \(b) look the same in monochrome")
        }
    }

    func testColourThemesStillMarkSelectionAndOverdueWithoutColour() {
        for name in ["default", "light", "high-contrast"] {
            let theme = BuiltInThemes.theme(named: name)
            XCTAssertNotEqual(theme[.selected].background, theme[.normal].background, name)
            XCTAssertTrue(theme[.overdue].attributes.contains(.bold), "\(name): overdue should be bold as well as coloured")
        }
    }
}
