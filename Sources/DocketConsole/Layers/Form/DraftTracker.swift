/// The draft behind a form: saved after changes (on the next tick, when leaving a field and
/// on Esc), one save at a time so an older save never lands after a newer one.
struct DraftTracker: Sendable, Equatable {
    /// Intakes and corrections keep drafts (off for an auditor, who keeps none).
    var enabled: Bool
    /// Changed since the last save was started.
    var dirty = false
    /// A save is running; another waits until it answers.
    var saving = false
    /// When the last save landed (the engine's clock).
    var savedAt: Int64?
    /// Fields the engine left out because they hold a card number.
    var withheld: [String] = []
    var failure: String?

    /// Marks a change; true when a save should start now.
    mutating func changed() { if enabled { dirty = true } }

}
