import DocketEngine

/// The engine calls behind the notice preview.
enum NoticeRequests {
    /// The letter for a case, as `docket notice REF` makes it (the engine records that it was produced).
    static func load(ref: String, session: ConsoleSession) -> Result<Notice, ConsoleFailure> {
        attempt { try session.engine.notice(ref: ref, as: session.actor) }
    }

    /// Writes the letter to `path` (created 0600, never through a symbolic link).
    static func write(_ notice: Notice, to path: String) -> Result<String, ConsoleFailure> {
        attempt {
            try notice.write(to: path)
            return path
        }
    }
}
