import Foundation

/// The file a demo database is built in, beside the path it is for, and moved there only when
/// whole. Its name carries the process id and a random token, so two builds never share one;
/// it is locked (flock) while being built, so a later demo can tell a build still running from
/// one that was stopped half way, whatever became of the process id since.
final class DemoBuildFile {
    let path: String
    let target: String
    private var lock: Int32 = -1

    init(beside target: String) {
        self.target = target
        path = "\(target).building-\(getpid())-\(String(UInt32.random(in: 0...UInt32.max), radix: 16))"
    }

    deinit { if lock >= 0 { close(lock) } }

    /// Holds the file's lock from now until this object goes; call as soon as the file exists.
    func hold() {
        lock = open(path, O_RDONLY | O_CLOEXEC)
        if lock >= 0 { _ = flock(lock, LOCK_EX) }
    }

    /// Removes the builds beside `target` that nobody holds any more: demos stopped half way
    /// (Ctrl-C, kill, power), which would otherwise stay there, full of made-up personal data.
    static func removeStopped(beside target: String) {
        let url = URL(fileURLWithPath: target)
        let prefix = url.lastPathComponent + ".building-"
        let folder = url.deletingLastPathComponent().path
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        where name.hasPrefix(prefix) && !["-wal", "-shm", "-journal"].contains(where: name.hasSuffix) {
            let file = folder + "/" + name
            let fd = open(file, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { continue }
            if flock(fd, LOCK_EX | LOCK_NB) == 0 { Engine.removeDatabaseFiles(file) }
            close(fd)
        }
    }

    /// Moves the finished and closed database to the target. With `replacing`, over whatever is
    /// there (its write-ahead log and shared memory go first: they would not belong to the new
    /// file); without, only if the target still does not exist, checked and claimed in one step
    /// (link), so a database someone else made meanwhile is left alone.
    func place(replacing: Bool) throws {
        let fm = FileManager.default
        if !replacing && fm.fileExists(atPath: target) { throw takenMeanwhile() }
        for suffix in ["-wal", "-shm", "-journal"] { try? fm.removeItem(atPath: target + suffix) }
        if replacing {
            guard rename(path, target) == 0 else { throw failedToMove() }
        } else {
            guard link(path, target) == 0 else { throw errno == EEXIST ? takenMeanwhile() : failedToMove() }
            unlink(path)
        }
        // Closing the last connection folds the log into the file; should one be left, it goes along.
        if fm.fileExists(atPath: path + "-wal") { _ = rename(path + "-wal", target + "-wal") }
        try? fm.removeItem(atPath: path + "-shm")
    }

    private func takenMeanwhile() -> DocketError {
        Engine.removeDatabaseFiles(path)
        return .refused("\(target) was created by someone else while the demo was being made; it is left as it is")
    }

    private func failedToMove() -> DocketError {
        let reason = String(cString: strerror(errno))
        Engine.removeDatabaseFiles(path)
        return .refused("could not move the new demo database into place at \(target): \(reason)")
    }
}
