import XCTest
@testable import DocketEngine

/// The workflow rules as functions: a case, its tasks, the agency, the actor and the clock go
/// in; a `CaseChange` (or a refusal) comes out. No database anywhere in this file.
final class WorkflowRuleTests: XCTestCase {
    let now = Fixtures.now // Wed 2026-11-18 10:00 UTC
    var agency: Agency!

    override func setUpWithError() throws { agency = try WorkflowFixture.parsedAgency() }

    static let marcus = StaffMember(login: "marcus", name: "Marcus", role: .caseworker, departments: ["VET"])
    static let lee = StaffMember(login: "lee", name: "Lee", role: .caseworker, departments: ["MED"])
    static let priya = StaffMember(login: "priya", name: "Priya", role: .supervisor, departments: ["VET", "MED"])

    /// A claim in VET, in `state`, with main task #10 and the given referrals; new tasks from #100.
    func read(state: String = "in_review", assignee: String? = nil, referrals: [TaskRecord] = [],
              holdUntil: Int64? = nil, form: FormValues = ["given_name": "Ana", "family_name": "Kowalczyk"]) -> CaseRead {
        let opened = now - 3 * 86_400
        var c = CaseSummary(id: 7, ref: "CL-2026-000007", type: "claim", state: state, priority: 3, department: "VET",
                            assignee: assignee, taskStatus: assignee == nil ? "assigned" : "in_progress", mainTaskId: 10,
                            constituentId: 3, constituentName: "Ana Kowalczyk", nationalId: nil, openedAt: opened,
                            dueDay: Day(unixSeconds: opened) + 14, closedAt: nil, holdSince: nil, holdUntil: holdUntil,
                            holdPriorState: holdUntil == nil ? nil : "in_review", heldSeconds: 0, pausedBusinessDays: 0,
                            slaPolicy: "std", amount: nil, tags: [], version: 4)
        if holdUntil != nil || !referrals.isEmpty { c.holdSince = opened + 86_400; c.taskStatus = "on_hold" }
        let main = TaskRecord(id: 10, caseId: 7, parentId: nil, department: "VET", assignee: assignee, status: c.taskStatus,
                              reason: "intake", openedAt: opened, closedAt: nil)
        let person = Constituent(id: 3, givenName: "Ana", familyName: "Kowalczyk")
        return CaseRead(summary: c, tasks: [main] + referrals, person: person, form: form, nextTaskId: 100)
    }

    func work(_ r: CaseRead, by actor: StaffMember = marcus, at time: Int64? = nil) throws -> CaseWork {
        try CaseWork(agency: agency, actor: actor.login, now: time ?? now, read: r)
    }

    func referral(id: Int64 = 11, to department: String = "MED") -> TaskRecord {
        TaskRecord(id: id, caseId: 7, parentId: 10, department: department, assignee: nil, status: "assigned",
                   reason: "exam", openedAt: now - 2 * 86_400, closedAt: nil)
    }

    // MARK: assignment

    func testClaimAssignsTheMainTaskAndCountsItAsTheirs() throws {
        var w = try work(read())
        w.claim(reason: "next")
        let change = w.finish()
        XCTAssertEqual(change.after.assignee, "marcus")
        XCTAssertEqual(change.after.taskStatus, "in_progress")
        XCTAssertEqual(change.after.version, 5, "one past the version read")
        XCTAssertEqual(change.before.version, 4, "the version the save checks")
        XCTAssertEqual(change.updatedTasks.map(\.id), [10])
        XCTAssertEqual(change.updatedTasks.first?.assignee, "marcus")
        XCTAssertTrue(change.insertedTasks.isEmpty)
        XCTAssertEqual(change.events.map(\.kind), ["claimed"])
        XCTAssertEqual(change.events.first?.reason, "next")
        XCTAssertEqual(change.counters.departments["VET"]?.unassigned, -1)
        XCTAssertEqual(change.counters.departments["VET"]?.open ?? 0, 0, "still open")
        XCTAssertEqual(change.counters.staff.values.map(\.openTasks), [1])
    }

    func testReleaseGivesItBack() throws {
        var w = try work(read(assignee: "marcus"))
        w.release()
        let change = w.finish()
        XCTAssertNil(change.after.assignee)
        XCTAssertEqual(change.after.taskStatus, "assigned")
        XCTAssertEqual(change.events.first?.details, #"{"from":"marcus"}"#)
        XCTAssertEqual(change.counters.departments["VET"]?.unassigned, 1)
    }

    func testAssignRefusesSomeoneWhoCannotWorkTheCase() throws {
        var w = try work(read(), by: Self.priya)
        expectRefusal("refused", try w.assign(to: nil, login: "ghost"), "nobody by that login")
        var gone = Self.marcus
        gone.active = false
        expectRefusal("refused", try w.assign(to: gone, login: "marcus"), "not active")
        expectRefusal("refused", try w.assign(to: Self.lee, login: "lee"), "works in MED, the case is in VET")
        let clerk = StaffMember(login: "ana", name: "Ana", role: .clerk, departments: ["VET"])
        expectRefusal("refused", try w.assign(to: clerk, login: "ana"), "clerks do not work cases")
        XCTAssertTrue(w.finish().events.isEmpty, "a refusal asks for no event")
        try w.assign(to: Self.marcus, login: "marcus")
        XCTAssertEqual(w.finish().after.assignee, "marcus")
    }

    // MARK: routing and referrals

    func testRouteClosesTheMainTaskAndOpensOneInTheTarget() throws {
        var w = try work(read(assignee: "marcus"))
        w.route(to: "BEN", reason: "asks about benefits")
        let change = w.finish()
        XCTAssertEqual(change.after.department, "BEN")
        XCTAssertNil(change.after.assignee)
        XCTAssertEqual(change.after.mainTaskId, 100, "the first id the store reserved")
        XCTAssertEqual(change.insertedTasks.map(\.id), [100])
        XCTAssertEqual(change.insertedTasks.first?.department, "BEN")
        XCTAssertEqual(change.updatedTasks.first?.status, "completed")
        XCTAssertEqual(change.updatedTasks.first?.closedAt, now)
        XCTAssertEqual(change.closedBy(change.updatedTasks[0]), "marcus")
        XCTAssertEqual(change.events.map(\.kind), ["routed"])
        XCTAssertEqual(change.counters.departments["VET"]?.open, -1)
        XCTAssertEqual(change.counters.departments["BEN"]?.open, 1)
        let day = Day(unixSeconds: now).number
        XCTAssertEqual(change.counters.flows[.init(department: "VET", day: day)]?.routedOut, 1)
        XCTAssertEqual(change.counters.flows[.init(department: "BEN", day: day)]?.routedIn, 1)
    }

    func testReferPausesTheClockAndCompletingTheLastReferralResumesIt() throws {
        var w = try work(read(assignee: "marcus"))
        expectRefusal("refused", try w.refer(to: "VET", reason: "x"), "the case is in VET already")
        let t = try w.refer(to: "MED", reason: "exam needed")
        XCTAssertEqual(t.id, 100)
        XCTAssertEqual(t.parentId, 10)
        let referred = w.finish()
        XCTAssertEqual(referred.after.taskStatus, "on_hold")
        XCTAssertEqual(referred.after.holdSince, now, "the SLA clock stops")
        XCTAssertEqual(referred.counters.departments["MED"]?.referrals, 1)
        XCTAssertEqual(referred.counters.departments["VET"]?.onHold, 1)

        // Five days later Lee completes it: the case wakes, and the paused business days push the due date out.
        let later = now + 5 * 86_400
        var r = read(assignee: "marcus", referrals: [referral()])
        r.summary.holdSince = now
        var back = try work(r, by: Self.lee, at: later)
        expectRefusal("usage", try back.complete(taskId: 99, note: nil, by: Self.lee), "no such task")
        expectRefusal("refused", try back.complete(taskId: 11, note: nil, by: Self.marcus), "not Marcus's department")
        try back.complete(taskId: 11, note: "normal findings", by: Self.lee)
        let done = back.finish()
        XCTAssertEqual(done.events.map(\.kind), ["task_completed", "resumed"])
        XCTAssertNil(done.after.holdSince)
        XCTAssertEqual(done.after.heldSeconds, 5 * 86_400)
        XCTAssertEqual(done.after.pausedBusinessDays, 3, "Wed 18 to Mon 23: Thu, Fri, Mon")
        XCTAssertEqual(done.after.taskStatus, "in_progress")
        XCTAssertEqual(done.updatedTasks.map(\.id).sorted(), [10, 11])
        XCTAssertEqual(done.updatedTasks.first { $0.id == 11 }?.assignee, "lee", "the one who completed it")
        XCTAssertEqual(done.counters.departments["MED"]?.referrals, -1)
    }

    func testEnteringAStateWithARuleRoutesTheCase() throws {
        var w = try work(read())
        try w.changeState(to: "exam_scheduled", reason: nil, role: .caseworker, plainTargets: [])
        let change = w.finish()
        XCTAssertEqual(change.after.state, "exam_scheduled")
        XCTAssertEqual(change.after.department, "MED", "the rule 'exams' for state:exam_scheduled")
        XCTAssertEqual(change.events.map(\.kind), ["state_changed", "routed"])
        XCTAssertEqual(change.insertedTasks.map(\.department), ["MED"])
    }

    // MARK: lifecycle

    func testStateChangesAreRefusedSayingWhatToDo() throws {
        var w = try work(read())
        XCTAssertTrue(expectRefusal("usage", try w.changeState(to: "nowhere", reason: nil, role: .caseworker, plainTargets: []))
            .contains("states: new, triage"))
        XCTAssertTrue(expectRefusal("usage", try w.changeState(to: "awaiting_info", reason: nil, role: .caseworker, plainTargets: []))
            .contains("docket case hold"))
        XCTAssertTrue(expectRefusal("usage", try w.changeState(to: "decided", reason: nil, role: .caseworker, plainTargets: []))
            .contains("docket case decide"))
        XCTAssertTrue(expectRefusal("refused", try w.changeState(to: "new", reason: nil, role: .caseworker, plainTargets: ["exam_scheduled"]))
            .contains("it can go to: exam_scheduled"))
        expectRefusal("usage", try w.changeState(to: "withdrawn", reason: nil, role: .caseworker, plainTargets: []), "needs a reason")
        try w.changeState(to: "withdrawn", reason: "duplicate", role: .caseworker, plainTargets: [])
        let closed = w.finish()
        XCTAssertEqual(closed.after.closedAt, now)
        XCTAssertEqual(closed.after.taskStatus, "completed")
        XCTAssertEqual(closed.counters.departments["VET"]?.open, -1)

        var r = read(state: "withdrawn")
        r.summary.closedAt = now - 86_400
        var reopen = try work(r)
        expectRefusal("refused", try reopen.changeState(to: "in_review", reason: "appeal", role: .caseworker, plainTargets: []),
                      "only supervisors reopen")
        var sup = try work(r, by: Self.priya)
        try sup.changeState(to: "in_review", reason: "appeal", role: .supervisor, plainTargets: [])
        let reopened = sup.finish()
        XCTAssertNil(reopened.after.closedAt)
        XCTAssertEqual(reopened.insertedTasks.map(\.id), [100], "a fresh main task; history is never edited")
        XCTAssertEqual(reopened.counters.flows.values.map(\.reopened).reduce(0, +), 1)
    }

    func testHoldPausesUntilADateAndResumesToThePriorState() throws {
        var w = try work(read(assignee: "marcus"))
        let today = Day(unixSeconds: now)
        expectRefusal("usage", try w.hold(until: today, reason: "docs"), "today is not after today")
        expectRefusal("usage", try w.hold(until: today + 367, reason: "docs"), "more than a year away")
        try w.hold(until: today + 7, reason: "awaiting DD-214")
        let held = w.finish()
        XCTAssertEqual(held.after.state, "awaiting_info")
        XCTAssertEqual(held.after.holdPriorState, "in_review")
        XCTAssertEqual(held.after.holdUntil, (today + 7).unixSeconds)
        XCTAssertEqual(held.after.taskStatus, "on_hold")
        XCTAssertEqual(held.events.first?.details, #"{"from":"in_review","until":"\#((today + 7).iso)"}"#)

        var notHeld = try work(read())
        expectRefusal("refused", try notHeld.resumeFromHold(reason: "x"), "not on hold")
        var r = read(state: "awaiting_info", assignee: "marcus", holdUntil: (today + 7).unixSeconds)
        r.summary.holdSince = now
        let tenDaysOn = now + 10 * 86_400
        var due = try work(r, by: Engine.system, at: tenDaysOn)
        XCTAssertTrue(due.holdIsDue)
        try due.resumeFromHold(reason: "hold date reached")
        let resumed = due.finish()
        XCTAssertEqual(resumed.after.state, "in_review")
        XCTAssertEqual(resumed.after.heldSeconds, (today + 7).unixSeconds - now, "the pause ends on the hold date")
        XCTAssertEqual(resumed.events.first?.actor, "docket")
        XCTAssertFalse(try work(r, at: now + 86_400).holdIsDue, "not yet")
    }

    func testDecisionClosesTheCaseAndRecordsTheOutcome() throws {
        var w = try work(read(assignee: "marcus"))
        w.decide(outcome: "granted", reasonCodes: ["evidence"], rationale: "Exam supports the claim.")
        let change = w.finish()
        XCTAssertEqual(change.after.state, "decided")
        XCTAssertEqual(change.decisions.map(\.outcome), ["granted"])
        XCTAssertEqual(change.decisions.first?.actor, "marcus")
        XCTAssertEqual(change.events.map(\.kind), ["state_changed", "decided"])
        let day = Day(unixSeconds: now).number
        XCTAssertEqual(change.counters.flows[.init(department: "VET", day: day)]?.decided, 1)
        XCTAssertEqual(change.counters.flows[.init(department: "VET", day: day)]?.decidedDays, 3)
    }

    // MARK: form edits

    func testFormEditsAreCheckedAndIdentityFollows() throws {
        var w = try work(read())
        XCTAssertTrue(try w.editForm(["family_name": "Kowalczyk"], reason: nil).isEmpty, "no change, nothing to save")
        XCTAssertTrue(expectRefusal("refused", try w.editForm(["branch": "marines"], reason: nil)).hasPrefix("branch:"))
        XCTAssertTrue(expectRefusal("refused", try w.editForm(["family_name": ""], reason: nil), "required").hasPrefix("family_name:"))
        let changed = try w.editForm(["family_name": "Nowak", "branch": "navy"], reason: "typo")
        XCTAssertEqual(changed.map(\.id), ["family_name", "branch"])
        let change = w.finish()
        XCTAssertEqual(change.person?.familyName, "Nowak")
        XCTAssertEqual(change.after.constituentName, "Ana Nowak")
        XCTAssertTrue(change.form?.json.contains(#""branch":"navy""#) ?? false)
        XCTAssertEqual(change.events.map(\.kind), ["form_edited"])
        XCTAssertEqual(change.events.first?.constituentId, 3)

        var erased = read()
        erased.person?.erased = true
        var e = try work(erased)
        expectRefusal("refused", try e.editForm(["family_name": "X"], reason: nil), "an erased person")
    }

    // MARK: plans

    func testRebalanceGivesEachCaseToTheLightestLoad() {
        let c = read().summary
        let cases = (1...4).map { i -> CaseSummary in var x = c; x.ref = "CL-\(i)"; x.mainTaskId = Int64(i); return x }
        let plan = WorkPlans.rebalance(cases, workers: ["jo", "marcus"], loads: ["marcus": 1], today: Day(unixSeconds: now))
        XCTAssertEqual(plan.map(\.to), ["jo", "jo", "marcus", "jo"], "ties go by login")
        XCTAssertEqual(plan.map(\.loadBefore), [0, 1, 1, 2])
        XCTAssertEqual(plan.map(\.ageDays), [3, 3, 3, 3])
        XCTAssertTrue(WorkPlans.rebalance(cases, workers: [], loads: [:], today: Day(unixSeconds: now)).isEmpty)
    }

    func testReassignSpreadsPerDepartmentAndLeavesWhatNobodyCanTake() {
        let tasks = [(referral(id: 1, to: "MED"), "A"), (referral(id: 2, to: "VET"), "B"), (referral(id: 3, to: "BEN"), "C"),
                     (referral(id: 4, to: "VET"), "D")]
        let plan = WorkPlans.reassign(tasks.map { (task: $0.0, ref: $0.1) }, colleagues: [Self.lee, Self.priya, Self.marcus],
                                      loads: ["VET": ["marcus": 3, "priya": 2], "MED": ["lee": 0, "priya": 5]])
        XCTAssertEqual(plan.map(\.to), ["lee", "priya", nil, "marcus"], "D: a tie at 3, by login")
        XCTAssertEqual(plan.map(\.ref), ["A", "B", "C", "D"])
    }
}
