import DocketEngine
import Foundation

/// Writes drafts in the order they were asked for. Saves run as background effects, so two
/// could race; each carries a sequence number and one older than the last written (or
/// than a discard) is skipped, so a stale save never overwrites a newer draft or brings a
/// submitted one back.
final class DraftWriter: @unchecked Sendable {
    private let lock = NSLock()
    private var latest: [DraftKey: Int] = [:]

    /// Saves unless a newer save or a discard of the draft came first; nil when skipped. A
    /// correction with no changes left has nothing to keep, so its draft goes instead.
    func save(_ key: DraftKey, caseVersion: Int64? = nil, values: [String: String], focus: String?, sequence: Int,
              session: ConsoleSession) throws -> DraftSave? {
        lock.lock()
        defer { lock.unlock() }
        guard sequence > latest[key, default: -1] else { return nil }
        if key.caseRef != nil && values.isEmpty {
            try session.engine.discardDraft(form: key.form, case: key.caseRef, as: session.actor)
            latest[key] = sequence
            return nil
        }
        let saved = try session.engine.saveDraft(form: key.form, case: key.caseRef, caseVersion: caseVersion, values: values,
                                                 focus: focus, as: session.actor)
        latest[key] = sequence
        return saved
    }

    /// Throws the draft away; saves numbered before `sequence` are skipped from now on.
    @discardableResult
    func discard(_ key: DraftKey, sequence: Int, session: ConsoleSession) throws -> Bool {
        lock.lock()
        defer { lock.unlock() }
        latest[key] = max(latest[key, default: -1], sequence)
        return try session.engine.discardDraft(form: key.form, case: key.caseRef, as: session.actor)
    }
}
