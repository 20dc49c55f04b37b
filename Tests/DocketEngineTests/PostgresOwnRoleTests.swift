import Foundation
import XCTest
@testable import DocketEngine

/// Docket connected as each person's own PostgreSQL role (as peer authentication gives it):
/// the day's work of every role goes through, bounded by row-level security, and the chain,
/// the numbering and the counters stay whole although no role sees every row.
final class PostgresOwnRoleTests: XCTestCase {
    private func requirePostgres() throws {
        guard TestStore.isPostgres else { throw XCTSkip("needs DOCKET_TEST_PG (a PostgreSQL server to make databases on)") }
    }

    /// The demo made by the database's owner, then the same database as `login`'s own role.
    private func connect(_ path: String, as login: String) throws -> (Engine, StaffMember) {
        let engine = try Engine.open(path: path + " user=\(login)", clock: Fixtures.clock)
        return (engine, try engine.staffMember(login: login))
    }

    func testEveryRolesDayGoesThroughAsItsOwnRole() throws {
        try requirePostgres()
        let dir = TempDir()
        let owner = try Fixtures.demo(dir, cases: 300)
        let path = dir.file("demo.db")
        let admin = try owner.staffMember(login: "tester")
        var everything = CaseQuery()
        everything.limit = 1000
        everything.includeClosed = true

        // A VET caseworker: lists exactly the engine's answer, and works a case.
        let (vet, marcus) = try connect(path, as: "marcus.reyes")
        XCTAssertEqual(try vet.sessionRole(), "marcus.reyes")
        XCTAssertNil(try owner.sessionRole(), "the owner is not bound by the policies")
        XCTAssertEqual(try vet.listCases(everything, as: marcus), try owner.listCases(everything, as: marcus))
        let claimed = try vet.next(as: marcus)
        _ = try vet.note(claimed.ref, text: "called the veteran back", as: marcus)
        _ = try vet.hold(claimed.ref, until: Day(Day(unixSeconds: Fixtures.now).number + 5), reason: "waiting for records", as: marcus)
        _ = try vet.resume(claimed.ref, reason: "records came", as: marcus)
        _ = try vet.route(claimed.ref, to: "MED", reason: "needs a medical opinion", as: marcus)
        XCTAssertThrowsError(try vet.caseDetail(ref: claimed.ref, as: marcus), "routed away: out of his scope")

        // A clerk keys a new case for a person nobody has seen yet.
        let (desk, ana) = try connect(path, as: "ana.kowalski")
        let opened = try desk.intake(type: "disability_claim",
                                     form: MetricsCounterTests.claimForm(desk, given: "Rowan", family: "Quillfeather"), as: ana)
        XCTAssertFalse(opened.matchedConstituent)

        // A cashier in PAY takes a payment on a case of another department.
        let (till, wei) = try connect(path, as: "wei.zhang")
        let owed = try XCTUnwrap(owner.testScalarText("""
            SELECT c.ref FROM cases c JOIN ledger l ON l.case_id = c.id WHERE c.closed_at IS NULL AND c.department <> 'PAY'
            GROUP BY c.ref HAVING sum(CASE WHEN l.kind = 'charge' THEN l.amount ELSE 0 END) > 0 ORDER BY c.ref LIMIT 1
            """))
        _ = try till.pay(owed, amount: 100, method: .check, reference: "check 12", as: wei)


        // A referral crosses departments: VET asks MED, MED answers through its own role.
        let (vet2, aisha) = try connect(path, as: "aisha.bello")
        let asking = try XCTUnwrap(owner.testScalarText("""
            SELECT ref FROM cases WHERE department = 'VET' AND closed_at IS NULL AND hold_since IS NULL ORDER BY ref DESC LIMIT 1
            """))
        let referral = try vet2.refer(asking, to: "MED", reason: "is the injury service-connected?", as: aisha)
        let (med, lee) = try connect(path, as: "dr.lee")
        XCTAssertNotNil(try med.caseDetail(ref: asking, as: lee), "an open referral brings the case into MED's reach")
        _ = try med.completeTask(asking, taskId: referral.id, note: "yes, see the attached opinion", as: lee)
        XCTAssertThrowsError(try med.caseDetail(ref: asking, as: lee), "answered: out of MED's reach again")

        // A decided case is appealed by its caseworker: a new case in APPEALS, linked both ways.
        let decided = try XCTUnwrap(owner.testScalarText("""
            SELECT c.ref FROM cases c JOIN decision d ON d.case_id = c.id
            WHERE c.department = 'VET' AND c.closed_at IS NOT NULL AND c.closed_at > ? ORDER BY c.closed_at DESC LIMIT 1
            """, [.int(Fixtures.now - 20 * 86_400)]))
        let appeal = try vet2.appeal(decided, reason: "new evidence from the veteran", as: aisha)
        XCTAssertEqual(try owner.caseLinks(ref: decided, as: admin).map(\.otherRef), [appeal.appeal.ref])

        // A supervisor hands work out and marks someone away; the staff list is otherwise not hers.
        let (desk2, priya) = try connect(path, as: "priya.shah")
        let waiting = try XCTUnwrap(owner.testScalarText("""
            SELECT ref FROM cases WHERE department = 'VET' AND closed_at IS NULL AND assignee IS NULL AND hold_since IS NULL ORDER BY ref LIMIT 1
            """))
        XCTAssertEqual(try desk2.assign(waiting, to: "tomasz.nowak", as: priya).assignee, "tomasz.nowak")
        _ = try desk2.markAway("tomasz.nowak", until: Day(Day(unixSeconds: Fixtures.now).number + 3), as: priya)
        XCTAssertNotNil(try owner.staffMember(login: "tomasz.nowak").awayUntil)
        XCTAssertEqual(try desk2.backlogReport(as: priya), try owner.backlogReport(as: priya), "figures of every department (any)")
        _ = try desk.saveDraft(form: "disability_claim", values: ["given_name": "Half"], focus: nil, as: ana)
        XCTAssertEqual(try desk.drafts(as: ana).count, 1)

        // What changes who may do what is the owner's connection's, and says so.
        let (root, robin) = try connect(path, as: "robin.admin")
        XCTAssertThrowsError(try root.addStaff(StaffMember(login: "new.hire", name: "New Hire", role: .clerk, departments: ["INTAKE"]), as: robin)) {
            XCTAssertTrue("\($0)".contains("owner"), "\($0)")
        }

        // The auditor proves the chain through her own role.
        let (audit, sam) = try connect(path, as: "sam.okafor")
        XCTAssertTrue(try audit.verifyAudit(as: sam).ok)
        let found = try audit.check(as: sam)
        XCTAssertTrue(found.ok, found.findings.map { "\($0)" }.joined(separator: "\n"))

        // And the owner finds everything whole: one chain, counters equal to a recount.
        XCTAssertTrue(try owner.verifyAudit(as: admin).ok)
        let whole = try owner.check(as: admin)
        XCTAssertTrue(whole.ok, whole.findings.map { "\($0)" }.joined(separator: "\n"))
        XCTAssertNotNil(try owner.caseDetail(ref: opened.summary.ref, as: admin, recordView: false))
    }

    /// `psql` as each of the demo's thirty people sees exactly the cases Docket shows them: their
    /// departments' and those referred to them (payments staff: every case, as the cashier's
    /// window needs).
    func testEveryDemoRoleReadsInPsqlWhatDocketShowsIt() throws {
        try requirePostgres()
        let dir = TempDir()
        let owner = try Fixtures.demo(dir, cases: 300)
        let admin = try owner.staffMember(login: "tester")
        var all = CaseQuery()
        all.limit = 1000
        all.includeClosed = true
        var referred = all
        referred.referrals = true
        let everything = Set(try owner.listCases(all, as: admin).map(\.ref))
        let db = (owner.store as! PostgresStore).db
        let people = try owner.allStaff(as: admin).filter { $0.login != admin.login }
        XCTAssertEqual(people.count, 30)
        for person in people {
            var shown = Set(try owner.listCases(all, as: person).map(\.ref))
            for department in person.departments {
                referred.department = department
                shown.formUnion(try owner.listCases(referred, as: person).map(\.ref))
            }
            if person.departments.contains(LedgerAccess.paymentsDepartment) { shown = everything }
            try db.exec("SET ROLE \"\(person.login)\"")
            let s = db.statement("SELECT ref FROM cases")
            var seen: Set<String> = []
            while try s.step() { seen.insert(s.text(0)) }
            try db.exec("RESET ROLE")
            XCTAssertEqual(seen, shown, "\(person.login) (\(person.role.rawValue), \(person.departments.joined(separator: " ")))")
        }
    }

    func testARoleMayActOnlyAsItself() throws {
        try requirePostgres()
        let dir = TempDir()
        _ = try Fixtures.demo(dir, cases: 60)
        let owner = try Engine.open(path: dir.file("demo.db"), clock: Fixtures.clock)
        let (vet, marcus) = try connect(dir.file("demo.db"), as: "marcus.reyes")
        let priya = try vet.staffMember(login: "priya.shah")
        XCTAssertEqual(try vet.signedIn(login: "marcus.reyes"), marcus)
        XCTAssertThrowsError(try vet.signedIn(login: "priya.shah"), "the sign-on and the role must be one person") {
            XCTAssertTrue("\($0)".contains("PostgreSQL role marcus.reyes"), "\($0)")
        }
        XCTAssertNil(try owner.sessionRole())
        XCTAssertEqual(try owner.signedIn(login: "priya.shah"), priya, "the owner's connection binds no one")
        var all = CaseQuery()
        all.limit = 1000
        // Claiming to be his supervisor reads no more than his own scope: the database binds it.
        XCTAssertEqual(try vet.listCases(all, as: priya), try owner.listCases(all, as: marcus))
        XCTAssertLessThan(try vet.listCases(all, as: priya).count, try owner.listCases(all, as: priya).count)
        // And writes nothing in her name.
        let medCase = try XCTUnwrap(owner.testScalarText("SELECT ref FROM cases WHERE department = 'VET' AND closed_at IS NULL ORDER BY ref LIMIT 1"))
        XCTAssertThrowsError(try vet.note(medCase, text: "as if I were Priya", as: priya)) {
            XCTAssertTrue("\($0)".contains("role marcus.reyes"), "\($0)")
        }
    }

    func testARolesWritesStayInsideItsScopeInPsqlToo() throws {
        try requirePostgres()
        let dir = TempDir()
        let owner = try Fixtures.demo(dir, cases: 120)
        let (vet, _) = try connect(dir.file("demo.db"), as: "marcus.reyes")
        let phCase = try XCTUnwrap(owner.testScalarInt("SELECT id FROM cases WHERE department = 'PH' AND closed_at IS NULL LIMIT 1"))
        let before = try XCTUnwrap(owner.testScalarInt("SELECT priority FROM cases WHERE id = ?", [.int(phCase)]))
        // Not visible, so not changed: zero rows, whatever the statement says.
        try vet.testRun("UPDATE cases SET priority = priority + 1 WHERE id = ?", [.int(phCase)])
        XCTAssertEqual(try owner.testScalarInt("SELECT priority FROM cases WHERE id = ?", [.int(phCase)]), before)
        // Nobody edits the staff list or their own role from psql.
        XCTAssertThrowsError(try vet.testRun("UPDATE staff SET role = 'admin' WHERE login = 'marcus.reyes'"))
        // Events name the role that wrote them.
        XCTAssertThrowsError(try vet.testRun("""
            INSERT INTO event(id, at, actor, kind, details, prev_hash, hash) VALUES (999999, 0, 'priya.shah', 'note', '', '', '')
            """))
    }
}
