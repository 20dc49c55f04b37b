import DocketEngine

/// Correcting a case's form from the case screen (`e`): the form screen opens on the case's
/// values (personal ones masked, kept unless retyped), and Ctrl-S sends the changes with
/// the version read, so someone else's change in between is a conflict, not an overwrite.
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
            let editor = FormEditor(form: start.form, values: start.values, focus: nil, rules: formRules(), correcting: true)
            var screen = FormScreenState(editor: editor, purpose: .edit(ref: ref, version: start.version),
                                         title: "Correct the form of \(ref)", draft: DraftTracker(enabled: false))
            scrollForm(&screen)
            state.form = screen
            say("Correcting \(ref): change what is wrong, Ctrl-S saves, Esc leaves without saving", .muted, &state)
            return []
        }
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
