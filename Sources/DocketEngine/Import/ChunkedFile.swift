import Foundation

/// A file read front to back a megabyte at a time, so a gigabyte import costs a megabyte of
/// memory. Also reads byte ranges back (for the rejects file) without moving the stream.
final class ChunkedFile {
    static let chunkSize = 1 << 20

    let path: String
    private let fd: Int32
    /// The bytes of the current chunk; only the first `count` are valid.
    private(set) var chunk: [UInt8]
    private(set) var count = 0
    /// Where the current chunk starts in the file.
    private(set) var chunkOffset: Int64 = 0
    private(set) var size: Int64
    private(set) var modified: Int

    init(path: String, display: String) throws {
        self.path = path
        fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw DocketError.refused("cannot read \(display): \(String(cString: strerror(errno))); check the path and its permissions")
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            Glibc.close(fd)
            throw DocketError.refused("cannot read \(display): \(String(cString: strerror(errno)))")
        }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            Glibc.close(fd)
            throw DocketError.refused("\(display) is a folder; give the file to import")
        }
        size = Int64(st.st_size)
        modified = st.st_mtim.tv_sec * 1_000_000_000 + st.st_mtim.tv_nsec
        chunk = [UInt8](repeating: 0, count: ChunkedFile.chunkSize)
    }

    deinit { Glibc.close(fd) }

    /// Loads the next chunk; false at the end of the file.
    func next() throws -> Bool {
        chunkOffset += Int64(count)
        let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
        guard n >= 0 else { throw DocketError.refused("reading \(path) failed: \(String(cString: strerror(errno)))") }
        count = n
        return n > 0
    }

    /// Moves the stream back (or on) to `offset`; the next `next()` loads the chunk there.
    func seek(to offset: Int64) throws {
        guard lseek(fd, off_t(offset), SEEK_SET) >= 0 else {
            throw DocketError.refused("reading \(path) failed: \(String(cString: strerror(errno)))")
        }
        chunkOffset = offset
        count = 0
    }

    /// Bytes `range` of the file, read where they lie.
    func bytes(_ range: Range<Int64>) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: Int(range.count))
        var done = 0
        while done < out.count {
            let n = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, $0.count - done, off_t(range.lowerBound) + off_t(done)) }
            guard n > 0 else { throw DocketError.refused("reading \(path) failed: the file changed while it was imported") }
            done += n
        }
        return out
    }

    /// The first bytes of the file, for telling CSV from JSON.
    func head(_ n: Int) -> [UInt8] {
        (try? bytes(0..<min(Int64(n), size))) ?? []
    }

    /// Whether the file on disk is still the one that was checked.
    func isUnchanged() -> Bool {
        var st = stat()
        guard fstatat(AT_FDCWD, path, &st, 0) == 0 else { return false }
        return Int64(st.st_size) == size && st.st_mtim.tv_sec * 1_000_000_000 + st.st_mtim.tv_nsec == modified
    }
}
