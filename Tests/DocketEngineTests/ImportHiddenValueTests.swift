import XCTest
@testable import DocketEngine

/// An import never drops what it was given: a value in a field the row's own answers hide is
/// an error naming both fields, unless --drop-hidden says to drop (and count) such values.
final class ImportHiddenValueTests: XCTestCase {
    /// The workflow agency, its claim form with an employment question and an employer shown
    /// only to the employed.
    func world() throws -> WorkflowWorld {
        var agency = WorkflowFixture.agency()
        var forms = agency["forms"] as! [[String: Any]]
        var sections = forms[0]["sections"] as! [[String: Any]]
        var fields = sections[0]["fields"] as! [[String: Any]]
        fields.append(["id": "employment", "label": "Employment", "type": "choice", "options": ["employed", "unemployed"]])
        fields.append(["id": "employer", "label": "Employer", "type": "text",
                       "show_if": ["field": "employment", "equals": "employed"]])
        sections[0]["fields"] = fields
        forms[0]["sections"] = sections
        agency["forms"] = forms
        return try WorkflowWorld(agency: agency)
    }

    static let header = "given_name,family_name,employment,employer\r\n"

    func testAValueInAHiddenFieldIsAnErrorNamingBothFields() throws {
        let w = try world()
        let path = w.file("claims.csv", Self.header + "Ana,Ruiz,employed,Acme\r\nBo,Chen,unemployed,Acme Mills\r\n")
        let report = try w.importing(path)
        XCTAssertFalse(report.succeeded)
        XCTAssertEqual(report.imported, 0)
        XCTAssertEqual(report.errors.map { $0.line(file: report.file) },
                       ["claims.csv:3:employer: has a value, but employment is 'unemployed', which hides employer; remove the value or change employment (or import with --drop-hidden to drop such values)"])
        let dry = try w.importing(path, dryRun: true)
        XCTAssertEqual(dry.errors, report.errors, "a dry run says it too")
        XCTAssertEqual(try w.caseCount(), 0)
    }

    func testDropHiddenDropsAndCounts() throws {
        let w = try world()
        let path = w.file("claims.csv", Self.header + "Ana,Ruiz,employed,Acme\r\nBo,Chen,unemployed,Acme Mills\r\nCy,Dee,,Nowhere\r\n")
        var options = ImportOptions()
        options.dropHidden = true
        let report = try w.engine.importFile(path, form: "claim_form", options: options, as: w.ana)
        XCTAssertTrue(report.succeeded, "\(report.errors)")
        XCTAssertEqual(report.imported, 3)
        XCTAssertEqual(report.droppedHidden, 2)
        let employers = try w.forms().values.compactMap { $0["employer"] }
        XCTAssertEqual(employers, ["Acme"], "the shown one kept, the hidden ones dropped")
    }
}
