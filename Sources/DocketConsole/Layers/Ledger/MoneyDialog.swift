import DocketEngine

/// The payment, refund and waiver dialog as state: its fields, which has the focus, and what
/// Enter hands the engine. Amounts are read in the agency's currency (MoneyStyle); what the
/// engine refuses comes back as the dialog's problem line, the fields kept as typed.
struct MoneyDialog: Sendable {
    enum Kind: Sendable, Equatable {
        case payment
        case refund(receipt: String)
        case waiver
    }

    enum Field: Sendable, Equatable { case amount, method, reference, reason }

    /// What the dialog asks the engine to record.
    enum Filled: Sendable, Equatable {
        case payment(amount: Int64, method: PaymentMethod, reference: String?)
        case refund(receipt: String, amount: Int64, reason: String)
        case waiver(amount: Int64, reason: String)
    }

    enum Event: Sendable, Equatable {
        case none
        case submit(Filled)
        case close
    }

    let kind: Kind
    let style: MoneyStyle
    var amount = TextInput(maxLength: 24)
    var method: PaymentMethod = .cardTerminal
    var reference = TextInput(maxLength: 100)
    var reason = TextInput(maxLength: 500)
    var focus: Field = .amount
    var problem: String?
    var isRecording = false
    /// Set once recorded: the receipt (or what was done), shown until the dialog is closed.
    var done: [String]?

    init(kind: Kind, style: MoneyStyle, suggested: Int64? = nil) {
        self.kind = kind
        self.style = style
        if let suggested, suggested > 0 {
            amount.setText(MoneyStyle(currency: style.currency, language: "en").format(suggested).filter { $0.isNumber || $0 == "." })
        }
    }

    var fields: [Field] { kind == .payment ? [.amount, .method, .reference] : [.amount, .reason] }

    mutating func handle(_ key: Key, keys: Keymap) -> Event {
        if done != nil {
            if case .ledger(let a)? = keys.action(for: key), a == .confirm || a == .cancel { return .close }
            return .none
        }
        if isRecording { return .none }
        let action: LedgerAction? = { if case .ledger(let a)? = keys.action(for: key) { return a } else { return nil } }()
        switch action {
        case .confirm?:
            return submit()
        case .cancel?:
            return .close
        case .nextField?, .previousField?:
            let i = fields.firstIndex(of: focus) ?? 0
            focus = fields[(i + (action == .nextField ? 1 : fields.count - 1)) % fields.count]
            return .none
        case .nextMethod? where focus == .method, .previousMethod? where focus == .method:
            let all = PaymentMethod.allCases
            let i = all.firstIndex(of: method) ?? 0
            method = all[(i + (action == .nextMethod ? 1 : all.count - 1)) % all.count]
            return .none
        default:
            if focus == .method {
                if case .character(let c) = key, let n = c.wholeNumberValue, (1...PaymentMethod.allCases.count).contains(n) {
                    method = PaymentMethod.allCases[n - 1]
                }
                return .none
            }
            var event: TextInputEvent?
            switch focus {
            case .amount: event = amount.handle(key)
            case .reference: event = reference.handle(key)
            case .reason: event = reason.handle(key)
            case .method: break
            }
            // The problem stays until the person changes what it was about.
            if event == .edited { problem = nil }
            return .none
        }
    }

    private mutating func submit() -> Event {
        let value: Int64
        switch style.parse(amount.text) {
        case .success(let v): value = v
        case .failure(let e):
            problem = UntrustedText.sanitize(e.description)
            focus = .amount
            return .none
        }
        let why = reason.text.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .payment:
            let ref = reference.text.trimmingCharacters(in: .whitespaces)
            return .submit(.payment(amount: value, method: method, reference: ref.isEmpty ? nil : ref))
        case .refund(let receipt):
            guard !why.isEmpty else { problem = "give a reason for the refund"; focus = .reason; return .none }
            return .submit(.refund(receipt: receipt, amount: value, reason: why))
        case .waiver:
            guard !why.isEmpty else { problem = "give a reason for the waiver"; focus = .reason; return .none }
            return .submit(.waiver(amount: value, reason: why))
        }
    }

    /// What was recorded, as the dialog shows it at the end: the receipt for a payment.
    static func summary(of o: Engine.LedgerOutcome, style: MoneyStyle) -> [String] {
        let balance = o.balance > 0 ? "Balance \(style.format(o.balance)) owed" : o.balance < 0 ? "Credit \(style.format(-o.balance))" : "Nothing owed"
        switch o.entry.kind {
        case LedgerKind.payment.rawValue:
            return ["Receipt \(o.entry.receipt ?? "")", "",
                    "Case       \(o.summary.ref)",
                    "Paid       \(style.format(o.entry.amount)) by \(o.entry.method ?? "")",
                    "Reference  \(o.entry.reference ?? "-")",
                    "Taken by   \(o.entry.actor), \(Timestamp.iso(o.entry.at).prefix(16).replacingOccurrences(of: "T", with: " "))",
                    "", balance]
        case LedgerKind.refund.rawValue:
            return ["Refunded \(style.format(o.entry.amount)) from \(o.entry.receipt ?? "")", "", balance]
        default:
            return ["Waived \(style.format(o.entry.amount))", "", balance]
        }
    }
}
