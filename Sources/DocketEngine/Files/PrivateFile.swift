import Foundation

/// The one way Docket writes a file that may hold personal data (databases, exports, rejects,
/// backups, notices): created 0600, never through a symbolic link (it could land anywhere, in
/// someone else's file), and never by widening an existing file's mode: a file others can
/// already read is refused rather than filled. Each call returns an open descriptor; the caller
/// writes and closes it.
public enum PrivateFile {
    /// Opens `path` for writing from its start, creating it 0600. An existing regular file is
    /// emptied only once it has passed the checks; a device or pipe (`/dev/null`) is written as is.
    public static func openForWriting(_ path: String, what: String) throws -> Int32 {
        let fd = open(path, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw refusal(path, what: what, errno: errno) }
        do {
            try checkPrivate(fd, path, what: what)
            var st = stat()
            if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG && ftruncate(fd, 0) != 0 {
                throw DocketError.refused("cannot empty \(what) \(path) before writing it: \(String(cString: strerror(errno)))")
            }
        } catch {
            close(fd)
            throw error
        }
        return fd
    }

    /// Creates `path`, which must not exist yet, 0600 (for files that never overwrite: backups,
    /// a new database).
    public static func createNew(_ path: String, what: String) throws -> Int32 {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw refusal(path, what: what, errno: errno) }
        return fd
    }

    /// Refuses an open regular file that people other than its owner may read or write.
    static func checkPrivate(_ fd: Int32, _ path: String, what: String) throws {
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            throw DocketError.refused("cannot check \(what) \(path): \(String(cString: strerror(errno)))")
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else { return }
        let mode = st.st_mode & 0o7777
        if mode & 0o077 != 0 {
            throw DocketError.refused("\(what) \(path) can be read or written by others (mode \(String(mode, radix: 8))); Docket will not put personal data in it: run `chmod 600 \(path)` first, or choose a new file")
        }
    }

    static func refusal(_ path: String, what: String, errno code: Int32) -> DocketError {
        switch code {
        case ELOOP:
            return .refused("\(what) \(path) is a symbolic link; Docket does not write through links (the data could land in someone else's file): give the real file's path, or remove the link")
        case EEXIST:
            return .refused("\(what) \(path) already exists; choose a new file name (it is never overwritten)")
        default:
            return .refused("cannot write \(what) \(path): \(String(cString: strerror(code))); check that its folder exists and is writable")
        }
    }
}
