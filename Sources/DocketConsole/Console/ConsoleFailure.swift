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
        if let docket = error as? DocketError {
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
