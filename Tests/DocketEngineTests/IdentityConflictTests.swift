import XCTest
@testable import DocketEngine

/// A national id never silently attaches a case to a differently named or born person.
final class IdentityConflictTests: XCTestCase {
    /// Susan Lewis, born 1978-05-05, holds 123-45-6789.
    func world() throws -> (WorkflowWorld, CaseSummary) {
        let w = try WorkflowWorld()
        let susan = try w.engine.intake(type: "claim", input: ["given_name": "Susan", "family_name": "Lewis",
                                                                "birth_date": "1978-05-05", "national_id": "123-45-6789"], as: w.ana)
        return (w, susan.summary)
    }

    static let betty = "Betty,Johnson,1954-09-15,123-45-6789,army,no,\r\n"

    func testImportRefusesAnIdThatBelongsToSomeoneElseAndSaysWhose() throws {
        let (w, susan) = try world()
        let cases = try w.caseCount()
        let path = w.file("claims.csv", ImportTests.header + "Jan,Kowalczyk,3/14/1968,987-65-4321,army,no,\r\n" + Self.betty)
        let report = try w.importing(path)
        XCTAssertFalse(report.succeeded)
        XCTAssertEqual(report.imported, 0)
        XCTAssertEqual(try w.caseCount(), cases, "nothing written")
        XCTAssertEqual(report.errors.map { $0.line(file: report.file) },
                       ["claims.csv:3:national_id: belongs to record #\(susan.constituentId) (S. L., born 1978), not to Betty Johnson, born 1954-09-15"])

        let dry = try w.importing(path, dryRun: true)
        XCTAssertEqual(dry.errors, report.errors, "a dry run says the same")

        let rejects = w.dir.file("rejects.csv")
        let skipped = try w.importing(path, rejects: rejects)
        XCTAssertEqual(skipped.imported, 1)
        XCTAssertEqual(skipped.rejected, 1)
        let text = try String(contentsOfFile: rejects, encoding: .utf8)
        XCTAssertTrue(text.contains(String(Self.betty.dropLast()) + ",\"national_id: belongs to record #"), text)
        // Susan's record is untouched and Betty is findable once her own id is keyed.
        XCTAssertEqual(try w.engine.search("susan lewis", as: w.boss).first?.cases.count, 1)
        let fixed = w.file("fixed.csv", text.replacingOccurrences(of: "123-45-6789", with: "123-45-0000"))
        XCTAssertTrue(try w.importing(fixed).succeeded)
        XCTAssertEqual(try w.engine.search("betty johnson", as: w.boss).count, 1)
    }

    func testTheSameIdTwiceInOneFileWithTwoNamesStopsTheImport() throws {
        let w = try WorkflowWorld()
        let path = w.file("claims.csv", ImportTests.header + "Susan,Lewis,1978-05-05,123-45-6789,army,no,\r\n" + Self.betty)
        XCTAssertThrowsError(try w.importing(path)) { error in
            XCTAssertTrue("\(error)".contains("national_id: belongs to record #"), "\(error)")
        }
        XCTAssertEqual(try w.caseCount(), 0)
    }

    func testTheSamePersonByIdStillMatches() throws {
        let (w, susan) = try world()
        let path = w.file("claims.csv", ImportTests.header + "SUSAN,lewis,5/5/1978,123-45-6789,navy,no,\r\n")
        let report = try w.importing(path)
        XCTAssertTrue(report.succeeded, "\(report.errors)")
        XCTAssertEqual(report.constituentsMatched, 1)
        XCTAssertEqual(try w.engine.listCases(CaseQuery(), as: w.boss).filter { $0.constituentId == susan.constituentId }.count, 2)
    }

    func testIntakeRefusesTheConflictUnlessTheRecordIsChosen() throws {
        let (w, susan) = try world()
        let betty = ["given_name": "Betty", "family_name": "Johnson", "birth_date": "1954-09-15", "national_id": "123-45-6789"]
        let preview = try w.engine.intakePreview(type: "claim", input: betty, as: w.ana)
        XCTAssertNil(preview.constituent, "not preselected")
        XCTAssertEqual(preview.identityConflict, "national_id: belongs to record #\(susan.constituentId) (S. L., born 1978), not to Betty Johnson, born 1954-09-15")
        let why = expectRefusal("refused", try w.engine.intake(type: "claim", input: betty, as: w.ana))
        XCTAssertTrue(why.contains("choose that record if they are the same person"), why)
        XCTAssertNoThrow(try w.engine.intake(type: "claim", input: betty, constituentId: susan.constituentId, as: w.ana),
                         "a deliberate choice of the record")
    }
}

/// An import from a pipe is read once: imported, not fingerprinted.
final class ImportFromAPipeTests: XCTestCase {
    func testAFifoImportsAndIsNotFingerprinted() throws {
        let w = try WorkflowWorld()
        let path = w.dir.file("rows.fifo")
        XCTAssertEqual(mkfifo(path, 0o600), 0)
        let writer = Thread {
            let text = ImportTests.header + "Ola,Berg,1970-01-01,,army,no,\r\n"
            if let h = FileHandle(forWritingAtPath: path) { h.write(Data(text.utf8)); try? h.close() }
        }
        writer.start()
        let report = try w.importing(path)
        XCTAssertTrue(report.succeeded, "\(report.errors)")
        XCTAssertEqual(report.imported, 1)
        XCTAssertEqual(report.sha256, "", "a pipe cannot be read twice to fingerprint it")
    }
}
