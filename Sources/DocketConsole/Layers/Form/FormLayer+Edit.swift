import DocketEngine

/// Correcting a case's form (`e` on the case screen): the form opens on the case's values
/// (personal ones masked, kept unless retyped), and Ctrl-S sends the changes with the version
/// read, so someone else's change in between is a conflict, not an overwrite. The changes are
/// kept in a draft as they are typed, like an intake's: `e` on the case again lays them over
/// its form, Esc keeps them, and saving the correction discards them.
extension FormLayer {
    /// The case's form as read (for the case screen `caseRef`): the form layer pushed over it.
    static func openCorrection(ref: String, _ result: Result<EditStart, ConsoleFailure>, caseRef: String,
                               context: LayerContext) -> LayerUpdate {
        switch result {
        case .failure(let failure):
            return .say(failure.message, .error)
        case .success(let start):
            guard caseRef == ref || start.ref == caseRef else { return .stays }
            // Fields the agency file has dropped since the draft was saved are left out.
            let typed = start.draft?.values.filter { start.form.field($0.key) != nil } ?? [:]
            let editor = FormEditor(form: start.form, values: start.values, focus: start.draft?.focus, rules: rules(context),
                                    correcting: true, typed: typed)
            // A draft's changes were made on the version it was saved from: Ctrl-S sends that one,
            // so a case that moved on since is a conflict to look at, not an overwrite.
            let version = start.draft?.caseVersion ?? start.version
            // A draft that could not be read is neither saved over nor thrown away from here.
            let keepsDraft = context.actor.role != .auditor && start.draftProblem == nil
            var form = FormScreenState(editor: editor, purpose: .edit(ref: ref, version: version),
                                       title: "Correct the form of \(ref)", draft: DraftTracker(enabled: keepsDraft))
            form.draft.savedAt = start.draft?.savedAt
            var layer = FormLayer(form: form)
            layer.scroll(context)
            let said: LayerRequest
            if let draft = start.draft {
                said = .say(restoredText(draft, typed: typed.count, ref: ref, version: start.version, keys: context.keymaps.form), .success)
            } else if let problem = start.draftProblem {
                said = .say("Could not read your draft of this correction (\(problem)); the form is as the case has it and the draft is left alone", .warning)
            } else {
                let keys = context.keymaps.form
                said = .say("Correcting \(ref): change what is wrong, \(keys.spoken(.form(.submit))) saves, \(keys.spoken(.form(.leave))) leaves (the draft stays)", .muted)
            }
            return LayerUpdate(requests: [.push(layer), said])
        }
    }

    /// "Draft from 10:00 restored: 1 change to CL-2026-000001" — and, when the case has
    /// moved on since, that it has, so the clerk looks before saving over it.
    private static func restoredText(_ draft: Draft, typed: Int, ref: String, version: Int64, keys: Keymap) -> String {
        let submit = keys.spoken(.form(.submit)), leave = keys.spoken(.form(.leave))
        let saved = Timestamp.iso(draft.savedAt).dropFirst(11).prefix(5)
        let changes = "\(typed) change\(typed == 1 ? "" : "s")"
        if let then = draft.caseVersion, then != version {
            return "Draft from \(saved) restored: \(changes) laid over \(ref), which has changed since (version \(then), now \(version)); \(submit) stops to let you look first"
        }
        return "Draft from \(saved) restored: \(changes) to \(ref); \(submit) saves, \(leave) leaves (the draft stays)"
    }

    /// Read again after a conflict: the clerk's changes stay, on top of the new version.
    mutating func editReloaded(ref: String, _ result: Result<EditStart, ConsoleFailure>) -> LayerUpdate {
        guard case .edit(let editing, _) = form.purpose, editing == ref else { return .stays }
        switch result {
        case .failure(let failure):
            if case .submitting = form.stage { form.stage = .editing }
            return .say(failure.message, .error)
        case .success(let start):
            form.purpose = .edit(ref: ref, version: start.version)
            form.stage = .editing
            return .stays
        }
    }

    mutating func edited(ref: String, _ result: Result<CaseSummary, ConsoleFailure>, _ context: LayerContext) -> LayerUpdate {
        guard case .edit(let editing, _) = form.purpose, editing == ref else { return .stays }
        switch result {
        case .success(let summary):
            return LayerUpdate(requests: [.say("Saved the corrections to \(ref) (version \(summary.version))", .success),
                                          .toBelow(.corrected(ref: ref))], pops: true)
        case .failure(let failure) where failure.isConflict:
            form.stage = .submitting
            return LayerUpdate(effects: [FormRequests.loadForEdit(ref: ref, session: context.session)],
                               requests: [.say("\(ref) was changed meanwhile by someone else; your changes are kept — look again and \(context.keymaps.form.spoken(.form(.submit))) to save them", .error)])
        case .failure(let failure):
            return refused(failure, context)
        }
    }
}
