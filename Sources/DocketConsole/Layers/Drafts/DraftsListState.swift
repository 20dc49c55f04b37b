import DocketEngine

/// The person's unfinished forms, intakes and corrections: which form (and case), how much
/// is filled, when it was saved. Enter resumes one; `x` discards one after a y/n question.
struct DraftsListState: Sendable {
    var drafts: [Draft] = []
    var selection = 0
    var isLoading = true
    var failure: String?
    /// The draft about to be thrown away, while y/n is asked.
    var confirmingDiscard: DraftKey?

    var selected: Draft? { drafts.indices.contains(selection) ? drafts[selection] : nil }

    mutating func move(_ step: Int) {
        guard !drafts.isEmpty else { return }
        selection = min(max(0, selection + step), drafts.count - 1)
    }

    /// One line per draft: `Application for Benefits · 7 fields · saved 2026-11-18 10:02`, or
    /// `Correction of CL-2026-000001 · Claim form · 1 change · saved …`.
    static func line(_ draft: Draft, agency: Agency) -> String {
        let title = UntrustedText.sanitize(agency.form(draft.form)?.title ?? draft.form)
        let iso = Timestamp.iso(draft.savedAt)
        let saved = iso.prefix(10) + " " + iso.dropFirst(11).prefix(5)
        if let ref = draft.caseRef {
            // A correction's draft holds only changes, a cleared field among them.
            let changed = draft.values.count
            return "Correction of \(UntrustedText.sanitize(ref)) · \(title) · \(changed) change\(changed == 1 ? "" : "s") · saved \(saved)"
        }
        let filled = draft.values.values.filter { !$0.isEmpty }.count
        return "\(title) · \(filled) field\(filled == 1 ? "" : "s") · saved \(saved)"
    }

    /// "the draft of Claim form" or "the draft of the correction of CL-2026-000001".
    static func name(_ key: DraftKey, agency: Agency) -> String {
        if let ref = key.caseRef { return "the draft of the correction of \(UntrustedText.sanitize(ref))" }
        return "the draft of \(UntrustedText.sanitize(agency.form(key.form)?.title ?? key.form))"
    }

    func overlay(agency: Agency, keymaps: ConsoleKeymaps) -> Overlay {
        if let key = confirmingDiscard {
            return Overlay.confirmation(title: "Discard draft", question: "Throw away \(DraftsListState.name(key, agency: agency))? What was typed in it is lost.",
                                        footer: PromptKeymaps.confirmFooter(keymaps.confirm, scrolls: false))
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
        return Overlay(title: "Your drafts", lines: lines, footer: PromptKeymaps.footer(keymaps.drafts))
    }
}
