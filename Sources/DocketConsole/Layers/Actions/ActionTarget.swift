import DocketEngine

/// The case an action is about, as the screen last saw it. The version goes to the engine
/// as `expectVersion`, so a case changed by someone else in the meantime is a conflict,
/// never a lost update.
struct ActionTarget: Equatable, Sendable {
    var summary: CaseSummary
    /// Where the action was started from: the case screen reloads, the queue refreshes.
    var fromCaseScreen: Bool

    var ref: String { summary.ref }
    var version: Int64 { summary.version }
}
