/// SHA-256 (FIPS 180-4), written here because Linux has no CryptoKit and the design card
/// allows no packages. It hashes every event record, so it works on raw buffers: full
/// blocks are read in place, and only the padded tail and the 16-word message schedule
/// live in stack scratch space; nothing is allocated per block.
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
        return text.withUTF8 { hexString(digest(UnsafeRawBufferPointer($0))) }
    }

    /// Lower-case hex digest of bytes in memory.
    static func hex(bytes: UnsafeRawBufferPointer) -> String { hexString(digest(bytes)) }

    /// Lower-case hex digest of the bytes.
    public static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        hexString(digest(bytes))
    }

    // MARK: - Core

    private static func digest(_ message: UnsafeRawBufferPointer) -> [UInt8] {
        var state = initialState
        let fullBlockCount = message.count / 64
        let tailCount = message.count % 64

        roundConstants.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 16) { schedule in
                if let base = message.baseAddress {
                    for block in 0..<fullBlockCount {
                        compress(&state, base + block * 64, schedule.baseAddress!, k.baseAddress!)
                    }
                }
                // Padding: 0x80, zeros, then the bit length as a 64-bit big-endian number;
                // one block when the tail leaves room for those 9 bytes, else two.
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
                    let tailBase = tail.baseAddress!
                    tailBase.initialize(repeating: 0, count: 128)
                    if tailCount > 0, let base = message.baseAddress {
                        let tailStart = base.assumingMemoryBound(to: UInt8.self) + fullBlockCount * 64
                        tailBase.update(from: tailStart, count: tailCount)
                    }
                    tailBase[tailCount] = 0x80
                    let paddedCount = tailCount < 56 ? 64 : 128
                    let bitLength = UInt64(message.count) &* 8
                    for i in 0..<8 {
                        tailBase[paddedCount - 1 - i] = UInt8(truncatingIfNeeded: bitLength &>> (8 * UInt64(i)))
                    }
                    for offset in stride(from: 0, to: paddedCount, by: 64) {
                        compress(&state, UnsafeRawPointer(tailBase + offset), schedule.baseAddress!, k.baseAddress!)
                    }
                }
            }
        }

        return [UInt8](unsafeUninitializedCapacity: digestByteCount) { out, count in
            let raw = UnsafeMutableRawBufferPointer(out)
            let words = [state.a, state.b, state.c, state.d, state.e, state.f, state.g, state.h]
            for (i, word) in words.enumerated() {
                raw.storeBytes(of: word.bigEndian, toByteOffset: 4 * i, as: UInt32.self)
            }
            count = digestByteCount
        }
    }

    @inline(__always)
    private static func rotateRight(_ x: UInt32, _ n: UInt32) -> UInt32 {
        (x &>> n) | (x &<< (32 &- n))
    }

    /// Processes one 64-byte block. `w` is a 16-word ring: the schedule word for round t is
    /// computed when round t needs it, which lets the CPU overlap schedule and round work
    /// (measurably faster here than filling all 64 words first).
    @inline(__always)
    private static func compress(
        _ state: inout HashState,
        _ block: UnsafeRawPointer,
        _ w: UnsafeMutablePointer<UInt32>,
        _ k: UnsafePointer<UInt32>
    ) {
        for t in 0..<16 {
            w[t] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: 4 * t, as: UInt32.self))
        }

        @inline(__always)
        func word(_ t: Int) -> UInt32 {
            if t < 16 { return w[t] }
            // W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16]; W[t-16] sits in W[t]'s slot.
            let w15 = w[(t - 15) & 15], w2 = w[(t - 2) & 15]
            let sigma0 = rotateRight(rotateRight(w15, 11) ^ w15, 7) ^ (w15 &>> 3)
            let sigma1 = rotateRight(rotateRight(w2, 2) ^ w2, 17) ^ (w2 &>> 10)
            let next = w[t & 15] &+ sigma0 &+ w[(t - 7) & 15] &+ sigma1
            w[t & 15] = next
            return next
        }

        var a = state.a, b = state.b, c = state.c, d = state.d
        var e = state.e, f = state.f, g = state.g, h = state.h
        var bXorC = b ^ c
        // Eight rounds per pass with the variables' roles rotated by hand, so no round
        // spends instructions shifting eight registers along.
        for t in stride(from: 0, to: 64, by: 8) {
            round(a, b, c, &d, e, f, g, &h, k[t] &+ word(t), &bXorC)
            round(h, a, b, &c, d, e, f, &g, k[t + 1] &+ word(t + 1), &bXorC)
            round(g, h, a, &b, c, d, e, &f, k[t + 2] &+ word(t + 2), &bXorC)
            round(f, g, h, &a, b, c, d, &e, k[t + 3] &+ word(t + 3), &bXorC)
            round(e, f, g, &h, a, b, c, &d, k[t + 4] &+ word(t + 4), &bXorC)
            round(d, e, f, &g, h, a, b, &c, k[t + 5] &+ word(t + 5), &bXorC)
            round(c, d, e, &f, g, h, a, &b, k[t + 6] &+ word(t + 6), &bXorC)
            round(b, c, d, &e, f, g, h, &a, k[t + 7] &+ word(t + 7), &bXorC)
        }
        state.a &+= a; state.b &+= b; state.c &+= c; state.d &+= d
        state.e &+= e; state.f &+= f; state.g &+= g; state.h &+= h
    }

    /// One SHA-256 round. Only two variables change (d gains T1 and becomes the next e,
    /// h becomes T1 + T2, the next a); the caller rotates the names instead of the values.
    /// `bXorC` carries b ⊕ c, which is the next round's b ⊕ c once replaced by a ⊕ b.
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
        _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32,
        _ constantPlusWord: UInt32, _ bXorC: inout UInt32
    ) {
        // Σ1(e) = e⋙6 ⊕ e⋙11 ⊕ e⋙25 and Σ0(a) = a⋙2 ⊕ a⋙13 ⊕ a⋙22, nested so that
        // x86 needs no register copies for them.
        let bigSigma1 = rotateRight(rotateRight(rotateRight(e, 14) ^ e, 5) ^ e, 6)
        let choose = g ^ (e & (f ^ g))
        let t1 = h &+ constantPlusWord &+ bigSigma1 &+ choose
        let bigSigma0 = rotateRight(rotateRight(rotateRight(a, 9) ^ a, 11) ^ a, 2)
        let aXorB = a ^ b
        let majority = b ^ (aXorB & bXorC)
        bXorC = aXorB
        d &+= t1
        h = t1 &+ bigSigma0 &+ majority
    }

    private static func hexString(_ bytes: [UInt8]) -> String {
        let digits: StaticString = "0123456789abcdef"
        return String(unsafeUninitializedCapacity: bytes.count * 2) { out in
            digits.withUTF8Buffer { digits in
                for (i, byte) in bytes.enumerated() {
                    out[2 * i] = digits[Int(byte &>> 4)]
                    out[2 * i + 1] = digits[Int(byte & 0x0F)]
                }
            }
            return bytes.count * 2
        }
    }

    /// The eight working hash words, kept in a struct so a digest allocates nothing for them.
    private struct HashState {
        var a: UInt32, b: UInt32, c: UInt32, d: UInt32, e: UInt32, f: UInt32, g: UInt32, h: UInt32
    }

    private static let initialState = HashState(
        a: 0x6a09_e667, b: 0xbb67_ae85, c: 0x3c6e_f372, d: 0xa54f_f53a,
        e: 0x510e_527f, f: 0x9b05_688c, g: 0x1f83_d9ab, h: 0x5be0_cd19
    )

    private static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]
}
