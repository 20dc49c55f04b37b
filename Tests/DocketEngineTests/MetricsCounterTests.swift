import Foundation
import XCTest
@testable import DocketEngine

/// The counters behind the backlog figures stay equal to the rows through every kind of change,
/// a refused command, two engines on one file, the clock moving on, and a migration.
final class MetricsCounterTests: XCTestCase {
    /// A complete, valid disability claim for a new person (intake checks the whole form).
    static func claimForm(_ engine: Engine, given: String, family: String) -> [String: String] {
        var rng = SeededRandom(seed: UInt64(abs(given.hashValue % 1000)))
        let form = engine.agency.form("disability_claim")!
        var values = FormValueGenerator.values(for: form, identity: ["given_name": given, "family_name": family,
                                                                    "birth_date": "1970-05-05", "national_id": "555-12-\(1000 + given.count * 37)"],
                                               rng: &rng)
        values = FormValidator.inputValues(fromCanonical: values, form: form)
        return values
    }

    /// A generated database at a clock the test moves, with the people who act on it.
    final class World {
        let dir = TempDir()
        let time = TestClock()
        let engine: Engine
        let admin, priya, marcus, tomasz, lee: StaffMember

        init(cases: Int = 400, seed: UInt64 = 11) throws {
            engine = try Engine.createDemo(path: dir.file("demo.db"), cases: cases, seed: seed, force: false,
                                           creator: "tester", clock: time.clock)
            admin = try engine.staffMember(login: "tester")
            priya = try engine.staffMember(login: "priya.shah")
            marcus = try engine.staffMember(login: "marcus.reyes")
            tomasz = try engine.staffMember(login: "tomasz.nowak")
            lee = try engine.staffMember(login: "dr.lee")
        }

        var path: String { dir.file("demo.db") }

        /// The oldest open case matching a condition on the case row (test-only SQL).
        func ref(_ condition: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
            let r = try engine.sqlite.db.scalarText("SELECT ref FROM cases WHERE \(condition) ORDER BY opened_at, ref LIMIT 1")
            return try XCTUnwrap(r, "no case where \(condition)", file: file, line: line)
        }

        func report() throws -> BacklogReport { try engine.backlogReport(week: true, as: admin) }

        func check(_ label: String, file: StaticString = #filePath, line: UInt = #line) throws {
            let report = try report()
            try MetricsBruteForce(engine: engine, now: time.now).assertMatches(report, label, file: file, line: line)
            try CounterTables.assertKeptEqualsRebuilt(engine, label, file: file, line: line)
        }
    }

    static let workingVET = "closed_at IS NULL AND department = 'VET' AND hold_since IS NULL AND state IN ('triage', 'in_review')"

    func testFiguresFollowEveryKindOfChange() throws {
        let w = try World()
        try w.check("fresh demo")
        let before = try w.report()
        let vet0 = try XCTUnwrap(before.department("VET")).figures
        let med0 = try XCTUnwrap(before.department("MED")).figures

        // Intake: two new claims arrive in VET, unassigned and on the clock.
        for name in ["Ada", "Bo"] {
            let r = try w.engine.intake(type: "disability_claim", form: Self.claimForm(w.engine, given: name, family: "Tester"), as: w.admin)
            XCTAssertEqual(r.summary.department, "VET")
        }
        try w.check("after intake")
        var vet = try XCTUnwrap(try w.report().department("VET")).figures
        XCTAssertEqual(vet.open, vet0.open + 2)
        XCTAssertEqual(vet.unassigned, vet0.unassigned + 2)
        XCTAssertEqual(vet.thisWeek?.intake, (vet0.thisWeek?.intake ?? 0) + 2)
        XCTAssertEqual(vet.ageBuckets[0].count, vet0.ageBuckets[0].count + 2)

        // Claiming: one fewer unassigned, one more task in Marcus's load.
        let claimed = try w.engine.next(department: "VET", as: w.marcus)
        try w.check("after next")
        vet = try XCTUnwrap(try w.report().department("VET")).figures
        XCTAssertEqual(vet.unassigned, vet0.unassigned + 1)
        let marcus0 = vet0.workload.first { $0.login == "marcus.reyes" }!.activeTasks
        XCTAssertEqual(vet.workload.first { $0.login == "marcus.reyes" }?.activeTasks, marcus0 + 1)

        // Routing: out of VET, into MED, today.
        try w.engine.route(claimed.ref, to: "MED", reason: "medical question first", as: w.marcus)
        try w.check("after route")
        let afterRoute = try w.report()
        XCTAssertEqual(afterRoute.department("VET")?.figures.thisWeek?.routedOut, (vet0.thisWeek?.routedOut ?? 0) + 1)
        XCTAssertEqual(afterRoute.department("MED")?.figures.thisWeek?.routedIn, (med0.thisWeek?.routedIn ?? 0) + 1)
        XCTAssertEqual(afterRoute.department("MED")?.figures.open, med0.open + 1)
        XCTAssertEqual(afterRoute.total.thisWeek?.routedIn, afterRoute.total.thisWeek?.routedOut, "routing moves, it does not add")

        // A hold stops the SLA clock: on hold, out of the due counts.
        let held = try w.ref(Self.workingVET)
        try w.engine.hold(held, until: w.time.today + 10, reason: "awaiting DD-214", as: w.priya)
        try w.check("after hold")

        // A referral to MED pauses the case and counts for MED; completing it resumes the case.
        let referred = try w.ref(Self.workingVET)
        let task = try w.engine.refer(referred, to: "MED", reason: "independent exam", as: w.priya)
        try w.check("after referral")
        XCTAssertEqual(try w.report().department("MED")?.figures.referralsOpen, med0.referralsOpen + 1)
        try w.engine.assign(referred, to: "tomasz.nowak", as: w.priya)
        w.time.advance(hours: 3)
        try w.engine.completeTask(referred, taskId: task.id, note: "exam done", as: w.lee)
        try w.check("after the referral was answered")
        XCTAssertEqual(try w.report().department("MED")?.figures.referralsOpen, med0.referralsOpen)

        // A decision closes a case: a closure and a decision this week.
        let decided = try w.ref(Self.workingVET)
        try w.engine.decide(decided, outcome: w.engine.agency.outcomes[0].code, reasonCode: w.engine.agency.reasonCodes[0].code,
                            rationale: "Service connection shown.", as: w.priya)
        try w.check("after decision")
        vet = try XCTUnwrap(try w.report().department("VET")).figures
        XCTAssertEqual(vet.thisWeek?.closed, (vet0.thisWeek?.closed ?? 0) + 1)
        XCTAssertEqual(vet.decisions, vet0.decisions + 1)

        // Reopening a case closed long ago: back in VET's open work, counted as reopened.
        let old = try w.ref("closed_at IS NOT NULL AND closed_at < \(w.time.now - 120 * 86400) AND department = 'VET' AND state IN ('decided', 'withdrawn', 'closed')")
        try w.engine.changeState(old, to: "in_review", reason: "new evidence arrived", as: w.priya)
        try w.check("after reopening")
        vet = try XCTUnwrap(try w.report().department("VET")).figures
        XCTAssertEqual(vet.thisWeek?.reopened, (vet0.thisWeek?.reopened ?? 0) + 1)

        // A state rule routes a disability claim to MED when its exam is scheduled.
        let exam = try w.ref("closed_at IS NULL AND department = 'VET' AND hold_since IS NULL AND state = 'in_review' AND type = 'disability_claim'")
        let moved = try w.engine.changeState(exam, to: "exam_scheduled", reason: nil, as: w.priya)
        XCTAssertEqual(moved.department, "MED")
        try w.check("after a state rule routed a case")

        // Releasing and reassigning move the workload between people.
        let mine = try w.ref("closed_at IS NULL AND assignee = 'marcus.reyes'")
        try w.engine.release(mine, as: w.marcus)
        try w.engine.assign(mine, to: "tomasz.nowak", as: w.priya)
        _ = try w.engine.reassign(from: "tomasz.nowak", preview: false, as: w.priya)
        try w.check("after release, assign and reassign")
    }

    func testClockFiguresMoveWithTheDayWithoutAnyWrite() throws {
        let w = try World(cases: 600, seed: 4)
        let today = try w.report()
        let counters = try CounterTables.dump(w.engine)

        for days in [1, 6, 40] {
            let later = Fixtures.now + Int64(days) * 86400
            // Read straight from the store: no hold is resumed, nothing is written.
            let builder = BacklogReportBuilder(agency: w.engine.agency, staff: try w.engine.store.allStaff(), now: later, includesWeek: true)
            let snap = try w.engine.store.counterSnapshot(today: builder.today, dueSoonThrough: builder.dueSoonThrough,
                                                          flowsSince: builder.flowsSince, completedSince: builder.thisWeek)
            let report = builder.build(snap)
            try MetricsBruteForce(engine: w.engine, now: later).assertMatches(report, "\(days) days later")
            XCTAssertEqual(try CounterTables.dump(w.engine), counters, "reading writes nothing")
            XCTAssertGreaterThanOrEqual(report.total.overdue, today.total.overdue, "\(days) days later")
            if days == 40 { XCTAssertGreaterThan(report.total.overdue, today.total.overdue, "forty days later more cases are late") }
            XCTAssertNotEqual(report.total.ageBuckets, today.total.ageBuckets)
            XCTAssertEqual(report.total.medianAgeDays, today.total.medianAgeDays.map { $0 + days }, "every open case is older by as much")
            XCTAssertEqual(report.total.open, today.total.open)
        }

        // Through the engine the next day: holds that came due are resumed, and it still adds up.
        w.time.advance(days: 1)
        try w.check("the next day, through the engine")
    }

    func testARefusedOrFailedCommandLeavesTheCountersAsTheyWere() throws {
        let w = try World()
        let taken = try w.ref("closed_at IS NULL AND department = 'VET' AND assignee IS NOT NULL AND assignee <> 'marcus.reyes' AND hold_since IS NULL")
        let before = try CounterTables.dump(w.engine)
        let report = try w.report()

        expectRefusal("refused", try w.engine.claim(taken, as: w.marcus), "a colleague has it")
        expectRefusal("refused", try w.engine.refer(taken, to: "VET", reason: "self", as: w.priya), "not to its own department")
        let summary = try XCTUnwrap(try w.engine.store.caseSummary(ref: taken))
        expectRefusal("conflict", try w.engine.route(taken, to: "MED", reason: "x", as: w.priya, expectVersion: summary.version - 1))

        // A failure at the very end, after the task rows (and their counters) were already written.
        try w.engine.sqlite.db.exec("""
            CREATE TEMP TRIGGER fail_late BEFORE UPDATE OF department ON cases WHEN NEW.department = 'MED'
            BEGIN SELECT RAISE(ABORT, 'injected failure'); END
            """)
        XCTAssertThrowsError(try w.engine.route(taken, to: "MED", reason: "medical question", as: w.priya))
        try w.engine.sqlite.db.exec("DROP TRIGGER fail_late")

        XCTAssertEqual(try CounterTables.dump(w.engine), before, "the rolled-back command left no trace in the counters")
        XCTAssertEqual(try w.report(), report)
        try w.check("after the refusals")
        try w.engine.route(taken, to: "MED", reason: "medical question", as: w.priya)
        try w.check("the same route, now allowed")
    }

    func testTwoEnginesOnOneFileKeepOneSetOfCounters() throws {
        let w = try World()
        let other = try Engine.open(path: w.path, clock: w.time.clock)
        let priya2 = try other.staffMember(login: "priya.shah")
        let marcus2 = try other.staffMember(login: "marcus.reyes")

        let a = try w.engine.next(department: "VET", as: w.marcus)
        let b = try other.next(department: "VET", as: marcus2)
        XCTAssertNotEqual(a.ref, b.ref)
        try other.route(a.ref, to: "APPEALS", reason: "belongs to appeals", as: priya2)
        try w.engine.hold(try w.ref(Self.workingVET), until: w.time.today + 5, reason: "awaiting records", as: w.priya)
        try other.refer(try other.firstRef(Self.workingVET), to: "MED", reason: "exam", as: priya2)
        try w.engine.release(b.ref, as: w.priya)
        let decide = try w.ref(Self.workingVET)
        try w.engine.decide(decide, outcome: w.engine.agency.outcomes[0].code, reasonCode: w.engine.agency.reasonCodes[0].code,
                            rationale: "Granted on the evidence.", as: w.priya)
        _ = try other.intake(type: "disability_claim", form: Self.claimForm(other, given: "Cy", family: "Second"), as: priya2)

        let mine = try w.report()
        let theirs = try other.backlogReport(week: true, as: priya2)
        XCTAssertEqual(mine.departments, theirs.departments, "both engines read the same counters")
        try w.check("after interleaved commands from two engines")
    }

    func testMigratingAnOlderDatabaseFillsTheCounters() throws {
        let w = try World(cases: 500, seed: 9)
        // Some history the demo does not make: a route, a reopening, a referral, a decision.
        let routed = try w.engine.next(department: "VET", as: w.marcus)
        try w.engine.route(routed.ref, to: "MED", reason: "medical", as: w.marcus)
        let old = try w.ref("closed_at IS NOT NULL AND closed_at < \(w.time.now - 120 * 86400) AND department = 'VET' AND state IN ('decided', 'withdrawn', 'closed')")
        try w.engine.changeState(old, to: "in_review", reason: "reopened on appeal", as: w.priya)
        try w.engine.refer(try w.ref(Self.workingVET), to: "MED", reason: "exam", as: w.priya)
        try w.engine.decide(try w.ref(Self.workingVET), outcome: w.engine.agency.outcomes[0].code,
                            reasonCode: w.engine.agency.reasonCodes[0].code, rationale: "Decided on the file.", as: w.priya)
        let expected = try w.report()
        let counters = try CounterTables.dump(w.engine)

        // The same database as a version-2 Docket left it: no counter tables.
        try w.engine.sqlite.db.exec("""
            DROP TABLE counter_department; DROP TABLE counter_due; DROP TABLE counter_opened;
            DROP TABLE counter_flow; DROP TABLE counter_staff; DROP TABLE request; DROP TABLE import_file;
            ALTER TABLE event DROP COLUMN acting_as; ALTER TABLE staff DROP COLUMN away_until; DROP TABLE receipt_sequence;
            DROP TABLE constituent_key; ALTER TABLE cases DROP COLUMN legal_hold_since;
            ALTER TABLE decision DROP COLUMN reason_codes; DROP TABLE case_link;
            PRAGMA user_version = 2;
            """)
        let migrated = try Engine.open(path: w.path, clock: w.time.clock)
        XCTAssertEqual(try migrated.sqlite.userVersion(), Schema.currentVersion, "v3 and the migrations after it")
        XCTAssertEqual(try CounterTables.dump(migrated), counters, "the v3 migration fills what the hooks kept")
        XCTAssertEqual(try migrated.backlogReport(week: true, as: try migrated.staffMember(login: "tester")), expected)
        try MetricsBruteForce(engine: migrated, now: w.time.now).assertMatches(expected, "migrated")
    }

    func testTheMigrationAndTheRebuildFillTheSameWay() {
        // v3 is frozen; the live fill may change later only through a new migration.
        let migrationInserts = Schema.v3.components(separatedBy: "INSERT INTO").dropFirst().map(Self.squeezed)
        let liveInserts = SQLiteStore.counterFill.components(separatedBy: "INSERT INTO").dropFirst().map(Self.squeezed)
        XCTAssertEqual(migrationInserts, liveInserts)
        // Migrations after v3 leave the counters alone (v4: drafts of corrections; v5: request
        // ids and import fingerprints; v6: acting_as on events; v7: staff away; v8: personal keys, legal holds; v9: several reason codes per decision, case links;
        // v10: the ledger); one that changes
        // how they are kept rebuilds them, and this line changes with it.
        XCTAssertEqual(Schema.currentVersion, 10)
    }

    static func squeezed(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }
}

private extension Engine {
    /// The oldest case matching a condition, read through this engine's own connection.
    func firstRef(_ condition: String) throws -> String {
        try XCTUnwrap(try sqlite.db.scalarText("SELECT ref FROM cases WHERE \(condition) ORDER BY opened_at, ref LIMIT 1"))
    }
}
