/// The keys of a one-line reason prompt (revealing identifiers): printable keys and the text
/// box's editing keys type the reason; these give it or give up.
public enum ReasonAction: String, CaseIterable, Sendable {
    case give = "give-reason"
    case cancel = "cancel-reason"
}
