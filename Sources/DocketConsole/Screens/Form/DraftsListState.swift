import DocketEngine

/// The person's unfinished forms: which form, how much is filled, when it was saved.
/// Enter resumes one; `x` discards one after a y/n question.
struct DraftsListState: Sendable {
    var drafts: [Draft] = []
    var selection = 0
    var isLoading = true
    var failure: String?
    /// The form whose draft is about to be thrown away, while y/n is asked.
    var confirmingDiscard: String?

    var selected: Draft? { drafts.indices.contains(selection) ? drafts[selection] : nil }

    mutating func move(_ step: Int) {
        guard !drafts.isEmpty else { return }
        selection = min(max(0, selection + step), drafts.count - 1)
    }

    /// One line per draft: `Application for Benefits · 7 fields · saved 2026-11-18 10:02`.
    static func line(_ draft: Draft, agency: Agency) -> String {
        let title = agency.form(draft.form)?.title ?? draft.form
        let filled = draft.values.values.filter { !$0.isEmpty }.count
        let iso = Timestamp.iso(draft.savedAt)
        let saved = iso.prefix(10) + " " + iso.dropFirst(11).prefix(5)
        return "\(UntrustedText.sanitize(title)) · \(filled) field\(filled == 1 ? "" : "s") · saved \(saved)"
    }

    func overlay(agency: Agency) -> Overlay {
        if let form = confirmingDiscard {
            let title = agency.form(form)?.title ?? form
            return Overlay.confirmation(title: "Discard draft", question: "Throw away the draft of \(UntrustedText.sanitize(title))? What was typed in it is lost.")
        }
        var lines: [String]
        if isLoading {
            lines = ["Reading your drafts…"]
        } else if let failure {
            lines = [failure]
        } else if drafts.isEmpty {
            lines = ["You have no drafts. i starts a new intake."]
        } else {
            lines = drafts.enumerated().map { ($0.offset == selection ? "▸ " : "  ") + DraftsListState.line($0.element, agency: agency) }
        }
        return Overlay(title: "Your drafts", lines: lines, footer: "Enter resume  x discard  Esc close")
    }
}
