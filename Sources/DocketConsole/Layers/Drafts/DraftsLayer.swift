import DocketEngine

/// The drafts list (`I`, `:drafts`) as a layer: the person's unfinished intakes and
/// corrections, read when it opens and again after a discard; Enter resumes one, the
/// discard key asks first. Discarding is written by the root (in order with the person's
/// draft saves); its outcome comes back here.
struct DraftsLayer: ConsoleLayer {
    var list = DraftsListState()
    let agency: Agency

    /// The drafts as read for this list.
    struct Loaded: Sendable {
        var result: Result<[Draft], ConsoleFailure>
    }

    mutating func start(id: LayerID, context: LayerContext) -> LayerUpdate {
        LayerUpdate(effects: [Self.load(id: id, session: context.session)])
    }

    /// `I` or `:drafts`, as the engine allows it to this person.
    static func open(context: LayerContext) -> LayerUpdate {
        if let why = StaffActions.whyNot(.drafts, actor: context.actor) { return .say("Cannot list drafts: \(why)", .warning) }
        return LayerUpdate(requests: [.push(DraftsLayer(agency: context.agency))])
    }

    /// Reads the person's drafts for the list `id`.
    static func load(id: LayerID, session: ConsoleSession) -> Effect<ConsoleMessage> {
        .run { .layerAnswer(id, Loaded(result: attempt { try session.engine.drafts(as: session.actor) })) }
    }

    mutating func update(_ message: LayerMessage, id: LayerID, context: LayerContext) -> LayerUpdate {
        switch message {
        case .answer(.draftDiscarded(let key, let result) as ConsoleMessage):
            // The list is read again either way.
            let said: LayerRequest
            switch result {
            case .success: said = .say("Discarded \(DraftsListState.name(key, agency: agency))", .success)
            case .failure(let failure): said = .say("The draft was not discarded: \(failure.message)", .error)
            }
            return LayerUpdate(effects: [Self.load(id: id, session: context.session)], requests: [said])
        case .answer(let answer):
            guard let loaded = answer as? Loaded else { return .stays }
            list.isLoading = false
            switch loaded.result {
            case .success(let drafts):
                list.drafts = drafts
                list.selection = min(list.selection, max(0, drafts.count - 1))
            case .failure(let failure):
                list.failure = failure.message
            }
            return .stays
        case .key(let key):
            return keyed(key, context: context)
        case .action, .tick, .resized, .stopping:
            return .stays
        }
    }

    private mutating func keyed(_ key: Key, context: LayerContext) -> LayerUpdate {
        if let draftKey = list.confirmingDiscard {
            // Only a yes or a no answers (the confirm keymap's).
            guard case .confirm(let answer)? = context.keymaps.confirm.action(for: key) else { return .stays }
            switch answer {
            case .yes:
                list.confirmingDiscard = nil
                return LayerUpdate(requests: [.discardDraft(draftKey)])
            case .no:
                list.confirmingDiscard = nil
                return LayerUpdate(requests: [.say("Kept the draft", .muted)])
            case .scrollDown, .scrollUp:
                return .stays
            }
        }
        switch context.keymaps.drafts.action(for: key) ?? context.keymaps.picker.action(for: key) {
        case .picker(.down)?: list.move(1)
        case .picker(.up)?: list.move(-1)
        case .drafts(.close)?:
            return .popped
        case .drafts(.discard)?:
            guard let draft = list.selected else { return .stays }
            list.confirmingDiscard = DraftKey(form: draft.form, caseRef: draft.caseRef)
        case .drafts(.resume)?:
            guard let draft = list.selected else { return .stays }
            if let ref = draft.caseRef {
                // The case opens with its correction over it, the draft laid on its form.
                return LayerUpdate(requests: [.openCase(ref, correcting: true)], pops: true)
            }
            guard let type = agency.caseTypes.first(where: { $0.form == draft.form }) else {
                let discard = context.keymaps.drafts.binding(forAction: .drafts(.discard))?.keys.first?.name ?? "discard"
                return LayerUpdate(requests: [.say("No case type uses the form \(draft.form) any more; \(discard) discards the draft", .warning)])
            }
            var update = FormLayer.openIntake(type: type.code, context: context)
            update.pops = true
            return update
        default:
            break
        }
        return .stays
    }

    func view(into frame: inout Frame, keymaps: ConsoleKeymaps) {
        list.overlay(agency: agency, keymaps: keymaps).render(into: &frame)
    }
}
