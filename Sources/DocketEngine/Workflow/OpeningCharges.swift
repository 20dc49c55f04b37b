/// The fees a new case is charged as it opens: the schedule's `on_open` fees for its type, a
/// fine priced by the offence on its form. A fine whose offence the schedule does not price is
/// not charged (a supervisor charges it by hand once the schedule is put right).
enum OpeningCharges {
    static func make(agency: Agency, type: String, form: FormValues, department: String, actor: String, at: Int64) -> [LedgerEntry] {
        agency.openingFees(type: type).compactMap { fee in
            guard case .success(let amount) = fee.amount(form: form), amount > 0 else { return nil }
            return LedgerEntry(id: 0, at: at, kind: LedgerKind.charge.rawValue, code: fee.code, amount: amount,
                               currency: agency.currency, method: nil, receipt: nil, department: department, actor: actor)
        }
    }

    /// The `fee_charged` event's details, as the charge rule writes them.
    static func eventDetails(_ e: LedgerEntry) -> [(String, JSONText.Value)] {
        [("entry", .int(e.id)), ("kind", .string(e.kind)), ("amount", .int(e.amount)), ("currency", .string(e.currency)),
         ("code", .optional(e.code))]
    }
}
