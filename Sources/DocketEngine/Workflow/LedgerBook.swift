/// A case's ledger read as accounts: the balance, what each receipt has left to refund, and
/// what may still be waived — all derived from the entries, never stored beside them.
public struct LedgerBook: Sendable {
    public let entries: [LedgerEntry]
    private let byId: [Int64: LedgerEntry]
    /// Entries undone by a reversal.
    public let reversed: Set<Int64>

    public init(_ entries: [LedgerEntry]) {
        self.entries = entries
        byId = Dictionary(entries.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        reversed = Set(entries.compactMap { $0.kind == LedgerKind.reversal.rawValue ? $0.reverses : nil })
    }

    public func entry(_ id: Int64) -> LedgerEntry? { byId[id] }

    /// What one entry does to the balance: a reversal undoes the entry it names.
    public func effect(of e: LedgerEntry) -> Int64 {
        if e.kind == LedgerKind.reversal.rawValue { return -(e.reverses.flatMap { byId[$0] }.map(effect) ?? 0) }
        return e.ownEffect
    }

    /// Charges − payments − waivers + refunds, with reversed entries taken out: what the
    /// constituent still owes (negative: a credit, the agency owes them).
    public var balance: Int64 { entries.reduce(0) { $0 + effect(of: $1) } }

    /// The sum of one kind's entries still standing (not reversed).
    public func total(_ kind: LedgerKind) -> Int64 {
        entries.filter { $0.kind == kind.rawValue && !reversed.contains($0.id) }.reduce(0) { $0 + $1.amount }
    }

    /// The payment a receipt was given for, if it is on this case.
    public func payment(receipt: String) -> LedgerEntry? {
        entries.first { $0.kind == LedgerKind.payment.rawValue && $0.receipt == receipt }
    }

    /// What may still be refunded from a receipt: its payment less the refunds standing against
    /// it; nothing when the payment itself was reversed.
    public func refundable(receipt: String) -> Int64 {
        guard let p = payment(receipt: receipt), !reversed.contains(p.id) else { return 0 }
        let refunded = entries.filter { $0.kind == LedgerKind.refund.rawValue && $0.receipt == receipt && !reversed.contains($0.id) }
            .reduce(0) { $0 + $1.amount }
        return p.amount - refunded
    }

    /// What a waiver may still take off: the standing waivable charges less standing waivers,
    /// and never more than is owed.
    public func waivable(isWaivable: (String?) -> Bool) -> Int64 {
        let charges = entries.filter { $0.kind == LedgerKind.charge.rawValue && !reversed.contains($0.id) && isWaivable($0.code) }
            .reduce(0) { $0 + $1.amount }
        return max(0, min(charges - total(.waiver), balance))
    }
}
