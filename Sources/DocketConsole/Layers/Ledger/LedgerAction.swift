/// The keys of the ledger overlay (`L` on the case screen) and of its money dialog (`$`).
public enum LedgerAction: String, CaseIterable, Sendable {
    // The overlay.
    case pay = "ledger-pay"
    case refund = "ledger-refund"
    case waive = "ledger-waive"
    case down = "ledger-down"
    case up = "ledger-up"
    case close = "ledger-close"
    // The dialog.
    case confirm = "money-confirm"
    case nextField = "money-next-field"
    case previousField = "money-previous-field"
    case nextMethod = "money-next-method"
    case previousMethod = "money-previous-method"
    case cancel = "money-cancel"
}
