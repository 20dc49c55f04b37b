/// One fee or fine of the agency's schedule, for one case type, in integer minor units.
public struct Fee: Sendable, Equatable {
    public var code: String
    public var caseType: String
    public var name: String
    /// The amount; for a fine by offence, what an offence the table does not list costs (nil:
    /// such an offence cannot be charged this fee).
    public var amount: Int?
    public var charged: FeeTrigger = .byHand
    /// Whether a supervisor may waive it.
    public var waivable: Bool = true
    /// A traffic fine's amount by the offence on the case's form.
    public var byOffence: OffenceFines? = nil

    public init(code: String, caseType: String, name: String, amount: Int?, charged: FeeTrigger = .byHand,
                waivable: Bool = true, byOffence: OffenceFines? = nil) {
        self.code = code; self.caseType = caseType; self.name = name; self.amount = amount
        self.charged = charged; self.waivable = waivable; self.byOffence = byOffence
    }

    /// What this fee comes to on a case with this form, or why it cannot be charged.
    public func amount(form: FormValues) -> Result<Int64, DocketError> {
        if let table = byOffence {
            let offence = form[table.field] ?? ""
            if let a = table.amounts[offence] { return .success(Int64(a)) }
            if let amount { return .success(Int64(amount)) }
            return .failure(.refused("\(code) is charged by offence, and the case's \(table.field) is '\(offence)', which the fee schedule does not price (priced: \(table.amounts.keys.sorted().joined(separator: ", ")))"))
        }
        return .success(Int64(amount ?? 0))
    }
}

/// When a fee is charged.
public enum FeeTrigger: Sendable, Equatable {
    /// By hand only (`docket charge REF --fee CODE`).
    case byHand
    /// When a case of its type opens.
    case onOpen
    /// By `docket tick` once a case has owed money for this many days with no payment since.
    case late(afterDays: Int)
}

/// Fines by offence: which form field names the offence, and each offence's amount.
public struct OffenceFines: Sendable, Equatable {
    public var field: String
    public var amounts: [String: Int]
}

extension Agency {
    /// The fees a case of this type is charged when it opens, in schedule order.
    public func openingFees(type: String) -> [Fee] {
        fees.filter { $0.caseType == type && $0.charged == .onOpen }
    }

    /// Whether a charge of this fee code may be waived (a charge whose fee has left the
    /// schedule may: a supervisor decides).
    public func isWaivable(feeCode: String?) -> Bool {
        guard let feeCode, let fee = fee(feeCode) else { return true }
        return fee.waivable
    }
}
