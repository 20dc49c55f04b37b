/// Why a case went where it went.
extension Engine {
    public struct RouteExplanation: Sendable {
        public var ref: String
        public var department: String
        /// The routing events in the case's history, oldest first.
        public var history: [EventRecord]
        /// The intake rules evaluated against the case as it is now.
        public var intake: RoutingDecision
        /// The rules for the state the case is in now, if any apply.
        public var state: RoutingDecision?
        public var stateVerdicts: [RuleVerdict]
    }

    public func explainRoute(_ ref: String, as actor: StaffMember) throws -> RouteExplanation {
        try locked {
            guard let c = try store.caseSummary(ref: ref.uppercased()) else { throw DocketError.notFound("no case \(ref)") }
            guard try mayView(c, actor) else {
                throw DocketError.refused("\(c.ref) is in \(c.department), outside \(actor.login)'s departments; its routing is not shown")
            }
            let w = try CaseWork(agency: agency, actor: actor.login, typedBy: actor.impersonatedBy, now: clock.now, read: try store.caseForChange(c))
            var subject = w.subject()
            let stateSubject = subject
            // The intake rules saw the case as it came in: initial state, the type's priority, no tags
            // yet (the priority and tags rules gave it since must not change what they say).
            subject.state = agency.lifecycle(forType: c.type)?.initialState.id ?? c.state
            subject.priority = agency.caseType(c.type)?.defaultPriority ?? c.priority
            subject.tags = []
            let intake = RoutingEvaluator.decide(agency, trigger: .intake, subject: subject)!
            let state = RoutingEvaluator.decide(agency, trigger: .enterState(c.state), subject: stateSubject)
            let verdicts = state?.verdicts ?? agency.routingRules.enumerated().map { i, r in
                RuleVerdict(index: i, rule: r, matched: false,
                            why: r.trigger == .enterState(c.state) ? "conditions did not hold" : "trigger is \(r.trigger.text)")
            }
            return RouteExplanation(ref: c.ref, department: c.department,
                                    history: try store.events(caseId: c.id).filter { $0.kind == "routed" },
                                    intake: intake, state: state, stateVerdicts: verdicts)
        }
    }
}
