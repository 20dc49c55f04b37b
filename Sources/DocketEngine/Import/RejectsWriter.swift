import Foundation

/// The rejects file of an import: the refused rows as they were, each with its error, in the
/// input's own format, so the clerk fixes them and imports this file as it is. Created mode
/// 0600: it holds the same personal data as the input.
final class RejectsWriter {
    let path: String
    private let fd: Int32
    private var buffer: [UInt8] = []
    private(set) var count = 0

    init(path: String) throws {
        self.path = path
        fd = try PrivateFile.openForWriting(path, what: "the rejects file")
        buffer.reserveCapacity(1 << 16)
    }

    deinit { Glibc.close(fd) }

    func write(_ bytes: [UInt8]) throws {
        buffer += bytes
        if buffer.count >= 1 << 16 { try flush() }
    }

    func add(_ bytes: [UInt8]) throws {
        try write(bytes)
        count += 1
    }

    func flush() throws {
        var done = 0
        while done < buffer.count {
            let n = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            guard n > 0 else { throw DocketError.refused("writing the rejects file \(path) failed: \(String(cString: strerror(errno)))") }
            done += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
