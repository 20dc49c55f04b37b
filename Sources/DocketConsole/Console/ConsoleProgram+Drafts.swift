import DocketEngine

/// The drafts list (`I`, `:drafts`): the person's unfinished intakes and corrections, resumed
/// with Enter and discarded with `x` after a y/n question.
extension ConsoleProgram {
    func openDrafts(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        if state.actor.role == .auditor {
            say("Auditors keep no drafts", .warning, &state)
            return []
        }
        state.draftsList = DraftsListState()
        return [FormRequests.loadDrafts(session: session)]
    }

    func draftsLoaded(_ result: Result<[Draft], ConsoleFailure>, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard var list = state.draftsList else {
            // Asked at start: a hint on the queue when forms are waiting to be finished.
            if case .success(let drafts) = result, !drafts.isEmpty, state.status == nil {
                say("You have \(drafts.count) unfinished form\(drafts.count == 1 ? "" : "s"): I lists them", .muted, &state)
            }
            return []
        }
        list.isLoading = false
        switch result {
        case .success(let drafts):
            list.drafts = drafts
            list.selection = min(list.selection, max(0, drafts.count - 1))
        case .failure(let failure):
            list.failure = failure.message
        }
        state.draftsList = list
        return []
    }

    func draftsKey(_ key: Key, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard var list = state.draftsList else { return [] }
        if let draftKey = list.confirmingDiscard {
            // Only a yes or a no answers (the confirm keymap's).
            guard case .confirm(let answer)? = state.keymaps.confirm.action(for: key) else { return [] }
            switch answer {
            case .yes:
                list.confirmingDiscard = nil
                state.draftsList = list
                state.draftSequence += 1
                return [FormRequests.discard(draftKey, sequence: state.draftSequence, writer: draftWriter, session: session)]
            case .no:
                list.confirmingDiscard = nil
                state.draftsList = list
                say("Kept the draft", .muted, &state)
            case .scrollDown, .scrollUp:
                break
            }
            return []
        }
        switch state.keymaps.drafts.action(for: key) ?? state.keymaps.picker.action(for: key) {
        case .picker(.down)?: list.move(1)
        case .picker(.up)?: list.move(-1)
        case .drafts(.close)?:
            state.draftsList = nil
            return []
        case .drafts(.discard)?:
            guard let draft = list.selected else { return [] }
            list.confirmingDiscard = DraftKey(form: draft.form, caseRef: draft.caseRef)
        case .drafts(.resume)?:
            guard let draft = list.selected else { return [] }
            if let ref = draft.caseRef {
                // The case opens with its correction over it, the draft laid on its form.
                state.draftsList = nil
                say("Reading the form of \(ref)…", .muted, &state)
                return openCase(ref, &state) + [FormRequests.loadForEdit(ref: ref, session: session)]
            }
            guard let type = state.agency.caseTypes.first(where: { $0.form == draft.form }) else {
                say("No case type uses the form \(draft.form) any more; x discards the draft", .warning, &state)
                return []
            }
            state.draftsList = nil
            return openIntakeForm(type: type.code, &state)
        default:
            break
        }
        state.draftsList = list
        return []
    }

    func draftDiscarded(_ key: DraftKey, _ result: Result<Bool, ConsoleFailure>, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        switch result {
        case .success:
            say("Discarded \(DraftsListState.name(key, agency: state.agency))", .success, &state)
        case .failure(let failure):
            say("The draft was not discarded: \(failure.message)", .error, &state)
        }
        return state.draftsList == nil ? [] : [FormRequests.loadDrafts(session: session)]
    }
}
