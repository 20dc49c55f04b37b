import DocketEngine
import Foundation

/// The data folder: the service account's alone (0700), and every file in it too. It is also
/// set-group-ID (2700), so the files docket makes there take the account's group rather than
/// that of the person whose docket made them. Its parents
/// belong to root and let the account through (o+x), and none lets others rename things in it
/// (not writable by others unless sticky), so nobody can swap the folder for a link to theirs.
enum DataDirectory {
    static let mode: mode_t = 0o2700

    static func prepare(_ path: String, for account: ServiceAccount, say: (String) -> Void) throws {
        guard path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
            throw DocketError.usage("--data wants an absolute path without '..', not '\(path)'")
        }
        let fm = FileManager.default
        let parent = (path as NSString).deletingLastPathComponent
        if !fm.fileExists(atPath: parent) {
            try fm.createDirectory(atPath: parent, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        }
        try checkParents(of: path)
        var st = stat()
        if lstat(path, &st) == 0 {
            guard (st.st_mode & S_IFMT) == S_IFDIR else {
                throw DocketError.refused("\(path) exists and is not a folder (a link or a file); move it away or choose another --data")
            }
        } else {
            guard mkdir(path, 0o700) == 0 else {
                throw DocketError.refused("cannot create \(path): \(String(cString: strerror(errno)))")
            }
            say("created \(path)")
        }
        guard chown(path, account.uid, account.gid) == 0, chmod(path, DataDirectory.mode) == 0 else {
            throw DocketError.refused("cannot give \(path) to \(account.name): \(String(cString: strerror(errno)))")
        }
        // A database made before (by hand, or by an earlier install) becomes the account's too.
        for name in try fm.contentsOfDirectory(atPath: path) {
            let file = path + "/" + name
            guard lstat(file, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { continue }
            guard lchown(file, account.uid, account.gid) == 0, chmod(file, 0o600) == 0 else {
                throw DocketError.refused("cannot give \(file) to \(account.name): \(String(cString: strerror(errno)))")
            }
        }
    }

    static func checkParents(of path: String) throws {
        var folder = (path as NSString).deletingLastPathComponent
        while true {
            var st = stat()
            guard lstat(folder, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else {
                throw DocketError.refused("\(folder) (above the data folder) is not a folder, or is a link; choose a --data under real folders such as /var/lib")
            }
            let mode = String(st.st_mode & 0o7777, radix: 8)
            if st.st_uid != 0 {
                throw DocketError.refused("\(folder) (above the data folder) belongs to uid \(st.st_uid), who could move the data folder away; choose a --data under folders of root's, such as /var/lib")
            }
            if st.st_mode & 0o002 != 0 && st.st_mode & S_ISVTX == 0 {
                throw DocketError.refused("\(folder) (above the data folder) can be written by anyone (mode \(mode)); run `chmod o-w \(folder)` or choose another --data")
            }
            if st.st_mode & 0o001 == 0 {
                throw DocketError.refused("the service account cannot pass through \(folder) (mode \(mode)) to reach the data folder; run `chmod o+x \(folder)` or choose another --data")
            }
            if folder == "/" || folder.isEmpty { return }
            folder = (folder as NSString).deletingLastPathComponent
        }
    }
}
