import Foundation
import XCTest
@testable import DocketEngine

/// What the bulk import writer keeps exact while it cuts work: counters tallied per
/// transaction, and the reader's routing kept for a known person only when routing would see
/// that person as the row describes them.
final class ImportWriterTests: XCTestCase {
    /// The counter tables, less the all-zero department rows a rebuild writes for every department.
    static func counters(_ w: WorkflowWorld) throws -> [String] {
        try CounterTables.dump(w.engine).filter { line in
            let fields = line.split(separator: "|", omittingEmptySubsequences: false)
            return !(fields.count == 5 && fields.dropFirst().allSatisfy { $0 == "0" })
        }
    }

    func testCountersAfterImportEqualACountFromTheRows() throws {
        let w = try WorkflowWorld()
        _ = try w.claim()
        var text = "given_name,family_name,national_id,urgent\n"
        for i in 0..<300 { text += "G\(i),F\(i % 7),\(String(format: "%03d-%02d-%04d", 100 + i % 50, i % 100, i)),\(i % 3 == 0 ? "yes" : "no")\n" }
        let report = try w.importing(w.file("many.csv", text))
        XCTAssertEqual(report.imported, 300)
        XCTAssertEqual(report.routed, ["VET": 300])
        let kept = try ImportWriterTests.counters(w)
        try w.engine.sqlite.rebuildCounters()
        XCTAssertEqual(kept, try ImportWriterTests.counters(w), "what import counted is what the rows say")
        XCTAssertTrue(kept.joined(separator: "\n").contains("VET|301|301|0|0"), "\(kept)")
    }

    func testCountersOfCommittedBatchesOnlyWithSkipInvalid() throws {
        let w = try WorkflowWorld()
        var text = "given_name,family_name,national_id\n"
        for i in 0..<250 { text += i == 120 ? "Bad,Row,12\n" : "G\(i),F\(i),\(String(format: "%03d-%02d-%04d", 200, i % 100, i))\n" }
        var options = ImportOptions()
        options.skipInvalid = true
        options.rejectsPath = w.dir.file("r.csv")
        options.batchRows = 100
        let report = try w.engine.importFile(w.file("b.csv", text), form: "claim_form", options: options, as: w.ana)
        XCTAssertEqual(report.imported, 249)
        let kept = try ImportWriterTests.counters(w)
        try w.engine.sqlite.rebuildCounters()
        XCTAssertEqual(kept, try ImportWriterTests.counters(w))
        XCTAssertTrue(kept.contains("VET|249|249|0|0"), "\(kept)")
    }

    /// A rule on the person's language: a row without one, matching a known Spanish speaker,
    /// goes where intake would send that person, not where a new person would go.
    func testAKnownPersonsAttributesTheRowLacksStillRoute() throws {
        var agency = WorkflowFixture.agency()
        var rules = agency["routing_rules"] as! [[String: Any]]
        rules.insert(["name": "spanish claims", "trigger": "intake",
                      "when": [["field": "case.type", "op": "eq", "value": "claim"], ["field": "constituent.language", "op": "eq", "value": "es"]],
                      "then": ["department": "MED"]], at: 0)
        agency["routing_rules"] = rules
        let w = try WorkflowWorld(agency: agency)
        let path = w.file("lang.csv", "given_name,family_name,national_id,language\n"
            + "Ana,Ruiz,123-45-6789,es\n"      // new, Spanish: MED
            + "Ana,Ruiz,123-45-6789,\n"        // known, the row says nothing: her language routes it
            + "Ana,Ruiz,123-45-6789,en\n"      // known, the row says English: VET
            + "Bo,Lind,223-45-6789,\n"         // new, no language: VET
            + "Bo,Lind,223-45-6789,\n")        // known, nothing on either side: VET, as the reader routed it
        let report = try w.importing(path)
        XCTAssertTrue(report.succeeded, "\(report.errors)")
        XCTAssertEqual(report.constituentsMatched, 3)
        XCTAssertEqual(report.routed, ["MED": 2, "VET": 3])
        let refs = try (1...5).map { try w.summary(CaseRef.format(prefix: "CL", year: Day(unixSeconds: Fixtures.now).civil.year, sequence: $0)) }
        XCTAssertEqual(refs.map(\.department), ["MED", "MED", "VET", "VET", "VET"])
        let routed = try w.events(refs[1].ref).first { $0.kind == "routed" }
        XCTAssertEqual(routed?.reason, "intake: rule 'spanish claims'", "the timeline names the rule that routed it")
    }

    func testRoutesAsNewLooksAtEveryAttributeRoutingReads() {
        let full = Constituent(id: 1, givenName: "A", familyName: "B", birthDate: "1970-01-01", nationalId: "1", email: "e",
                               phone: "p", address: "a", language: "es")
        let read = Set(CaseWork.routingAttributes(of: full, today: Day(unixSeconds: Fixtures.now)).keys).subtracting(["age"])
        XCTAssertEqual(read, Set(ImportWriting.personAttributes.map(\.0)))
        let all = Dictionary(uniqueKeysWithValues: read.map { ($0, "x") })
        XCTAssertTrue(ImportWriting.routesAsNew(full, identity: all))
        for key in read {
            var some = all
            some[key] = nil
            XCTAssertFalse(ImportWriting.routesAsNew(full, identity: some), key)
        }
        let bare = Constituent(id: 2, givenName: "A", familyName: "B")
        XCTAssertTrue(ImportWriting.routesAsNew(bare, identity: ["given_name": "A", "family_name": "B"]))
    }

    static let families = ["Kowalczyk", "KOWALCZYK", "kowalczyk", "Kowalczyk ", "Łukasiewicz", "Lukasiewicz", "lukasiewicz",
                           "O'Brien", "o'brien", "Ørsted", "Orsted", "Straße", "Strasse", "김", "Ǆuric", "Dzuric", "ǅuric",
                           "Émile", "emile", "Zoë", "~tilde", "\u{7F}x", ""]

    /// Every stored name that folds to the target lies in one of the stretches read.
    func testFamilyRangesHoldEveryNameThatFoldsToTheTarget() {
        func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }
        for name in ImportWriterTests.families {
            let target = NameFolding.fold(name)
            let ranges = SQLiteStore.familyRanges(target)
            for other in ImportWriterTests.families where NameFolding.fold(other) == target {
                let inside = ranges.contains { r in
                    !bytes(other).lexicographicallyPrecedes(bytes(r.from))
                        && (r.below.map { bytes(other).lexicographicallyPrecedes(bytes($0)) } ?? true)
                }
                XCTAssertTrue(inside, "\(other) folds to \(target) but lies outside \(ranges)")
            }
        }
        XCTAssertEqual(SQLiteStore.familyRanges("kim").map(\.from), ["K", "k", "\u{80}"])
        XCTAssertEqual(SQLiteStore.familyRanges("kim").map(\.below), ["L", "l", nil])
        XCTAssertEqual(SQLiteStore.familyRanges("김").count, 1, "not ASCII: the whole day")
    }

    /// Through the store: the same people as a scan of the whole birthday, in the same order.
    func testBirthdayMatchesAreThoseOfAWholeDayScan() throws {
        let w = try WorkflowWorld()
        var ids: [String: Int64] = [:]
        for family in ImportWriterTests.families where !family.isEmpty {
            ids[family] = try w.engine.sqlite.insertConstituent(Constituent(givenName: "A", familyName: family, birthDate: "1970-01-01"), at: Fixtures.now)
            _ = try w.engine.sqlite.insertConstituent(Constituent(givenName: "A", familyName: family, birthDate: "1970-01-02"), at: Fixtures.now)
        }
        for family in ImportWriterTests.families where !family.isEmpty {
            let target = NameFolding.fold(family)
            let found = try w.engine.store.constituents(bornOn: "1970-01-01", foldedFamily: target).map(\.id)
            let expected = ImportWriterTests.families.filter { !$0.isEmpty && NameFolding.fold($0) == target }
                .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }.map { ids[$0]! }
            XCTAssertEqual(found, expected, family)
            XCTAssertFalse(found.isEmpty)
        }
        XCTAssertEqual(try w.engine.store.constituents(bornOn: "1970-01-01", foldedFamily: "kowalczyk").count, 3,
                       "Kowalczyk, KOWALCZYK, kowalczyk; not the trailing space, not the next day")
    }
}
