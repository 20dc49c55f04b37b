import DocketEngine

/// The engine call behind the case screen.
enum CaseRequests {
    /// Loads a case and what this person may do to it. Opening records a view (the
    /// engine's audit trail); reloading after one's own action does not.
    /// A screen whose identifiers were revealed keeps them shown across its reloads (the
    /// reveal was recorded once, with its reason, for this visit).
    static func load(ref: String, generation: Generation, recordView: Bool, revealed: Bool = false,
                     session: ConsoleSession) -> Effect<ConsoleMessage> {
        .run(latestIn: "case.load") {
            let result: Result<CaseLoad, ConsoleFailure> = attempt {
                let detail = try session.engine.caseDetail(ref: ref, as: session.actor, recordView: recordView)
                return try CaseRequests.caseLoad(detail, revealed: revealed, session: session)
            }
            return .caseLoaded(ref: ref, generation, result)
        }
    }

    /// Reveals the case's identifiers with a reason (the engine checks who may and records it).
    static func reveal(ref: String, reason: String, session: ConsoleSession) -> Result<CaseLoad, ConsoleFailure> {
        attempt {
            let detail = try session.engine.revealCase(ref: ref, reason: reason, as: session.actor)
            return try caseLoad(detail, revealed: true, session: session)
        }
    }

    static func caseLoad(_ detail: CaseDetail, revealed: Bool, session: ConsoleSession) throws -> CaseLoad {
        let actions = try session.engine.availableActions(ref: detail.summary.ref, as: session.actor)
        let model = CaseDetailModel(detail: detail, agency: session.agency, now: session.engine.clock.now, revealed: revealed)
        return CaseLoad(model: model, actions: actions)
    }
}
