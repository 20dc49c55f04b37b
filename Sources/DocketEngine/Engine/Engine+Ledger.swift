/// The money commands: charge, pay, refund, waive, reverse — each one transaction through
/// `mutate` (version check, permission, the rule, the save), and the ledger's read.
extension Engine {
    /// A case's ledger as `docket ledger` shows it.
    public struct CaseLedger: Sendable {
        public var summary: CaseSummary
        public var entries: [LedgerEntry]
        public var book: LedgerBook { LedgerBook(entries) }
        public var balance: Int64 { book.balance }
    }

    /// What a money command did: the entry, and the case as saved (its new version).
    public struct LedgerOutcome: Sendable {
        public var entry: LedgerEntry
        public var summary: CaseSummary
        public var balance: Int64
    }

    /// Reading a ledger: whoever may see the case, and payments staff for any case.
    public func ledger(ref: String, as actor: StaffMember) throws -> CaseLedger {
        try locked {
            guard let c = try store.caseSummary(ref: ref.uppercased()) else {
                throw DocketError.notFound("no case \(ref); `docket search TEXT` finds cases by name, ref or id")
            }
            guard try mayView(c, actor) || actor.worksIn(LedgerAccess.paymentsDepartment) else {
                throw DocketError.refused("\(c.ref) is in \(c.department), outside \(actor.login)'s departments; its ledger is not shown")
            }
            return CaseLedger(summary: c, entries: try store.ledger(caseId: c.id))
        }
    }

    /// Runs one money rule in a command's transaction, with the case's ledger read inside it.
    private func money(_ ref: String, as actor: StaffMember, expectVersion: Int64?, action: CaseActionKind,
                       _ rule: (inout CaseWork, LedgerRead) throws -> LedgerEntry) throws -> LedgerOutcome {
        let (entry, summary) = try mutate(ref, as: actor, expectVersion: expectVersion, action: action) { w, _ in
            let read = LedgerRead(book: LedgerBook(try store.ledger(caseId: w.c.id)), nextId: try store.nextLedgerId())
            return try rule(&w, read)
        }
        let balance = try locked { LedgerBook(try store.ledger(caseId: summary.id)).balance }
        return LedgerOutcome(entry: entry, summary: summary, balance: balance)
    }

    @discardableResult
    public func charge(_ ref: String, fee: String, reason: String?, as actor: StaffMember, expectVersion: Int64? = nil) throws -> LedgerOutcome {
        let why = try reason.map { try FreeText.optional($0) } ?? nil
        return try money(ref, as: actor, expectVersion: expectVersion, action: .charge) { w, read in
            try w.charge(fee: fee, reason: why, ledger: read)
        }
    }

    /// Records a payment and gives it the year's next receipt number.
    @discardableResult
    public func pay(_ ref: String, amount: Int64, method: PaymentMethod, reference: String?, as actor: StaffMember,
                    expectVersion: Int64? = nil) throws -> LedgerOutcome {
        let outsideReference = try reference.map { try FreeText.optional($0) } ?? nil
        if let r = outsideReference, r.count > 100 { throw DocketError.usage("the reference is \(r.count) characters; keep it under 100") }
        let year = Day(unixSeconds: clock.now).civil.year
        return try money(ref, as: actor, expectVersion: expectVersion, action: .pay) { w, read in
            try w.pay(amount: amount, method: method, reference: outsideReference, receipt: try store.allocateReceipt(year: year), ledger: read)
        }
    }

    @discardableResult
    public func refund(_ ref: String, receipt: String, amount: Int64, reason: String, as actor: StaffMember,
                       expectVersion: Int64? = nil) throws -> LedgerOutcome {
        let why = try FreeText.required(reason, what: "a reason for the refund (--reason TEXT)")
        let number = receipt.trimmingCharacters(in: .whitespaces).uppercased()
        return try money(ref, as: actor, expectVersion: expectVersion, action: .refund) { w, read in
            try w.refund(receipt: number, amount: amount, reason: why, ledger: read)
        }
    }

    @discardableResult
    public func waive(_ ref: String, amount: Int64, reason: String, as actor: StaffMember, expectVersion: Int64? = nil) throws -> LedgerOutcome {
        let why = try FreeText.required(reason, what: "a reason for the waiver (--reason TEXT)")
        return try money(ref, as: actor, expectVersion: expectVersion, action: .waive) { w, read in
            try w.waive(amount: amount, reason: why, ledger: read)
        }
    }

    @discardableResult
    public func reverse(_ ref: String, entry: Int64, reason: String, as actor: StaffMember, expectVersion: Int64? = nil) throws -> LedgerOutcome {
        let why = try FreeText.required(reason, what: "a reason for the reversal (--reason TEXT)")
        return try money(ref, as: actor, expectVersion: expectVersion, action: .reverseEntry) { w, read in
            try w.reverse(entry: entry, reason: why, ledger: read)
        }
    }

    /// Reads an amount typed for this agency's currency.
    public func amount(_ text: String, language: String = "en") throws -> Int64 {
        try MoneyStyle(currency: agency.currency, language: language).parse(text).get()
    }
}

extension Engine {
    /// `docket report payments`: supervisors, auditors and admins; every department. The window
    /// is whole days, both ends included; by default the last 30 days up to today.
    public func paymentsReport(from: Day? = nil, to: Day? = nil, as actor: StaffMember) throws -> PaymentsReport {
        guard [.supervisor, .admin, .auditor].contains(actor.role) else {
            throw DocketError.refused("the payments report is for supervisors, admins and auditors; \(actor.login) is a \(actor.role.rawValue)")
        }
        let last = to ?? clock.today
        let first = from ?? (last + -29)
        guard first <= last else { throw DocketError.usage("--from \(first.iso) is after --to \(last.iso)") }
        return try locked {
            let entries = try store.ledgerEntries(from: first.unixSeconds, to: (last + 1).unixSeconds, departments: nil)
            let wanted = entries.compactMap { $0.kind == LedgerKind.reversal.rawValue ? $0.reverses : nil }
            let targets = Dictionary(try store.ledgerEntries(ids: wanted).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            return PaymentsReport.build(from: first, to: last, currency: agency.currency, entries: entries, reversedEntries: targets)
        }
    }
}

extension Engine {
    /// The schedule's late fees (`"charged": "late"`): charged by Docket, once, on each case of
    /// the fee's type that still owes money its oldest standing charge has been owed for the
    /// fee's days. Each case in its own transaction, an event on the chain like any charge.
    /// Run by `docket tick`. Returns the refs charged.
    @discardableResult
    public func chargeLateFees() throws -> [String] {
        var charged: [String] = []
        for fee in agency.fees {
            guard case .late(let days) = fee.charged else { continue }
            let cutoff = clock.now - Int64(days) * 86_400
            let candidates = try locked { try store.lateFeeCandidates(type: fee.caseType, lateFee: fee.code, chargedBy: cutoff) }
            for id in candidates {
                guard let c = try locked({ try store.caseSummary(id: id) }) else { continue }
                let book = try locked { LedgerBook(try store.ledger(caseId: id)) }
                let standing = book.entries.filter { $0.kind == LedgerKind.charge.rawValue && !book.reversed.contains($0.id) }
                guard book.balance > 0, let oldest = standing.map(\.at).min(), oldest <= cutoff else { continue }
                // Paid in part within the window: not yet late.
                if book.entries.contains(where: { $0.kind == LedgerKind.payment.rawValue && $0.at > cutoff && !book.reversed.contains($0.id) }) { continue }
                try charge(c.ref, fee: fee.code, reason: "owed for more than \(days) days", as: Engine.system)
                charged.append(c.ref)
            }
        }
        return charged
    }
}
