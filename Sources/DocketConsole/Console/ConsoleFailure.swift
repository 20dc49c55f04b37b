import DocketEngine

/// An engine error as the console shows it: one sanitized line, and whether it was a
/// version conflict (which reloads the case instead of just reporting).
struct ConsoleFailure: Error, Equatable, Sendable {
    var message: String
    var isConflict: Bool

    init(message: String, isConflict: Bool = false) {
        self.message = message
        self.isConflict = isConflict
    }

    init(_ error: any Error) {
        if let docket = error as? DocketError, docket.isAboutReachingTheServer {
            // The command line's wording (request ids, --db) is not the console's: here the
            // engine connects again by itself once a server answers.
            message = "the database server cannot be reached just now (lost, or a failover under way); Docket connects again by itself when one answers: try again in a few seconds"
            isConflict = false
        } else if let docket = error as? DocketError {
            // Engine messages quote what people typed (reasons, refs): clean them too.
            message = UntrustedText.sanitize(docket.description)
            if case .conflict = docket { isConflict = true } else { isConflict = false }
        } else {
            message = UntrustedText.sanitize(String(describing: error))
            isConflict = false
        }
    }
}

/// Refusals worded in place read as plain strings: `.failure("no such tab")`.
extension ConsoleFailure: ExpressibleByStringInterpolation {
    init(stringLiteral message: String) {
        self.init(message: message)
    }
}
