/// What a ledger entry is. Every amount is positive; the kind says which way it moves the balance.
public enum LedgerKind: String, Sendable, CaseIterable {
    case charge, payment, refund, waiver, reversal
}

/// How a payment was taken. A card is taken on the card terminal, whose reference is recorded;
/// the card number never reaches Docket.
public enum PaymentMethod: String, Sendable, CaseIterable {
    case cardTerminal = "card-terminal", check, cash, ach, moneyOrder = "money-order", online

    public static var list: String { allCases.map(\.rawValue).joined(separator: "|") }
}

/// One line of a case's ledger, in integer minor units of `currency`. Entries are never changed:
/// a mistake is undone by a reversal whose `reverses` names it.
public struct LedgerEntry: Sendable, Equatable {
    public var id: Int64
    public var at: Int64
    /// A `LedgerKind` raw value.
    public var kind: String
    /// The fee schedule's code, for charges.
    public var code: String?
    public var amount: Int64
    public var currency: String
    public var method: String?
    /// For a payment its receipt; for a refund the receipt it gives money back from.
    public var receipt: String?
    /// The payment's outside reference: check number, terminal authorisation, provider id.
    public var reference: String? = nil
    public var reason: String? = nil
    /// For a reversal: the entry it undoes.
    public var reverses: Int64? = nil
    /// The case's department when the entry was made (the payments report groups by it).
    public var department: String = ""
    public var actor: String

    public init(id: Int64, at: Int64, kind: String, code: String?, amount: Int64, currency: String, method: String?,
                receipt: String?, reference: String? = nil, reason: String? = nil, reverses: Int64? = nil,
                department: String = "", actor: String) {
        self.id = id; self.at = at; self.kind = kind; self.code = code; self.amount = amount; self.currency = currency
        self.method = method; self.receipt = receipt; self.reference = reference; self.reason = reason
        self.reverses = reverses; self.department = department; self.actor = actor
    }

    public var ledgerKind: LedgerKind? { LedgerKind(rawValue: kind) }

    /// What the entry does to the balance on its own: charges and refunds raise what is owed,
    /// payments and waivers lower it. A reversal's effect depends on what it reverses (LedgerBook).
    public var ownEffect: Int64 {
        switch ledgerKind {
        case .charge, .refund: return amount
        case .payment, .waiver: return -amount
        case .reversal, nil: return 0
        }
    }
}
