import Foundation

/// Where the database lives: --db, else DOCKET_DB, else on an installed host the shared
/// database (`installed`, DATA/docket.db, the same for every login), else
/// $XDG_DATA_HOME/docket/docket.db, else ~/.local/share/docket/docket.db.
public enum DatabaseLocation {
    public static func resolve(flag: String?, environment env: [String: String] = ProcessInfo.processInfo.environment,
                               installed: String? = nil) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let db = env["DOCKET_DB"], !db.isEmpty { return db }
        if let installed { return installed }
        if let xdg = env["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/docket/docket.db" }
        let home = env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/docket/docket.db"
    }
}
