/// The notice preview's own keys (scrolling is the shared `MoveAction` family).
public enum NoticeAction: String, CaseIterable, Sendable {
    case write = "write-notice"
    case close = "close-notice"
}
