import Foundation
import XCTest
@testable import docket
@testable import DocketEngine

/// Retries never double work: `--request-id` on commands, and an import's file fingerprint.
final class SafeRetryTests: InProcessCLITestCase {
    func events(_ kind: String) throws -> Int {
        let engine = try Engine.open(path: dir + "/d.db")
        return Int(try engine.sqlite.db.scalarInt("SELECT count(*) FROM event WHERE kind = ?", [.text(kind)]) ?? 0)
    }

    func testTheSameRequestIdIsDoneOnceAndAnsweredTheSame() throws {
        XCTAssertEqual(run("demo", "--cases", "200").code, 0)
        let listed = run("case", "list", "--limit", "1", "--json").out
        let ref = try XCTUnwrap(listed.range(of: #"[A-Z]+-\d{4}-\d{6}"#, options: .regularExpression).map { String(listed[$0]) })
        let notes = try events("note")
        let first = run("case", "note", ref, "called the veteran", "--request-id", "r-1")
        XCTAssertEqual(first.code, 0, first.err)
        let again = run("case", "note", ref, "called the veteran", "--request-id", "r-1")
        XCTAssertEqual(again.code, 0, again.err)
        XCTAssertEqual(again.out, first.out, "the first answer, again")
        XCTAssertTrue(again.err.contains("request r-1 was done already"), again.err)
        XCTAssertEqual(try events("note"), notes + 1, "one note, not two")

        // `next` twice with one id claims one case.
        let claimed = run("next", "--json", "--request-id", "n-1")
        XCTAssertEqual(claimed.code, 0, claimed.err)
        let claims = try events("claimed")
        XCTAssertEqual(run("next", "--json", "--request-id", "n-1").out, claimed.out)
        XCTAssertEqual(try events("claimed"), claims)

        // A refused command records nothing: the same id may then do the work.
        let refused = run("case", "note", ref, " ", "--request-id", "h-1")
        XCTAssertEqual(refused.code, 2, refused.err)
        let noted = run("case", "note", ref, "second call", "--request-id", "h-1")
        XCTAssertEqual(noted.code, 0, noted.err)
        XCTAssertEqual(try events("note"), notes + 2)
        XCTAssertEqual(run("case", "note", "--help").code, 0)
        XCTAssertTrue(run("case", "note", "--help").out.contains("--request-id"))
        XCTAssertEqual(run("case", "list", "--request-id", "x").code, 2, "a read takes no request id")
        // An id answers only the same command: never another one's answer in its place.
        let other = run("case", "note", ref, "something else", "--request-id", "r-1")
        XCTAssertEqual(other.code, 1)
        XCTAssertTrue(other.err.contains("was used for another command"), other.err)
        XCTAssertFalse(other.out.contains(first.out) && !first.out.isEmpty, "the first answer is not given to another command")
    }

    func testTheSameFileIsNotImportedTwiceUnlessAskedAndADryRunRecordsNothing() throws {
        XCTAssertEqual(run("init").code, 0)
        let csv = dir + "/apps.csv"
        let header = "given_name,family_name,birth_date,national_id,address,preferred_language,household_size,programs_requested,amount,employment_status,receives_other_benefits\n"
        try (header + "Ana,Ruiz,1980-02-03,111-22-3333,\"1 Main St\nSpringfield, IL 62701\",es,3,snap,1200.00,unemployed,no\n"
                    + "Bo,Chen,1975-06-07,222-33-4444,\"2 Oak Ave\nSpringfield, IL 62702\",en,1,medicaid,900.00,retired,no\n")
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let form = "benefits_application"
        let dry = run("import", csv, "--form", form, "--dry-run")
        XCTAssertEqual(dry.code, 0, dry.err)
        let first = run("import", csv, "--form", form)
        XCTAssertEqual(first.code, 0, first.err)
        let again = run("import", csv, "--form", form)
        XCTAssertEqual(again.code, 1)
        XCTAssertTrue(again.err.contains("apps.csv was imported already: on 2026-11-18T10:00:00Z by"), again.err)
        XCTAssertTrue(again.err.contains("(2 cases,"), again.err)
        XCTAssertTrue(again.err.contains("add --again"), again.err)
        let dryAgain = run("import", csv, "--form", form, "--dry-run")
        XCTAssertEqual(dryAgain.code, 0)
        XCTAssertTrue(dryAgain.out.contains("this file was imported already"), dryAgain.out)
        XCTAssertEqual(run("import", csv, "--form", form, "--again").code, 0)
        XCTAssertEqual(try events("imported"), 2, "the refused run and the dry runs recorded nothing")
    }

    func testActingAsIsShownAsWhoTypedItForWhom() throws {
        XCTAssertEqual(run("demo", "--cases", "200").code, 0)
        let listed = run("case", "list", "--dept", "VET", "--limit", "1", "--json").out
        let ref = try XCTUnwrap(listed.range(of: #"[A-Z]+-\d{4}-\d{6}"#, options: .regularExpression).map { String(listed[$0]) })
        XCTAssertEqual(run("case", "note", ref, "called on her behalf", "--as", "aisha.bello").code, 0)
        XCTAssertEqual(run("case", "show", ref, "--as", "aisha.bello").code, 0)
        let me = OSLogin.current(environment: [:])
        let log = run("audit", "log", ref).out.split(separator: "\n").suffix(2)
        XCTAssertTrue(log.allSatisfy { $0.contains("  \(me) as aisha.bello  ") }, "\(log)")
        let views = run("audit", "log", ref, "--views").out
        XCTAssertTrue(views.contains("\(me) as aisha.bello  case_viewed"), views)
        XCTAssertEqual(run("audit", "verify").code, 0)
    }
}
