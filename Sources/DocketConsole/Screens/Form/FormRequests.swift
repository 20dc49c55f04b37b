import DocketEngine

/// The engine calls behind the form screen, each off the input path.
enum FormRequests {
    static func loadDraft(type: String, session: ConsoleSession) -> Effect<ConsoleMessage> {
        .run { .intakeDraftLoaded(type: type, attempt { try session.engine.draft(form: type, as: session.actor) }) }
    }

    static func saveDraft(_ editor: FormEditor, sequence: Int, writer: DraftWriter, session: ConsoleSession) -> Effect<ConsoleMessage> {
        let form = editor.form.id, values = editor.values, focus = editor.focus
        return .run {
            .draftSaved(form: form, sequence: sequence, attempt {
                try writer.save(form, values: values, focus: focus, sequence: sequence, session: session)
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
            if case .success = result { _ = try? writer.discard(form, sequence: sequence, session: session) }
            return .intakeFinished(result)
        }
    }

    static func loadDrafts(session: ConsoleSession) -> Effect<ConsoleMessage> {
        .run { .draftsLoaded(attempt { try session.engine.drafts(as: session.actor) }) }
    }

    static func discard(form: String, sequence: Int, writer: DraftWriter, session: ConsoleSession) -> Effect<ConsoleMessage> {
        .run { .draftDiscarded(form: form, attempt { try writer.discard(form, sequence: sequence, session: session) }) }
    }

    /// The case's form as input for the form screen, at the version it was read.
    static func loadForEdit(ref: String, session: ConsoleSession) -> Effect<ConsoleMessage> {
        .run {
            .editLoaded(ref: ref, attempt {
                let detail = try session.engine.caseDetail(ref: ref, as: session.actor, recordView: false)
                guard let form = session.agency.caseType(detail.summary.type).flatMap({ session.agency.form($0.form) }) else {
                    throw DocketError.refused("\(detail.summary.ref) has case type \(detail.summary.type), whose form the agency file does not define")
                }
                return EditStart(ref: detail.summary.ref, version: detail.summary.version, form: form,
                                 values: FormValidator.inputValues(fromCanonical: detail.form, form: form))
            })
        }
    }

    static func edit(ref: String, changes: [String: String], version: Int64, session: ConsoleSession) -> Effect<ConsoleMessage> {
        .run {
            .formEdited(ref: ref, lined {
                try session.engine.editForm(ref: ref, changes: changes, as: session.actor, expectVersion: version)
            })
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
}
