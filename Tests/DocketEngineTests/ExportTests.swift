import Foundation
import XCTest
@testable import DocketEngine

/// `docket export` through the engine: CSV that spreadsheets open safely, JSON Lines with
/// the case keys, personal identifiers only when allowed (and recorded), and files that go
/// back in with import.
final class ExportTests: XCTestCase {
    private func exported(_ w: WorkflowWorld, _ request: ExportRequest, as who: StaffMember? = nil) throws -> String {
        var text = ""
        _ = try w.engine.export(request, as: who ?? w.boss, write: { text += $0 })
        return text
    }

    private func request(_ subject: ExportSubject = .cases, _ format: ExportFormat = .csv, type: String? = nil,
                         pii: Bool = false, all: Bool = false, dept: String? = nil) -> ExportRequest {
        var r = ExportRequest(subject: subject, format: format)
        r.query.type = type
        r.query.includeClosed = all
        r.query.department = dept
        r.includePII = pii
        r.reason = pii ? "a test export" : nil
        return r
    }

    /// Cells of a CSV text, read back with import's own reader.
    private func cells(_ w: WorkflowWorld, _ text: String) throws -> [[String]] {
        let path = w.file("read-\(UUID().uuidString).csv", text)
        let reader = CSVReader(file: try ChunkedFile(path: path, display: "x"), display: "x")
        var rows: [[String]] = []
        while let r = try reader.next() { rows.append((0..<r.fieldCount).map { r.field($0) }) }
        return rows
    }

    func testCSVQuotingAndFormulaGuard() throws {
        let w = try WorkflowWorld()
        _ = try w.engine.intake(type: "claim", input: ["given_name": "=HYPERLINK(\"http://x\")", "family_name": "+1",
                                                       "notes": "commas, \"quotes\" and\nlines"], as: w.ana)
        _ = try w.engine.intake(type: "claim", input: ["given_name": "@me", "family_name": "-2", "notes": "plain"], as: w.ana)
        let text = try exported(w, request(type: "claim"))
        XCTAssertTrue(text.contains("\"'=HYPERLINK(\"\"http://x\"\")"), "guarded, quoted, quotes doubled: \(text)")
        XCTAssertTrue(text.contains(",'+1,"), text)
        XCTAssertTrue(text.contains("'@me") && text.contains("'-2"), text)
        XCTAssertTrue(text.contains("\"commas, \"\"quotes\"\" and\nlines\""), text)
        XCTAssertTrue(text.hasSuffix("\r\n"))
        let rows = try cells(w, text)
        XCTAssertEqual(rows.count, 3)
        XCTAssertEqual(rows[0].prefix(3), ["ref", "type", "state"])
        XCTAssertTrue(rows.allSatisfy { $0.count == rows[0].count }, "every row has every column")
        let notes = try XCTUnwrap(rows[0].firstIndex(of: "notes"))
        XCTAssertEqual(rows[1][notes], "commas, \"quotes\" and\nlines")
        let bom = try exported(w, { var r = request(); r.bom = true; return r }())
        XCTAssertTrue(bom.utf8.starts(with: [0xEF, 0xBB, 0xBF]))
        XCTAssertTrue(CSVWriter.cell("\tx").hasPrefix("'"), "tab and CR start formulas in some programs too")
        XCTAssertEqual(CSVWriter.cell("a\rb"), "\"a\rb\"")
    }

    func testPersonalIdentifiersOnlyWhenAllowedAndRecorded() throws {
        let w = try WorkflowWorld()
        let c = try w.engine.intake(type: "claim", input: ["given_name": "Ann", "family_name": "Lee", "birth_date": "1970-01-02",
                                                           "national_id": "123-45-6789"], as: w.ana).summary
        let plain = try exported(w, request(type: "claim"), as: w.marcus)
        XCTAssertFalse(plain.contains("123-45-6789"))
        XCTAssertFalse(plain.contains("1970-01-02"))
        XCTAssertTrue(plain.contains("***-**-6789"), "the masked id everyone may see")
        let header = plain.components(separatedBy: "\r\n")[0].split(separator: ",").map(String.init)
        XCTAssertFalse(header.contains("birth_date") || header.contains("national_id") || header.contains("constituent_email"))
        let jsonl = try exported(w, request(.cases, .jsonl), as: w.marcus)
        XCTAssertFalse(jsonl.contains("123-45-6789") || jsonl.contains("1970-01-02"), jsonl)
        let people = try exported(w, request(.constituents), as: w.marcus)
        XCTAssertFalse(people.contains("123-45-6789") || people.contains("1970-01-02"), people)

        let m = expectRefusal("refused", try exported(w, request(type: "claim", pii: true), as: w.marcus))
        XCTAssertTrue(m.contains("supervisors and admins") && m.contains("caseworker"), m)
        expectRefusal("refused", try exported(w, request(type: "claim", pii: true), as: w.ana))
        expectRefusal("refused", try exported(w, request(type: "claim", pii: true), as: w.sam))
        let scope = expectRefusal("refused", try exported(w, request(type: "claim", pii: true), as: w.priya))
        XCTAssertTrue(scope.contains("--dept"), scope)
        expectRefusal("refused", try exported(w, request(type: "claim", pii: true, dept: "BEN"), as: w.priya))

        let before = try w.eventCount()
        let full = try exported(w, request(type: "claim", pii: true, dept: "VET"), as: w.priya)
        XCTAssertTrue(full.contains("123-45-6789") && full.contains("1970-01-02"))
        let events = try w.engine.auditLog(ref: nil, viewsOnly: false, as: w.boss).suffix(try w.eventCount() - before)
        XCTAssertEqual(events.map(\.kind), ["pii_exported"])
        XCTAssertEqual(events.first?.actor, "priya")
        XCTAssertTrue(events.first?.details.contains("\"department\":\"VET\"") ?? false)
        XCTAssertTrue(try exported(w, request(.constituents, .jsonl, pii: true)).contains("\"national_id\":\"123-45-6789\""), "admins may")
        XCTAssertEqual(try w.summary(c.ref).version, 1, "exporting changes no case")
    }

    func testJSONLinesHaveTheCaseKeys() throws {
        let w = try WorkflowWorld()
        try w.claim(urgent: true)
        let line = try exported(w, request(.cases, .jsonl)).split(separator: "\n")
        XCTAssertEqual(line.count, 1)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(line[0].utf8)) as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["ref", "type", "state", "department", "assignee", "priority", "constituent", "opened_at",
                                          "due_at", "closed_at", "days_waiting", "days_on_hold", "overdue", "version", "form"])
        XCTAssertEqual(Set((object["constituent"] as? [String: Any])?.keys ?? [:].keys), ["id", "name", "national_id"])
        XCTAssertEqual(object["priority"] as? Int, 1)
        XCTAssertEqual((object["form"] as? [String: String])?["urgent"], "yes")
    }

    func testRoundTripThroughImportKeepsEveryFormValue() throws {
        let w = try WorkflowWorld()
        let inputs: [[String: String]] = [
            ["given_name": "José", "family_name": "García", "birth_date": "3/14/1968", "national_id": "123-45-6789",
             "urgent": "y", "branch": "navy", "notes": "He said \"no\", twice,\nthen left", "language": "es"],
            ["given_name": "=cmd", "family_name": "-Dash", "birth_date": "1990-12-31", "national_id": "987654321", "branch": "army"],
            ["given_name": "김", "family_name": "민준", "notes": "@mention\ttab"],
        ]
        for i in inputs { _ = try w.engine.intake(type: "claim", input: i, as: w.ana) }
        for amount in ["1,234.56", "0.05", "600000"] {
            _ = try w.engine.intake(type: "benefit", input: ["given_name": "B", "family_name": "F\(amount)", "amount": amount], as: w.ana)
        }
        let original = try w.forms()
        for (type, form) in [("claim", "claim_form"), ("benefit", "benefit_form")] {
            for format in ExportFormat.allCases {
                let text = try exported(w, request(.cases, format, type: type, pii: true))
                let other = try WorkflowWorld()
                let path = other.file("export.\(format.rawValue)", text)
                let report = try other.importing(path, form: form)
                XCTAssertTrue(report.succeeded, "\(type) \(format): \(report.errors)")
                XCTAssertEqual(report.imported, original.keys.filter { $0.hasPrefix(type == "claim" ? "CL" : "BN") }.count)
                let back = try other.forms()
                // Same values, in the same order of refs (both numbered from 1 in the same year).
                for (ref, values) in back {
                    XCTAssertEqual(values, original[ref], "\(type) \(format) \(ref)")
                }
            }
        }
    }

    func testConstituentsAndFiltersAndPagingPastOnePage() throws {
        let w = try WorkflowWorld()
        var text = "given_name,family_name,national_id\n"
        for i in 0..<1_205 { text += "G\(i),F\(i),\(String(format: "%03d-%02d-%04d", 100 + i % 800, i % 100, i))\n" }
        XCTAssertEqual(try w.importing(w.file("many.csv", text)).imported, 1_205)
        _ = try w.engine.intake(type: "inquiry", input: ["given_name": "Only", "family_name": "Inquiry"], as: w.ana)
        let csv = try exported(w, request())
        let rows = try cells(w, csv)
        XCTAssertEqual(rows.count, 1_207, "header and every case, across two pages")
        let refs = rows.dropFirst().map { $0[0] }
        XCTAssertEqual(Set(refs).count, 1_206)
        XCTAssertEqual(try w.engine.exportCount(request(), as: w.boss), 1_206)
        var inquiries = request(.constituents)
        inquiries.query.type = "inquiry"
        let people = try cells(w, try exported(w, inquiries))
        XCTAssertEqual(people.map { $0[1] }, ["given_name", "Only"])
        XCTAssertEqual(people[0], ExportColumns.constituents)
        let all = try exported(w, request(.constituents, .jsonl))
        XCTAssertEqual(all.split(separator: "\n").count, 1_206)
        let bySomeone = try cells(w, try exported(w, { var r = request(); r.query.assignee = "marcus"; return r }()))
        XCTAssertEqual(bySomeone.count, 1, "only the header: nobody has claimed anything")
    }
}
