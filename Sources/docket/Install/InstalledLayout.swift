import DocketEngine
import Foundation

/// Where an installed docket keeps its shared database. `docket install` writes it to
/// PREFIX/etc/docket.conf (root's, mode 0644) beside PREFIX/bin/docket, and the installed binary
/// finds it from its own path, so one build serves any prefix. A file anyone but root could
/// have written is not believed: it decides which database gets the service account's rights.
struct InstalledLayout: Equatable {
    /// The data folder, private to the service account.
    var dataDirectory: String
    /// The service account's login (user and group).
    var account: String

    /// The shared database: the default for every login, and the only file opened with the
    /// service account's rights.
    var databasePath: String { dataDirectory + "/docket.db" }

    static let fileName = "docket.conf"

    /// PREFIX/etc/docket.conf for a binary at PREFIX/bin/docket.
    static func configPath(forBinary binary: String) -> String {
        let prefix = ((binary as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
        return prefix + "/etc/" + fileName
    }

    /// This running binary's layout, or nil when it is not installed (a build in the source tree).
    static let current: InstalledLayout? = {
        guard let binary = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        return read(configPath(forBinary: binary))
    }()

    /// The layout in `path` if root wrote it and only root can change it; nil otherwise.
    static func read(_ path: String, trustedOwner: uid_t = 0) -> InstalledLayout? {
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_uid == trustedOwner, st.st_mode & 0o022 == 0,
              let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return parse(text)
    }

    /// `data = /var/lib/docket` and `account = docket`, one per line; `#` starts a comment.
    static func parse(_ text: String) -> InstalledLayout? {
        var values: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2 { values[parts[0]] = parts[1] }
        }
        guard let data = values["data"], data.hasPrefix("/"), !data.split(separator: "/").contains(".."),
              let account = values["account"], !account.isEmpty else { return nil }
        return InstalledLayout(dataDirectory: data.count > 1 && data.hasSuffix("/") ? String(data.dropLast()) : data, account: account)
    }

    var text: String {
        "# Written by `docket install`; read by PREFIX/bin/docket. Root's file: others' edits are ignored.\n"
            + "data = \(dataDirectory)\naccount = \(account)\n"
    }
}
