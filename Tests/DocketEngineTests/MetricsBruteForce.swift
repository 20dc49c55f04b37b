import Foundation
import XCTest
@testable import DocketEngine

/// Every backlog figure counted the slow way, straight from the case, task, event and decision
/// rows, with dates worked out by Foundation's ISO calendar rather than the engine's Day maths.
/// Flows come from the audit trail: intake and routing from `routed` events (a route to the
/// department the case is already in is no movement), reopenings from the
/// main tasks they opened, closures and decisions from the closed cases (so a test must not
/// close, reopen and close one case again inside the twelve weeks).
struct MetricsBruteForce {
    let engine: Engine
    let now: Int64

    var db: Database { get throws { try engine.sqlite.db } }
    var today: Day { Day(unixSeconds: now) }

    static func isoCalendar() -> Calendar {
        var c = Calendar(identifier: .iso8601)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }

    /// The Monday starting this ISO week, and the eleven before it.
    var weekStarts: [Day] {
        let cal = Self.isoCalendar()
        let start = cal.dateInterval(of: .weekOfYear, for: Date(timeIntervalSince1970: TimeInterval(now)))!.start
        let monday = Day(unixSeconds: Int64(start.timeIntervalSince1970))
        return (0..<12).reversed().map { Day(monday.number - 7 * $0) }
    }

    func int(_ sql: String, _ args: [SQLValue] = []) throws -> Int {
        Int(try db.scalarInt(sql, args) ?? 0)
    }

    func ints(_ sql: String, _ args: [SQLValue]) throws -> [Int64] {
        let s = try db.statement(sql)
        try s.bind(args)
        var out: [Int64] = []
        while try s.step() { out.append(s.int(0)) }
        return out
    }

    func strings(_ sql: String, _ args: [SQLValue]) throws -> [String] {
        let s = try db.statement(sql)
        try s.bind(args)
        var out: [String] = []
        while try s.step() { out.append(s.text(0)) }
        return out
    }

    /// The figures of one department, or (nil) of the whole agency.
    func figures(_ department: String?) throws -> BacklogFigures {
        let codes = department.map { [$0] } ?? engine.agency.departments.map(\.code)
        let inList = "(" + codes.map { _ in "?" }.joined(separator: ",") + ")"
        let args = codes.map(SQLValue.text)
        let open = "FROM cases WHERE closed_at IS NULL AND department IN \(inList)"
        let t = Int64(today.number)
        var f = BacklogFigures()
        f.open = try int("SELECT count(*) \(open)", args)
        f.unassigned = try int("SELECT count(*) \(open) AND assignee IS NULL", args)
        f.onHold = try int("SELECT count(*) \(open) AND hold_since IS NOT NULL", args)
        f.overdue = try int("SELECT count(*) \(open) AND hold_since IS NULL AND due_day < ?", args + [.int(t)])
        let through = engine.agency.calendar.adding(businessDays: 5, to: today)
        f.dueSoon = try int("SELECT count(*) \(open) AND hold_since IS NULL AND due_day >= ? AND due_day <= ?",
                            args + [.int(t), .int(Int64(through.number))])
        f.referralsOpen = try int("SELECT count(*) FROM task WHERE parent_id IS NOT NULL AND closed_at IS NULL AND department IN \(inList)", args)

        // Ages from each open case's opening time, in whole UTC calendar days.
        let cal = Self.isoCalendar()
        let todayDate = cal.startOfDay(for: Date(timeIntervalSince1970: TimeInterval(now)))
        let ages = try ints("SELECT opened_at \(open)", args).map { opened -> Int in
            let day = cal.startOfDay(for: Date(timeIntervalSince1970: TimeInterval(opened)))
            return max(0, cal.dateComponents([.day], from: day, to: todayDate).day!)
        }.sorted()
        f.ageBuckets = AgeBucket.ranges(threshold: engine.agency.backlogThresholdDays).map { b in
            var b = b
            b.count = ages.filter { $0 >= b.fromDays && (b.toDays == nil || $0 <= b.toDays!) }.count
            return b
        }
        if !ages.isEmpty {
            f.medianAgeDays = ages[Int((Double(ages.count) * 0.5).rounded(.up)) - 1]
            f.p90AgeDays = ages[Int((Double(ages.count) * 0.9).rounded(.up)) - 1]
        }

        f.weekly = try weekStarts.map { start in
            let end = min(start.number + 6, today.number)
            let m = try movement(inList, args, from: start.number, to: end)
            return WeeklyFlow(weekStart: start, intake: m.intake, routedIn: m.routedIn, reopened: m.reopened,
                              closed: m.closed, routedOut: m.routedOut)
        }
        let decided = try db.statement("""
            SELECT count(*), coalesce(sum(d.at / 86400 - c.opened_at / 86400), 0) FROM decision d JOIN cases c ON c.id = d.case_id
            WHERE c.department IN \(inList) AND d.at / 86400 BETWEEN ? AND ?
            """)
        try decided.bind(args + [.int(Int64(weekStarts[0].number)), .int(t)])
        _ = try decided.step()
        f.decisions = Int(decided.int(0))
        f.decisionDays = Int(decided.int(1))
        decided.reset()
        let window = try movement(inList, args, from: today.number - 27, to: today.number)
        f.projection = BacklogProjection.make(open: f.open, arrivals: window.intake + window.routedIn + window.reopened,
                                              departures: window.closed + window.routedOut, windowDays: 28)
        f.workload = try workload(inList, args)
        return f
    }

    struct Movement { var intake = 0, routedIn = 0, reopened = 0, closed = 0, routedOut = 0 }

    func movement(_ inList: String, _ args: [SQLValue], from: Int, to: Int) throws -> Movement {
        let range: [SQLValue] = [.int(Int64(from)), .int(Int64(to))]
        var m = Movement()
        m.intake = try int("""
            SELECT count(*) FROM event WHERE kind = 'routed' AND json_extract(details, '$.from') IS NULL
            AND json_extract(details, '$.to') IN \(inList) AND at / 86400 BETWEEN ? AND ?
            """, args + range)
        m.routedIn = try int("""
            SELECT count(*) FROM event WHERE kind = 'routed' AND json_extract(details, '$.from') IS NOT NULL
            AND json_extract(details, '$.from') <> json_extract(details, '$.to')
            AND json_extract(details, '$.to') IN \(inList) AND at / 86400 BETWEEN ? AND ?
            """, args + range)
        m.routedOut = try int("""
            SELECT count(*) FROM event WHERE kind = 'routed' AND json_extract(details, '$.from') IN \(inList)
            AND json_extract(details, '$.from') <> json_extract(details, '$.to') AND at / 86400 BETWEEN ? AND ?
            """, args + range)
        m.reopened = try int("""
            SELECT count(*) FROM task WHERE parent_id IS NULL AND reason LIKE 'reopened:%' AND department IN \(inList)
            AND opened_at / 86400 BETWEEN ? AND ?
            """, args + range)
        m.closed = try int("SELECT count(*) FROM cases WHERE department IN \(inList) AND closed_at / 86400 BETWEEN ? AND ?", args + range)
        return m
    }

    func workload(_ inList: String, _ args: [SQLValue]) throws -> [CaseworkerLoad] {
        let monday = Int64(weekStarts.last!.number)
        var logins = Set(try strings("""
            SELECT s.login FROM staff s JOIN staff_department d ON d.login = s.login
            WHERE s.active = 1 AND s.role IN ('caseworker', 'supervisor') AND d.department IN \(inList)
            """, args))
        logins.formUnion(try strings("""
            SELECT DISTINCT assignee FROM task WHERE assignee IS NOT NULL AND department IN \(inList)
            AND (closed_at IS NULL OR (status = 'completed' AND closed_at / 86400 >= ?))
            """, args + [.int(monday)]))
        return try logins.map { login in
            let mine = args + [.text(login)]
            let active = try int("SELECT count(*) FROM task WHERE closed_at IS NULL AND department IN \(inList) AND assignee = ?", mine)
            let oldest = try db.scalarInt("SELECT min(opened_at) FROM task WHERE closed_at IS NULL AND department IN \(inList) AND assignee = ?", mine)
            let closed = try int("""
                SELECT count(*) FROM task WHERE status = 'completed' AND department IN \(inList) AND assignee = ? AND closed_at / 86400 >= ?
                """, mine + [.int(monday)])
            let name = try db.scalarText("SELECT name FROM staff WHERE login = ?", [.text(login)]) ?? login
            return CaseworkerLoad(login: login, name: name, activeTasks: active, closedThisWeek: closed,
                                  oldestTaskAgeDays: oldest.map { today - Day(unixSeconds: $0) })
        }.sorted { a, b in a.activeTasks != b.activeTasks ? a.activeTasks > b.activeTasks : a.login < b.login }
    }

    /// Asserts that a report agrees with the rows in every figure of every department and the total.
    func assertMatches(_ report: BacklogReport, _ label: String, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(report.departments.map(\.code), engine.agency.departments.map(\.code), "\(label): every department", file: file, line: line)
        for d in report.departments {
            Self.assertSame(d.figures, try figures(d.code), "\(label) \(d.code)", file: file, line: line)
        }
        Self.assertSame(report.total, try figures(nil), "\(label) total", file: file, line: line)
    }

    /// Field by field, so a failure names the figure.
    static func assertSame(_ a: BacklogFigures, _ b: BacklogFigures, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.open, b.open, "\(label): open", file: file, line: line)
        XCTAssertEqual(a.unassigned, b.unassigned, "\(label): unassigned", file: file, line: line)
        XCTAssertEqual(a.onHold, b.onHold, "\(label): on hold", file: file, line: line)
        XCTAssertEqual(a.overdue, b.overdue, "\(label): overdue", file: file, line: line)
        XCTAssertEqual(a.dueSoon, b.dueSoon, "\(label): due soon", file: file, line: line)
        XCTAssertEqual(a.referralsOpen, b.referralsOpen, "\(label): referrals", file: file, line: line)
        XCTAssertEqual(a.ageBuckets, b.ageBuckets, "\(label): age buckets", file: file, line: line)
        XCTAssertEqual(a.medianAgeDays, b.medianAgeDays, "\(label): median age", file: file, line: line)
        XCTAssertEqual(a.p90AgeDays, b.p90AgeDays, "\(label): p90 age", file: file, line: line)
        XCTAssertEqual(a.weekly, b.weekly, "\(label): weekly flows", file: file, line: line)
        XCTAssertEqual(a.decisions, b.decisions, "\(label): decisions", file: file, line: line)
        XCTAssertEqual(a.decisionDays, b.decisionDays, "\(label): days to decision", file: file, line: line)
        XCTAssertEqual(a.projection, b.projection, "\(label): projection", file: file, line: line)
        XCTAssertEqual(a.workload, b.workload, "\(label): workload", file: file, line: line)
    }
}

/// The counter tables as sorted text rows, to compare what the hooks kept with a rebuild. Rows
/// of zeros are left out: a rebuild leaves some where moves cancel, and they count for nothing.
enum CounterTables {
    static let queries = [
        "SELECT department || '|' || open || '|' || unassigned || '|' || on_hold || '|' || referrals FROM counter_department ORDER BY department",
        "SELECT department || '|' || due_day || '|' || n FROM counter_due WHERE n <> 0 ORDER BY department, due_day",
        "SELECT department || '|' || opened_day || '|' || n FROM counter_opened WHERE n <> 0 ORDER BY department, opened_day",
        """
        SELECT department || '|' || day || '|' || intake || '|' || routed_in || '|' || reopened || '|' || closed || '|' ||
               routed_out || '|' || decided || '|' || decided_days FROM counter_flow
        WHERE intake <> 0 OR routed_in <> 0 OR reopened <> 0 OR closed <> 0 OR routed_out <> 0 OR decided <> 0
        ORDER BY department, day
        """,
        """
        SELECT login || '|' || department || '|' || day || '|' || open_tasks || '|' || completed FROM counter_staff
        WHERE open_tasks <> 0 OR completed <> 0 ORDER BY login, department, day
        """,
    ]

    static func dump(_ engine: Engine) throws -> [String] {
        var out: [String] = []
        for q in queries {
            let s = try engine.sqlite.db.statement(q)
            while try s.step() { out.append(s.text(0)) }
            out.append("--")
        }
        return out
    }

    /// Asserts that the kept counters equal a rebuild from the rows.
    static func assertKeptEqualsRebuilt(_ engine: Engine, _ label: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let kept = try dump(engine)
        try engine.sqlite.rebuildCounters()
        let rebuilt = try dump(engine)
        XCTAssertEqual(kept.count, rebuilt.count, "\(label): counter rows kept vs rebuilt", file: file, line: line)
        for (k, r) in zip(kept, rebuilt) where k != r {
            XCTFail("\(label): kept \(k), rebuilt \(r)", file: file, line: line)
            break
        }
    }
}
