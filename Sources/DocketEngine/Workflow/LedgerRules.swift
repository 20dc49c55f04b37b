/// What the ledger rules read inside the command's transaction: the case's entries so far and
/// the id the new entry gets (the write lock keeps it ours).
struct LedgerRead {
    var book: LedgerBook
    var nextId: Int64
}

/// The money rules: each adds one entry to the case's ledger and one event to the chain, or
/// refuses saying why. They never change an entry: a mistake is undone by a reversal.
extension CaseWork {
    /// The entry's actor is the person of record (whom an admin acted as); the event keeps who typed it.
    private func entry(_ kind: LedgerKind, id: Int64, amount: Int64) -> LedgerEntry {
        LedgerEntry(id: id, at: now, kind: kind.rawValue, code: nil, amount: amount, currency: agency.currency, method: nil,
                    receipt: nil, department: c.department, actor: actor)
    }

    private func money(_ minor: Int64) -> String { MoneyStyle(currency: agency.currency).format(minor) }

    private mutating func record(_ e: LedgerEntry, event kind: String, details: [(String, JSONText.Value)]) {
        ledgerEntries.append(e)
        event(kind, reason: e.reason, details: [("entry", .int(e.id)), ("kind", .string(e.kind)), ("amount", .int(e.amount)),
                                                ("currency", .string(e.currency))] + details)
    }

    /// A fee of the agency's schedule for this case's type, at its amount (a fine by the
    /// offence on the case's form).
    @discardableResult
    mutating func charge(fee code: String, reason: String?, ledger: LedgerRead) throws -> LedgerEntry {
        guard let fee = agency.fee(code) else {
            let mine = agency.fees.filter { $0.caseType == c.type }.map(\.code)
            throw DocketError.usage("no fee '\(code)' in the agency's schedule (\(c.type) cases: \(mine.isEmpty ? "none" : mine.joined(separator: ", ")))")
        }
        guard fee.caseType == c.type else {
            throw DocketError.refused("\(code) is a fee for \(fee.caseType) cases, and \(c.ref) is a \(c.type) case")
        }
        let amount = try fee.amount(form: form).get()
        guard amount > 0 else { throw DocketError.refused("\(code) comes to nothing on \(c.ref); nothing to charge") }
        var e = entry(.charge, id: ledger.nextId, amount: amount)
        e.code = code
        e.reason = reason
        record(e, event: "fee_charged", details: [("code", .string(code))])
        return e
    }

    /// A payment taken at the counter, by post or online, with the numbered receipt the store
    /// allocated. Paying more than is owed leaves a credit.
    @discardableResult
    mutating func pay(amount: Int64, method: PaymentMethod, reference: String?, receipt: String, ledger: LedgerRead) throws -> LedgerEntry {
        guard amount > 0 else { throw DocketError.usage("a payment is more than \(money(0))") }
        if reference == nil && method != .cash {
            throw DocketError.usage("a \(method.rawValue) payment needs --reference: the check number, the terminal's authorisation code, the transfer's or provider's id")
        }
        var e = entry(.payment, id: ledger.nextId, amount: amount)
        e.method = method.rawValue
        e.receipt = receipt
        e.reference = reference
        record(e, event: "payment_received", details: [("method", .string(method.rawValue)), ("receipt", .string(receipt)),
                                                        ("reference", .optional(reference))])
        return e
    }

    /// Money given back from one receipt, never more than what is left of it.
    @discardableResult
    mutating func refund(receipt: String, amount: Int64, reason: String, ledger: LedgerRead) throws -> LedgerEntry {
        guard amount > 0 else { throw DocketError.usage("a refund is more than \(money(0))") }
        guard let paid = ledger.book.payment(receipt: receipt) else {
            let receipts = ledger.book.entries.compactMap { $0.kind == LedgerKind.payment.rawValue ? $0.receipt : nil }
            throw DocketError.notFound("no receipt \(receipt) on \(c.ref) (its receipts: \(receipts.isEmpty ? "none" : receipts.joined(separator: ", ")))")
        }
        let left = ledger.book.refundable(receipt: receipt)
        guard amount <= left else {
            throw DocketError.refused("receipt \(receipt) was for \(money(paid.amount)) and \(money(left)) of it is left to refund; \(money(amount)) is more than that")
        }
        var e = entry(.refund, id: ledger.nextId, amount: amount)
        e.receipt = receipt
        e.method = paid.method
        e.reason = reason
        record(e, event: "refunded", details: [("receipt", .string(receipt))])
        return e
    }

    /// Forgives part or all of what is owed on waivable charges.
    @discardableResult
    mutating func waive(amount: Int64, reason: String, ledger: LedgerRead) throws -> LedgerEntry {
        guard amount > 0 else { throw DocketError.usage("a waiver is more than \(money(0))") }
        let most = ledger.book.waivable { agency.isWaivable(feeCode: $0) }
        guard amount <= most else {
            throw DocketError.refused(most == 0
                ? "nothing on \(c.ref) can be waived (owed: \(money(max(0, ledger.book.balance))); fees the schedule marks not waivable stay owed)"
                : "at most \(money(most)) can be waived on \(c.ref) (what is owed on waivable charges); \(money(amount)) is more")
        }
        var e = entry(.waiver, id: ledger.nextId, amount: amount)
        e.reason = reason
        record(e, event: "waived", details: [])
        return e
    }

    /// Undoes one entry by a reversing entry of the same amount. A reversal is not reversed (charge
    /// or pay again instead), nor is an entry twice, nor a payment that refunds still stand against.
    @discardableResult
    mutating func reverse(entry id: Int64, reason: String, ledger: LedgerRead) throws -> LedgerEntry {
        guard let target = ledger.book.entry(id) else {
            throw DocketError.notFound("no ledger entry #\(id) on \(c.ref); `docket ledger \(c.ref)` lists its entries")
        }
        if target.kind == LedgerKind.reversal.rawValue {
            throw DocketError.refused("entry #\(id) is itself a reversal; a reversal is not reversed: record the entry again instead")
        }
        if ledger.book.reversed.contains(id) { throw DocketError.refused("entry #\(id) was reversed already") }
        if target.kind == LedgerKind.payment.rawValue, let r = target.receipt, ledger.book.refundable(receipt: r) < target.amount {
            throw DocketError.refused("receipt \(r) has refunds standing against it; reverse those refunds first")
        }
        var e = entry(.reversal, id: ledger.nextId, amount: target.amount)
        e.reverses = id
        e.reason = reason
        e.receipt = target.receipt
        e.method = target.method
        e.code = target.code
        record(e, event: "ledger_reversed", details: [("reverses", .int(id)), ("reversed_kind", .string(target.kind))])
        return e
    }
}
