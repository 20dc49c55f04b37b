@testable import DocketConsole
import XCTest

final class ThemeLoaderTests: ConsoleTestCase {
    func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func testBuiltInThemesNeedNoFiles() throws {
        let loader = ThemeLoader(environment: [:], executablePath: nil)
        let loaded = try loader.load(named: "high-contrast")
        XCTAssertEqual(loaded.origin, "built-in")
        XCTAssertEqual(loaded.theme.name, "high-contrast")
        XCTAssertEqual(loaded.problems, [])
        XCTAssertEqual(try loader.load(named: nil).theme, Theme.default)
    }

    func testNoColorChoosesMonochromeUnlessAThemeIsNamed() throws {
        let loader = ThemeLoader(environment: ["NO_COLOR": "1"], executablePath: nil)
        XCTAssertEqual(try loader.load(named: nil).theme.name, "monochrome")
        XCTAssertEqual(try loader.load(named: "light").theme.name, "light")
        let empty = ThemeLoader(environment: ["NO_COLOR": ""], executablePath: nil)
        XCTAssertEqual(try empty.load(named: nil).theme.name, "default")
    }

    func testSearchOrderXDGThenDocketThemesThenRepository() throws {
        let root = try temporaryDirectory()
        let config = root.appendingPathComponent("config")
        let custom = root.appendingPathComponent("custom")
        let repo = root.appendingPathComponent("repo")
        try write("// manifest\n", to: repo.appendingPathComponent("Package.swift"))
        try write("title red default bold\n", to: repo.appendingPathComponent("themes/light.theme"))
        try write("title green default\n", to: custom.appendingPathComponent("light.theme"))
        try write("title blue default\n", to: config.appendingPathComponent("docket/themes/light.theme"))
        try write("title yellow default\n", to: repo.appendingPathComponent("themes/ocean.theme"))
        let executable = repo.appendingPathComponent(".build/x86_64-unknown-linux-gnu/debug/docket").path

        var loader = ThemeLoader(environment: ["XDG_CONFIG_HOME": config.path, "DOCKET_THEMES": custom.path], executablePath: executable)
        XCTAssertEqual(loader.searchDirectories(), [config.path + "/docket/themes", custom.path, repo.path + "/themes"])
        XCTAssertEqual(try loader.load(named: "light").theme[.title].foreground, .palette(4))
        XCTAssertEqual(try loader.load(named: "ocean").theme[.title].foreground, .palette(3))
        XCTAssertEqual(loader.availableThemeNames(), ["default", "high-contrast", "light", "monochrome", "ocean"])

        loader.environment = ["DOCKET_THEMES": custom.path]
        XCTAssertEqual(try loader.load(named: "light").theme[.title].foreground, .palette(2))
        loader.environment = [:]
        let fromRepo = try loader.load(named: "light")
        XCTAssertEqual(fromRepo.theme[.title].foreground, .palette(1))
        XCTAssertEqual(fromRepo.origin, repo.path + "/themes/light.theme")
        // Roles the file leaves out come from the default theme.
        XCTAssertEqual(fromRepo.theme[.selected], Theme.default[.selected])
    }

    func testRepositoryThemesFoundFromTheDebugBinary() throws {
        let repo = try temporaryDirectory()
        try write("", to: repo.appendingPathComponent("Package.swift"))
        try FileManager.default.createDirectory(at: repo.appendingPathComponent("themes"), withIntermediateDirectories: true)
        let loader = ThemeLoader(environment: [:], executablePath: repo.path + "/.build/debug/docket")
        XCTAssertEqual(loader.repositoryThemesDirectory(), repo.path + "/themes")
        XCTAssertNil(ThemeLoader(environment: [:], executablePath: "/usr/local/bin/docket").repositoryThemesDirectory())
    }

    func testMalformedFileFallsBackToDefaultWithItsErrors() throws {
        let config = try temporaryDirectory()
        let path = config.appendingPathComponent("docket/themes/broken.theme")
        try write("normal default default\ntitle neon default\nheader\n", to: path)
        let loaded = try ThemeLoader(environment: ["XDG_CONFIG_HOME": config.path], executablePath: nil).load(named: "broken")
        XCTAssertEqual(loaded.theme, Theme.default)
        XCTAssertEqual(loaded.problems.count, 3)
        XCTAssertTrue(loaded.problems[0].hasPrefix("\(path.path):2: unknown foreground colour 'neon'"))
        XCTAssertEqual(loaded.problems[1], "\(path.path):3: expected 'role foreground background [attributes]', found 1 field")
        XCTAssertEqual(loaded.problems[2], "\(path.path): using the default theme instead")
    }

    func testUnknownNameListsTheAvailableThemes() {
        let loader = ThemeLoader(environment: [:], executablePath: nil)
        XCTAssertThrowsError(try loader.load(named: "solarized")) { error in
            XCTAssertEqual(error as? ThemeLoadError, .unknownTheme(name: "solarized", available: ["default", "high-contrast", "light", "monochrome"]))
            XCTAssertEqual("\(error)", "unknown theme 'solarized'; available themes: default, high-contrast, light, monochrome")
        }
        XCTAssertThrowsError(try loader.load(named: "bad name!"))
        XCTAssertThrowsError(try loader.load(named: "/nonexistent/x.theme")) { error in
            XCTAssertEqual(error as? ThemeLoadError, .missingFile(path: "/nonexistent/x.theme"))
        }
    }

    func testAThemeFileCanBeNamedByPath() throws {
        let dir = try temporaryDirectory()
        let path = dir.appendingPathComponent("mine.theme")
        try write("selected default default reverse\n", to: path)
        let loaded = try ThemeLoader(environment: [:], executablePath: nil).load(named: path.path)
        XCTAssertEqual(loaded.theme.name, "mine")
        XCTAssertEqual(loaded.theme[.selected].attributes, [.reverse])
    }
}
