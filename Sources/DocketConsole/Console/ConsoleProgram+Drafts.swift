import DocketEngine

/// The drafts list's answers at the root: the notice of unfinished forms when the console
/// starts, and a discard's outcome (the list, if open, is read again).
extension ConsoleProgram {
    func openDrafts(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        if let why = StaffActions.whyNot(.drafts, actor: state.actor) {
            say("Cannot list drafts: \(why)", .warning, &state)
            return []
        }
        return push(DraftsLayer(agency: state.agency), &state)
    }

    /// Asked at start: a hint on the queue when forms are waiting to be finished.
    func draftsLoaded(_ result: Result<[Draft], ConsoleFailure>, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        if case .success(let drafts) = result, !drafts.isEmpty, state.status == nil {
            say("You have \(drafts.count) unfinished form\(drafts.count == 1 ? "" : "s"): I lists them", .muted, &state)
        }
        return []
    }

    func draftDiscarded(_ key: DraftKey, _ result: Result<Bool, ConsoleFailure>, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        switch result {
        case .success:
            say("Discarded \(DraftsListState.name(key, agency: state.agency))", .success, &state)
        case .failure(let failure):
            say("The draft was not discarded: \(failure.message)", .error, &state)
        }
        guard let list = state.layers.lastID(where: { $0 is DraftsLayer }) else { return [] }
        return [DraftsLayer.load(id: list, session: session)]
    }
}
