import DocketEngine

/// The form screen in `update`: keys into fields, moves between them, drafts saved as the
/// clerk types, submitting, leaving. Intake and edit differ only in what submitting does.
extension ConsoleProgram {
    func formRules(_ state: ConsoleState) -> FormRules {
        FormRules(dateOrder: session.agency.dateOrder, currency: session.agency.currency, today: state.today)
    }

    func formKey(_ key: Key, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard var screen = state.form else { return [] }
        switch screen.stage {
        case .opening, .checking, .submitting:
            screen.typeAhead.append(key)
            state.form = screen
            return []
        case .choosingPerson(var choice):
            return personKey(key, &choice, &state)
        case .resolvingConflict(var choice):
            return conflictKey(key, &choice, &state)
        case .done(let done):
            return doneKey(key, done, &state)
        case .editing:
            break
        }
        if screen.editor.picker == nil, let action = state.keymaps.form.action(for: key) {
            return perform(action, &state)
        }
        let event = screen.editor.type(key, keys: state.keymaps)
        state.form = screen
        return formChanged(event, &state)
    }

    func formAction(_ action: FormAction, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard var screen = state.form else { return [] }
        let page = max(1, FormView.bodyHeight(state.screen) / 3)
        let step: Int
        switch action {
        case .submit:
            return submitForm(&state)
        case .leave:
            return leaveForm(&state)
        case .fieldNext: step = 1
        case .fieldPrevious: step = -1
        case .fieldPageDown: step = page
        case .fieldPageUp: step = -page
        }
        let last = screen.editor.visible.count - 1
        let target = min(max(0, screen.editor.focusIndex + step), last)
        let event = screen.editor.move(by: target - screen.editor.focusIndex)
        state.form = screen
        return formChanged(event, &state)
    }

    /// The form's keys and the keys inside a field.
    func formHelp(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        return push(HelpLayer(overlay: Overlay(title: "Keys — Form", lines: state.keymaps.form.helpLines() + [""] + FormBindings.fieldHelp
                                                   + state.keymaps.textField.helpLines() + state.keymaps.choiceField.helpLines()
                                                   + state.keymaps.yesNoField.helpLines() + state.keymaps.optionList.helpLines()
                                                   + [""] + FormBindings.readingNotes,
                                               footer: HelpLayer.footer(state.keymaps.picker))), &state)
    }

    /// After a key: keep the focused field in sight; leaving a field saves the draft now,
    /// other changes wait for the next tick.
    func formChanged(_ event: FormEvent, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard var screen = state.form else { return [] }
        switch event {
        case .edited:
            screen.draft.changed()
        case .left(let field):
            if let problem = screen.editor.errors[field], let label = screen.editor.form.field(field)?.label {
                say("\(label): \(problem)", .warning, &state)
            } else if state.status?.role == .warning {
                state.status = nil
            }
        case .moved, .ignored:
            break
        }
        scrollForm(&screen, size: state.screen, keymaps: state.keymaps)
        state.form = screen
        if case .left = event { return saveDraftNow(&state) }
        return []
    }

    func scrollForm(_ screen: inout FormScreenState, size: Size, keymaps: ConsoleKeymaps) {
        let layout = FormLayout(screen.editor, width: size.width, keymaps: keymaps)
        screen.scroll = layout.scroll(keeping: screen.editor.focus, height: FormView.bodyHeight(size), current: screen.scroll)
    }

    /// Starts a draft save when the form changed since the last one.
    func saveDraftNow(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard var screen = state.form, screen.draft.enabled, screen.draft.dirty else { return [] }
        screen.draft.dirty = false
        screen.draft.saving = true
        state.draftSequence += 1
        state.form = screen
        return [FormRequests.saveDraft(screen, sequence: state.draftSequence, writer: draftWriter, session: session)]
    }

    /// On each tick: the changes typed since the last save (at most a second old).
    func formTick(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        saveDraftNow(&state)
    }

    func draftSaved(_ key: DraftKey, sequence: Int, _ result: Result<DraftSave?, ConsoleFailure>,
                    _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        let current = state.form?.draftKey == key && state.form?.draft.enabled == true
        switch result {
        case .success(nil):
            break // overtaken by a newer save
        case .success(let saved?):
            guard current, var screen = state.form else { break }
            screen.draft.savedAt = saved.savedAt
            screen.draft.failure = nil
            if saved.withheld != screen.draft.withheld {
                screen.draft.withheld = saved.withheld
                if !saved.withheld.isEmpty {
                    let labels = saved.withheld.compactMap { screen.editor.form.field($0)?.label }
                    say("Not kept in the draft: \(labels.joined(separator: ", ")) — it holds a payment card number, which Docket never stores; remove it", .warning, &state)
                }
            }
            state.form = screen
        case .failure(let failure):
            if current { state.form?.draft.failure = failure.message }
            say("The draft was not saved: \(failure.message)", .error, &state)
        }
        if current, state.form?.draft.dirty == false { state.form?.draft.saving = false }
        return []
    }

    /// Esc: back to the screen under the form. The draft is saved first (it stays).
    func leaveForm(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard let screen = state.form else { return [] }
        var effects: [Effect<ConsoleMessage>] = []
        if screen.draft.enabled {
            // Saved whatever happened since the last save, as it is now.
            state.form?.draft.dirty = true
            effects = saveDraftNow(&state)
            if case .edit(let ref, _) = screen.purpose {
                say(screen.editor.changes.isEmpty ? "Left the form; nothing was changed"
                        : "Left the correction of \(ref) unsaved; the draft of your changes is kept (e or I resumes it)",
                    .muted, &state)
            } else {
                say("Left \(screen.editor.form.title); the draft is kept (I lists your drafts)", .muted, &state)
            }
        } else {
            say("Left the form; nothing was changed", .muted, &state)
        }
        state.form = nil
        if state.isOnQueue { effects += refreshQueue(&state, counts: true) }
        return effects
    }

    /// Ctrl-S: the whole form checked here first, exactly as the engine checks it; problems
    /// are listed and the cursor goes to the first. A valid form goes to the engine.
    func submitForm(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard var screen = state.form else { return [] }
        screen.editor.picker = nil
        let verdict = screen.editor.checkAll()
        scrollForm(&screen, size: state.screen, keymaps: state.keymaps)
        state.form = screen
        guard verdict.isValid else {
            say(problemSummary(verdict.errors.map(\.message)), .error, &state)
            return saveDraftNow(&state)
        }
        switch screen.purpose {
        case .intake(let type):
            state.form?.stage = .checking
            say("Checking the form and looking for the person…", .muted, &state)
            return saveDraftNow(&state) + [FormRequests.preview(type: type, values: screen.editor.values, session: session)]
        case .edit(let ref, let version):
            let changes = screen.editor.changes
            guard !changes.isEmpty else {
                say("Nothing changed; Esc leaves the form", .muted, &state)
                return []
            }
            // The draft is saved first (a refusal keeps it) and goes once the correction is in.
            let effects = saveDraftNow(&state)
            state.form?.stage = .submitting
            state.draftSequence += 1
            say("Saving the changes to \(ref)…", .muted, &state)
            return effects + [FormRequests.edit(ref: ref, changes: changes, version: version, draft: screen.draftKey,
                                                sequence: state.draftSequence, writer: draftWriter, session: session)]
        }
    }

    /// `3 problems: Given name is required; …` — the whole list is under the fields.
    func problemSummary(_ messages: [String]) -> String {
        let count = messages.count
        return "\(count) problem\(count == 1 ? "" : "s"): " + messages.joined(separator: "; ")
    }

    /// An engine refusal: problems go under their fields, the form and draft stay.
    func formRefused(_ failure: ConsoleFailure, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard var screen = state.form else { return [] }
        screen.stage = .editing
        // Keys typed while the engine worked go where they were typed, before the cursor moves.
        let typed = screen.typeAhead
        screen.typeAhead = []
        state.form = screen
        let effects = replay(typed, &state)
        let lines = failure.message.split(separator: "\n").map(String.init)
        var found = 0
        if var shown = state.form, shown.stage.takesFormKeys {
            found = shown.editor.showProblems(failure.message)
            scrollForm(&shown, size: state.screen, keymaps: state.keymaps)
            state.form = shown
        }
        if found > 0 {
            say(problemSummary(lines), .error, &state)
        } else {
            say("Refused: \(lines.joined(separator: "; ")) — the form and its draft are kept", .error, &state)
        }
        return effects
    }

    /// Keys typed while the engine worked, played now that the form takes keys again.
    func replayFormKeys(_ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard let typed = state.form?.typeAhead, !typed.isEmpty else { return [] }
        state.form?.typeAhead = []
        return replay(typed, &state)
    }
}
