/// The `routed` event and task reason of a new case, which depend only on the routing decision.
struct RoutedEvent {
    /// The main task's reason: which rule sent it where it is.
    var task: String
    var reason: String
    var details: String

    init(_ d: RoutingDecision) {
        task = d.explanation
        reason = "intake: \(task)"
        details = JSONText.object(["to": .string(d.action.department), "rule": .optional(d.ruleName)])
    }
}
