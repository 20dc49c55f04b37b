import Foundation
import XCTest
@testable import DocketEngine

/// `docket import` through the engine: rows checked as the form screen checks them, all or
/// nothing by default, rejects that go back in once fixed, dry runs that write nothing.
final class ImportTests: XCTestCase {
    static let header = "given_name,family_name,birth_date,national_id,branch,urgent,notes\r\n"

    func testAllOrNothingReportsEveryErrorByRowAndWritesNothing() throws {
        let w = try WorkflowWorld()
        let events = try w.eventCount()
        let path = w.file("claims.csv", ImportTests.header
            + "Jan,Kowalczyk,3/14/1968,123-45-6789,army,no,\r\n"
            + "Maria,Lopez,31/31/1968,123-45,navy,maybe,\r\n"
            + "Tom,Ng,1970-01-01,,marines,,\r\n")
        let report = try w.importing(path)
        XCTAssertEqual(report.rows, 3)
        XCTAssertEqual(report.valid, 1)
        XCTAssertEqual(report.invalid, 2)
        XCTAssertFalse(report.succeeded)
        let lines = report.errors.map { $0.line(file: report.file) }
        XCTAssertTrue(lines.contains { $0.hasPrefix("claims.csv:3:birth_date: ") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.hasPrefix("claims.csv:3:national_id: ") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.hasPrefix("claims.csv:3:urgent: ") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.hasPrefix("claims.csv:4:branch: 'marines' is not one of the choices") }, "\(lines)")
        XCTAssertEqual(report.imported, 0)
        XCTAssertEqual(try w.caseCount(), 0, "the good row was not written either")
        XCTAssertEqual(try w.engine.overview().constituents, 0)
        XCTAssertEqual(try w.eventCount(), events, "not even an event")
    }

    func testGoodFileImportsRoutesAndChainsEvents() throws {
        let w = try WorkflowWorld()
        let path = w.file("claims.csv", ImportTests.header
            + "Jan,Kowalczyk,3/14/1968,123-45-6789,army,yes,\"Needs a ramp, and \"\"quiet\"\" room\nsecond line\"\r\n"
            + "Jan,Kowalczyk,14 Mar 1968,123456789,Navy,n,\r\n"
            + "Łucja,Wójcik,1980-02-29,,AIR_FORCE,,\r\n")
        let report = try w.importing(path)
        XCTAssertTrue(report.succeeded, "\(report.errors)")
        XCTAssertEqual(report.imported, 3)
        XCTAssertEqual(report.constituentsCreated, 2, "rows 2 and 3 are one person (same national id)")
        XCTAssertEqual(report.constituentsMatched, 1)
        XCTAssertEqual(report.routed, ["VET": 3])
        let forms = try w.forms()
        let first = try XCTUnwrap(forms[try XCTUnwrap(report.firstRef)])
        XCTAssertEqual(first["notes"], "Needs a ramp, and \"quiet\" room\nsecond line", "quotes, commas and line breaks inside a value")
        XCTAssertEqual(first["birth_date"], "1968-03-14")
        let urgent = try w.summary(report.firstRef!)
        XCTAssertEqual(urgent.priority, 1, "the urgent-claims rule")
        XCTAssertEqual(urgent.tags, ["urgent"])
        XCTAssertEqual(try w.summary(report.lastRef!).department, "VET")
        XCTAssertEqual(forms.values.filter { $0["branch"] == "air_force" }.count, 1, "choices in any case")
        let kinds = try w.events(report.firstRef!).map(\.kind)
        XCTAssertEqual(kinds, ["case_created", "routed"])
        XCTAssertTrue(try w.engine.verifyAudit().ok)
        // Searchable at once: the name index took the new people.
        XCTAssertEqual(try w.engine.search("wojcik", as: w.boss).map(\.constituent.fullName), ["Łucja Wójcik"])
        // Refs continue from the imported ones.
        let next = try w.claim()
        XCTAssertGreaterThan(next.ref, report.lastRef!)
    }

    func testSkipInvalidRejectsGoBackInOnceFixed() throws {
        let w = try WorkflowWorld()
        let bad = "Maria,\"Lopez, Jr.\",31/31/1968,,navy,,\"line one\nline two\"\r\n"
        let path = w.file("claims.csv", ImportTests.header
            + "Jan,Kowalczyk,3/14/1968,123-45-6789,army,no,\r\n"
            + bad
            + "Tom,Ng,1970-01-01,,navy,,\r\n")
        let rejects = w.dir.file("rejects.csv")
        let report = try w.importing(path, rejects: rejects)
        XCTAssertTrue(report.succeeded)
        XCTAssertEqual(report.imported, 2)
        XCTAssertEqual(report.rejected, 1)
        XCTAssertEqual(try w.caseCount(), 2)
        let text = try String(contentsOfFile: rejects, encoding: .utf8)
        let lines = text.components(separatedBy: "\r\n")
        XCTAssertEqual(lines[0], "given_name,family_name,birth_date,national_id,branch,urgent,notes,error")
        // The row as it was, quoting and all, with its error added.
        XCTAssertTrue(text.contains(String(bad.dropLast()) + ",birth_date: the value is not a date"), text)
        XCTAssertEqual(lines.count, 3, "header, the one reject (spanning two lines inside quotes), trailing end")
        // Fix it in place and import the rejects file as it is: the error column is ignored.
        let fixed = w.file("fixed.csv", text.replacingOccurrences(of: "31/31/1968", with: "3/31/1968"))
        let again = try w.importing(fixed)
        XCTAssertTrue(again.succeeded, "\(again.errors)")
        XCTAssertEqual(again.imported, 1)
        XCTAssertEqual(again.ignoredColumns, [], "error is the rejects file's own column, not listed")
        XCTAssertEqual(try w.caseCount(), 3)
        let maria = try XCTUnwrap(try w.forms()[again.firstRef!])
        XCTAssertEqual(maria["family_name"], "Lopez, Jr.")
        XCTAssertEqual(maria["notes"], "line one\nline two")
        XCTAssertNil(maria["error"])
    }

    func testRejectsOfARejectsFileReplaceItsErrorColumn() throws {
        let w = try WorkflowWorld()
        let path = w.file("r.csv", "given_name,family_name,branch,error\nAl,Bo,pirates,\"old error\"\nCy,Do,army,old\n")
        let rejects = w.dir.file("r2.csv")
        let report = try w.importing(path, rejects: rejects)
        XCTAssertEqual(report.imported, 1)
        let text = try String(contentsOfFile: rejects, encoding: .utf8)
        XCTAssertEqual(text, "given_name,family_name,branch,error\nAl,Bo,pirates,\"branch: 'pirates' is not one of the choices; expected one of: army, navy, air_force\"\n")
    }

    func testDryRunSaysWhatWouldHappenAndWritesNothing() throws {
        let w = try WorkflowWorld()
        let known = try w.intake("claim", ["given_name": "Jan", "family_name": "Kowalczyk", "birth_date": "1968-03-14",
                                            "national_id": "123-45-6789"])
        let events = try w.eventCount()
        let path = w.file("claims.csv", ImportTests.header
            + "Jan,Kowalczyk,3/14/1968,123-45-6789,army,yes,\r\n"
            + "Ann,Lee,1/2/1970,555-44-3333,navy,,\r\n"
            + "Ann,Lee,1/2/1970,555-44-3333,navy,,\r\n"
            + "Bad,Row,,,pirates,,\r\n")
        let rejects = w.dir.file("never.csv")
        let report = try w.importing(path, dryRun: true, rejects: rejects)
        XCTAssertTrue(report.dryRun)
        XCTAssertEqual(report.valid, 3)
        XCTAssertEqual(report.invalid, 1)
        XCTAssertEqual(report.imported, 3, "cases that would be made")
        XCTAssertEqual(report.constituentsMatched, 2, "one known already, one repeated in the file")
        XCTAssertEqual(report.constituentsCreated, 1)
        XCTAssertEqual(report.routed, ["VET": 3])
        XCTAssertEqual(try w.caseCount(), 1)
        XCTAssertEqual(try w.eventCount(), events)
        XCTAssertFalse(FileManager.default.fileExists(atPath: rejects), "a dry run writes no rejects file either")
        XCTAssertEqual(try w.summary(known.ref).version, 1)
    }

    func testHeadersByLabelAnyCaseExportColumnsIgnoredUnknownRefused() throws {
        let w = try WorkflowWorld()
        let path = w.file("h.csv", " GIVEN NAME ,Family name,Branch,ref,State\nAl,Bo,army,CL-2026-000001,new\n")
        let report = try w.importing(path)
        XCTAssertEqual(report.imported, 1)
        XCTAssertEqual(report.ignoredColumns, ["ref", "State"])
        let unknown = w.file("u.csv", "given_name,family_name,favourite colour\nAl,Bo,blue\n")
        let m = expectRefusal("refused", try w.importing(unknown))
        XCTAssertTrue(m.hasPrefix("u.csv:1:favourite colour: unknown column 'favourite colour'"), m)
        XCTAssertTrue(m.contains("given_name, family_name"), "names the form's fields: \(m)")
    }

    func testFormulaGuardIsTakenOffAndBlankLinesAreSkippedButCounted() throws {
        let w = try WorkflowWorld()
        let path = w.file("g.csv", "given_name,family_name,notes\n\nAl,Bo,'=1+2\n\nCy,Do,'hello\nEd,Fa,x,y\n")
        let report = try w.importing(path)
        XCTAssertEqual(report.rows, 3, "blank lines are not rows")
        XCTAssertEqual(report.errors.map { $0.line(file: "g.csv") }, ["g.csv:6: the row has 4 values; the header has 3 columns (is a value with a comma not in double quotes?)"],
                       "row numbers count blank lines, as a spreadsheet shows them")
        let rows = w.file("g2.csv", "given_name,family_name,notes\nAl,Bo,'=1+2\nCy,Do,'hello\n")
        let ok = try w.importing(rows)
        let notes = try w.forms().values.compactMap { $0["notes"] }.sorted()
        XCTAssertEqual(ok.imported, 2)
        XCTAssertEqual(notes, ["'hello", "=1+2"], "only the quote an export adds before = + - @ is taken off")
    }

    func testBOMAndCRLFAndNoFinalLineEnd() throws {
        let w = try WorkflowWorld()
        let path = w.file("b.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("given_name,family_name\r\nAl,Bo\r\nCy,Do".utf8))
        let report = try w.importing(path)
        XCTAssertEqual(report.imported, 2)
        XCTAssertEqual(Set(try w.forms().values.compactMap { $0["given_name"] }), ["Al", "Cy"])
    }

    func testJSONArrayWithTypedValues() throws {
        let w = try WorkflowWorld()
        let path = w.file("claims.json", """
            [
              {"given_name": "Jan", "family_name": "Kowalczyk", "birth_date": "1968-03-14", "urgent": true, "branch": "army",
               "notes": "caf\\u00e9 \\"quoted\\"\\nnext", "national_id": null},
              {"Given name": "Ann", "Family name": "Lee", "urgent": false, "ref": "IGNORED-1"},
              {"given_name": "Bad", "family_name": "Row", "branch": ["army", "navy"]},
              {"given_name": "Nested", "family_name": "Row", "notes": {"a": 1}},
              "not an object"
            ]
            """)
        let report = try w.importing(path)
        XCTAssertEqual(report.format, .json)
        XCTAssertEqual(report.rows, 5)
        XCTAssertEqual(report.valid, 2)
        let lines = report.errors.map { $0.line(file: "claims.json") }
        XCTAssertTrue(lines.contains { $0.hasPrefix("claims.json:3:branch: ") }, "\(lines)")
        XCTAssertTrue(lines.contains("claims.json:4:notes: an object where a value was expected"), "\(lines)")
        XCTAssertTrue(lines.contains { $0.hasPrefix("claims.json:5: expected an object") }, "\(lines)")
        XCTAssertEqual(report.ignoredColumns, ["ref"])

        let good = w.file("good.json", "[{\"given_name\": \"Jan\", \"family_name\": \"K\", \"urgent\": true, \"notes\": \"caf\\u00e9 \\\"q\\\"\"}]")
        let ok = try w.importing(good)
        XCTAssertEqual(ok.imported, 1)
        let form = try XCTUnwrap(try w.forms()[ok.firstRef!])
        XCTAssertEqual(form["urgent"], "yes")
        XCTAssertEqual(form["notes"], "café \"q\"")
        XCTAssertEqual(try w.summary(ok.firstRef!).priority, 1)
    }

    func testJSONLinesNumbersByLineAndRejectsKeepTheirText() throws {
        let w = try WorkflowWorld()
        let path = w.file("claims.jsonl", """
            {"given_name": "Jan", "family_name": "Kowalczyk", "branch": "army"}

            {"given_name": "Bad", "family_name": "Row", "branch": "pirates"}
            {"given_name": "Broken", "family_name":
            {"given_name": "Cy", "family_name": "Do", "form": {"notes": "from an export's form object"}, "error": "old"}
            """)
        let rejects = w.dir.file("rejects.jsonl")
        let report = try w.importing(path, rejects: rejects)
        XCTAssertEqual(report.format, .jsonl)
        XCTAssertEqual(report.imported, 2)
        let lines = report.errors.map { $0.line(file: "claims.jsonl") }
        XCTAssertTrue(lines.contains { $0.hasPrefix("claims.jsonl:3:branch: ") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.hasPrefix("claims.jsonl:4: not valid JSON: ") && $0.contains("byte offset") }, "\(lines)")
        let text = try String(contentsOfFile: rejects, encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertEqual(text.count, 2)
        XCTAssertTrue(text[0].hasPrefix("{\"given_name\": \"Bad\", \"family_name\": \"Row\", \"branch\": \"pirates\",\"error\":\"branch: "), text[0])
        XCTAssertEqual(text[1], "{\"given_name\": \"Broken\", \"family_name\":", "unparseable text is kept as it was")
        XCTAssertTrue(try w.forms().values.contains { $0["notes"] == "from an export's form object" })
        // The fixed reject goes back in, its error member ignored.
        let fixed = w.file("fixed.jsonl", text[0].replacingOccurrences(of: "pirates", with: "navy") + "\n")
        XCTAssertEqual(try w.importing(fixed).imported, 1)
    }

    /// Member names are worked out once per spelling: each spelling still means what it says,
    /// row after row, and a name met again keeps being refused or taken.
    func testJSONMemberNamesSpelledDifferentlyRowToRow() throws {
        let w = try WorkflowWorld()
        let path = w.file("names.jsonl", """
            {"Given name": "Jan", "family_name": "Kowalczyk"}
            {" GIVEN_NAME ": "Eva", "Family name": "Nowak", "bogus": 1}
            {"given_name": "Ola", "Given name": "Ola", "family_name": "Lis"}
            {"Given name": "Jan", "FAMILY_NAME": "Kowalczyk", "bogus": 2, "ref": "CL-1"}
            """)
        let report = try w.importing(path)
        XCTAssertEqual(report.rows, 4)
        XCTAssertEqual(report.valid, 1)
        let lines = report.errors.map { $0.line(file: "names.jsonl") }
        XCTAssertTrue(lines.contains { $0.hasPrefix("names.jsonl:2:bogus: unknown column") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.hasPrefix("names.jsonl:4:bogus: unknown column") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.hasPrefix("names.jsonl:3:given_name: given twice") }, "\(lines)")
        XCTAssertEqual(report.ignoredColumns, ["ref"])
        XCTAssertEqual(try w.caseCount(), 0, "all or nothing")
    }

    func testCardNumbersAndNamelessRowsAreRefused() throws {
        let w = try WorkflowWorld()
        let path = w.file("c.csv", "given_name,family_name,notes\nAl,Bo,paid with 4111 1111 1111 1111\n,,just notes\n")
        let report = try w.importing(path)
        XCTAssertEqual(report.invalid, 2)
        let lines = report.errors.map { $0.line(file: "c.csv") }
        XCTAssertTrue(lines.contains { $0.hasPrefix("c.csv:2:notes: ") && $0.contains("card number") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.hasPrefix("c.csv:3:given_name: ") }, "\(lines)")
    }

    func testManyErrorsAreCappedAndCounted() throws {
        let w = try WorkflowWorld()
        var text = "given_name,family_name,branch\n"
        for i in 0..<150 { text += "A\(i),B,pirates\n" }
        let report = try w.importing(w.file("many.csv", text))
        XCTAssertEqual(report.invalid, 150)
        XCTAssertEqual(report.errors.count, 100)
        XCTAssertEqual(report.moreErrors, 50)
        XCTAssertEqual(report.errors.first?.row, 2)
    }

    func testAuditorsCannotImportAndUnknownFormsAreNamed() throws {
        let w = try WorkflowWorld()
        let path = w.file("a.csv", "given_name,family_name\nAl,Bo\n")
        expectRefusal("refused", try w.importing(path, as: w.sam))
        let m = expectRefusal("usage", try w.importing(path, form: "nope"))
        XCTAssertTrue(m.contains("claim_form"), m)
        XCTAssertEqual(try w.importing(path, form: "claim").imported, 1, "a case type names its form too")
        expectRefusal("usage", try w.importing(path, rejects: path), "the rejects file cannot be the input")
    }

    func testLargerImportAcrossBatchesKeepsEveryRow() throws {
        let w = try WorkflowWorld()
        var text = "given_name,family_name,national_id\n"
        for i in 0..<2_500 { text += "G\(i),F\(i % 100),\(String(format: "%03d-%02d-%04d", 100 + i % 800, i % 100, i))\n" }
        let path = w.file("big.csv", text)
        var options = ImportOptions()
        options.skipInvalid = true
        options.rejectsPath = w.dir.file("r.csv")
        options.batchRows = 1000
        let report = try w.engine.importFile(path, form: "claim_form", options: options, as: w.ana)
        XCTAssertEqual(report.imported, 2_500)
        XCTAssertEqual(try w.caseCount(), 2_500)
        XCTAssertEqual(try w.engine.overview().constituents, 2_500)
        XCTAssertTrue(try w.engine.verifyAudit().ok)
        let refs = Set(try w.forms().keys)
        XCTAssertEqual(refs.count, 2_500, "every ref distinct")
    }
}
