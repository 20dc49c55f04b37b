import DocketEngine
import Foundation

/// Writes drafts in the order they were asked for. Saves run as background effects, so two
/// could race; each carries a sequence number and one older than the last written (or
/// than a discard) is skipped, so a stale save never overwrites a newer draft or brings a
/// submitted one back.
final class DraftWriter: @unchecked Sendable {
    private let lock = NSLock()
    private var latest: [String: Int] = [:]

    /// Saves unless a newer save or a discard of the form came first; nil when skipped.
    func save(_ form: String, values: [String: String], focus: String?, sequence: Int,
              session: ConsoleSession) throws -> DraftSave? {
        lock.lock()
        defer { lock.unlock() }
        guard sequence > latest[form, default: -1] else { return nil }
        let saved = try session.engine.saveDraft(form: form, values: values, focus: focus, as: session.actor)
        latest[form] = sequence
        return saved
    }

    /// Throws the draft away; saves numbered before `sequence` are skipped from now on.
    @discardableResult
    func discard(_ form: String, sequence: Int, session: ConsoleSession) throws -> Bool {
        lock.lock()
        defer { lock.unlock() }
        latest[form] = max(latest[form, default: -1], sequence)
        return try session.engine.discardDraft(form: form, as: session.actor)
    }
}
