import Foundation

/// A theme ready to use, where it came from, and any problems met on the way (for the
/// UI to show — a broken theme file must not stop anyone working).
public struct LoadedTheme: Sendable {
    public var theme: Theme
    /// A file path, or "built-in".
    public var origin: String
    /// `FILE:LINE: what is wrong` lines when the requested file was malformed and the
    /// default theme is used instead; empty otherwise.
    public var problems: [String]
}

/// Why no theme could be chosen at all.
public enum ThemeLoadError: Error, Equatable, CustomStringConvertible, Sendable {
    case unknownTheme(name: String, available: [String])
    case missingFile(path: String)

    public var description: String {
        switch self {
        case .unknownTheme(let name, let available):
            return "unknown theme '\(name)'; available themes: \(available.joined(separator: ", "))"
        case .missingFile(let path):
            return "no theme file at \(path)"
        }
    }
}

/// Finds themes by name. A user's own theme shadows a shipped one of the same name:
///
/// 1. `$XDG_CONFIG_HOME/docket/themes/NAME.theme` (XDG default `~/.config`)
/// 2. `$DOCKET_THEMES/NAME.theme`
/// 3. the repository's `themes/` folder, found by walking up from the executable to the
///    folder holding `Package.swift` (so `.build/debug/docket` uses `../../themes`)
/// 4. the copies compiled into the binary (default, light, high-contrast, monochrome)
///
/// With no name asked for, NO_COLOR (set and non-empty) selects monochrome; an explicit
/// `--theme` wins over NO_COLOR, as no-color.org asks.
public struct ThemeLoader: Sendable {
    public var environment: [String: String]
    public var executablePath: String?

    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                executablePath: String? = ThemeLoader.currentExecutablePath()) {
        self.environment = environment
        self.executablePath = executablePath
    }

    /// The running binary, symlinks resolved.
    public static func currentExecutablePath() -> String? {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first
    }

    /// The folders searched, in order (only those that are configured or found).
    public func searchDirectories() -> [String] {
        var directories: [String] = []
        if let config = configHome() {
            directories.append(config + "/docket/themes")
        }
        if let custom = environment["DOCKET_THEMES"], !custom.isEmpty {
            directories.append(custom)
        }
        if let repository = repositoryThemesDirectory() {
            directories.append(repository)
        }
        return directories
    }

    func configHome() -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config" }
        return nil
    }

    /// The repository's `themes/` folder next to `Package.swift`, walking up from the
    /// executable's folder.
    func repositoryThemesDirectory() -> String? {
        guard let executablePath else { return nil }
        var directory = URL(fileURLWithPath: executablePath).deletingLastPathComponent()
        for _ in 0..<8 {
            let themes = directory.appendingPathComponent("themes").path
            let manifest = directory.appendingPathComponent("Package.swift").path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: manifest),
               FileManager.default.fileExists(atPath: themes, isDirectory: &isDirectory), isDirectory.boolValue {
                return themes
            }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { break }
            directory = parent
        }
        return nil
    }

    /// Every theme name that can be loaded, sorted.
    public func availableThemeNames() -> [String] {
        var names = Set(BuiltInThemes.names)
        for directory in searchDirectories() {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for file in files where file.hasSuffix(".theme") {
                names.insert(String(file.dropLast(".theme".count)))
            }
        }
        return names.sorted()
    }

    /// Loads the theme called `name` (or a theme file when `name` contains a `/`), or the
    /// default choice when `name` is nil. A malformed file yields the default theme plus
    /// its problems; an unknown name throws, naming the available themes.
    public func load(named name: String?) throws(ThemeLoadError) -> LoadedTheme {
        guard let name, !name.isEmpty else {
            let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            return try load(named: noColor ? "monochrome" : "default")
        }
        if name.contains("/") {
            guard FileManager.default.fileExists(atPath: name) else { throw .missingFile(path: name) }
            let stem = URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
            return loadFile(at: name, name: stem)
        }
        if isPlainName(name) {
            for directory in searchDirectories() {
                let path = directory + "/" + name + ".theme"
                if FileManager.default.fileExists(atPath: path) {
                    return loadFile(at: path, name: name)
                }
            }
            if BuiltInThemes.text(named: name) != nil {
                return LoadedTheme(theme: BuiltInThemes.theme(named: name), origin: "built-in", problems: [])
            }
        }
        throw .unknownTheme(name: name, available: availableThemeNames())
    }

    /// Theme names are file stems: letters, digits, '-', '_' and '.'.
    func isPlainName(_ name: String) -> Bool {
        !name.hasPrefix(".") && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
    }

    func loadFile(at path: String, name: String) -> LoadedTheme {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            return LoadedTheme(theme: .default, origin: "built-in",
                               problems: ["\(path): cannot read the theme file (\(error.localizedDescription)); using the default theme"])
        }
        do {
            let theme = try ThemeParser.parse(text, file: path, name: name, base: .default)
            return LoadedTheme(theme: theme, origin: path, problems: [])
        } catch {
            return LoadedTheme(theme: .default, origin: "built-in",
                               problems: error.lines + ["\(path): using the default theme instead"])
        }
    }
}
