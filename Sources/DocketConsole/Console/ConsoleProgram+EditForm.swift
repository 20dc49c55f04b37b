import DocketEngine

/// Correcting a case's form from the case screen (`e`): the form screen opens on the case's
/// values (personal ones masked, kept unless retyped), and Ctrl-S sends the changes with
/// the version read, so someone else's change in between is a conflict, not an overwrite.
/// The changes are kept in a draft as they are typed, like an intake's: `e` on the case
/// again lays them over its form, Esc keeps them, and saving the correction discards them.
extension ConsoleProgram {
    func startEdit(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard let ref = state.caseScreen?.summary?.ref else {
            say("Open a case first; e corrects the form of the case in front", .warning, &state)
            return []
        }
        say("Reading the form of \(ref)…", .muted, &state)
        return [FormRequests.loadForEdit(ref: ref, session: session)]
    }

    func editLoaded(ref: String, _ result: Result<EditStart, ConsoleFailure>, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        switch result {
        case .failure(let failure):
            if state.form?.purpose.isIntake == false, case .submitting = state.form?.stage {
                state.form?.stage = .editing
            }
            say(failure.message, .error, &state)
            return []
        case .success(let start):
            if var screen = state.form, case .edit(let editing, _) = screen.purpose, editing == ref {
                // Reloaded after a conflict: the clerk's changes stay, on top of the new version.
                screen.purpose = .edit(ref: ref, version: start.version)
                screen.stage = .editing
                state.form = screen
                return []
            }
            guard state.caseScreen?.ref == ref || state.caseScreen?.summary?.ref == ref else { return [] }
            // Fields the agency file has dropped since the draft was saved are left out.
            let typed = start.draft?.values.filter { start.form.field($0.key) != nil } ?? [:]
            let editor = FormEditor(form: start.form, values: start.values, focus: start.draft?.focus, rules: formRules(state),
                                    correcting: true, typed: typed)
            // A draft's changes were made on the version it was saved from: Ctrl-S sends that one,
            // so a case that moved on since is a conflict to look at, not an overwrite.
            let version = start.draft?.caseVersion ?? start.version
            // A draft that could not be read is neither saved over nor thrown away from here.
            let keepsDraft = state.actor.role != .auditor && start.draftProblem == nil
            var screen = FormScreenState(editor: editor, purpose: .edit(ref: ref, version: version),
                                         title: "Correct the form of \(ref)", draft: DraftTracker(enabled: keepsDraft))
            screen.draft.savedAt = start.draft?.savedAt
            scrollForm(&screen, size: state.screen, keymaps: state.keymaps)
            state.form = screen
            if let draft = start.draft {
                say(restoredText(draft, typed: typed.count, ref: ref, version: start.version), .success, &state)
            } else if let problem = start.draftProblem {
                say("Could not read your draft of this correction (\(problem)); the form is as the case has it and the draft is left alone", .warning, &state)
            } else {
                say("Correcting \(ref): change what is wrong, Ctrl-S saves, Esc leaves (the draft stays)", .muted, &state)
            }
            return []
        }
    }

    /// "Draft from 10:00 restored: 1 change to CL-2026-000001" — and, when the case has
    /// moved on since, that it has, so the clerk looks before saving over it.
    private func restoredText(_ draft: Draft, typed: Int, ref: String, version: Int64) -> String {
        let saved = Timestamp.iso(draft.savedAt).dropFirst(11).prefix(5)
        let changes = "\(typed) change\(typed == 1 ? "" : "s")"
        if let then = draft.caseVersion, then != version {
            return "Draft from \(saved) restored: \(changes) laid over \(ref), which has changed since (version \(then), now \(version)); Ctrl-S stops to let you look first"
        }
        return "Draft from \(saved) restored: \(changes) to \(ref); Ctrl-S saves, Esc leaves (the draft stays)"
    }

    func formEdited(ref: String, _ result: Result<CaseSummary, ConsoleFailure>, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard let screen = state.form, case .edit(let editing, _) = screen.purpose, editing == ref else { return [] }
        switch result {
        case .success(let summary):
            state.form = nil
            say("Saved the corrections to \(ref) (version \(summary.version))", .success, &state)
            return reloadCase(&state)
        case .failure(let failure) where failure.isConflict:
            state.form?.stage = .submitting
            say("\(ref) was changed meanwhile by someone else; your changes are kept — look again and Ctrl-S to save them", .error, &state)
            return [FormRequests.loadForEdit(ref: ref, session: session)]
        case .failure(let failure):
            return formRefused(failure, &state)
        }
    }
}
