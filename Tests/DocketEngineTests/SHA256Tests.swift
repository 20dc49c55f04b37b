import XCTest
@testable import DocketEngine

final class SHA256Tests: XCTestCase {
    // FIPS 180-4 / NIST CAVP example vectors.
    func testNISTVectors() {
        XCTAssertEqual(SHA256.hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(
            SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(
            SHA256.hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"),
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    func testOneMillionA() {
        let input = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        XCTAssertEqual(SHA256.hex(input), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    // Lengths around the padding boundaries; expected values from `sha256sum` on n × "a".
    func testPaddingEdges() {
        let expected: [Int: String] = [
            55: "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318",
            56: "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a",
            63: "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34",
            64: "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb",
            65: "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0",
            119: "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb",
            120: "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c",
        ]
        for (length, hex) in expected {
            XCTAssertEqual(SHA256.hex(String(repeating: "a", count: length)), hex, "length \(length)")
        }
    }

    func testTextIsHashedAsUTF8() {
        // `printf 'Zoë 김민준 ٱلعربية' | sha256sum`
        XCTAssertEqual(SHA256.hex("Zoë 김민준 ٱلعربية"), "0bbe25a779b694e296acad460ef95a4cc2f881fc1f5f6ecc0538fd7b14f774aa")
    }

    func testEveryByteValueAndNonContiguousCollections() {
        // All 256 byte values, given as an array, an array slice, a range and a lazy map
        // (the last two have no contiguous storage and take the copying path).
        let expected = "40aff2e9d2d8922e47afd4648e6967497158785fbd1da870e7110266bf944880"
        let bytes = (0...255).map { UInt8($0) }
        XCTAssertEqual(SHA256.hex(bytes), expected)
        XCTAssertEqual(SHA256.hex(([0xFF] + bytes)[1...]), expected)
        XCTAssertEqual(SHA256.hex(UInt8(0)...UInt8(255)), expected)
        XCTAssertEqual(SHA256.hex((0...255).lazy.map { UInt8($0) }), expected)
    }

    func testDigestIsThirtyTwoBytesMatchingHex() {
        let digest = SHA256.digest(Array("abc".utf8))
        XCTAssertEqual(digest.count, 32)
        XCTAssertEqual(Array(digest.prefix(4)), [0xba, 0x78, 0x16, 0xbf])
        XCTAssertEqual(digest.map { String(format: "%02x", $0) }.joined(), SHA256.hex("abc"))
    }
}
