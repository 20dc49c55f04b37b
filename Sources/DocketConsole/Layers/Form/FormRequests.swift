import DocketEngine

/// The engine calls behind the form screen, each off the input path.
enum FormRequests {
    static func loadDraft(type: String, session: ConsoleSession) -> Effect<ConsoleMessage> {
        .run { .intakeDraftLoaded(type: type, attempt { try session.engine.draft(form: type, as: session.actor) }) }
    }

    static func saveDraft(_ screen: FormScreenState, sequence: Int, writer: DraftWriter, session: ConsoleSession) -> Effect<ConsoleMessage> {
        let key = screen.draftKey, values = screen.draftValues, focus = screen.editor.focus
        var version: Int64?
        if case .edit(_, let read) = screen.purpose { version = read }
        return .run { [version] in
            .draftSaved(key, sequence: sequence, attempt {
                try writer.save(key, caseVersion: version, values: values, focus: focus, sequence: sequence, session: session)
            })
        }
    }

    static func preview(type: String, values: [String: String], session: ConsoleSession) -> Effect<ConsoleMessage> {
        .run { .intakePreviewed(lined { try session.engine.intakePreview(type: type, input: values, as: session.actor) }) }
    }

    /// The intake itself; its draft goes once the case exists.
    static func intake(type: String, form: String, values: [String: String], constituentId: Int64?, sequence: Int,
                       writer: DraftWriter, session: ConsoleSession) -> Effect<ConsoleMessage> {
        .run {
            let result = lined {
                try session.engine.intake(type: type, input: values, constituentId: constituentId, as: session.actor)
            }
            if case .success = result { _ = try? writer.discard(.intake(form), sequence: sequence, session: session) }
            return .intakeFinished(result)
        }
    }

    static func loadDrafts(session: ConsoleSession) -> Effect<ConsoleMessage> {
        .run { .draftsLoaded(attempt { try session.engine.drafts(as: session.actor) }) }
    }

    static func discard(_ key: DraftKey, sequence: Int, writer: DraftWriter, session: ConsoleSession) -> Effect<ConsoleMessage> {
        .run { .draftDiscarded(key, attempt { try writer.discard(key, sequence: sequence, session: session) }) }
    }

    /// The case's form as input for the form screen, at the version it was read, with the
    /// clerk's correction draft of it when there is one.
    static func loadForEdit(ref: String, session: ConsoleSession) -> Effect<ConsoleMessage> {
        .run {
            .editLoaded(ref: ref, attempt {
                let detail = try session.engine.caseDetail(ref: ref, as: session.actor, recordView: false)
                guard let form = session.agency.caseType(detail.summary.type).flatMap({ session.agency.form($0.form) }) else {
                    throw DocketError.refused("\(detail.summary.ref) has case type \(detail.summary.type), whose form the agency file does not define")
                }
                var start = EditStart(ref: detail.summary.ref, version: detail.summary.version, form: form,
                                      values: FormValidator.inputValues(fromCanonical: detail.form, form: form))
                // A draft that cannot be read does not stop the correction; the clerk is told.
                do {
                    start.draft = try session.engine.draft(form: form.id, case: detail.summary.ref, as: session.actor)
                } catch {
                    start.draftProblem = ConsoleFailure(error).message
                }
                return start
            })
        }
    }

    /// The correction; its draft goes once the case has it.
    static func edit(ref: String, changes: [String: String], version: Int64, draft: DraftKey, sequence: Int,
                     writer: DraftWriter, session: ConsoleSession) -> Effect<ConsoleMessage> {
        .run {
            let result = lined {
                try session.engine.editForm(ref: ref, changes: changes, as: session.actor, expectVersion: version)
            }
            if case .success = result { _ = try? writer.discard(draft, sequence: sequence, session: session) }
            return .formEdited(ref: ref, result)
        }
    }

    /// Like `attempt`, but keeps the engine's `FIELD: message` lines apart (each sanitized),
    /// so the form can put each problem under its field.
    static func lined<T>(_ body: () throws -> T) -> Result<T, ConsoleFailure> {
        do {
            return .success(try body())
        } catch let error as DocketError {
            let lines = error.description.split(separator: "\n").map { UntrustedText.sanitize(String($0)) }
            var isConflict = false
            if case .conflict = error { isConflict = true }
            return .failure(ConsoleFailure(message: lines.joined(separator: "\n"), isConflict: isConflict))
        } catch {
            return .failure(ConsoleFailure(error))
        }
    }
}

/// A case's form, ready to correct.
struct EditStart: Sendable {
    var ref: String
    var version: Int64
    var form: FormDefinition
    var values: [String: String]
    /// The clerk's unfinished correction of this case, if any.
    var draft: Draft?
    var draftProblem: String?
}
