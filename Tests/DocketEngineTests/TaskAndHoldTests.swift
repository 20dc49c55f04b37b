import XCTest
@testable import DocketEngine

/// Tasks, referrals, holds, SLA clocks, assignment, concurrency and the audit trail.
final class TaskAndHoldTests: XCTestCase {
    // MARK: routing and referrals

    func testRouteCompletesTheMainTaskAndOpensOneInTheTarget() throws {
        let w = try WorkflowWorld()
        let c = try w.claim()
        try w.engine.claim(c.ref, as: w.marcus)
        let first = try XCTUnwrap(try w.openMainTasks(c.ref).first)

        var m = expectRefusal("refused", try w.engine.route(c.ref, to: "MED", reason: "exam", as: w.jo), "not jo's case")
        XCTAssertTrue(m.contains("marcus"), m)
        expectRefusal("refused", try w.engine.route(c.ref, to: "VET", reason: "again", as: w.marcus), "already there")
        m = expectRefusal("usage", try w.engine.route(c.ref, to: "NOPE", reason: "x", as: w.marcus))
        XCTAssertTrue(m.contains("INTAKE, VET, MED, BEN"), m)
        expectRefusal("usage", try w.engine.route(c.ref, to: "MED", reason: " ", as: w.marcus), "a reason is required")
        expectRefusal("refused", try w.engine.route(c.ref, to: "MED", reason: "x", as: w.lee), "lee is not in VET")

        w.time.advance(hours: 2)
        let after = try w.engine.route(c.ref, to: "med", reason: "needs a medical opinion", as: w.marcus)
        XCTAssertEqual(after.department, "MED")
        XCTAssertNil(after.assignee)
        XCTAssertEqual(after.taskStatus, "assigned")
        XCTAssertEqual(after.dueDay.iso, "2026-11-25", "MED's 5-day target from the opening day")

        let tasks = try w.tasks(c.ref)
        let old = try XCTUnwrap(tasks.first { $0.id == first.id })
        XCTAssertEqual(old.status, "completed")
        XCTAssertEqual(old.closedAt, w.time.now)
        XCTAssertEqual(old.assignee, "marcus", "history keeps who had it")
        let open = tasks.filter { $0.isOpen && !$0.isReferral }
        XCTAssertEqual(open.count, 1)
        XCTAssertEqual(open[0].id, after.mainTaskId)
        XCTAssertEqual(open[0].department, "MED")
        XCTAssertNil(open[0].assignee)
        XCTAssertEqual(open[0].status, "assigned")
        XCTAssertEqual(open[0].reason, "needs a medical opinion")
        let routed = try XCTUnwrap(try w.events(c.ref).last)
        XCTAssertEqual(routed.kind, "routed")
        XCTAssertEqual(routed.reason, "needs a medical opinion")
        XCTAssertEqual(w.details(routed)["from"] as? String, "VET")
        XCTAssertEqual(w.details(routed)["to"] as? String, "MED")

        // Listed in MED's queue, not VET's.
        var q = CaseQuery()
        q.department = "MED"
        XCTAssertEqual(try w.engine.listCases(q, as: w.lee).map(\.ref), [c.ref])
        q.department = "VET"
        XCTAssertFalse(try w.engine.listCases(q, as: w.marcus).map(\.ref).contains(c.ref))
    }

    func testReferralsPauseTheMainTaskUntilTheLastOneCompletes() throws {
        let w = try WorkflowWorld()
        let c = try w.claim()
        try w.engine.claim(c.ref, as: w.marcus)
        let opened = w.time.now
        let exam = try w.engine.refer(c.ref, to: "MED", reason: "independent medical exam", as: w.marcus)
        let records = try w.engine.refer(c.ref, to: "BEN", reason: "prior payments", as: w.marcus)
        XCTAssertEqual(exam.parentId, c.mainTaskId)
        XCTAssertEqual(exam.status, "assigned")
        expectRefusal("refused", try w.engine.refer(c.ref, to: "VET", reason: "self", as: w.marcus), "not to its own department")

        var s = try w.summary(c.ref)
        XCTAssertEqual(s.taskStatus, "on_hold")
        XCTAssertEqual(try w.openMainTasks(c.ref).map(\.status), ["on_hold"])
        XCTAssertEqual(s.holdSince, opened, "the SLA clock stopped")
        XCTAssertNil(SLAClock.businessDaysLeft(s, today: w.time.today, calendar: w.engine.agency.calendar))
        XCTAssertEqual(s.state, "new", "a referral does not change the lifecycle state")
        var q = CaseQuery()
        q.department = "MED"
        q.referrals = true
        XCTAssertEqual(try w.engine.listCases(q, as: w.lee).map(\.ref), [c.ref])

        // Two days later MED answers; BEN is still open, so the case keeps waiting.
        w.time.advance(days: 2)
        expectRefusal("refused", try w.engine.completeTask(c.ref, taskId: records.id, note: nil, as: w.lee), "BEN's task")
        expectRefusal("refused", try w.engine.completeTask(c.ref, taskId: exam.id, note: nil, as: w.marcus), "MED's task")
        try w.engine.completeTask(c.ref, taskId: exam.id, note: "exam done, report attached", as: w.lee)
        s = try w.summary(c.ref)
        XCTAssertEqual(s.taskStatus, "on_hold")
        XCTAssertEqual(s.holdSince, opened, "still paused from the first referral")
        XCTAssertEqual(s.pausedBusinessDays, 0)
        XCTAssertFalse(try w.events(c.ref).contains { $0.kind == "resumed" })
        XCTAssertEqual(try w.tasks(c.ref).first { $0.id == exam.id }?.status, "completed")
        expectRefusal("refused", try w.engine.completeTask(c.ref, taskId: exam.id, note: nil, as: w.lee), "twice")

        // Monday: the last referral completes and the main task resumes by itself.
        w.time.set("2026-11-23T10:00:00Z")
        try w.engine.completeTask(c.ref, taskId: records.id, note: nil, as: w.boss)
        s = try w.summary(c.ref)
        XCTAssertEqual(s.taskStatus, "in_progress", "back with marcus")
        XCTAssertEqual(s.assignee, "marcus")
        XCTAssertNil(s.holdSince)
        XCTAssertEqual(s.heldSeconds, 5 * 86_400)
        XCTAssertEqual(s.pausedBusinessDays, 3, "Thu 19, Fri 20, Mon 23")
        XCTAssertEqual(s.dueDay.iso, "2026-12-08", "2026-12-03 pushed by three business days")
        XCTAssertEqual(s.daysOnHold(now: w.time.now), 5)
        XCTAssertEqual(s.daysWaiting(now: w.time.now), 0)
        XCTAssertEqual(try w.events(c.ref).filter { $0.kind == "resumed" }.count, 1)
        XCTAssertEqual(try w.openMainTasks(c.ref).count, 1)
        XCTAssertTrue(try w.tasks(c.ref).filter(\.isReferral).allSatisfy { $0.status == "completed" })
    }

    func testOpenReferralsFollowTheCaseWhenItIsRouted() throws {
        let w = try WorkflowWorld()
        let c = try w.claim()
        let records = try w.engine.refer(c.ref, to: "BEN", reason: "prior payments", as: w.marcus)
        let moved = try w.engine.route(c.ref, to: "MED", reason: "medical opinion", as: w.marcus)
        let tasks = try w.tasks(c.ref)
        XCTAssertEqual(tasks.filter { $0.isOpen && !$0.isReferral }.map(\.id), [moved.mainTaskId!])
        let referral = try XCTUnwrap(tasks.first { $0.id == records.id })
        XCTAssertTrue(referral.isOpen)
        XCTAssertEqual(referral.parentId, moved.mainTaskId, "the referral hangs off the new main task")
        XCTAssertEqual(moved.taskStatus, "on_hold", "the new main task waits for it too")
        XCTAssertNotNil(moved.holdSince)
        try w.engine.completeTask(c.ref, taskId: records.id, note: nil, as: w.boss)
        XCTAssertEqual(try w.summary(c.ref).taskStatus, "assigned")
        XCTAssertEqual(try w.engine.next(as: w.lee).ref, c.ref, "back in MED's queue")
    }

    // MARK: holds

    func testHoldComesBackOnTheDateWithHoldTimeKeptApart() throws {
        let w = try WorkflowWorld()
        let c = try w.claim(in: "in_review")
        try w.engine.claim(c.ref, as: w.marcus)
        w.time.set("2026-11-20T10:00:00Z")
        expectRefusal("usage", try w.engine.hold(c.ref, until: w.time.today, reason: "docs", as: w.marcus), "today is not a future date")
        expectRefusal("usage", try w.engine.hold(c.ref, until: w.time.today + 400, reason: "docs", as: w.marcus), "too far")
        expectRefusal("usage", try w.engine.hold(c.ref, until: w.time.today + 3, reason: "", as: w.marcus), "no reason")
        let until = try XCTUnwrap(Day(iso: "2026-11-25"))
        let held = try w.engine.hold(c.ref, until: until, reason: "awaiting service records", as: w.marcus)
        XCTAssertEqual(held.state, "awaiting_info")
        XCTAssertEqual(held.holdPriorState, "in_review")
        XCTAssertEqual(held.holdUntil, until.unixSeconds)
        XCTAssertEqual(held.taskStatus, "on_hold")
        XCTAssertTrue(held.isOnHold)
        XCTAssertFalse(held.isOverdue(today: until + 30), "a paused case is never overdue")
        XCTAssertEqual(try w.openMainTasks(c.ref).map(\.status), ["on_hold"])
        expectRefusal("refused", try w.engine.refer(c.ref, to: "MED", reason: "exam", as: w.marcus), "on hold")

        // The day before: still waiting.
        w.time.set("2026-11-24T16:00:00Z")
        _ = try w.engine.listCases(CaseQuery(), as: w.marcus)
        XCTAssertEqual(try w.summary(c.ref).state, "awaiting_info")

        // Monday after the date: queries show it back at work, and write nothing; `docket tick`
        // (or the next command on it, `next`, or the console's start) saves that.
        w.time.set("2026-11-30T10:00:00Z")
        var q = CaseQuery()
        q.assignee = "marcus"
        let before = try w.eventCount()
        let listed = try XCTUnwrap(try w.engine.listCases(q, as: w.marcus).first { $0.ref == c.ref })
        XCTAssertEqual(listed.state, "in_review")
        XCTAssertEqual(listed.taskStatus, "in_progress")
        XCTAssertNil(listed.holdSince, "shown as resumed")
        XCTAssertEqual(try w.summary(c.ref).state, "awaiting_info", "a read saves nothing")
        XCTAssertEqual(try w.eventCount(), before)
        XCTAssertEqual(try w.engine.resumeDueHolds(), [c.ref])
        let s = try w.summary(c.ref)
        XCTAssertEqual(s.dueDay, listed.dueDay, "the list showed what the tick saved")
        XCTAssertEqual(s.heldSeconds, listed.heldSeconds)
        XCTAssertEqual(s.state, "in_review")
        XCTAssertNil(s.holdUntil)
        XCTAssertNil(s.holdPriorState)
        XCTAssertNil(s.holdSince)
        XCTAssertEqual(s.taskStatus, "in_progress")
        XCTAssertEqual(s.assignee, "marcus")
        XCTAssertEqual(try w.openMainTasks(c.ref).map(\.status), ["in_progress"])
        // On hold from Fri 20 10:00 to the hold date (Wed 25 00:00): 4 days 14 hours; open 12 days.
        XCTAssertEqual(s.heldSeconds, until.unixSeconds - Timestamp.parse("2026-11-20T10:00:00Z")!,
                       "the pause ends on the hold date, not when someone next looks")
        XCTAssertEqual(s.daysOnHold(now: w.time.now), 4)
        XCTAssertEqual(s.daysWaiting(now: w.time.now), 7)
        XCTAssertEqual(s.pausedBusinessDays, 3, "Mon 23, Tue 24, Wed 25")
        XCTAssertEqual(s.dueDay.iso, "2026-12-08")
        let resumed = try XCTUnwrap(try w.events(c.ref).last { $0.kind == "resumed" })
        XCTAssertEqual(resumed.actor, "docket")
        XCTAssertEqual(w.details(resumed)["from"] as? String, "awaiting_info")
        XCTAssertEqual(w.details(resumed)["to"] as? String, "in_review")
        XCTAssertTrue(resumed.reason?.contains("2026-11-25") ?? false)

        // A second tick does nothing more.
        let events = try w.eventCount()
        XCTAssertEqual(try w.engine.resumeDueHolds(), [])
        _ = try w.engine.listCases(CaseQuery(), as: w.marcus)
        XCTAssertEqual(try w.eventCount(), events)
    }

    func testHoldEndsEarlyWhenTheAwaitedThingArrives() throws {
        let w = try WorkflowWorld()
        let c = try w.claim(in: "triage")
        try w.engine.hold(c.ref, until: w.time.today + 10, reason: "birth certificate", as: w.jo)
        w.time.advance(days: 1)
        let back = try w.engine.resume(c.ref, reason: "certificate arrived", as: w.jo)
        XCTAssertEqual(back.state, "triage")
        XCTAssertNil(back.holdSince)
        XCTAssertEqual(back.heldSeconds, 86_400)
        XCTAssertEqual(back.taskStatus, "assigned")
        XCTAssertEqual(try w.events(c.ref).last?.kind, "resumed")
        expectRefusal("refused", try w.engine.resume(c.ref, reason: nil, as: w.jo), "not on hold")
    }

    // MARK: SLA

    func testDueDatesSkipWeekendsAndHolidays() throws {
        let w = try WorkflowWorld()
        let wednesday = try w.claim()
        XCTAssertEqual(wednesday.dueDay.iso, "2026-12-03", "10 business days from Wed 18, skipping two weekends and Thu 26")
        XCTAssertEqual(SLAClock.businessDaysLeft(wednesday, today: w.time.today, calendar: w.engine.agency.calendar), 10)

        w.time.set("2026-11-25T15:00:00Z")
        XCTAssertEqual(try w.claim().dueDay.iso, "2026-12-10", "the day before the holiday")
        w.time.set("2026-11-27T09:00:00Z")
        XCTAssertEqual(try w.claim().dueDay.iso, "2026-12-11", "a Friday after the holiday")
        w.time.set("2026-11-28T12:00:00Z")
        XCTAssertEqual(try w.claim().dueDay.iso, "2026-12-11", "a Saturday counts from Monday")
    }

    func testPausesPushTheDueDateAndMedicalHasItsOwnTarget() throws {
        let w = try WorkflowWorld()
        let c = try w.claim()
        let exam = try w.engine.refer(c.ref, to: "MED", reason: "exam", as: w.marcus)
        w.time.set("2026-11-23T10:00:00Z")
        try w.engine.completeTask(c.ref, taskId: exam.id, note: nil, as: w.lee)
        XCTAssertEqual(try w.summary(c.ref).dueDay.iso, "2026-12-08")

        let inMed = try w.engine.route(c.ref, to: "MED", reason: "medical review", as: w.marcus)
        XCTAssertEqual(inMed.dueDay.iso, "2026-12-01", "5 business days plus the 3 paused, from Wed 18")
        let back = try w.engine.route(c.ref, to: "VET", reason: "back for the decision", as: w.lee)
        XCTAssertEqual(back.dueDay.iso, "2026-12-08")

        w.time.set("2026-12-08T18:00:00Z")
        var q = CaseQuery()
        q.overdue = true
        XCTAssertFalse(try w.engine.listCases(q, as: w.marcus).map(\.ref).contains(c.ref), "due today is not late")
        w.time.set("2026-12-09T08:00:00Z")
        XCTAssertTrue(try w.engine.listCases(q, as: w.marcus).map(\.ref).contains(c.ref))
        XCTAssertTrue(try w.summary(c.ref).isOverdue(today: w.time.today))
        XCTAssertEqual(SLAClock.businessDaysLeft(try w.summary(c.ref), today: w.time.today, calendar: w.engine.agency.calendar), -1)
    }

    // MARK: assignment

    func testClaimReleaseAssignRules() throws {
        let w = try WorkflowWorld()
        let c = try w.claim()
        var m = expectRefusal("refused", try w.engine.claim(c.ref, as: w.ana), "clerk")
        XCTAssertTrue(m.contains("caseworkers and supervisors"), m)
        expectRefusal("refused", try w.engine.next(as: w.ana), "clerk next")
        m = expectRefusal("refused", try w.engine.claim(c.ref, as: w.lee), "not lee's department")
        XCTAssertTrue(m.contains("VET"), m)

        let mine = try w.engine.claim(c.ref, as: w.marcus)
        XCTAssertEqual(mine.assignee, "marcus")
        XCTAssertEqual(mine.taskStatus, "in_progress")
        XCTAssertEqual(try w.openMainTasks(c.ref).first?.assignee, "marcus")
        XCTAssertEqual(try w.events(c.ref).last?.kind, "claimed")
        expectRefusal("refused", try w.engine.claim(c.ref, as: w.marcus), "already his")
        m = expectRefusal("refused", try w.engine.claim(c.ref, as: w.jo), "taken")
        XCTAssertTrue(m.contains("marcus"), m)
        expectRefusal("refused", try w.engine.release(c.ref, as: w.jo), "not jo's to release")
        expectRefusal("refused", try w.engine.assign(c.ref, to: "jo", as: w.marcus), "caseworkers do not assign")

        m = expectRefusal("refused", try w.engine.assign(c.ref, to: "lee", as: w.priya), "lee is MED only")
        XCTAssertTrue(m.contains("lee") && m.contains("VET"), m)
        expectRefusal("refused", try w.engine.assign(c.ref, to: "ana", as: w.priya), "a clerk does not work cases")
        expectRefusal("refused", try w.engine.assign(c.ref, to: "sam", as: w.priya), "an auditor does not work cases")
        expectRefusal("refused", try w.engine.assign(c.ref, to: "nobody", as: w.priya), "unknown login")
        XCTAssertEqual(try w.summary(c.ref).assignee, "marcus", "refusals changed nothing")

        let moved = try w.engine.assign(c.ref, to: "jo", as: w.priya)
        XCTAssertEqual(moved.assignee, "jo")
        XCTAssertEqual(try w.openMainTasks(c.ref).first?.assignee, "jo")
        let assigned = try XCTUnwrap(try w.events(c.ref).last)
        XCTAssertEqual(assigned.kind, "assigned")
        XCTAssertEqual(w.details(assigned)["from"] as? String, "marcus")
        XCTAssertEqual(w.details(assigned)["to"] as? String, "jo")

        let free = try w.engine.release(c.ref, as: w.jo)
        XCTAssertNil(free.assignee)
        XCTAssertEqual(free.taskStatus, "assigned")
        expectRefusal("refused", try w.engine.release(c.ref, as: w.jo), "nobody has it")
        XCTAssertEqual(try w.engine.claim(c.ref, as: w.priya).assignee, "priya", "supervisors claim too")
        XCTAssertNil(try w.engine.release(c.ref, as: w.priya).assignee)
        try w.engine.claim(c.ref, as: w.marcus)
        XCTAssertNil(try w.engine.release(c.ref, as: w.priya).assignee, "a supervisor may release anyone's")
    }

    func testAuditorsAreRefusedEverythingAndNothingIsRecorded() throws {
        let w = try WorkflowWorld()
        let c = try w.claim(in: "in_review")
        let ref = c.ref
        let sam = w.sam
        let before = try w.eventCount()
        let actions = try w.engine.availableActions(ref: ref, as: sam)
        XCTAssertFalse(actions.isEmpty)
        XCTAssertTrue(actions.allSatisfy { !$0.enabled }, "\(actions.filter(\.enabled))")
        let attempts: [(String, () throws -> Any)] = [
            ("claim", { try w.engine.claim(ref, as: sam) }),
            ("release", { try w.engine.release(ref, as: sam) }),
            ("assign", { try w.engine.assign(ref, to: "jo", as: sam) }),
            ("route", { try w.engine.route(ref, to: "MED", reason: "x", as: sam) }),
            ("refer", { try w.engine.refer(ref, to: "MED", reason: "x", as: sam) }),
            ("status", { try w.engine.changeState(ref, to: "withdrawn", reason: "x", as: sam) }),
            ("hold", { try w.engine.hold(ref, until: w.time.today + 3, reason: "x", as: sam) }),
            ("decide", { try w.engine.decide(ref, outcome: "granted", reasonCode: "evidence", rationale: "x", as: sam) }),
            ("note", { try w.engine.note(ref, text: "x", as: sam) }),
            ("complete", { try w.engine.completeTask(ref, taskId: c.mainTaskId!, note: nil, as: sam) }),
            ("next", { try w.engine.next(as: sam) }),
            ("intake", { try w.engine.intake(type: "claim", form: ["given_name": "A", "family_name": "B"], as: sam) }),
            ("reassign", { try w.engine.reassign(from: "marcus", preview: false, as: sam) }),
        ]
        for (what, attempt) in attempts {
            let m = expectRefusal("refused", try attempt(), "auditor \(what)")
            XCTAssertTrue(m.contains("read-only") || m.contains("auditor"), "\(what): \(m)")
        }
        XCTAssertEqual(try w.summary(ref).version, c.version)
        XCTAssertEqual(try w.eventCount(), before)
        XCTAssertFalse(try w.engine.auditLog(ref: ref, viewsOnly: false, as: sam).isEmpty, "but they read the log")
    }

    func testNextTakesPriorityThenDueThenAge() throws {
        let w = try WorkflowWorld(start: Timestamp.parse("2026-11-18T08:00:00Z")!)
        let c0 = try w.claim()                                   // oldest; a referral will push its due date
        w.time.set("2026-11-18T10:00:00Z")
        let c1 = try w.claim()
        w.time.advance(hours: 1)
        let c2 = try w.claim(urgent: true)
        w.time.advance(hours: 1)
        let c3 = try w.claim()
        let held = try w.claim(urgent: true)
        try w.engine.changeState(held.ref, to: "triage", reason: nil, as: w.priya)
        try w.engine.hold(held.ref, until: w.time.today + 20, reason: "records", as: w.priya)
        let referred = try w.claim(urgent: true)
        let exam0 = try w.engine.refer(c0.ref, to: "MED", reason: "exam", as: w.marcus)
        try w.engine.refer(referred.ref, to: "MED", reason: "exam", as: w.marcus)

        w.time.set("2026-11-19T10:00:00Z")
        try w.engine.completeTask(c0.ref, taskId: exam0.id, note: nil, as: w.lee)
        XCTAssertEqual(try w.summary(c0.ref).dueDay.iso, "2026-12-04")
        let c4 = try w.claim()
        try w.engine.route(c4.ref, to: "MED", reason: "straight to medical", as: w.priya)
        XCTAssertEqual(try w.summary(c4.ref).dueDay.iso, "2026-11-27")
        let c5 = try w.claim()
        XCTAssertEqual(c5.dueDay.iso, "2026-12-04")

        XCTAssertEqual(try w.engine.next(as: w.marcus).ref, c2.ref, "priority 1 first; held and referred ones wait")
        XCTAssertEqual(try w.engine.next(as: w.marcus).ref, c1.ref, "same priority and due: the older")
        let supervisor = try w.engine.next(as: w.priya)
        XCTAssertEqual(supervisor.ref, c4.ref, "MED's earlier due date beats VET's older cases")
        XCTAssertEqual(supervisor.assignee, "priya")
        XCTAssertEqual(try w.engine.next(as: w.jo).ref, c3.ref, "due 12-03 before the older case due 12-04")
        XCTAssertEqual(try w.engine.next(as: w.jo).ref, c0.ref)
        let last = try w.engine.next(department: "vet", as: w.marcus)
        XCTAssertEqual(last.ref, c5.ref)
        XCTAssertEqual(last.assignee, "marcus")
        XCTAssertEqual(last.taskStatus, "in_progress")
        let claimed = try XCTUnwrap(try w.events(c5.ref).last)
        XCTAssertEqual(claimed.kind, "claimed")
        XCTAssertEqual(claimed.actor, "marcus")

        let m = expectRefusal("refused", try w.engine.next(as: w.jo), "nothing left")
        XCTAssertTrue(m.contains("VET"), m)
        expectRefusal("refused", try w.engine.next(as: w.lee), "MED is empty too")
        expectRefusal("refused", try w.engine.next(department: "MED", as: w.marcus), "not marcus's department")
        expectRefusal("usage", try w.engine.next(department: "XYZ", as: w.marcus))
        XCTAssertNil(try w.summary(held.ref).assignee)
        XCTAssertNil(try w.summary(referred.ref).assignee)
    }

    func testReassignPreviewWritesNothingAndExecuteSpreadsByLoad() throws {
        let w = try WorkflowWorld()
        var refs: [String] = []
        for i in 0..<6 {
            let c = try w.claim()
            refs.append(c.ref)
            try w.engine.claim(c.ref, as: i < 4 ? w.marcus : w.jo)
        }
        let loads = { (login: String) throws -> Int in try w.engine.store.openTasks(assignee: login).count }
        XCTAssertEqual(try loads("marcus"), 4)
        let versions = try refs.map { try w.summary($0).version }
        let before = try w.eventCount()

        expectRefusal("refused", try w.engine.reassign(from: "marcus", preview: true, as: w.jo), "caseworkers do not reassign")
        expectRefusal("notFound", try w.engine.reassign(from: "ghost", preview: true, as: w.priya))
        let preview = try w.engine.reassign(from: "marcus", preview: true, as: w.priya)
        XCTAssertEqual(preview.count, 4)
        XCTAssertEqual(try w.eventCount(), before, "a preview records nothing")
        XCTAssertEqual(try refs.map { try w.summary($0).version }, versions, "a preview changes nothing")
        XCTAssertEqual(try loads("marcus"), 4)
        XCTAssertTrue(preview.allSatisfy { $0.to == "jo" || $0.to == "priya" }, "\(preview)")
        XCTAssertEqual(preview.filter { $0.to == "priya" }.count, 3, "priya starts at 0, jo at 2: fewest first")

        let done = try w.engine.reassign(from: "marcus", preview: false, as: w.priya)
        XCTAssertEqual(done, preview, "the preview is what happens")
        XCTAssertEqual(try loads("marcus"), 0)
        XCTAssertEqual(try loads("jo"), 3)
        XCTAssertEqual(try loads("priya"), 3)
        for step in done {
            let s = try w.summary(step.ref)
            XCTAssertEqual(s.assignee, step.to)
            XCTAssertEqual(try w.openMainTasks(step.ref).first?.assignee, step.to)
            let e = try XCTUnwrap(try w.events(step.ref).last)
            XCTAssertEqual(e.kind, "reassigned")
            XCTAssertEqual(e.actor, "priya")
            XCTAssertEqual(w.details(e)["from"] as? String, "marcus")
            XCTAssertEqual(w.details(e)["to"] as? String, step.to)
        }
        XCTAssertEqual(try w.eventCount(), before + 4)
        XCTAssertTrue(try w.engine.reassign(from: "marcus", preview: false, as: w.priya).isEmpty)
    }

    // MARK: concurrency

    func testStaleVersionIsRefusedNamingWhoAndWhen() throws {
        let w = try WorkflowWorld()
        let c = try w.claim()
        let seen = try w.summary(c.ref)
        w.time.set("2026-11-18T11:30:00Z")
        try w.engine.assign(c.ref, to: "jo", as: w.priya, expectVersion: seen.version)
        let current = try w.summary(c.ref)
        let events = try w.eventCount()

        w.time.advance(minutes: 5)
        let m = expectRefusal("conflict", try w.engine.route(c.ref, to: "MED", reason: "exam", as: w.marcus, expectVersion: seen.version))
        XCTAssertTrue(m.contains("priya"), m)
        XCTAssertTrue(m.contains("2026-11-18T11:30:00Z"), m)
        XCTAssertTrue(m.contains("version \(current.version)"), m)
        expectRefusal("conflict", try w.engine.note(c.ref, text: "lost?", as: w.jo, expectVersion: seen.version))
        expectRefusal("conflict", try w.engine.claim(c.ref, as: w.marcus, expectVersion: seen.version))
        XCTAssertEqual(try w.summary(c.ref), current, "nothing changed")
        XCTAssertEqual(try w.eventCount(), events)
        XCTAssertEqual(try w.tasks(c.ref).count, 1)

        let ok = try w.engine.note(c.ref, text: "seen the new version", as: w.jo, expectVersion: current.version)
        XCTAssertEqual(ok.version, current.version + 1)
    }

    // MARK: free text

    func testCardNumbersAreRefusedInFreeText() throws {
        let w = try WorkflowWorld()
        let c = try w.claim(in: "in_review")
        try w.engine.claim(c.ref, as: w.marcus)
        // Numbers that are not card numbers are fine.
        for text in ["receipt 4111 1111 1111 1113", "call 555-123-4567", "card ending 1111", "claim 2026-000042"] {
            XCTAssertNoThrow(try w.engine.note(c.ref, text: text, as: w.marcus), text)
        }
        let note = try w.engine.note(c.ref, text: "line one\nline two", as: w.marcus)
        XCTAssertEqual(try w.events(c.ref).last?.reason, "line one\nline two")
        XCTAssertEqual(note.version, try w.summary(c.ref).version)

        expectRefusal("usage", try w.engine.note(c.ref, text: "   ", as: w.marcus), "empty note")

        let before = try w.eventCount()
        for text in ["paid with 4111 1111 1111 1111 yesterday", "card 4111-1111-1111-1111", "4111111111111111",
                     "amex 3782 822463 10005"] {
            let m = expectRefusal("refused", try w.engine.note(c.ref, text: text, as: w.marcus), text)
            XCTAssertTrue(m.contains("card"), m)
        }
        expectRefusal("refused", try w.engine.route(c.ref, to: "MED", reason: "card 4111 1111 1111 1111", as: w.marcus), "route reason")
        expectRefusal("refused", try w.engine.changeState(c.ref, to: "withdrawn", reason: "refund to 4111-1111-1111-1111", as: w.marcus),
                      "status reason")
        expectRefusal("refused", try w.engine.decide(c.ref, outcome: "granted", reasonCode: "evidence",
                                                     rationale: "Pay to 4111 1111 1111 1111.", as: w.marcus), "rationale")
        expectRefusal("refused", try w.engine.intake(type: "claim", form: ["given_name": "Al", "family_name": "Bo",
                                                                             "notes": "card 4111 1111 1111 1111"], as: w.ana), "form field")
        XCTAssertEqual(try w.eventCount(), before, "nothing with a card number was stored")
        XCTAssertEqual(try w.summary(c.ref).state, "in_review")
    }

    func testWhoMayWriteNotes() throws {
        let w = try WorkflowWorld()
        let c = try w.claim()
        expectRefusal("refused", try w.engine.note(c.ref, text: "hello", as: w.lee), "lee has nothing to do with it yet")
        try w.engine.refer(c.ref, to: "MED", reason: "exam", as: w.marcus)
        XCTAssertNoThrow(try w.engine.note(c.ref, text: "exam booked for Monday", as: w.lee), "a referral brings MED in")
        XCTAssertNoThrow(try w.engine.note(c.ref, text: "thanks", as: w.jo), "anyone in the case's department")
    }

    // MARK: audit

    /// A morning's work across the agency, then the chain is checked and then forged.
    func testAuditVerifiesAfterADayOfWorkAndNamesAnAlteredEvent() throws {
        let w = try WorkflowWorld(start: Timestamp.parse("2026-11-18T08:00:00Z")!)
        let e = w.engine
        var refs: [String] = []
        for i in 0..<8 {
            refs.append(try w.claim(urgent: i % 3 == 0).ref)
            w.time.advance(minutes: 7)
        }
        let benefit = try w.benefit(amount: 900_000)
        let inquiry = try w.intake("inquiry", ["topic": "office hours"])
        let a = try e.next(as: w.marcus), b = try e.next(as: w.jo), cc = try e.next(as: w.priya)
        w.time.advance(minutes: 20)
        try e.changeState(a.ref, to: "triage", reason: nil, as: w.marcus)
        try e.note(a.ref, text: "spoke with the veteran", as: w.marcus)
        let noteEvent = try XCTUnwrap(try w.events(a.ref).last)
        try e.changeState(a.ref, to: "in_review", reason: nil, as: w.marcus)
        let exam = try e.refer(a.ref, to: "MED", reason: "exam", as: w.marcus)
        try e.changeState(b.ref, to: "triage", reason: nil, as: w.jo)
        try e.hold(b.ref, until: w.time.today + 5, reason: "DD-214 requested", as: w.jo)
        w.time.advance(hours: 1)
        try e.completeTask(a.ref, taskId: exam.id, note: "normal findings", as: w.lee)
        try e.route(cc.ref, to: "MED", reason: "medical opinion", as: w.priya)
        try e.claim(cc.ref, as: w.lee)
        try e.note(cc.ref, text: "reviewing records", as: w.lee)
        try e.route(cc.ref, to: "VET", reason: "back to claims", as: w.lee)
        try e.assign(cc.ref, to: "jo", as: w.priya)
        try e.release(cc.ref, as: w.jo)
        try e.decide(a.ref, outcome: "granted", reasonCode: "evidence", rationale: "Exam supports the claim.", as: w.marcus)
        try e.changeState(a.ref, to: "closed", reason: nil, as: w.marcus)
        try e.changeState(refs[5], to: "withdrawn", reason: "duplicate of another claim", as: w.priya)
        try e.claim(refs[6], as: w.marcus)
        try e.claim(refs[7], as: w.marcus)
        _ = try e.reassign(from: "marcus", preview: false, as: w.priya)
        try e.route(inquiry.ref, to: "BEN", reason: "asks about benefits", as: w.boss)
        try e.refer(benefit.ref, to: "INTAKE", reason: "missing signature", as: w.boss)
        _ = try e.caseDetail(ref: benefit.ref, as: w.boss)
        _ = try e.listCases(CaseQuery(), as: w.priya)
        try e.changeState(a.ref, to: "in_review", reason: "appeal lodged", as: w.priya)
        _ = try? e.claim(refs[6], as: w.marcus)   // refused: someone has it; leaves nothing behind
        w.time.advance(days: 6)
        _ = try e.listCases(CaseQuery(), as: w.marcus) // b's hold date passed: shown, not saved
        XCTAssertEqual(try w.summary(b.ref).state, "awaiting_info")
        XCTAssertEqual(try e.resumeDueHolds(), [b.ref])
        XCTAssertEqual(try w.summary(b.ref).state, "triage")

        let report = try e.verifyAudit()
        XCTAssertTrue(report.ok, "\(String(describing: report.firstBroken))")
        XCTAssertEqual(report.eventsChecked, try w.eventCount())
        XCTAssertGreaterThan(report.eventsChecked, 60)

        try e.sqlite.db.exec("DROP TRIGGER event_no_update")
        try e.sqlite.db.run("UPDATE event SET reason = ? WHERE id = ?", [.text("nothing happened"), .int(noteEvent.id)])
        let broken = try e.verifyAudit()
        XCTAssertFalse(broken.ok)
        XCTAssertEqual(broken.firstBroken?.id, noteEvent.id)
        XCTAssertTrue(broken.firstBroken?.why.contains("altered") ?? false)
    }
}
