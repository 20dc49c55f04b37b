import Foundation
import XCTest
@testable import DocketEngine

/// Broken import files: each gets a clear, row-numbered message, and nothing is written.
final class ImportMalformedTests: XCTestCase {
    func testUnbalancedQuoteNamesTheRowWhereItOpened() throws {
        let w = try WorkflowWorld()
        let path = w.file("q.csv", "given_name,family_name,notes\nAl,Bo,fine\nCy,Do,\"never closed\nEd,Fa,more\nGi,Ho,end\n")
        let report = try w.importing(path)
        XCTAssertEqual(report.errors.map { $0.line(file: "q.csv").hasPrefix("q.csv:3:notes: the quote opened here (line 3 of the file) is not") }, [true])
        XCTAssertEqual(report.valid, 3, "the rows after it are read as they are")
        XCTAssertEqual(try w.caseCount(), 0, "all or nothing: the good rows were not written")
    }

    func testWrongColumnCountIsARowError() throws {
        let w = try WorkflowWorld()
        let path = w.file("c.csv", "given_name,family_name,branch\nAl,Bo\nCy,Do,army,extra\nEd,Fa,navy\n")
        let report = try w.importing(path)
        XCTAssertEqual(report.errors.map { $0.line(file: "c.csv") }, [
            "c.csv:2: the row has 2 values; the header has 3 columns (is a value with a comma not in double quotes?)",
            "c.csv:3: the row has 4 values; the header has 3 columns (is a value with a comma not in double quotes?)",
        ])
        XCTAssertEqual(try w.caseCount(), 0)
    }

    func testInvalidUTF8NamesRowColumnAndByteOffset() throws {
        let w = try WorkflowWorld()
        let head = Array("given_name,family_name\nAl,Bo\nJos".utf8)
        // "José" saved as Latin-1: é is the single byte E9.
        let bytes = head + [0xE9] + Array(",Garcia\nCy,Do\n".utf8)
        let report = try w.importing(w.file("u.csv", bytes: bytes))
        XCTAssertEqual(report.invalid, 1)
        XCTAssertEqual(report.valid, 2)
        let line = try XCTUnwrap(report.errors.first).line(file: "u.csv")
        XCTAssertTrue(line.hasPrefix("u.csv:3:given_name: not valid UTF-8 (byte offset \(head.count) in the file)"), line)
        // A truncated multi-byte character at the end of a field is caught too.
        let cut = Array("given_name,family_name\nA".utf8) + [0xC3] + Array(",B\n".utf8)
        let r2 = try w.importing(w.file("u2.csv", bytes: cut))
        XCTAssertTrue(r2.errors.first?.message.contains("byte offset 24") ?? false, "\(r2.errors)")
    }

    func testHugeFieldIsRefusedWithoutHoldingItAndTheRestGoesOn() throws {
        let w = try WorkflowWorld()
        let huge = String(repeating: "x", count: 10 << 20)
        let path = w.file("h.csv", "given_name,family_name,notes\nAl,Bo,\"\(huge)\"\nCy,Do,fine\n")
        let rejects = w.dir.file("r.csv")
        let report = try w.importing(path, rejects: rejects)
        let line = try XCTUnwrap(report.errors.first).line(file: "h.csv")
        XCTAssertEqual(line, "h.csv:2:notes: the value is 10.0 MB; values over 1 MB are refused")
        XCTAssertEqual(report.imported, 1, "the next row still goes in")
        let size = (try FileManager.default.attributesOfItem(atPath: rejects)[.size] as? NSNumber)?.intValue ?? 0
        XCTAssertGreaterThan(size, 10 << 20, "the rejected row is copied whole, unchanged")
    }

    func testEmptyHeaderOnlyAndDuplicateHeaders() throws {
        let w = try WorkflowWorld()
        let empty = expectRefusal("refused", try w.importing(w.file("e.csv", "")))
        XCTAssertEqual(empty, "e.csv: the file is empty; nothing to import")
        let headerOnly = expectRefusal("refused", try w.importing(w.file("h.csv", "given_name,family_name\r\n")))
        XCTAssertEqual(headerOnly, "h.csv: the file has a header row but no rows to import")
        let blankHeader = expectRefusal("refused", try w.importing(w.file("b.csv", "\nAl,Bo\n")))
        XCTAssertTrue(blankHeader.hasPrefix("b.csv:1: the first row is empty"), blankHeader)
        let dup = expectRefusal("refused", try w.importing(w.file("d.csv", "given_name,family_name,Given_Name\nAl,Bo,Cy\n")))
        XCTAssertTrue(dup.hasPrefix("d.csv:1:Given_Name: the column name 'Given_Name' appears twice (columns 1 and 3)"), dup)
        let same = expectRefusal("refused", try w.importing(w.file("s.csv", "given_name,Given name,family_name\nAl,Al,Bo\n")))
        XCTAssertTrue(same.contains("are both field given_name"), same)
        let unnamed = expectRefusal("refused", try w.importing(w.file("n.csv", "given_name,,family_name\nAl,x,Bo\n")))
        XCTAssertTrue(unnamed.hasPrefix("n.csv:1: column 2 has no name"), unnamed)
        let utf16 = expectRefusal("refused", try w.importing(w.file("w.csv", bytes: [0xFF, 0xFE, 0x61, 0x00])))
        XCTAssertTrue(utf16.contains("UTF-16"), utf16)
        XCTAssertEqual(try w.caseCount(), 0)
    }

    func testTextAfterAClosingQuote() throws {
        let w = try WorkflowWorld()
        let report = try w.importing(w.file("t.csv", "given_name,family_name\n\"Al\"x,Bo\n"))
        XCTAssertEqual(report.errors.first?.line(file: "t.csv"),
                       "t.csv:2:given_name: text after a closing quote; quote the whole value and double any quote inside it (\"\")")
    }

    func testBrokenJSON() throws {
        let w = try WorkflowWorld()
        let cut = expectRefusal("refused", try w.importing(w.file("cut.json", "[{\"given_name\": \"Al\", \"family_name\": \"Bo\"},\n{\"given_name\": \"C")))
        XCTAssertTrue(cut.hasPrefix("cut.json:2: the JSON array never closes"), cut)
        XCTAssertEqual(try w.caseCount(), 0)
        let notArray = expectRefusal("refused", try w.importing(w.file("x.json", "\"just text\"")))
        XCTAssertTrue(notArray.contains("a JSON import is an array of objects"), notArray)
        let empty = expectRefusal("refused", try w.importing(w.file("e.json", "[]")))
        XCTAssertEqual(empty, "e.json: the file holds no rows to import")
        let bytes = Array("{\"given_name\": \"Jos".utf8) + [0xE9] + Array("\", \"family_name\": \"B\"}\n".utf8)
        let report = try w.importing(w.file("u.jsonl", bytes: bytes))
        XCTAssertEqual(report.errors.first?.line(file: "u.jsonl"), "u.jsonl:1: not valid UTF-8 (byte offset 19 in the file); save the file as UTF-8")
    }

    func testFormatIsSniffedWithoutAnExtension() throws {
        let w = try WorkflowWorld()
        XCTAssertEqual(try w.importing(w.file("a.txt", "[{\"given_name\": \"Al\", \"family_name\": \"Bo\"}]")).format, .json)
        XCTAssertEqual(try w.importing(w.file("b.txt", "{\"given_name\": \"Al\", \"family_name\": \"Bo\"}\n")).format, .jsonl)
        XCTAssertEqual(try w.importing(w.file("c.txt", "given_name,family_name\nAl,Bo\n")).format, .csv)
        XCTAssertEqual(try w.caseCount(), 3)
    }

    func testAFileThatCannotBeReadSaysSoInEveryMode() throws {
        let w = try WorkflowWorld()
        let headerOnly = w.file("h.csv", "given_name,family_name\n")
        let rejects = w.dir.file("r.csv")
        XCTAssertEqual(expectRefusal("refused", try w.importing(headerOnly, rejects: rejects)),
                       "h.csv: the file has a header row but no rows to import")
        XCTAssertEqual(expectRefusal("refused", try w.importing(headerOnly, dryRun: true)),
                       "h.csv: the file has a header row but no rows to import")
        let quote = w.file("q.csv", "given_name,family_name\nAl,\"Bo\n")
        XCTAssertEqual(try w.importing(quote, dryRun: true).errors.map { $0.line(file: "q.csv").hasPrefix("q.csv:2:family_name: the quote opened here (line 2") },
                       [true])
        XCTAssertEqual(try w.importing(quote, rejects: rejects).rejected, 1)
        XCTAssertEqual(try w.caseCount(), 0)
    }
}
