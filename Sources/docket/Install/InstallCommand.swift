import DocketEngine
import Foundation

/// `docket install [--prefix DIR] [--group NAME] [--data DIR] [--binary PATH]` (root): one host,
/// one shared database that people reach only through docket (DESIGN.md §3, "a second wall").
///
/// It installs a docket already built, by default the one running: the install step never runs
/// a compiler as root. That binary must carry the Swift runtime inside it (`swift build -c
/// release --static-swift-stdlib`), since a setuid program ignores $ORIGIN (DESIGN.md §9).
enum InstallCommand {
    static func run(_ ctx: Context) throws -> Int32 {
        guard getuid() == 0 && geteuid() == 0 else {
            throw DocketError.refused("`docket install` makes a service account and a setuid program: run it as root (sudo)")
        }
        let a = ctx.arguments
        let prefix = a.value("prefix") ?? "/usr/local"
        // One spelling of the folder: the installed docket compares database paths with it.
        var data = a.value("data") ?? "/var/lib/docket"
        while data.count > 1 && data.hasSuffix("/") { data.removeLast() }
        let name = a.value("group") ?? "docket"
        for (option, path) in [("--prefix", prefix), ("--data", data)] where !path.hasPrefix("/") {
            throw CLIError.usage("\(option) wants an absolute path, not '\(path)'")
        }
        let source = try a.value("binary") ?? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let runtime = try ELFNeeded.swiftRuntime(of: source)
        guard runtime.isEmpty else {
            throw DocketError.refused("\(source) needs the Swift runtime beside it (\(runtime.joined(separator: ", "))), which a setuid program may not load from there; build one that carries it, `swift build -c release --static-swift-stdlib`, and run `sudo .build/release/docket install`")
        }
        let say = ctx.stdout
        // Folders made here are root's and readable (0755) whatever root's umask is.
        let previous = umask(0o022)
        defer { umask(previous) }

        let account = try ServiceAccount.ensure(name, home: data, say: say)
        try DataDirectory.prepare(data, for: account, say: say)
        let binary = prefix + "/bin/docket"
        try InstalledBinary.place(source, at: binary, owner: account)
        let layout = InstalledLayout(dataDirectory: data, account: name)
        // Beside the path the binary will see as its own (/proc/self/exe: links resolved, so
        // --prefix / on a system whose /bin is a link to /usr/bin still finds it).
        guard let real = realpath(binary, nil) else {
            throw DocketError.refused("cannot resolve \(binary): \(String(cString: strerror(errno)))")
        }
        let placed = String(cString: real)
        free(real)
        try writeConfig(layout, to: InstalledLayout.configPath(forBinary: placed))
        say("installed \(binary) (setuid \(name), mode \(String(InstalledBinary.mode, radix: 8))); the shared database is \(layout.databasePath) (folder \(data), \(name)'s alone, mode \(String(DataDirectory.mode, radix: 8)))")
        say("next, as the office's first admin: `docket init --agency FILE` (or `docket demo` to try it); then `docket staff add LOGIN --role ROLE --dept D` for each person")
        return 0
    }

    /// PREFIX/etc/docket.conf, root's and 0644, written beside and renamed into place.
    static func writeConfig(_ layout: InstalledLayout, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        let temporary = path + ".installing"
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw DocketError.refused("cannot write \(temporary): \(String(cString: strerror(errno)))") }
        let text = layout.text
        let written = text.withCString { write(fd, $0, strlen($0)) }
        let ok = written == text.utf8.count && fchown(fd, 0, 0) == 0 && fchmod(fd, 0o644) == 0 && fsync(fd) == 0
        close(fd)
        guard ok, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw DocketError.refused("cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }
}
