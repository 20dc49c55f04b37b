import DocketEngine

/// How an action ended, as the status line will say it.
struct ActionOutcome: Sendable {
    var command: CaseCommand
    var target: ActionTarget?
    var result: Result<ActionSuccess, ConsoleFailure>
    /// On a conflict: the case as it is now (its version for the retry, who changed it).
    var current: CaseSummary?
}

struct ActionSuccess: Sendable {
    /// What happened, for the status line: "→ MED: routed CL-2026-000012, version 4".
    var message: String
    /// The case as it is now.
    var summary: CaseSummary
    /// Set by next-case: the case to open.
    var opens: Bool
    /// The engine no longer shows the person this case (a referral they completed handed it
    /// back to a department of someone else's): the screen goes back to the queue.
    var leftTheirView = false
}
