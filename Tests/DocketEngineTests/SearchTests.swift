import XCTest
@testable import DocketEngine

/// Name search through the real FTS5 index on a real database file.
final class SearchTests: XCTestCase {
    private func engineWith(_ people: [(String, String)]) throws -> (Engine, StaffMember, TempDir) {
        let dir = TempDir()
        let engine = try Engine.create(path: dir.file("s.db"), agencySource: Fixtures.data(Fixtures.minimalAgency()),
                                       agencyFile: "a", creator: "boss", clock: Fixtures.clock)
        let boss = try engine.staffMember(login: "boss")
        for (i, (given, family)) in people.enumerated() {
            _ = try engine.intake(type: "claim", form: ["given_name": given, "family_name": family,
                                                        "national_id": String(format: "123-45-%04d", i)], as: boss)
        }
        return (engine, boss, dir)
    }

    private func names(_ engine: Engine, _ boss: StaffMember, _ text: String) throws -> [String] {
        try engine.search(text, as: boss).map(\.constituent.fullName)
    }

    func testFoldedLatinNames() throws {
        let (engine, boss, _) = try engineWith([("José", "García"), ("Łukasz", "Wójcik"), ("Jens", "Müller"), ("Søren", "Dahl")])
        XCTAssertEqual(try names(engine, boss, "jose"), ["José García"])
        XCTAssertEqual(try names(engine, boss, "GARCIA"), ["José García"])
        XCTAssertEqual(try names(engine, boss, "lukasz"), ["Łukasz Wójcik"])
        XCTAssertEqual(try names(engine, boss, "wojc"), ["Łukasz Wójcik"], "prefix")
        XCTAssertEqual(try names(engine, boss, "muller"), ["Jens Müller"])
        XCTAssertEqual(try names(engine, boss, "soren"), ["Søren Dahl"])
        XCTAssertEqual(try names(engine, boss, "jose garc"), ["José García"], "every word must match")
        XCTAssertEqual(try names(engine, boss, "nobody"), [])
    }

    func testKoreanByPrefixAndByGivenNameAlone() throws {
        let (engine, boss, _) = try engineWith([("민준", "김"), ("서연", "이")])
        XCTAssertEqual(try names(engine, boss, "김"), ["김민준"])
        XCTAssertEqual(try names(engine, boss, "민준"), ["김민준"], "the given name alone finds the person")
        XCTAssertEqual(try names(engine, boss, "김민"), ["김민준"], "prefix of the full name")
        XCTAssertEqual(try names(engine, boss, "서"), ["이서연"])
    }

    func testArabicWithAndWithoutMarks() throws {
        let (engine, boss, _) = try engineWith([("فاطمة", "حداد")])
        XCTAssertEqual(try names(engine, boss, "حداد"), ["فاطمة حداد"])
        XCTAssertEqual(try names(engine, boss, "فاطِمة"), ["فاطمة حداد"], "harakat typed by the searcher are folded away")
    }

    func testRefAndNationalIdAndHostileInput() throws {
        let (engine, boss, _) = try engineWith([("Ana", "Smith"), ("Bo", "Jones")])
        XCTAssertEqual(try names(engine, boss, "CL-2026-000002"), ["Bo Jones"])
        XCTAssertEqual(try names(engine, boss, "123-45-0000"), ["Ana Smith"])
        XCTAssertEqual(try names(engine, boss, "123450001"), ["Bo Jones"])
        for hostile in ["\"", "AND", "smith OR", "(", "*", "NEAR(a b)", "a:b", "'; DROP TABLE cases; --"] {
            XCTAssertNoThrow(try engine.search(hostile, as: boss), hostile)
        }
        XCTAssertThrowsError(try engine.search("   ", as: boss))
    }

    func testDemoNamesAreFoundAfterTheBulkRebuild() throws {
        let dir = TempDir()
        let engine = try Fixtures.demo(dir, cases: 200)
        let me = try engine.staffMember(login: "tester")
        let someone = try engine.store.constituent(id: 7)!
        let hits = try engine.search(NameFolding.fold(someone.familyName), limit: 500, as: me)
        XCTAssertTrue(hits.contains { $0.constituent.id == 7 })
        XCTAssertTrue(hits.allSatisfy { !$0.cases.isEmpty }, "every demo constituent has a case")
    }
}
