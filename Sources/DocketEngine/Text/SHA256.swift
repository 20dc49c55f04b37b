import CCrypto
import Foundation

/// SHA-256 (FIPS 180-4) from libcrypto, which the design card allows through a system library:
/// it uses the CPU's SHA instructions where present, and a bulk load hashes millions of events.
public enum SHA256 {
    public static let digestByteCount = 32

    public static func digest<C: Collection>(_ bytes: C) -> [UInt8] where C.Element == UInt8 {
        if let result = bytes.withContiguousStorageIfAvailable({ digest(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return Array(bytes).withUnsafeBytes { digest($0) }
    }

    /// Lower-case hex digest of the text's UTF-8 bytes.
    public static func hex(_ text: String) -> String {
        var text = text
        return text.withUTF8 { hex(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Lower-case hex digest of the bytes.
    public static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        if let result = bytes.withContiguousStorageIfAvailable({ hex(bytes: UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return Array(bytes).withUnsafeBytes { hex(bytes: $0) }
    }

    /// Lower-case hex digest of bytes in memory; the digest never leaves the stack.
    static func hex(bytes: UnsafeRawBufferPointer) -> String {
        String(unsafeUninitializedCapacity: digestByteCount * 2) { out in
            hex(bytes: bytes, into: out)
            return digestByteCount * 2
        }
    }

    /// Writes the lower-case hex digest of `bytes` into the first 64 bytes of `out`.
    static func hex(bytes: UnsafeRawBufferPointer, into out: UnsafeMutableBufferPointer<UInt8>) {
        precondition(out.count >= digestByteCount * 2)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: digestByteCount) { digest in
            docket_sha256(bytes.baseAddress, bytes.count, digest.baseAddress!)
            let digits: StaticString = "0123456789abcdef"
            digits.withUTF8Buffer { digits in
                for i in 0..<digestByteCount {
                    out[2 * i] = digits[Int(digest[i] &>> 4)]
                    out[2 * i + 1] = digits[Int(digest[i] & 0x0F)]
                }
            }
        }
    }

    /// Lower-case hex digest of a whole file, read in 64 KB pieces.
    public static func hex(ofFile path: String) throws -> String {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw DocketError.refused("cannot read \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var digest = [UInt8](repeating: 0, count: digestByteCount)
        guard docket_sha256_fd(fd, &digest) == 0 else {
            throw DocketError.refused("reading \(path) failed: \(String(cString: strerror(errno)))")
        }
        return digest.map { String(format: "%02x", $0) }.joined()
    }

    private static func digest(_ message: UnsafeRawBufferPointer) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: digestByteCount) { out, count in
            docket_sha256(message.baseAddress, message.count, out.baseAddress!)
            count = digestByteCount
        }
    }
}
