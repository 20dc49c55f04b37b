import Foundation
import XCTest
@testable import DocketEngine

/// A quote someone forgot to close is one bad record at the line where it opened; the records
/// after it are read as they are, and a value that legitimately spans lines still does.
final class ImportUnclosedQuoteTests: XCTestCase {
    static let header = "given_name,family_name,birth_date,national_id,branch,urgent,notes\n"
    static let lopez = "Maria,\"Lopez, Jr.,1968-03-31,,navy,,\n"
    static let kowalczyk = "Jan,Kowalczyk,1968-03-14,123-45-6789,army,no,\n"

    func testUnclosedQuoteInTheMiddleIsOneRecordAtItsLine() throws {
        let w = try WorkflowWorld()
        // The next quote (Tom's notes) would close Maria's; Tom's row must still be read.
        let path = w.file("u.csv", Self.header + Self.lopez + Self.kowalczyk + "Tom,Ng,1970-01-01,,navy,,\"ramp, please\"\n")
        let report = try w.importing(path, dryRun: true)
        XCTAssertEqual(report.errors.map { $0.line(file: "u.csv") }, [
            "u.csv:2:family_name: the quote opened here (line 2 of the file) is not closed on this line; close it (a \" inside a value is written \"\"); the lines after it were read as rows of their own",
        ])
        XCTAssertEqual(report.valid, 2)
        XCTAssertEqual(report.invalid, 1)
        // All or nothing: the one bad record stops the import, and nothing is written.
        let all = try w.importing(path)
        XCTAssertFalse(all.succeeded)
        XCTAssertEqual(all.errors.count, 1)
        XCTAssertEqual(try w.caseCount(), 0)
    }

    func testUnclosedQuoteOnTheLastLineIsOneRecord() throws {
        let w = try WorkflowWorld()
        let path = w.file("e.csv", Self.header + Self.kowalczyk + "Maria,\"Lopez, Jr.,1968-03-31,,navy,,")
        let report = try w.importing(path, dryRun: true)
        XCTAssertEqual(report.errors.count, 1)
        XCTAssertTrue(report.errors[0].line(file: "e.csv").hasPrefix("e.csv:3:family_name: the quote opened here (line 3 of the file)"), "\(report.errors)")
        XCTAssertEqual(report.valid, 1)
        // With a line end after it, and lines after it with no quote at all.
        let two = w.file("f.csv", Self.header + Self.lopez + Self.kowalczyk + "Tom,Ng,1970-01-01,,navy,,\n")
        let r2 = try w.importing(two, dryRun: true)
        XCTAssertEqual(r2.errors.map { $0.row }, [2])
        XCTAssertEqual(r2.valid, 2)
    }

    func testTheTwoRecordFileImportsOneOfTwoAndTheFixedRejectReimports() throws {
        let w = try WorkflowWorld()
        let path = w.file("two.csv", Self.header + Self.lopez + Self.kowalczyk)
        let rejects = w.dir.file("rejects.csv")
        let report = try w.importing(path, rejects: rejects)
        XCTAssertEqual(report.imported, 1, "\(report.errors)")
        XCTAssertEqual(report.rejected, 1)
        XCTAssertEqual(report.imported + report.rejected, 2, "two records, not three")
        let text = try String(contentsOfFile: rejects, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        XCTAssertEqual(lines.count, 3, "header, the one reject, trailing end: \(text)")
        XCTAssertTrue(lines[1].hasPrefix(String(Self.lopez.dropLast()) + ",\"family_name: the quote opened here"), lines[1])
        // Fixed by hand (the quote closed), the rejects file goes back in as it is.
        let fixed = w.file("fixed.csv", text.replacingOccurrences(of: "\"Lopez, Jr.,", with: "\"Lopez, Jr.\","))
        let again = try w.importing(fixed)
        XCTAssertTrue(again.succeeded, "\(again.errors)")
        XCTAssertEqual(again.imported, 1)
        let maria = try XCTUnwrap(try w.forms()[again.firstRef!])
        XCTAssertEqual(maria["family_name"], "Lopez, Jr.")
        XCTAssertEqual(try w.caseCount(), 2)
    }

    func testValuesThatSpanLinesStillDo() throws {
        let w = try WorkflowWorld()
        let path = w.file("m.csv", Self.header
            + "Ann,Lee,1970-01-02,,army,,\"12 High St\nFlat 3\r\nLeeds\"\n"
            + "Bo,\"Ng, Jr\",1971-01-02,,navy,,\"a \"\"quoted\"\"\nnote\"\n"
            + Self.kowalczyk)
        let report = try w.importing(path)
        XCTAssertTrue(report.succeeded, "\(report.errors)")
        XCTAssertEqual(report.imported, 3)
        let notes = Set(try w.forms().values.compactMap { $0["notes"] })
        XCTAssertEqual(notes, ["12 High St\nFlat 3\nLeeds", "a \"quoted\"\nnote"], "line ends inside a value are kept (as LF)")
    }

    func testAQuoteThatSpansLinesIntoTheWrongColumnCountIsReadAgain() throws {
        let w = try WorkflowWorld()
        // Maria's quote closes at Tom's empty quoted value: no text after it, but the record
        // would have the wrong number of columns.
        let path = w.file("c.csv", Self.header + Self.lopez + "Tom,Ng,1970-01-01,,navy,,\"\"\n")
        let report = try w.importing(path, dryRun: true)
        XCTAssertEqual(report.errors.map { "\($0.row):\($0.field ?? "")" }, ["2:family_name"])
        XCTAssertEqual(report.valid, 1)
    }

    func testAValueThatSpansLinesBeforeTheUnclosedQuoteInTheSameRecordIsKept() throws {
        let dir = TempDir()
        let path = dir.file("k.csv")
        // Record 2 (lines 3-4): its second value spans two lines legitimately; its third
        // value's quote, opened on line 4, never closes.
        _ = FileManager.default.createFile(atPath: path, contents: Data("a,\"x\ny\",c\nd,\"e\nf\",\"g\nh,i,j\n".utf8))
        let reader = CSVReader(file: try ChunkedFile(path: path, display: "k.csv"), display: "k.csv")
        reader.expectedColumns = 3
        let first = try XCTUnwrap(reader.next())
        XCTAssertEqual([first.field(0), first.field(1), first.field(2)], ["a", "x\ny", "c"])
        XCTAssertNil(first.problem)
        let bad = try XCTUnwrap(reader.next())
        XCTAssertEqual(bad.problem, .unclosedQuote(column: 2, line: 4))
        XCTAssertEqual([bad.field(0), bad.field(1), bad.field(2)], ["d", "e\nf", "g"], "the value before it keeps its line break")
        let last = try XCTUnwrap(reader.next())
        XCTAssertEqual([last.field(0), last.field(1), last.field(2)], ["h", "i", "j"])
        XCTAssertNil(last.problem)
        XCTAssertNil(try reader.next())
    }

    func testReaderRewindsAcrossChunks() throws {
        // A record re-read from before the current chunk: the unclosed quote is followed by
        // more than a chunk of quote-free rows.
        let dir = TempDir()
        var text = "a,b\n1,\"open\n"
        for i in 0..<200_000 { text += "r\(i),x\n" }
        let path = dir.file("big.csv")
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        XCTAssertGreaterThan(text.utf8.count, ChunkedFile.chunkSize)
        let reader = CSVReader(file: try ChunkedFile(path: path, display: "big.csv"), display: "big.csv")
        reader.expectedColumns = 2
        _ = try reader.next()
        let bad = try XCTUnwrap(reader.next())
        XCTAssertEqual(bad.problem, .unclosedQuote(column: 1, line: 2))
        var count = 0
        while let r = try reader.next() {
            XCTAssertNil(r.problem)
            count += 1
        }
        XCTAssertEqual(count, 200_000)
    }
}
