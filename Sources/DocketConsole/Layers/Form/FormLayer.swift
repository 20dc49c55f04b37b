import DocketEngine

/// The form screen as a layer (intake or correction), pushed over the screen it was opened
/// from. It takes every key (a clerk types q, ? and : into fields); its own keys and the
/// fields' are read through their keymaps. Drafts save as the clerk types; submitting goes
/// to the engine; leaving keeps the draft. Intake and edit differ only in what submitting does.
struct FormLayer: ConsoleLayer {
    var form: FormScreenState
    /// The last draft save number this layer used (the root keeps them in order across layers).
    var lastSequence = 0

    init(form: FormScreenState) {
        self.form = form
    }

    var isScreen: Bool { true }

    static func rules(_ context: LayerContext) -> FormRules {
        FormRules(dateOrder: context.agency.dateOrder, currency: context.agency.currency, today: context.today)
    }

    mutating func start(id: LayerID, context: LayerContext) -> LayerUpdate {
        guard case .intake(let type) = form.purpose, case .opening = form.stage else { return .stays }
        return LayerUpdate(effects: [FormRequests.loadDraft(type: type, session: context.session)])
    }

    mutating func update(_ message: LayerMessage, id: LayerID, context: LayerContext) -> LayerUpdate {
        lastSequence = max(lastSequence, context.draftSequence)
        var update: LayerUpdate
        switch message {
        case .key(let key):
            update = keyed(key, context)
        case .action(let action):
            update = perform(action, context)
        case .answer(let answer as ConsoleMessage):
            update = answered(answer, context)
        case .answer, .resized:
            update = .stays
        case .tick:
            // The changes typed since the last save (at most a second old).
            update = LayerUpdate(effects: saveDraftNow(context))
        case .stopping(let everything):
            // What was typed since the last save goes now; at idle logoff, all of it.
            if everything { form.draft.dirty = form.draft.enabled }
            update = LayerUpdate(effects: saveDraftNow(context))
        }
        update.draftSequence = lastSequence
        return update
    }

    private mutating func answered(_ message: ConsoleMessage, _ context: LayerContext) -> LayerUpdate {
        switch message {
        case .intakeDraftLoaded(let type, let result): return draftLoaded(type: type, result, context)
        case .draftSaved(let key, _, let result): return draftSaved(key, result)
        case .intakePreviewed(let result): return previewed(result, context)
        case .intakeFinished(let result): return intakeFinished(result, context)
        case .editLoaded(let ref, let result): return editReloaded(ref: ref, result)
        case .formEdited(let ref, let result): return edited(ref: ref, result, context)
        default: return .stays
        }
    }

    /// The form's keys, disabled while the engine works or a question is in front (the footer and help).
    func footerKeymap(context: LayerContext) -> Keymap? {
        var keymap = context.keymaps.form
        if !form.stage.takesFormKeys {
            let why = form.stage.isBusy ? "the engine is working on the form" : "answer the question in front first"
            for action in FormAction.allCases {
                keymap.setDisabled(.form(action), reason: why)
            }
        }
        return keymap
    }

    // MARK: keys

    mutating func keyed(_ key: Key, _ context: LayerContext) -> LayerUpdate {
        switch form.stage {
        case .opening, .checking, .submitting:
            form.typeAhead.append(key)
            return .stays
        case .choosingPerson(var choice):
            return personKey(key, &choice, context)
        case .resolvingConflict(var choice):
            return conflictKey(key, &choice, context)
        case .done(let done):
            return doneKey(key, done, context)
        case .editing:
            break
        }
        if form.editor.picker == nil, let action = context.keymaps.form.action(for: key) {
            return perform(action, context)
        }
        let event = form.editor.type(key, keys: context.keymaps)
        return changed(event, context)
    }

    private mutating func perform(_ action: ConsoleAction, _ context: LayerContext) -> LayerUpdate {
        switch action {
        case .form(let action): return formAction(action, context)
        case .general(.help): return LayerUpdate(requests: [.push(HelpLayer(overlay: Self.help(context.keymaps)))])
        case .general(.redraw): return LayerUpdate(effects: [.redraw])
        default: return .stays
        }
    }

    /// The form's keys and the keys inside a field.
    static func help(_ keymaps: ConsoleKeymaps) -> Overlay {
        Overlay(title: "Keys — Form", lines: keymaps.form.helpLines() + [""] + FormBindings.fieldHelp
                    + keymaps.choiceField.helpLines() + keymaps.yesNoField.helpLines() + keymaps.optionList.helpLines()
                    + keymaps.textInput.helpLines()
                    + [""] + FormBindings.readingNotes,
                footer: HelpLayer.footer(keymaps.picker))
    }

    private mutating func formAction(_ action: FormAction, _ context: LayerContext) -> LayerUpdate {
        let page = max(1, FormView.bodyHeight(context.screen) / 3)
        let step: Int
        switch action {
        case .submit: return submit(context)
        case .leave: return leave(context)
        case .fieldNext: step = 1
        case .fieldPrevious: step = -1
        case .fieldPageDown: step = page
        case .fieldPageUp: step = -page
        }
        let last = form.editor.visible.count - 1
        let target = min(max(0, form.editor.focusIndex + step), last)
        let event = form.editor.move(by: target - form.editor.focusIndex)
        return changed(event, context)
    }

    /// After a key: keep the focused field in sight; leaving a field saves the draft now,
    /// other changes wait for the next tick.
    private mutating func changed(_ event: FormEvent, _ context: LayerContext) -> LayerUpdate {
        var update = LayerUpdate()
        switch event {
        case .edited:
            form.draft.changed()
        case .left(let field):
            if let problem = form.editor.errors[field], let label = form.editor.form.field(field)?.label {
                update.requests.append(.say("\(label): \(problem)", .warning))
            } else {
                update.requests.append(.clearWarning)
            }
        case .moved, .ignored:
            break
        }
        scroll(context)
        if case .left = event { update.effects = saveDraftNow(context) }
        return update
    }

    mutating func scroll(_ context: LayerContext) {
        let layout = FormLayout(form.editor, width: context.screen.width, keymaps: context.keymaps)
        form.scroll = layout.scroll(keeping: form.editor.focus, height: FormView.bodyHeight(context.screen), current: form.scroll)
    }

    /// Keys typed while the engine worked, played now that the form takes keys again; once
    /// a key takes the form away, the rest are the screen's beneath.
    mutating func replayTyped(_ context: LayerContext) -> LayerUpdate {
        let typed = form.typeAhead
        form.typeAhead = []
        var update = LayerUpdate()
        for (index, key) in typed.enumerated() {
            update.append(keyed(key, context))
            if update.pops {
                update.requests.append(.replay(Array(typed.dropFirst(index + 1))))
                break
            }
        }
        return update
    }

    // MARK: drafts

    /// The next draft save number (after every one the console has used).
    mutating func nextSequence() -> Int {
        lastSequence += 1
        return lastSequence
    }

    /// Starts a draft save when the form changed since the last one.
    mutating func saveDraftNow(_ context: LayerContext) -> [Effect<ConsoleMessage>] {
        guard form.draft.enabled, form.draft.dirty else { return [] }
        form.draft.dirty = false
        form.draft.saving = true
        return [FormRequests.saveDraft(form, sequence: nextSequence(), writer: context.draftWriter, session: context.session)]
    }

    private mutating func draftSaved(_ key: DraftKey, _ result: Result<DraftSave?, ConsoleFailure>) -> LayerUpdate {
        let current = form.draftKey == key && form.draft.enabled
        var update = LayerUpdate()
        switch result {
        case .success(nil):
            break // overtaken by a newer save
        case .success(let saved?):
            guard current else { break }
            form.draft.savedAt = saved.savedAt
            form.draft.failure = nil
            if saved.withheld != form.draft.withheld {
                form.draft.withheld = saved.withheld
                if !saved.withheld.isEmpty {
                    let labels = saved.withheld.compactMap { form.editor.form.field($0)?.label }
                    update.requests.append(.say("Not kept in the draft: \(labels.joined(separator: ", ")) — it holds a payment card number, which Docket never stores; remove it", .warning))
                }
            }
        case .failure(let failure):
            if current { form.draft.failure = failure.message }
            update.requests.append(.say(Self.notSaved(failure), .error))
        }
        if current, !form.draft.dirty { form.draft.saving = false }
        return update
    }

    static func notSaved(_ failure: ConsoleFailure) -> String { "The draft was not saved: \(failure.message)" }

    /// Esc: back to the screen under the form. The draft is saved first (it stays).
    private mutating func leave(_ context: LayerContext) -> LayerUpdate {
        var update = LayerUpdate(pops: true)
        if form.draft.enabled {
            // Saved whatever happened since the last save, as it is now.
            form.draft.dirty = true
            update.effects = saveDraftNow(context)
            let keys = context.keymaps
            if case .edit(let ref, _) = form.purpose {
                update.requests.append(.say(form.editor.changes.isEmpty ? "Left the form; nothing was changed"
                        : "Left the correction of \(ref) unsaved; the draft of your changes is kept (\(keys.caseScreen.spoken(.caseScreen(.editForm))) or \(keys.caseScreen.spoken(.general(.drafts))) resumes it)", .muted))
            } else {
                update.requests.append(.say("Left \(form.editor.form.title); the draft is kept (\(keys.queue.spoken(.general(.drafts))) lists your drafts)", .muted))
            }
        } else {
            update.requests.append(.say("Left the form; nothing was changed", .muted))
        }
        // The queue beneath looks again (a case beneath stays as it was).
        update.requests.append(.toBelow(.inFront(reloadsCase: false)))
        return update
    }

    // MARK: submitting

    /// Ctrl-S: the whole form checked here first, exactly as the engine checks it; problems
    /// are listed and the cursor goes to the first. A valid form goes to the engine.
    private mutating func submit(_ context: LayerContext) -> LayerUpdate {
        form.editor.picker = nil
        let verdict = form.editor.checkAll()
        scroll(context)
        guard verdict.isValid else {
            return LayerUpdate(effects: saveDraftNow(context), requests: [.say(Self.problemSummary(verdict.errors.map(\.message)), .error)])
        }
        switch form.purpose {
        case .intake(let type):
            form.stage = .checking
            return LayerUpdate(effects: saveDraftNow(context) + [FormRequests.preview(type: type, values: form.editor.values, session: context.session)],
                               requests: [.say("Checking the form and looking for the person…", .muted)])
        case .edit(let ref, let version):
            let changes = form.editor.changes
            guard !changes.isEmpty else { return .say("Nothing changed; \(context.keymaps.form.spoken(.form(.leave))) leaves the form", .muted) }
            // The draft is saved first (a refusal keeps it) and goes once the correction is in.
            let effects = saveDraftNow(context)
            form.stage = .submitting
            let sequence = nextSequence()
            return LayerUpdate(effects: effects + [FormRequests.edit(ref: ref, changes: changes, version: version, draft: form.draftKey,
                                                                     sequence: sequence, writer: context.draftWriter, session: context.session)],
                               requests: [.say("Saving the changes to \(ref)…", .muted)])
        }
    }

    /// `3 problems: Given name is required; …` — the whole list is under the fields.
    static func problemSummary(_ messages: [String]) -> String {
        let count = messages.count
        return "\(count) problem\(count == 1 ? "" : "s"): " + messages.joined(separator: "; ")
    }

    /// An engine refusal: problems go under their fields, the form and draft stay.
    mutating func refused(_ failure: ConsoleFailure, _ context: LayerContext) -> LayerUpdate {
        form.stage = .editing
        // Keys typed while the engine worked go where they were typed, before the cursor moves.
        var update = replayTyped(context)
        let lines = failure.message.split(separator: "\n").map(String.init)
        var found = 0
        if !update.pops, form.stage.takesFormKeys {
            found = form.editor.showProblems(failure.message)
            scroll(context)
        }
        if found > 0 {
            update.requests.append(.say(Self.problemSummary(lines), .error))
        } else {
            update.requests.append(.say("Refused: \(lines.joined(separator: "; ")) — the form and its draft are kept", .error))
        }
        return update
    }

    // MARK: drawing

    func view(into frame: inout Frame, keymaps: ConsoleKeymaps) {
        FormView.draw(form, keymaps: keymaps, into: &frame)
    }

    func status(_ line: inout StatusLine, context: LayerContext) {
        let editor = form.editor
        line.left = "\(context.actor.login) · field \(editor.focusIndex + 1)/\(editor.visible.count)"
        switch form.stage {
        case .opening: line.right = "opening…"
        case .checking: line.right = "checking…"
        case .submitting: line.right = "submitting…"
        default: line.right = editor.errors.isEmpty ? "" : "\(editor.errors.count) problem\(editor.errors.count == 1 ? "" : "s")"
        }
    }
}
