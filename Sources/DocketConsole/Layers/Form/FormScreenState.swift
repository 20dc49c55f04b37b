import DocketEngine

/// What the form screen is for: a new case of a type, or correcting a case's form.
enum FormPurpose: Equatable, Sendable {
    case intake(type: String)
    case edit(ref: String, version: Int64)

    var isIntake: Bool { if case .intake = self { return true } else { return false } }
}

/// Where the form is between the first key and the new case.
enum FormStage: Sendable {
    /// The draft (intake) or the case's form (edit) is being read.
    case opening
    case editing
    /// The engine is checking the form and looking for the person (intake preview).
    case checking
    /// Known people who may be this one: the clerk says which, or "new person".
    case choosingPerson(PersonChoice)
    /// The national id keyed is another person's: correct it, or choose that record deliberately.
    case resolvingConflict(IdentityConflictChoice)
    /// The intake or edit is running.
    case submitting
    /// The case exists; what happened and where it went.
    case done(IntakeDone)

    var takesFormKeys: Bool { if case .editing = self { return true } else { return false } }
    var isBusy: Bool {
        switch self {
        case .opening, .checking, .submitting: return true
        default: return false
        }
    }
}

/// The form screen: the form being keyed, what it is for, its draft, and its stage.
struct FormScreenState: Sendable {
    var editor: FormEditor
    var purpose: FormPurpose
    /// "New intake: Veterans disability claim" or "Edit DC-2026-000012".
    var title: String
    var stage: FormStage = .editing
    var draft: DraftTracker
    /// First body line shown (the view keeps the focused field in sight).
    var scroll = 0
    /// Keys typed while the engine works; played when it answers.
    var typeAhead: [Key] = []

    /// The draft this screen keeps: the intake's, or the correction's of this case.
    var draftKey: DraftKey {
        switch purpose {
        case .intake: return .intake(editor.form.id)
        case .edit(let ref, _): return DraftKey(form: editor.form.id, caseRef: ref)
        }
    }

    /// What the draft holds: an intake's values as typed; a correction's changes only, so a
    /// masked personal value is never taken for the value and a restore brings back only
    /// what the clerk typed.
    var draftValues: [String: String] { purpose.isIntake ? editor.values : editor.changes }
}
