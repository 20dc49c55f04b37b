/// The form screen's own actions (help and redraw are the general ones).
public enum FormAction: String, CaseIterable, Sendable {
    case fieldNext = "field-next", fieldPrevious = "field-previous"
    case fieldPageDown = "field-page-down", fieldPageUp = "field-page-up"
    case submit = "form-submit"
    case leave = "form-leave"
}
