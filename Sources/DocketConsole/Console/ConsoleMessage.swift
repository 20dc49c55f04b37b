import DocketEngine

/// Everything that can happen to the console: keys (already turned into meanings), ticks,
/// and the answers of background engine calls. A screen's answers come back wrapped in
/// `.layerAnswer` with the id of the layer that asked (the root wraps what a layer's effects
/// return), so the root hands each to its layer, or drops it once that layer has gone.
enum ConsoleMessage: Sendable {
    /// Sent once before the first key: find the queue to open on.
    case start

    // Input
    /// A keymap action on the current screen (move down, claim, open …).
    case action(ConsoleAction)
    /// A key whose action cannot be used now; the reason goes to the status line.
    case unavailable(action: ConsoleAction, reason: String)
    /// A key for whatever has the keyboard: a prompt, a picker, the search box, an overlay.
    case input(Key)
    /// The terminal's new size.
    case resized(Size)
    /// Once a second: monotonic milliseconds, and the engine's date when it is read (nil keeps the last).
    case tick(atMs: Int, today: Day? = nil)
    /// What an effect came back with, for the layer that asked; dropped if it has gone.
    case layerAnswer(LayerID, any Sendable)
    case stop

    // Queue answers
    case queueReplaced(Result<QueueReplacement, ConsoleFailure>, Generation)
    case queuePage(Result<QueuePage, ConsoleFailure>, Generation)
    case queueCount(QueueTab, Int, Generation)
    case rowActions(RowActions)

    // Case answers
    case caseLoaded(ref: String, Generation, Result<CaseLoad, ConsoleFailure>)

    // Dashboard answers
    /// `readNotice`: the read database (--read-db) could not be used; the primary answered.
    case dashboardLoaded(Generation, Result<BacklogReport, ConsoleFailure>, readNotice: String? = nil)

    // Forms, drafts, intake
    /// The draft (if any) of the form about to open for an intake of `type`.
    case intakeDraftLoaded(type: String, Result<Draft?, ConsoleFailure>)
    /// A draft save answered (sequence number of the save).
    case draftSaved(DraftKey, sequence: Int, Result<DraftSave?, ConsoleFailure>)
    case intakePreviewed(Result<Engine.IntakePreview, ConsoleFailure>)
    case intakeFinished(Result<Engine.IntakeResult, ConsoleFailure>)
    case draftsLoaded(Result<[Draft], ConsoleFailure>)
    case draftDiscarded(DraftKey, Result<Bool, ConsoleFailure>)
    /// The case's form values as input, to edit (ref, version, values), and its correction draft.
    case editLoaded(ref: String, Result<EditStart, ConsoleFailure>)
    case formEdited(ref: String, Result<CaseSummary, ConsoleFailure>)

    // Theme
    case themeLoaded(name: String, Result<LoadedTheme, ConsoleFailure>)
}
