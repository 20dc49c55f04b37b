import DocketEngine
import Foundation

/// Runs an answered action against the engine (in the background), passing the version
/// the screen last saw, and words the result.
enum ActionRequest {
    static func run(_ command: CaseCommand, target: ActionTarget?, answers: [String: String],
                    nextDepartment: String?, session: ConsoleSession) -> ActionOutcome {
        ActionFailover.tellingAnyMove(perform(command, target: target, answers: answers, nextDepartment: nextDepartment, session: session),
                                      engine: session.engine)
    }

    private static func perform(_ command: CaseCommand, target: ActionTarget?, answers: [String: String],
                                nextDepartment: String?, session: ConsoleSession) -> ActionOutcome {
        let engine = session.engine
        let actor = session.actor
        // Every action goes under a request id of its own: if the connection is lost during
        // it, the id (saved with the change, or not at all) says whether it was done.
        let requestId = "console-" + UUID().uuidString
        defer { engine.forgetPendingRequest() }
        do {
            _ = try engine.begin(request: requestId, command: "console \(command.rawValue) \(target?.ref ?? "")", as: actor)
            if command == .nextCase {
                let summary = try engine.next(department: nextDepartment, as: actor)
                return ActionOutcome(command: command, target: target, result: .success(ActionSuccess(
                    message: "\(summary.ref): yours now, the next case in \(summary.department) (version \(summary.version))",
                    summary: summary, opens: true)))
            }
            guard let target else {
                return ActionOutcome(command: command, target: nil,
                                     result: .failure(ConsoleFailure(message: "no case selected")))
            }
            let ref = target.ref
            let version = target.version
            var message: String
            let summary: CaseSummary
            switch command {
            case .nextCase:
                preconditionFailure("handled above")
            case .claim:
                summary = try engine.claim(ref, as: actor, expectVersion: version)
                message = "\(ref): claimed by you, version \(summary.version)"
            case .release:
                summary = try engine.release(ref, as: actor, expectVersion: version)
                message = "\(ref): released to \(summary.department)'s queue, version \(summary.version)"
            case .resume:
                summary = try engine.resume(ref, reason: nil, as: actor, expectVersion: version)
                message = "\(ref): resumed in \(summary.state), version \(summary.version)"
            case .route:
                let department = answers["department"] ?? ""
                summary = try engine.route(ref, to: department, reason: answers["reason"] ?? "", as: actor, expectVersion: version)
                message = "→ \(summary.department): routed \(ref), version \(summary.version)"
            case .refer:
                let department = answers["department"] ?? ""
                let task = try engine.refer(ref, to: department, reason: answers["reason"] ?? "", as: actor, expectVersion: version)
                summary = try engine.caseDetail(ref: ref, as: actor, recordView: false).summary
                message = "↳ \(task.department): referral #\(task.id) opened on \(ref); the case waits for it (version \(summary.version))"
            case .changeState:
                let state = answers["state"] ?? ""
                let reason = answers["reason"].flatMap { $0.isEmpty ? nil : $0 }
                summary = try engine.changeState(ref, to: state, reason: reason, as: actor, expectVersion: version)
                message = "\(ref): \(target.summary.state) → \(summary.state), version \(summary.version)"
            case .hold:
                guard let until = answers["until"].flatMap(Day.init(iso:)) else {
                    throw DocketError.usage("a hold needs a date")
                }
                summary = try engine.hold(ref, until: until, reason: answers["reason"] ?? "", as: actor, expectVersion: version)
                message = "‖ \(ref): on hold until \(until.iso), version \(summary.version)"
            case .note:
                summary = try engine.note(ref, text: answers["text"] ?? "", as: actor, expectVersion: version)
                message = "\(ref): note added, version \(summary.version)"
            case .assign:
                let login = answers["login"] ?? ""
                summary = try engine.assign(ref, to: login, as: actor, expectVersion: version)
                message = "\(ref): assigned to \(login), version \(summary.version)"
            case .decide:
                let outcome = answers["outcome"] ?? ""
                var codes = [answers["reason_code"] ?? ""]
                if let second = answers["reason_code_2"], !second.isEmpty, second != codes[0] { codes.append(second) }
                summary = try engine.decide(ref, outcome: outcome, reasonCodes: codes, rationale: answers["rationale"] ?? "",
                                            as: actor, expectVersion: version)
                message = "\(ref): decided \(outcome) (\(codes.joined(separator: ", "))), version \(summary.version)"
            case .complete:
                guard let taskId = answers["task"].flatMap({ Int64($0) }) else {
                    throw DocketError.usage("no task chosen")
                }
                let note = answers["note"].flatMap { $0.isEmpty ? nil : $0 }
                summary = try engine.completeTask(ref, taskId: taskId, note: note, as: actor, expectVersion: version)
                let woke = summary.isOpen && !summary.isOnHold ? "; the case is back in \(summary.department)" : ""
                message = "\(ref): task #\(taskId) completed\(woke), version \(summary.version)"
            }
            // The engine decides who sees a case; asking it is how the screen learns the case has left.
            let stillSeen = (try? engine.caseSummary(ref: ref, as: actor)) != nil
            if !stillSeen {
                message = command == .complete
                    ? "\(ref): referral completed; the case is back in \(summary.department)'s queue"
                    : "\(message); \(ref) is now outside your departments"
            }
            var success = ActionSuccess(message: UntrustedText.sanitize(message), summary: summary, opens: false)
            success.leftTheirView = !stillSeen
            return ActionOutcome(command: command, target: target, result: .success(success))
        } catch {
            let failure = ConsoleFailure(error)
            if let settled = ActionFailover.settle(requestId: requestId, command: command, ref: target?.ref,
                                                   engine: engine, actor: actor, error: error) {
                return outcome(settled, command: command, target: target)
            }
            var current: CaseSummary?
            if failure.isConflict, let ref = target?.ref {
                current = try? engine.caseDetail(ref: ref, as: actor, recordView: false).summary
            }
            return ActionOutcome(command: command, target: target, result: .failure(failure), current: current)
        }
    }

    /// An action the lost connection cut off, as settled by its request id.
    private static func outcome(_ settled: ActionFailover.Settled, command: CaseCommand, target: ActionTarget?) -> ActionOutcome {
        switch settled {
        case .saved(let message, let summary?):
            return ActionOutcome(command: command, target: target,
                                 result: .success(ActionSuccess(message: UntrustedText.sanitize(message), summary: summary, opens: false)))
        case .saved(let message, nil), .notSaved(let message), .unknown(let message):
            return ActionOutcome(command: command, target: target, result: .failure(ConsoleFailure(message: UntrustedText.sanitize(message))))
        }
    }

    /// What the engine says about an action on one case before it is asked for.
    static func facts(for command: CaseCommand, ref: String, session: ConsoleSession) -> Result<ActionFacts, ConsoleFailure> {
        do {
            var facts = ActionFacts()
            if let kind = command.engineKind {
                facts.available = try session.engine.availableActions(ref: ref, as: session.actor).first { $0.kind == kind }
            }
            if command == .assign {
                facts.staff = try session.engine.allStaff(as: session.actor)
            }
            if command == .complete {
                facts.openTasks = try session.engine.caseDetail(ref: ref, as: session.actor, recordView: false).tasks.filter(\.isOpen)
            }
            return .success(facts)
        } catch {
            return .failure(ConsoleFailure(error))
        }
    }
}
