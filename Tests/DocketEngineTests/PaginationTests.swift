import XCTest
@testable import DocketEngine

final class PaginationTests: XCTestCase {
    private func walk(_ engine: Engine, _ base: CaseQuery, pageSize: Int) throws -> [String] {
        let actor = try engine.staffMember(login: "tester")
        var refs: [String] = []
        var q = base
        q.limit = pageSize
        while true {
            let page = try engine.listCases(q, as: actor)
            refs += page.map(\.ref)
            guard page.count == pageSize else { break }
            q.after = page.last!.ref
        }
        return refs
    }

    func testEveryOpenCaseExactlyOnceAcrossPagesInOrder() throws {
        let dir = TempDir()
        let engine = try Fixtures.demo(dir, cases: 400)
        let refs = try walk(engine, CaseQuery(), pageSize: 7)
        XCTAssertEqual(refs.count, Set(refs).count, "no case twice")
        let open = try engine.testScalarInt("SELECT count(*) FROM cases WHERE closed_at IS NULL")
        XCTAssertEqual(Int64(refs.count), open)
        let all = try engine.store.listCases({ var q = CaseQuery(); q.limit = 10_000; return q }(), today: Fixtures.clock.today)
        XCTAssertEqual(all.map(\.ref), refs, "pages join into the one ordered list")
        XCTAssertEqual(all, all.sorted { ($0.openedAt, $0.ref) < ($1.openedAt, $1.ref) })
    }

    func testFilteredAndClosedPagesToo() throws {
        let dir = TempDir()
        let engine = try Fixtures.demo(dir, cases: 400)
        let dept = engine.agency.routingRules.first?.action.department ?? "INTAKE"
        var q = CaseQuery()
        q.department = dept
        let byDept = try walk(engine, q, pageSize: 5)
        XCTAssertEqual(Int64(byDept.count), try engine.testScalarInt(
            "SELECT count(*) FROM cases WHERE closed_at IS NULL AND department = ?", [.text(dept)]))
        var all = CaseQuery()
        all.includeClosed = true
        let everything = try walk(engine, all, pageSize: 13)
        XCTAssertEqual(everything.count, 400)
        XCTAssertEqual(Set(everything).count, 400)
    }

    func testOverdueMeansPastDueAndNotOnHold() throws {
        let dir = TempDir()
        let engine = try Fixtures.demo(dir, cases: 300)
        var q = CaseQuery()
        q.overdue = true
        q.limit = 1000
        let late = try engine.listCases(q, as: try engine.staffMember(login: "tester"))
        XCTAssertFalse(late.isEmpty)
        XCTAssertTrue(late.allSatisfy { $0.isOverdue(today: Fixtures.clock.today) })
    }

    func testUnknownFiltersAndAnchorsAreRefusedWithChoices() throws {
        let dir = TempDir()
        let engine = try Fixtures.demo(dir, cases: 10)
        let me = try engine.staffMember(login: "tester")
        var q = CaseQuery()
        q.department = "NOPE"
        XCTAssertThrowsError(try engine.listCases(q, as: me)) { XCTAssertTrue("\($0)".contains("INTAKE"), "\($0)") }
        q = CaseQuery()
        q.after = "XX-2026-000001"
        XCTAssertThrowsError(try engine.listCases(q, as: me)) { XCTAssertTrue("\($0)".contains("no case"), "\($0)") }
        q = CaseQuery()
        q.state = "limbo"
        XCTAssertThrowsError(try engine.listCases(q, as: me)) { XCTAssertTrue("\($0)".contains("states:"), "\($0)") }
    }
}
