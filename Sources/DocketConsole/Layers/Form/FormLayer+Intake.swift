import DocketEngine

/// Intake on the form layer: pick a case type, key its form (or resume its draft), let the
/// engine check it and look for the person, settle a possible duplicate, create the case,
/// and say where it went and why.
extension FormLayer {
    /// `i` or `:intake [TYPE]`: the list of case types, or straight to one.
    static func startIntake(type: String?, context: LayerContext) -> LayerUpdate {
        if let why = StaffActions.whyNot(.intake, actor: context.actor) {
            return .say("Cannot take in a case: \(why)", .warning)
        }
        guard let type else { return LayerUpdate(requests: [.push(IntakeTypeLayer(picker: IntakeTypePicker(agency: context.agency)))]) }
        guard let known = context.agency.caseType(type) else {
            return .say("No case type \(type); types: \(context.agency.caseTypes.map(\.code).joined(separator: ", "))", .error)
        }
        return openIntake(type: known.code, context: context)
    }

    /// The form of a case type, opened at once (keys typed meanwhile wait) while its draft is read.
    static func openIntake(type: String, context: LayerContext) -> LayerUpdate {
        guard let caseType = context.agency.caseType(type), let definition = context.agency.form(caseType.form) else {
            return .say("Case type \(type) has no form in the agency file", .error)
        }
        let editor = FormEditor(form: definition, values: [:], focus: nil, rules: rules(context))
        var form = FormScreenState(editor: editor, purpose: .intake(type: caseType.code),
                                   title: "New intake: " + UntrustedText.sanitize(caseType.name), draft: DraftTracker(enabled: true))
        form.stage = .opening
        return LayerUpdate(requests: [.push(FormLayer(form: form))])
    }

    mutating func draftLoaded(type: String, _ result: Result<Draft?, ConsoleFailure>, _ context: LayerContext) -> LayerUpdate {
        guard form.purpose == .intake(type: type), case .opening = form.stage else { return .stays }
        form.stage = .editing
        var update = LayerUpdate()
        switch result {
        case .success(let draft?):
            // Fields the agency file has dropped since the draft was saved are left out.
            let definition = form.editor.form
            form.editor = FormEditor(form: definition, values: draft.values.filter { definition.field($0.key) != nil },
                                     focus: draft.focus, rules: Self.rules(context), restoring: true)
            form.draft.savedAt = draft.savedAt
            let where_ = form.editor.focusedField.map { "; the cursor is in \($0.label)" } ?? ""
            let saved = Timestamp.iso(draft.savedAt).dropFirst(11).prefix(5)
            update.requests.append(.say("Draft from \(saved) restored: \(draft.values.count) field\(draft.values.count == 1 ? "" : "s")\(where_)", .success))
        case .success(nil):
            break
        case .failure(let failure):
            update.requests.append(.say("Could not read the draft (\(failure.message)); starting an empty form", .warning))
        }
        scroll(context)
        update.append(replayTyped(context))
        return update
    }

    mutating func previewed(_ result: Result<Engine.IntakePreview, ConsoleFailure>, _ context: LayerContext) -> LayerUpdate {
        guard case .checking = form.stage, case .intake(let type) = form.purpose else { return .stays }
        switch result {
        case .failure(let failure):
            return refused(failure, context)
        case .success(let preview):
            guard preview.check.isValid else {
                let lines = preview.check.errors.map { "\($0.field): \($0.message)" }.joined(separator: "\n")
                return refused(ConsoleFailure(message: lines), context)
            }
            if let conflict = preview.identityConflict, let record = preview.identityConflictRecord {
                form.stage = .resolvingConflict(IdentityConflictChoice(message: conflict, record: record))
                return .say("The national id keyed belongs to record #\(record): correct it, or choose that record deliberately", .warning)
            }
            if preview.constituent == nil, !preview.possibleDuplicates.isEmpty {
                let definition = form.editor.form
                let keyed = { (attribute: String) in definition.fields.first { $0.identity == attribute }.flatMap { preview.check.canonical[$0.id] } }
                form.stage = .choosingPerson(PersonChoice(candidates: preview.possibleDuplicates, openCases: preview.openCases,
                                                          nationalId: keyed("national_id"), birthDate: keyed("birth_date")))
                let count = preview.possibleDuplicates.count
                return .say("\(count) known \(count == 1 ? "person" : "people") may be this one: choose, or a new person", .warning)
            }
            return submitIntake(type: type, constituentId: nil, context)
        }
    }

    mutating func personKey(_ key: Key, _ choice: inout PersonChoice, _ context: LayerContext) -> LayerUpdate {
        guard case .intake(let type) = form.purpose else { return .stays }
        switch context.keymaps.picker.action(for: key) {
        case .picker(.down)?: choice.move(1)
        case .picker(.up)?: choice.move(-1)
        case .picker(.pick)?:
            return submitIntake(type: type, constituentId: choice.chosen?.id, context)
        case .picker(.cancel)?:
            form.stage = .editing
            return .say("Back to the form; \(context.keymaps.form.spoken(.form(.submit))) submits again", .muted)
        default:
            return .stays
        }
        form.stage = .choosingPerson(choice)
        return .stays
    }

    /// The keyed national id is another person's: Enter on the first way goes back to the
    /// id field; filing under that record takes a move and an Enter.
    mutating func conflictKey(_ key: Key, _ choice: inout IdentityConflictChoice, _ context: LayerContext) -> LayerUpdate {
        guard case .intake(let type) = form.purpose else { return .stays }
        switch context.keymaps.picker.action(for: key) {
        case .picker(.down)?: choice.move(1)
        case .picker(.up)?: choice.move(-1)
        case .picker(.pick)?:
            switch choice.chosen {
            case .fileUnderRecord(let record):
                return submitIntake(type: type, constituentId: record, context)
            case .correctTheId:
                return backToTheNationalId(choice.message, context)
            }
        case .picker(.cancel)?:
            return backToTheNationalId(choice.message, context)
        default:
            return .stays
        }
        form.stage = .resolvingConflict(choice)
        return .stays
    }

    private mutating func backToTheNationalId(_ message: String, _ context: LayerContext) -> LayerUpdate {
        form.stage = .editing
        if let field = form.editor.form.fields.first(where: { $0.identity == "national_id" }) {
            form.editor.focus(on: field.id)
        }
        scroll(context)
        return .say(UntrustedText.sanitize(message), .warning)
    }

    mutating func submitIntake(type: String, constituentId: Int64?, _ context: LayerContext) -> LayerUpdate {
        form.stage = .submitting
        // No more draft saves: the draft goes with the intake.
        form.draft.dirty = false
        let sequence = nextSequence()
        return LayerUpdate(effects: [FormRequests.intake(type: type, form: form.editor.form.id, values: form.editor.values,
                                                         constituentId: constituentId, sequence: sequence,
                                                         writer: context.draftWriter, session: context.session)],
                           requests: [.say("Taking in the case…", .muted)])
    }

    mutating func intakeFinished(_ result: Result<Engine.IntakeResult, ConsoleFailure>, _ context: LayerContext) -> LayerUpdate {
        guard case .submitting = form.stage else { return .stays }
        switch result {
        case .failure(let failure):
            // The draft was not discarded: saving it again keeps everything as typed.
            form.draft.dirty = true
            var update = refused(failure, context)
            if !update.pops { update.effects += saveDraftNow(context) }
            return update
        case .success(let intake):
            let done = IntakeDone(intake, agency: context.agency, actor: context.actor)
            form.stage = .done(done)
            form.draft = DraftTracker(enabled: false)
            form.typeAhead = []
            return .say(done.statusText + (done.matched.map { " · " + $0 } ?? ""), .success)
        }
    }

    /// After an intake (keymap `intake-done`): open the new case, start another, or go back.
    mutating func doneKey(_ key: Key, _ done: IntakeDone, _ context: LayerContext) -> LayerUpdate {
        switch context.keymaps.intakeDone.action(for: key) {
        case .intakeDone(.openCase)? where done.canOpen:
            return LayerUpdate(requests: [.openCase(done.ref)], pops: true)
        case .intakeDone(.another)?:
            var update = Self.startIntake(type: nil, context: context)
            update.pops = true
            return update
        case .intakeDone(.back)?, .intakeDone(.openCase)?:
            return LayerUpdate(requests: [.say(done.statusText, .success), .toBelow(.inFront(reloadsCase: false))], pops: true)
        default:
            return .stays
        }
    }
}
