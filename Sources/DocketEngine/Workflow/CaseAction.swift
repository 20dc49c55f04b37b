/// The things a person can do to a case. The console's action menu and the engine's
/// permission check both come from `AvailableActions`.
public enum CaseActionKind: String, Sendable, CaseIterable {
    case claim, release, assign, route, refer, changeState = "status", hold, resume, decide, note
    case completeTask = "complete", pay, editForm = "edit", revealIdentifiers = "reveal"
    case legalHold = "legal-hold"
    case charge, refund, waive, reverseEntry = "reverse"
}

/// One action as offered to one person on one case right now.
public struct AvailableAction: Sendable, Equatable {
    public var kind: CaseActionKind
    public var enabled: Bool
    /// Why not, when disabled: shown in the menu and in the refusal.
    public var whyNot: String?
    /// For status changes: the states that may be entered.
    public var targets: [String]

    public init(_ kind: CaseActionKind, enabled: Bool = true, whyNot: String? = nil, targets: [String] = []) {
        self.kind = kind
        self.enabled = enabled
        self.whyNot = whyNot
        self.targets = targets
    }
}
