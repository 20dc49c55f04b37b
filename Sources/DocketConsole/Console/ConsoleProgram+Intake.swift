import DocketEngine

/// Intake from the console: pick a case type, key its form (or resume its draft), let the
/// engine check it and look for the person, settle a possible duplicate, create the case,
/// and say where it went and why.
extension ConsoleProgram {
    /// `i`: the list of case types (or straight to one, from `:intake TYPE`).
    func startIntake(type: String? = nil, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        if let why = StaffActions.whyNot(.intake, actor: state.actor) {
            say("Cannot take in a case: \(why)", .warning, &state)
            return []
        }
        if let type {
            guard let known = state.agency.caseType(type) else {
                say("No case type \(type); types: \(state.agency.caseTypes.map(\.code).joined(separator: ", "))", .error, &state)
                return []
            }
            return openIntakeForm(type: known.code, &state)
        }
        return push(IntakeTypeLayer(picker: IntakeTypePicker(agency: state.agency)), &state)
    }

    /// Opens the form at once (keys typed meanwhile wait) and asks for its draft.
    func openIntakeForm(type: String, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard let caseType = state.agency.caseType(type), let form = state.agency.form(caseType.form) else {
            say("Case type \(type) has no form in the agency file", .error, &state)
            return []
        }
        let editor = FormEditor(form: form, values: [:], focus: nil, rules: formRules(state))
        var screen = FormScreenState(editor: editor, purpose: .intake(type: caseType.code),
                                     title: "New intake: " + UntrustedText.sanitize(caseType.name),
                                     draft: DraftTracker(enabled: true))
        screen.stage = .opening
        state.form = screen
        return [FormRequests.loadDraft(type: caseType.code, session: session)]
    }

    func intakeDraftLoaded(type: String, _ result: Result<Draft?, ConsoleFailure>, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard var screen = state.form, screen.purpose == .intake(type: type), case .opening = screen.stage else { return [] }
        screen.stage = .editing
        switch result {
        case .success(let draft?):
            // Fields the agency file has dropped since the draft was saved are left out.
            let form = screen.editor.form
            screen.editor = FormEditor(form: form, values: draft.values.filter { form.field($0.key) != nil },
                                       focus: draft.focus, rules: formRules(state), restoring: true)
            screen.draft.savedAt = draft.savedAt
            let where_ = screen.editor.focusedField.map { "; the cursor is in \($0.label)" } ?? ""
            let saved = Timestamp.iso(draft.savedAt).dropFirst(11).prefix(5)
            say("Draft from \(saved) restored: \(draft.values.count) field\(draft.values.count == 1 ? "" : "s")\(where_)", .success, &state)
        case .success(nil):
            break
        case .failure(let failure):
            say("Could not read the draft (\(failure.message)); starting an empty form", .warning, &state)
        }
        scrollForm(&screen, size: state.screen, keymaps: state.keymaps)
        state.form = screen
        return replayFormKeys(&state)
    }

    func intakePreviewed(_ result: Result<Engine.IntakePreview, ConsoleFailure>, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard let screen = state.form, case .checking = screen.stage, case .intake(let type) = screen.purpose else { return [] }
        switch result {
        case .failure(let failure):
            return formRefused(failure, &state)
        case .success(let preview):
            guard preview.check.isValid else {
                let lines = preview.check.errors.map { "\($0.field): \($0.message)" }.joined(separator: "\n")
                return formRefused(ConsoleFailure(message: lines), &state)
            }
            if let conflict = preview.identityConflict, let record = preview.identityConflictRecord {
                state.form?.stage = .resolvingConflict(IdentityConflictChoice(message: conflict, record: record))
                say("The national id keyed belongs to record #\(record): correct it, or choose that record deliberately", .warning, &state)
                return []
            }
            if preview.constituent == nil, !preview.possibleDuplicates.isEmpty {
                let form = screen.editor.form
                let keyed = { (attribute: String) in form.fields.first { $0.identity == attribute }.flatMap { preview.check.canonical[$0.id] } }
                state.form?.stage = .choosingPerson(PersonChoice(candidates: preview.possibleDuplicates, openCases: preview.openCases,
                                                                 nationalId: keyed("national_id"), birthDate: keyed("birth_date")))
                say("\(preview.possibleDuplicates.count) known \(preview.possibleDuplicates.count == 1 ? "person" : "people") may be this one: choose, or a new person", .warning, &state)
                return []
            }
            return submitIntake(type: type, constituentId: nil, &state)
        }
    }

    func personKey(_ key: Key, _ choice: inout PersonChoice, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard case .intake(let type) = state.form?.purpose else { return [] }
        switch state.keymaps.picker.action(for: key) {
        case .picker(.down)?: choice.move(1)
        case .picker(.up)?: choice.move(-1)
        case .picker(.pick)?:
            return submitIntake(type: type, constituentId: choice.chosen?.id, &state)
        case .picker(.cancel)?:
            state.form?.stage = .editing
            say("Back to the form; Ctrl-S submits again", .muted, &state)
            return []
        default:
            return []
        }
        state.form?.stage = .choosingPerson(choice)
        return []
    }

    /// The keyed national id is another person's: Enter on the first way goes back to the
    /// id field; filing under that record takes a move and an Enter.
    func conflictKey(_ key: Key, _ choice: inout IdentityConflictChoice, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard case .intake(let type) = state.form?.purpose else { return [] }
        switch state.keymaps.picker.action(for: key) {
        case .picker(.down)?: choice.move(1)
        case .picker(.up)?: choice.move(-1)
        case .picker(.pick)?:
            switch choice.chosen {
            case .fileUnderRecord(let record):
                return submitIntake(type: type, constituentId: record, &state)
            case .correctTheId:
                return backToTheNationalId(choice.message, &state)
            }
        case .picker(.cancel)?:
            return backToTheNationalId(choice.message, &state)
        default:
            return []
        }
        state.form?.stage = .resolvingConflict(choice)
        return []
    }

    private func backToTheNationalId(_ message: String, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard var screen = state.form else { return [] }
        screen.stage = .editing
        if let field = screen.editor.form.fields.first(where: { $0.identity == "national_id" }) {
            screen.editor.focus(on: field.id)
        }
        scrollForm(&screen, size: state.screen, keymaps: state.keymaps)
        state.form = screen
        say(UntrustedText.sanitize(message), .warning, &state)
        return []
    }

    func submitIntake(type: String, constituentId: Int64?, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard var screen = state.form else { return [] }
        screen.stage = .submitting
        // No more draft saves: the draft goes with the intake.
        screen.draft.dirty = false
        state.draftSequence += 1
        state.form = screen
        say("Taking in the case…", .muted, &state)
        return [FormRequests.intake(type: type, form: screen.editor.form.id, values: screen.editor.values,
                                    constituentId: constituentId, sequence: state.draftSequence,
                                    writer: draftWriter, session: session)]
    }

    func intakeFinished(_ result: Result<Engine.IntakeResult, ConsoleFailure>, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        guard let screen = state.form, case .submitting = screen.stage else { return [] }
        switch result {
        case .failure(let failure):
            // The draft was not discarded: saving it again keeps everything as typed.
            state.form?.draft.dirty = true
            return formRefused(failure, &state) + saveDraftNow(&state)
        case .success(let intake):
            let done = IntakeDone(intake, agency: state.agency, actor: state.actor)
            state.form?.stage = .done(done)
            state.form?.draft = DraftTracker(enabled: false)
            state.form?.typeAhead = []
            say(done.statusText + (done.matched.map { " · " + $0 } ?? ""), .success, &state)
            return []
        }
    }

    /// After an intake (keymap `intake-done`): open the new case, start another, or go back.
    func doneKey(_ key: Key, _ done: IntakeDone, _ state: inout ConsoleState) -> [Effect<ConsoleMessage>] {
        switch state.keymaps.intakeDone.action(for: key) {
        case .intakeDone(.openCase)? where done.canOpen:
            state.form = nil
            return openCase(done.ref, &state)
        case .intakeDone(.another)?:
            state.form = nil
            return startIntake(&state)
        case .intakeDone(.back)?, .intakeDone(.openCase)?:
            state.form = nil
            say(done.statusText, .success, &state)
            return state.isOnQueue ? refreshQueue(&state, counts: true) : []
        default:
            return []
        }
    }
}
