/// The drafts list's own actions (moving in it is the picker's).
public enum DraftsAction: String, CaseIterable, Sendable {
    case resume, discard, close
}
