import XCTest
@testable import DocketEngine

/// The small parts import is built on, checked against the obvious slow versions.
final class ImportPrimitivesTests: XCTestCase {
    func testUTF8ValidatorAgreesWithTheStandardLibrary() {
        var rng = SeededRandom(seed: 7)
        let pieces: [[UInt8]] = [Array("a".utf8), Array("é".utf8), Array("한".utf8), Array("😀".utf8), [0xE9], [0xC3], [0xED, 0xA0, 0x80],
                                 [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0x80], [0xFF]]
        for _ in 0..<2000 {
            var bytes: [UInt8] = []
            for _ in 0..<rng.int(0...6) { bytes += rng.pick(pieces) }
            let valid = String(validating: bytes, as: UTF8.self) != nil
            XCTAssertEqual(UTF8Validator.firstInvalid(in: bytes) == nil, valid, "\(bytes)")
        }
        XCTAssertEqual(UTF8Validator.firstInvalid(in: Array("José".utf8)), nil)
        XCTAssertEqual(UTF8Validator.firstInvalid(in: Array("Jos".utf8) + [0xE9, 0x20]), 3, "points at the é, not the space after it")
        XCTAssertEqual(UTF8Validator.firstInvalid(in: Array("ab".utf8) + [0xE2, 0x82]), 2, "a character cut off at the end")
    }

    func testCSVReaderKeepsRecordOffsetsAcrossChunkBoundaries() throws {
        let dir = TempDir()
        // Records longer than a chunk, CRLF split across a boundary, quotes doubled.
        var text = "a,b\r\n"
        var expected: [[String]] = []
        for i in 0..<40 {
            let long = String(repeating: "x", count: 70_000 + i * 997)
            let field = "v\(i) \"q\" \(long)\nline"
            text += "\(i),\"\(field.replacingOccurrences(of: "\"", with: "\"\""))\"\r\n"
            expected.append(["\(i)", field])
        }
        let path = dir.file("c.csv")
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        let file = try ChunkedFile(path: path, display: "c.csv")
        let reader = CSVReader(file: file, display: "c.csv")
        let header = try XCTUnwrap(try reader.next())
        XCTAssertEqual([header.field(0), header.field(1)], ["a", "b"])
        let all = Array(text.utf8)
        for want in expected {
            let r = try XCTUnwrap(try reader.next())
            XCTAssertNil(r.problem)
            XCTAssertEqual([r.field(0), r.field(1)], want)
            XCTAssertEqual(r.terminator, [0x0D, 0x0A])
            XCTAssertEqual(Array(all[Int(r.start)..<Int(r.contentEnd)]), try file.bytes(r.start..<r.contentEnd))
            XCTAssertEqual(all[Int(r.start)], want[0].utf8.first!)
        }
        XCTAssertNil(try reader.next())
    }
}
