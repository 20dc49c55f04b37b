import XCTest
@testable import DocketEngine

/// The claims lifecycle, move by move: what may follow what, for whom, and with what reason.
final class LifecycleTests: XCTestCase {
    /// Every legal target from each state for a supervisor, written out from the agency file by hand.
    static let legal: [String: Set<String>] = [
        "new": ["triage", "withdrawn"],
        "triage": ["in_review", "awaiting_info", "withdrawn"],
        "in_review": ["decided", "exam_scheduled", "awaiting_info", "withdrawn"],
        "exam_scheduled": ["in_review", "awaiting_info", "withdrawn"],
        "awaiting_info": ["triage", "in_review", "withdrawn"],
        "decided": ["closed", "in_review"],
        "withdrawn": ["in_review"],
        "closed": ["in_review"],
    ]

    static func needsReason(from: String, to: String) -> Bool {
        to == "withdrawn" || (to == "in_review" && ["decided", "withdrawn", "closed"].contains(from))
    }

    /// The state names found in a message (after a marker), as whole words.
    static func stateNames(in text: Substring) -> Set<String> {
        let words = text.split { !($0.isLetter || $0 == "_") }.map(String.init)
        return Set(words).intersection(WorkflowFixture.states)
    }

    func testEveryPairOfStatesForTheSupervisor() throws {
        let w = try WorkflowWorld()
        var tried = 0
        for from in WorkflowFixture.states {
            for to in WorkflowFixture.states {
                tried += 1
                let c = try w.claim(in: from)
                let label = "\(from) → \(to)"
                let eventsBefore = try w.eventCount()

                if to == "awaiting_info" {
                    let m = expectRefusal("usage", try w.engine.changeState(c.ref, to: to, reason: "x", as: w.priya), label)
                    XCTAssertTrue(m.contains("docket case hold"), "\(label): points at the hold command: \(m)")
                    XCTAssertEqual(try w.summary(c.ref).state, from)
                    continue
                }
                if to == "decided" {
                    let m = expectRefusal("usage", try w.engine.changeState(c.ref, to: to, reason: "x", as: w.priya), label)
                    XCTAssertTrue(m.contains("docket case decide"), "\(label): points at the decide command: \(m)")
                    XCTAssertEqual(try w.summary(c.ref).state, from)
                    continue
                }
                guard Self.legal[from]!.contains(to) else {
                    let m = expectRefusal("refused", try w.engine.changeState(c.ref, to: to, reason: "because", as: w.priya), label)
                    XCTAssertTrue(m.contains(from) && m.contains(to), "\(label): names both states: \(m)")
                    let tail = m.range(of: "can go to").map { m[$0.upperBound...] } ?? Substring(m)
                    XCTAssertEqual(Self.stateNames(in: tail), Self.legal[from]!, "\(label): lists exactly the legal targets: \(m)")
                    XCTAssertEqual(try w.summary(c.ref).state, from, "\(label): nothing changed")
                    XCTAssertEqual(try w.eventCount(), eventsBefore, "\(label): nothing recorded")
                    continue
                }
                if Self.needsReason(from: from, to: to) {
                    let m = expectRefusal("usage", try w.engine.changeState(c.ref, to: to, reason: nil, as: w.priya), "\(label) without reason")
                    XCTAssertTrue(m.contains("reason"), m)
                    expectRefusal("usage", try w.engine.changeState(c.ref, to: to, reason: "  ", as: w.priya), "\(label) blank reason")
                    XCTAssertEqual(try w.summary(c.ref).state, from)
                }
                let after = try w.engine.changeState(c.ref, to: to, reason: Self.needsReason(from: from, to: to) ? "table test" : nil, as: w.priya)
                XCTAssertEqual(after.state, to, label)
                XCTAssertEqual(after.version, c.version + 1, "\(label): one command, one version")
                let moved = try w.events(c.ref).last { $0.kind == "state_changed" }
                XCTAssertEqual(w.details(try XCTUnwrap(moved, label))["from"] as? String, from, label)
                XCTAssertEqual(w.details(moved!)["to"] as? String, to, label)
                XCTAssertEqual(moved?.actor, "priya")
                let closedNow = ["decided", "withdrawn", "closed"].contains(to)
                XCTAssertEqual(after.isOpen, !closedNow, label)
                XCTAssertEqual(try w.openMainTasks(c.ref).count, closedNow ? 0 : 1, "\(label): one open main task while open")
                if let main = try w.openMainTasks(c.ref).first {
                    XCTAssertEqual(main.id, after.mainTaskId, label)
                    XCTAssertEqual(main.department, after.department, label)
                }
            }
        }
        XCTAssertEqual(tried, 64)
    }

    func testWithdrawFromAnyOpenStateNeedsAReason() throws {
        let w = try WorkflowWorld()
        for from in ["new", "triage", "in_review", "exam_scheduled", "awaiting_info"] {
            let c = try w.claim(in: from)
            let m = expectRefusal("usage", try w.engine.changeState(c.ref, to: "withdrawn", reason: nil, as: w.priya), from)
            XCTAssertTrue(m.contains("--reason"), m)
            let done = try w.engine.changeState(c.ref, to: "withdrawn", reason: "asked by letter", as: w.priya)
            XCTAssertEqual(done.state, "withdrawn")
            XCTAssertEqual(try w.events(c.ref).last { $0.kind == "state_changed" }?.reason, "asked by letter")
            XCTAssertFalse(try w.summary(c.ref).isOnHold, "\(from): a closed case's clock is not paused")
        }
    }

    func testReopenIsForSupervisorsWithAReason() throws {
        let w = try WorkflowWorld()
        for from in ["decided", "withdrawn", "closed"] {
            let c = try w.claim(in: from)
            let m = expectRefusal("refused", try w.engine.changeState(c.ref, to: "in_review", reason: "new evidence", as: w.marcus),
                                  "caseworker reopening \(from)")
            XCTAssertTrue(m.contains("supervisor") || m.contains("no state can follow"), m)
            XCTAssertEqual(try w.summary(c.ref).state, from)
            expectRefusal("usage", try w.engine.changeState(c.ref, to: "in_review", reason: nil, as: w.priya), "supervisor, no reason")
            let reopened = try w.engine.changeState(c.ref, to: "in_review", reason: "new evidence arrived", as: w.priya)
            XCTAssertEqual(reopened.state, "in_review")
            XCTAssertTrue(reopened.isOpen)
            XCTAssertNil(reopened.closedAt)
            let open = try w.openMainTasks(c.ref)
            XCTAssertEqual(open.count, 1, "a reopened case has a fresh main task")
            XCTAssertEqual(open.first?.id, reopened.mainTaskId)
            XCTAssertEqual(open.first?.status, "assigned")
            XCTAssertTrue(try w.tasks(c.ref).filter { !$0.isReferral && !$0.isOpen }.count >= 1, "the old main task stays in history")
        }
        // The caseworker may still take the plain move from decided to closed.
        let d = try w.claim(in: "decided")
        XCTAssertEqual(try w.engine.changeState(d.ref, to: "closed", reason: nil, as: w.marcus).state, "closed")
    }

    func testCaseworkerSeesOnlyTheMovesTheirRoleAllows() throws {
        let w = try WorkflowWorld()
        let d = try w.claim(in: "decided")
        let status = try w.engine.availableActions(ref: d.ref, as: w.marcus).first { $0.kind == .changeState }
        XCTAssertEqual(status?.targets, ["closed"])
        let forSupervisor = try w.engine.availableActions(ref: d.ref, as: w.priya).first { $0.kind == .changeState }
        XCTAssertEqual(Set(forSupervisor?.targets ?? []), ["closed", "in_review"])
    }

    func testHoldOnlyFromStatesThatMayWait() throws {
        let w = try WorkflowWorld()
        let fresh = try w.claim(in: "new")
        let m = expectRefusal("refused", try w.engine.hold(fresh.ref, until: w.time.today + 5, reason: "docs", as: w.priya))
        XCTAssertTrue(m.contains("cannot go on hold"), m)
        let held = try w.claim(in: "awaiting_info")
        expectRefusal("refused", try w.engine.hold(held.ref, until: w.time.today + 9, reason: "more docs", as: w.priya), "already held")
    }

    func testUnknownStateNamesTheStates() throws {
        let w = try WorkflowWorld()
        let c = try w.claim()
        let m = expectRefusal("usage", try w.engine.changeState(c.ref, to: "limbo", reason: nil, as: w.priya))
        for s in WorkflowFixture.states { XCTAssertTrue(m.contains(s), m) }
    }

    // MARK: completing the main task

    func testCompletingTheMainTaskFollowsTheLifecycleRules() throws {
        let w = try WorkflowWorld()
        let c = try w.claim(in: "in_review")
        try w.engine.claim(c.ref, as: w.marcus)
        let main = try XCTUnwrap(c.mainTaskId)
        let before = try w.eventCount()
        // The only closing moves from review are a decision and a withdrawal that needs a reason:
        // finishing the work must not quietly withdraw the claim.
        for note in [nil, "all done"] as [String?] {
            let m = expectRefusal("refused", try w.engine.completeTask(c.ref, taskId: main, note: note, as: w.marcus), "note \(note ?? "none")")
            XCTAssertTrue(m.contains("docket case decide"), m)
        }
        XCTAssertEqual(try w.summary(c.ref).state, "in_review")
        XCTAssertEqual(try w.eventCount(), before)

        // An agency whose lifecycle lets triage close plainly, and new close for supervisors only.
        var object = WorkflowFixture.agency()
        var cycles = object["lifecycles"] as! [[String: Any]]
        var transitions = cycles[0]["transitions"] as! [[String: Any]]
        transitions.append(["from": "triage", "to": "closed"])
        transitions.append(["from": "new", "to": "closed", "roles": ["supervisor"]])
        cycles[0]["transitions"] = transitions
        object["lifecycles"] = cycles
        let v = try WorkflowWorld(agency: object)
        let t = try v.claim(in: "triage")
        let done = try v.engine.completeTask(t.ref, taskId: t.mainTaskId!, note: "answered by phone", as: v.jo)
        XCTAssertEqual(done.state, "closed")
        XCTAssertFalse(done.isOpen)
        XCTAssertEqual(try v.tasks(t.ref).first { $0.id == t.mainTaskId }?.status, "completed")
        XCTAssertEqual(try v.events(t.ref).last { $0.kind == "state_changed" }?.reason, "answered by phone")

        let n = try v.claim(in: "new")
        expectRefusal("refused", try v.engine.completeTask(n.ref, taskId: n.mainTaskId!, note: nil, as: v.jo), "supervisors only")
        XCTAssertEqual(try v.engine.completeTask(n.ref, taskId: n.mainTaskId!, note: nil, as: v.priya).state, "closed")
    }

    // MARK: decisions

    func testDecideRefusesWhatTheAgencyDoesNotKnow() throws {
        let w = try WorkflowWorld()
        let c = try w.claim(in: "in_review")
        let before = try w.eventCount()
        var m = expectRefusal("usage", try w.engine.decide(c.ref, outcome: "maybe", reasonCode: "evidence", rationale: "x", as: w.priya))
        XCTAssertTrue(m.contains("granted") && m.contains("denied"), m)
        m = expectRefusal("usage", try w.engine.decide(c.ref, outcome: "granted", reasonCode: "vibes", rationale: "x", as: w.priya))
        XCTAssertTrue(m.contains("evidence") && m.contains("insufficient"), m)
        m = expectRefusal("usage", try w.engine.decide(c.ref, outcome: "granted", reasonCode: "evidence", rationale: "  \n ", as: w.priya))
        XCTAssertTrue(m.contains("rationale"), m)
        XCTAssertEqual(try w.summary(c.ref).state, "in_review")
        XCTAssertEqual(try w.eventCount(), before)
        XCTAssertTrue(try w.engine.store.decisions(caseId: c.id).isEmpty)

        let early = try w.claim(in: "triage")
        m = expectRefusal("refused", try w.engine.decide(early.ref, outcome: "granted", reasonCode: "evidence", rationale: "Fine.", as: w.priya))
        XCTAssertTrue(m.contains("cannot be decided"), m)
        expectRefusal("refused", try w.engine.decide(c.ref, outcome: "granted", reasonCode: "evidence", rationale: "Fine.", as: w.lee),
                      "not the case's department")
    }

    func testDecisionClosesTheCaseItsMainTaskAndItsReferrals() throws {
        let w = try WorkflowWorld()
        let c = try w.claim(in: "in_review")
        try w.engine.claim(c.ref, as: w.marcus)
        let exam = try w.engine.refer(c.ref, to: "MED", reason: "independent medical exam", as: w.marcus)
        let pay = try w.engine.refer(c.ref, to: "BEN", reason: "check prior payments", as: w.marcus)
        XCTAssertEqual(try w.openMainTasks(c.ref).first?.status, "on_hold")
        w.time.advance(days: 1)

        let decided = try w.engine.decide(c.ref, outcome: "denied", reasonCode: "insufficient",
                                          rationale: "No nexus between service and condition.", as: w.marcus)
        XCTAssertEqual(decided.state, "decided")
        XCTAssertFalse(decided.isOpen)
        XCTAssertEqual(decided.closedAt, w.time.now)
        XCTAssertFalse(decided.isOnHold, "the pause ended with the case")
        let tasks = try w.tasks(c.ref)
        let main = try XCTUnwrap(tasks.first { $0.id == decided.mainTaskId })
        XCTAssertEqual(main.status, "completed")
        XCTAssertEqual(main.closedAt, w.time.now)
        for id in [exam.id, pay.id] {
            let t = try XCTUnwrap(tasks.first { $0.id == id })
            XCTAssertEqual(t.status, "cancelled", "referral #\(id)")
            XCTAssertNotNil(t.closedAt)
        }
        XCTAssertTrue(tasks.allSatisfy { !$0.isOpen }, "no task stays open on a decided case")

        let decisions = try w.engine.store.decisions(caseId: c.id)
        XCTAssertEqual(decisions, [DecisionRecord(outcome: "denied", reasonCode: "insufficient",
                                                  rationale: "No nexus between service and condition.", at: w.time.now, actor: "marcus")])
        let events = try w.events(c.ref)
        let decidedEvent = try XCTUnwrap(events.last { $0.kind == "decided" })
        XCTAssertEqual(w.details(decidedEvent)["outcome"] as? String, "denied")
        XCTAssertEqual(w.details(decidedEvent)["reason_code"] as? String, "insufficient")
        XCTAssertEqual(w.details(try XCTUnwrap(events.last { $0.kind == "state_changed" }))["to"] as? String, "decided")

        // A decided case takes no more work.
        expectRefusal("refused", try w.engine.claim(c.ref, as: w.jo))
        expectRefusal("refused", try w.engine.refer(c.ref, to: "MED", reason: "again", as: w.marcus))
        expectRefusal("refused", try w.engine.decide(c.ref, outcome: "granted", reasonCode: "evidence", rationale: "Again.", as: w.priya))
    }
}
