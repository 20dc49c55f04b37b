import XCTest
@testable import DocketEngine

/// Reads that leaked across departments: exports, routing explanations, the audit log, backups.
final class ReadScopeTests: XCTestCase {
    func exported(_ w: WorkflowWorld, _ subject: ExportSubject, as actor: StaffMember, dept: String? = nil) throws -> String {
        var r = ExportRequest(subject: subject, format: .jsonl)
        r.query.department = dept
        var out = ""
        _ = try w.engine.export(r, as: actor, write: { out += $0 })
        return out
    }

    func testExportsCoverOnlyWhatThePersonMayList() throws {
        let w = try WorkflowWorld()
        let vet = try w.claim()
        let ben = try w.benefit(amount: 1000)
        let benPerson = ben.constituentName
        expectRefusal("refused", try self.exported(w, .cases, as: w.ana), "clerks do not export")
        expectRefusal("refused", try self.exported(w, .constituents, as: w.ana))
        expectRefusal("refused", try self.exported(w, .cases, as: w.marcus, dept: "BEN"), "another department")
        let mine = try exported(w, .cases, as: w.marcus)
        XCTAssertTrue(mine.contains(vet.ref))
        XCTAssertFalse(mine.contains(ben.ref), "only VET's cases")
        let people = try exported(w, .constituents, as: w.priya)
        XCTAssertTrue(people.contains(vet.constituentName.split(separator: " ").last!))
        XCTAssertFalse(people.contains(benPerson.split(separator: " ").last!), "nobody whose cases are all elsewhere")
        XCTAssertEqual(try w.engine.exportCount(ExportRequest(subject: .constituents, format: .csv), as: w.priya), 1)
        XCTAssertTrue(try exported(w, .cases, as: w.sam).contains(ben.ref), "auditors export every department")
        XCTAssertTrue(try exported(w, .constituents, as: w.boss).contains(benPerson.split(separator: " ").last!))
    }

    func testRouteExplainAndTheAuditLogFollowTheScope() throws {
        let w = try WorkflowWorld()
        let vet = try w.claim()
        let ben = try w.benefit(amount: 1000)
        XCTAssertNoThrow(try w.engine.explainRoute(vet.ref, as: w.marcus))
        expectRefusal("refused", try w.engine.explainRoute(ben.ref, as: w.marcus), "BEN is not Marcus's")
        XCTAssertNoThrow(try w.engine.explainRoute(ben.ref, as: w.sam))

        XCTAssertFalse(try w.engine.auditLog(ref: vet.ref, viewsOnly: false, as: w.marcus).isEmpty)
        expectRefusal("refused", try w.engine.auditLog(ref: ben.ref, viewsOnly: false, as: w.priya), "BEN is not Priya's")
        expectRefusal("refused", try w.engine.auditLog(ref: nil, viewsOnly: false, as: w.priya), "the whole log")
        expectRefusal("refused", try w.engine.auditLog(ref: vet.ref, viewsOnly: true, as: w.ana), "clerks")
        XCTAssertFalse(try w.engine.auditLog(ref: nil, viewsOnly: false, as: w.sam).isEmpty)
        expectRefusal("refused", try w.engine.verifyAudit(as: w.priya))
        XCTAssertTrue(try w.engine.verifyAudit(as: w.sam).ok)
    }

    func testOnlyAdminsTakeBackups() throws {
        try TestStore.requireSQLite("docket backup copies an SQLite file (PostgreSQL: pg_dump)")
        let w = try WorkflowWorld()
        for who in [w.ana, w.marcus, w.priya, w.sam] {
            expectRefusal("refused", try w.engine.backup(to: w.dir.file("b-\(who.login).db"), as: who), who.login)
            XCTAssertFalse(FileManager.default.fileExists(atPath: w.dir.file("b-\(who.login).db")))
        }
        try w.engine.backup(to: w.dir.file("b.db"), as: w.boss)
        XCTAssertTrue(FileManager.default.fileExists(atPath: w.dir.file("b.db")))
    }

    func testPersonalIdentifiersLeaveOnlyWithAReasonThatIsRecorded() throws {
        let w = try WorkflowWorld()
        _ = try w.engine.intake(type: "claim", input: ["given_name": "Jan", "family_name": "Nowak", "national_id": "123-45-6789"], as: w.ana)
        var r = ExportRequest(subject: .cases, format: .csv)
        r.query.department = "VET"
        r.query.type = "claim"
        r.includePII = true
        var out = ""
        expectRefusal("usage", try w.engine.export(r, as: w.priya, write: { out += $0 }), "no reason")
        r.reason = "records request from the VA regional office"
        expectRefusal("refused", try w.engine.export(r, as: w.marcus, write: { out += $0 }), "caseworkers never export identifiers")
        _ = try w.engine.export(r, as: w.priya, write: { out += $0 })
        XCTAssertTrue(out.contains("123-45-6789"))
        let event = try XCTUnwrap(try w.engine.auditLog(ref: nil, viewsOnly: true, as: w.sam).last)
        XCTAssertEqual("\(event.kind): \(event.reason ?? "")", "pii_exported: records request from the VA regional office")
    }
}
