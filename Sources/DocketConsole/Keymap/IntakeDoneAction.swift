/// The keys once an intake is done: open the new case, take in another, or go back.
public enum IntakeDoneAction: String, CaseIterable, Sendable {
    case openCase = "open-new-case"
    case another = "another-intake"
    case back = "back-from-intake"
}
