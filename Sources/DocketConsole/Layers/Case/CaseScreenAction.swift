/// The case screen's own actions (scrolling and case actions are shared families).
public enum CaseScreenAction: String, CaseIterable, Sendable {
    case nextPane = "next-pane", previousPane = "previous-pane"
    case refresh
    case editForm = "edit-form"
    case reveal
    case notice
    case payment = "pay", ledger
    case back
}
