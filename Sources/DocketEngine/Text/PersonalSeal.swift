import CCrypto
import Foundation

/// Crypto-shredding's lock: free text about a person that an event must carry is stored sealed
/// with AES-256-GCM under that person's own key. The chain hashes the sealed text, so it still
/// verifies after an erasure destroys the key and the text can never be read again.
public enum PersonalSeal {
    /// What every sealed text starts with, so readers know to open it.
    static let prefix = "sealed:v1:"
    static let keyBytes = 32
    private static let nonceBytes = 12
    private static let tagBytes = 16

    public static func newKey() -> [UInt8] { HMACSHA256.randomKey(count: keyBytes) }

    public static func isSealed(_ stored: String) -> Bool { stored.hasPrefix(prefix) }

    /// `text` sealed under `key` with a fresh random nonce: `sealed:v1:` and the base64 of
    /// nonce, ciphertext and tag.
    public static func seal(_ text: String, key: [UInt8]) -> String {
        precondition(key.count == keyBytes, "a personal key is 32 bytes")
        let plain = Array(text.utf8)
        let nonce = HMACSHA256.randomKey(count: nonceBytes)
        var out = [UInt8](repeating: 0, count: nonceBytes + plain.count + tagBytes)
        out.replaceSubrange(0..<nonceBytes, with: nonce)
        let ok = out.withUnsafeMutableBufferPointer { o in
            docket_aes256gcm_seal(key, nonce, plain, Int32(plain.count), o.baseAddress! + nonceBytes,
                                  o.baseAddress! + nonceBytes + plain.count)
        }
        precondition(ok == 1, "libcrypto's AES-256-GCM failed")
        return prefix + Data(out).base64EncodedString()
    }

    /// The text sealed in `stored`, or nil when it cannot be opened with `key` (the key was
    /// destroyed by an erasure, or the bytes are not what was sealed).
    public static func open(_ stored: String, key: [UInt8]?) -> String? {
        guard let key, key.count == keyBytes, stored.hasPrefix(prefix),
              let bytes = Data(base64Encoded: String(stored.dropFirst(prefix.count))).map(Array.init),
              bytes.count >= nonceBytes + tagBytes else { return nil }
        let count = bytes.count - nonceBytes - tagBytes
        var plain = [UInt8](repeating: 0, count: max(count, 1))
        let ok = bytes.withUnsafeBufferPointer { b in
            docket_aes256gcm_open(key, b.baseAddress!, b.baseAddress! + nonceBytes, Int32(count),
                                  b.baseAddress! + nonceBytes + count, &plain)
        }
        guard ok == 1 else { return nil }
        return String(decoding: plain[0..<count], as: UTF8.self)
    }
}
