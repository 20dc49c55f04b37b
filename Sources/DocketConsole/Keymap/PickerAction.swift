/// Moving in a list to pick from (a department, a state, a person) and picking.
public enum PickerAction: String, CaseIterable, Sendable {
    case down, up
    case pageDown = "page-down", pageUp = "page-up"
    case top, bottom
    case filter, pick, cancel
}
