import DocketEngine

/// The layers the case screen opens over itself, one line per key: the action's layer, given
/// the case as shown. A new one (a ledger pane, a notice preview) is an action in
/// `CaseScreenAction`, its binding in the case keymap, and one line here.
extension CaseLayer {
    static func overlay(for action: CaseScreenAction, case screen: CaseScreenState, context: LayerContext) -> (any ConsoleLayer)? {
        guard let summary = screen.summary else { return nil }
        switch action {
        case .reveal: return RevealLayer(ref: summary.ref)
        case .notice: return NoticeLayer(ref: summary.ref)
        case .payment, .ledger:
            return LedgerLayer(ref: summary.ref, version: summary.version, currency: context.session.agency.currency,
                               paymentOnly: action == .payment)
        default: return nil
        }
    }
}
