import DocketEngine

/// The case actions a person can start from the queue or the case screen. The raw value
/// is the action id in keymaps and keymap files.
public enum CaseCommand: String, CaseIterable, Sendable {
    case claim
    case nextCase = "next-case"
    case route
    case refer
    case changeState = "state"
    case hold
    case resume
    case note
    case assign
    case decide
    case complete
    case release

    /// The engine's permission for this command (next-case is not about one case).
    var engineKind: CaseActionKind? {
        switch self {
        case .claim: return .claim
        case .nextCase: return nil
        case .route: return .route
        case .refer: return .refer
        case .changeState: return .changeState
        case .hold: return .hold
        case .resume: return .resume
        case .note: return .note
        case .assign: return .assign
        case .decide: return .decide
        case .complete: return .completeTask
        case .release: return .release
        }
    }

    /// A verb for messages ("cannot route: …").
    var verb: String {
        switch self {
        case .claim: return "claim"
        case .nextCase: return "take the next case"
        case .route: return "route"
        case .refer: return "refer"
        case .changeState: return "change the state"
        case .hold: return "put on hold"
        case .resume: return "resume"
        case .note: return "add a note"
        case .assign: return "assign"
        case .decide: return "decide"
        case .complete: return "complete a task"
        case .release: return "release"
        }
    }

}
