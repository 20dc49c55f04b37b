import CPrivilege
import DocketEngine
import Foundation

/// An installed docket is setuid to the service account that owns the data folder (DESIGN.md §3,
/// "a second wall"). The rule is one sentence: the process runs with the person's own rights,
/// and takes the account's only while it opens the shared database.
///
/// Why this way round: at start the effective uid is set back to the real uid, so everything
/// that is not the store (the person's config, keymap, themes, import files, --out files, the
/// terminal's terminfo) is opened as the person without each of those places
/// having to remember it; a place that forgets is refused by the kernel instead of being let
/// through. The account's uid stays only as the saved set-user-ID, raised around one call:
/// opening (or creating) the installed database, which opens its -wal and -shm too (and
/// writing a backup of it, which is the account's like the database). SQLite
/// keeps those descriptors for the life of the connection, so nothing later needs the rights
/// (closing as the person, it cannot remove the -wal and -shm: they stay, the account's, 0600,
/// for the next docket to open).
/// The process is not dumpable, so the person cannot reach those descriptors through ptrace or
/// /proc/PID/fd, and no core file is written.
enum ServiceRights {
    /// The real uid (the person) and the service account's uid, when running setuid.
    static let ids: (person: uid_t, account: uid_t)? = {
        var real: uid_t = 0, effective: uid_t = 0, saved: uid_t = 0
        guard getresuid(&real, &effective, &saved) == 0, saved != real else { return nil }
        return (real, saved)
    }()

    static var isSetuid: Bool { ids != nil }

    /// Called first in main: harden the process, then drop to the person's rights.
    static func dropAtStart() {
        guard let ids else { return }
        CleanEnvironment.restartIfNeeded()
        _ = docket_forbid_dumps()
        var none = rlimit(rlim_cur: 0, rlim_max: 0)
        _ = setrlimit(Int32(RLIMIT_CORE.rawValue), &none)
        // Files the service account makes (the database, its -wal and -shm) are its alone.
        umask(0o077)
        guard seteuid(ids.person) == 0 else {
            FileHandle.standardError.write(Data("docket: could not set aside the service account's rights; stopping\n".utf8))
            exit(1)
        }
    }

    /// True when `path` is the installed database and this process may open it as the account.
    static func isShared(_ path: String) -> Bool {
        ids != nil && InstalledLayout.current.map { path == $0.databasePath } == true
    }

    /// Runs `body` with the service account's rights when `path` is the installed database;
    /// any other path (a private database given with --db) is opened with the person's own.
    static func forStore<T>(_ path: String, _ body: () throws -> T) throws -> T {
        // Already raised (a call inside another): leave the lowering to the outer one.
        guard let ids, isShared(path), geteuid() != ids.account else { return try body() }
        guard seteuid(ids.account) == 0 else {
            throw DocketError.refused("could not take the service account's rights to open \(path); is \(CommandLine.arguments[0]) still setuid? ask the administrator to run `docket install` again")
        }
        defer {
            if seteuid(ids.person) != 0 {
                FileHandle.standardError.write(Data("docket: could not give back the service account's rights; stopping\n".utf8))
                exit(1)
            }
        }
        return try body()
    }
}
