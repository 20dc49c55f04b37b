/// Which theme the console starts with: `--theme` first, then the settings file's
/// `theme` line, then NO_COLOR (monochrome), then the default. A theme that cannot be
/// had falls back to the default and says why, for the status line.
enum ConsoleTheme {
    static func choose(flag: String?, config: ConsoleConfig, loader: ThemeLoader) -> (theme: LoadedTheme, explicit: Bool, notices: [String]) {
        let name = flag ?? config.theme
        do {
            let loaded = try loader.load(named: name)
            return (loaded, name != nil, loaded.problems)
        } catch {
            let fallback = (try? loader.load(named: nil)) ?? LoadedTheme(theme: .default, origin: "built-in", problems: [])
            return (fallback, false, ["\(error.description); using the \(fallback.theme.name) theme"])
        }
    }
}
