/// Everything a key can mean on a screen, typed: one family of actions per screen (or per
/// group of keys several screens share), so a misspelt action does not compile and each
/// screen's `switch` lists exactly its own actions. Keymap files name an action by `id`,
/// the family's raw value (`next-case`, `dashboard-open`).
public enum ConsoleAction: Hashable, Sendable {
    case move(MoveAction)
    case command(CaseCommand)
    case general(GeneralAction)
    case queue(QueueAction)
    case caseScreen(CaseScreenAction)
    case dashboard(DashboardAction)
    case form(FormAction)
    case confirm(ConfirmAction)
    case picker(PickerAction)
    case drafts(DraftsAction)
    case search(SearchAction)
    case reason(ReasonAction)
    case intakeDone(IntakeDoneAction)
    case yesNoField(YesNoFieldAction)
    case optionList(OptionListAction)
    case choiceField(ChoiceFieldAction)
    case textInput(TextInputAction)
    case notice(NoticeAction)
    case ledger(LedgerAction)

    /// The action's id in keymap files, help and the README's key tables.
    public var id: String {
        switch self {
        case .move(let action): return action.rawValue
        case .command(let action): return action.rawValue
        case .general(let action): return action.rawValue
        case .queue(let action): return action.rawValue
        case .caseScreen(let action): return action.rawValue
        case .dashboard(let action): return action.rawValue
        case .form(let action): return action.rawValue
        case .confirm(let action): return action.rawValue
        case .picker(let action): return action.rawValue
        case .drafts(let action): return action.rawValue
        case .search(let action): return action.rawValue
        case .reason(let action): return action.rawValue
        case .intakeDone(let action): return action.rawValue
        case .yesNoField(let action): return action.rawValue
        case .optionList(let action): return action.rawValue
        case .choiceField(let action): return action.rawValue
        case .textInput(let action): return action.rawValue
        case .notice(let action): return action.rawValue
        case .ledger(let action): return action.rawValue
        }
    }
}

/// Moving the cursor or scrolling, on the queue and the case screen.
public enum MoveAction: String, CaseIterable, Sendable {
    case down, up
    case pageDown = "page-down", pageUp = "page-up"
    case halfDown = "half-down", halfUp = "half-up"
    case top, bottom
}

/// Keys that work on every screen but the form (where printable keys type).
public enum GeneralAction: String, CaseIterable, Sendable {
    case search, command, dashboard, help, redraw, quit, intake, drafts
}
