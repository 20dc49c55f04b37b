import DocketEngine
import Foundation

/// Puts a docket at PREFIX/bin/docket owned by the service account and setuid to it, mode 4755:
/// any login on the host may start it, and the staff directory inside the database decides who
/// may do what (an unknown login is refused, naming the admin command that adds it). A 4750
/// binary limited to the account's group would be a second list of staff to keep in step with
/// the first, and a person missing from it would get the shell's "Permission denied" instead of
/// Docket's explanation. Setuid needs the account to own the file; nothing runs as the account
/// but docket itself, and the folder is root's, so the file is replaced only by `docket install`
/// (written whole beside it, then renamed into place).
enum InstalledBinary {
    static let mode: mode_t = 0o4755

    static func place(_ source: String, at target: String, owner account: ServiceAccount) throws {
        let folder = (target as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        guard let bytes = FileManager.default.contents(atPath: source) else {
            throw DocketError.refused("cannot read \(source)")
        }
        let temporary = folder + "/.docket.installing-\(getpid())"
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o700)
        guard fd >= 0 else { throw DocketError.refused("cannot write \(temporary): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        do {
            var done = 0
            try bytes.withUnsafeBytes { raw in
                while done < raw.count {
                    let n = write(fd, raw.baseAddress! + done, raw.count - done)
                    guard n > 0 else { throw DocketError.refused("writing \(temporary) failed: \(String(cString: strerror(errno)))") }
                    done += n
                }
            }
            // chown clears the setuid bit, so the mode comes after it.
            guard fchown(fd, account.uid, account.gid) == 0, fchmod(fd, mode) == 0, fsync(fd) == 0,
                  rename(temporary, target) == 0 else {
                throw DocketError.refused("cannot install \(target): \(String(cString: strerror(errno)))")
            }
        } catch {
            unlink(temporary)
            throw error
        }
    }
}
