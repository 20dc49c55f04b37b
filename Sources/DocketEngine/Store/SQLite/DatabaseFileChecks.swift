import Foundation

/// A database is only as private as the folder it sits in: whoever can write the folder can
/// swap the file, or plant a link where SQLite will make its `-wal` and `-shm`. So a database
/// file or folder that others can write is refused, with the command that fixes it, and so is a
/// database reached through a symbolic link. With the folder kept to its owner, nobody else can
/// put a link there between this check and SQLite's open (which opens with O_NOFOLLOW).
enum DatabaseFileChecks {
    static func check(_ path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        var st = stat()
        if stat(folder, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR && st.st_mode & 0o022 != 0 {
            let mode = String(st.st_mode & 0o7777, radix: 8)
            if st.st_mode & S_ISVTX != 0 {
                throw DocketError.refused("the folder \(folder) holding the database \(path) is shared (mode \(mode)): others could put files beside it; keep the database in a folder of its own, e.g. --db ~/docket/docket.db")
            }
            throw DocketError.refused("the folder \(folder) holding the database \(path) can be written by others (mode \(mode)): they could replace the database; run `chmod go-w \(folder)`")
        }
        guard lstat(path, &st) == 0 else { return }
        if (st.st_mode & S_IFMT) == S_IFLNK {
            throw DocketError.refused("the database \(path) is a symbolic link; Docket opens its database only by its real path: use `--db \"$(realpath \(path))\"`, or move the file there")
        }
        if st.st_mode & 0o022 != 0 {
            throw DocketError.refused("the database \(path) can be written by others (mode \(String(st.st_mode & 0o7777, radix: 8))); run `chmod 600 \(path)`")
        }
    }
}
