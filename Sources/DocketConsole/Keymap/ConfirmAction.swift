/// Answers to a yes/no question (closing a case, a rebalance's preview), and scrolling a
/// long preview while it is asked.
public enum ConfirmAction: String, CaseIterable, Sendable {
    case yes, no
    case scrollDown = "scroll-down", scrollUp = "scroll-up"
}
