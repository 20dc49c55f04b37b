import DocketEngine

/// The engine call behind the case screen.
enum CaseRequests {
    /// Loads a case and what this person may do to it. Opening records a view (the
    /// engine's audit trail); reloading after one's own action does not.
    static func load(ref: String, generation: Generation, recordView: Bool, session: ConsoleSession) -> Effect<ConsoleMessage> {
        .run(latestIn: "case.load") {
            let result: Result<CaseLoad, ConsoleFailure> = attempt {
                let detail = try session.engine.caseDetail(ref: ref, as: session.actor, recordView: recordView)
                let actions = try session.engine.availableActions(ref: detail.summary.ref, as: session.actor)
                let model = CaseDetailModel(detail: detail, agency: session.agency, now: session.engine.clock.now)
                return CaseLoad(model: model, actions: actions)
            }
            return .caseLoaded(ref: ref, generation, result)
        }
    }
}
