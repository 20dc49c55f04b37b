import DocketEngine

/// The engine calls behind the ledger overlay and its dialog.
enum LedgerRequests {
    /// A case's ledger, and whether this person may take money and refund or waive on it.
    struct Loaded: Sendable {
        var ledger: Engine.CaseLedger
        var mayPay: String?
        var mayRefund: String?
    }

    static func load(ref: String, session: ConsoleSession) -> Result<Loaded, ConsoleFailure> {
        attempt {
            let ledger = try session.engine.ledger(ref: ref, as: session.actor)
            let actions = try session.engine.availableActions(ref: ref, as: session.actor)
            func why(_ kind: CaseActionKind) -> String? {
                guard let a = actions.first(where: { $0.kind == kind }) else { return "not allowed" }
                return a.enabled ? nil : (a.whyNot ?? "not allowed")
            }
            return Loaded(ledger: ledger, mayPay: why(.pay), mayRefund: why(.refund))
        }
    }

    /// Records what the dialog holds, against the version the person saw.
    static func record(_ form: MoneyDialog.Filled, ref: String, version: Int64, session: ConsoleSession) -> Result<Engine.LedgerOutcome, ConsoleFailure> {
        attempt {
            let e = session.engine
            switch form {
            case .payment(let amount, let method, let reference):
                return try e.pay(ref, amount: amount, method: method, reference: reference, as: session.actor, expectVersion: version)
            case .refund(let receipt, let amount, let reason):
                return try e.refund(ref, receipt: receipt, amount: amount, reason: reason, as: session.actor, expectVersion: version)
            case .waiver(let amount, let reason):
                return try e.waive(ref, amount: amount, reason: reason, as: session.actor, expectVersion: version)
            }
        }
    }
}
