import DocketEngine
import Foundation

/// An action cut off because the database server was lost (the primary died): the engine
/// connects again — a multi-host connection string with target_session_attrs=read-write finds
/// the promoted standby — and the action's request id, recorded in the same transaction as its
/// change, tells whether it was saved. The person gets one message that says both; nothing is
/// done a second time behind their back.
enum ActionFailover {
    /// How long to keep looking for a primary: promoting a standby takes seconds.
    static let patience: TimeInterval = 30

    enum Settled {
        /// Saved before the connection went: the case as it is now.
        case saved(message: String, summary: CaseSummary?)
        case notSaved(message: String)
        case unknown(message: String)
    }

    /// The words for a move the engine carried calls over.
    static func moved(to place: String) -> String {
        "the database connection moved to \(place) (the old server was lost)"
    }

    /// An action that went through although the connection moved on its way (the engine ran
    /// again a call the lost server had answered nothing of): its answer says the move too.
    static func tellingAnyMove(_ outcome: ActionOutcome, engine: Engine) -> ActionOutcome {
        guard let place = engine.takeMoveNotice() else { return outcome }
        var told = outcome
        switch outcome.result {
        case .success(var success):
            // What was done first: a status line narrower than both keeps that.
            success.message += " — " + UntrustedText.sanitize(moved(to: place))
            told.result = .success(success)
        case .failure(var failure):
            failure.message += " — " + UntrustedText.sanitize(moved(to: place))
            told.result = .failure(failure)
        }
        return told
    }

    /// nil when the connection was not lost (an ordinary refusal, said as it is).
    static func settle(requestId: String, command: CaseCommand, ref: String?, engine: Engine, actor: StaffMember,
                       error: any Error) -> Settled? {
        guard let lost = error as? DocketError, lost.isAboutReachingTheServer else { return nil }
        let deadline = Date().addingTimeInterval(patience)
        var place: String?
        var lastWhy = lost.description
        while place == nil {
            do {
                place = try engine.reconnect()
            } catch {
                lastWhy = "\(error)"
                if Date() >= deadline { break }
                Thread.sleep(forTimeInterval: 0.5)
            }
        }
        let action = "your action (\(command.verb)\(ref.map { " on \($0)" } ?? ""))"
        // This message says the connection moved: the console's own notice of it is taken here.
        _ = engine.takeMoveNotice()
        guard let place else {
            return .unknown(message: "the connection to the database was lost and no primary answered for \(Int(patience)) s (\(lastWhy)); whether \(action) was saved is not known: when the database is back, look before doing it again")
        }
        let moved = moved(to: place)
        do {
            if try engine.requestWasDone(requestId) {
                let summary = try ref.map { try engine.caseDetail(ref: $0, as: actor, recordView: false).summary }
                let version = summary.map { ", version \($0.version)" } ?? ""
                return .saved(message: "\(moved); \(action) was saved\(version)", summary: summary)
            }
            return .notSaved(message: "\(moved); \(action) was NOT saved: do it again")
        } catch {
            return .unknown(message: "\(moved), but whether \(action) was saved could not be read (\(error)); look before doing it again")
        }
    }
}
