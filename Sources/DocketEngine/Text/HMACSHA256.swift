import CCrypto
import Foundation

/// HMAC-SHA-256 (RFC 2104) and key material from libcrypto: what signs the chain's anchors.
public enum HMACSHA256 {
    /// Lower-case hex of the HMAC of `text`'s UTF-8 bytes under `key`.
    public static func hex(key: [UInt8], _ text: String) -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        let bytes = Array(text.utf8)
        let ok = key.withUnsafeBytes { k in
            bytes.withUnsafeBytes { b in docket_hmac_sha256(k.baseAddress, Int32(key.count), b.baseAddress, b.count, &digest) }
        }
        precondition(ok == 1, "libcrypto's HMAC failed")
        return digest.map { String(format: "%02x", $0) }.joined()
    }

    /// `count` bytes from the system's cryptographic random source.
    public static func randomKey(count: Int = 32) -> [UInt8] {
        var key = [UInt8](repeating: 0, count: count)
        precondition(docket_random_bytes(&key, Int32(count)) == 1, "libcrypto's random source failed")
        return key
    }
}
