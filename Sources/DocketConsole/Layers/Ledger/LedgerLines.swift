import DocketEngine

/// The ledger overlay's text: one line per entry, and the receipts with what is left of each.
enum LedgerLines {
    static func entries(_ entries: [LedgerEntry], book: LedgerBook, style: MoneyStyle) -> [String] {
        let amounts = entries.map { style.format($0.amount) }
        let width = amounts.map { DisplayWidth.of($0) }.max() ?? 0
        let idWidth = entries.map { String($0.id).count + 1 }.max() ?? 0
        return zip(entries, amounts).map { e, amount in
            var detail: [String] = []
            if let c = e.code { detail.append(c) }
            if let m = e.method { detail.append(m) }
            if let r = e.receipt { detail.append(e.kind == LedgerKind.payment.rawValue ? r : "from \(r)") }
            if let r = e.reverses { detail.append("undoes #\(r)") }
            if book.reversed.contains(e.id) { detail.append("(reversed)") }
            if let r = e.reason { detail.append("— \(r)") }
            let kind = DisplayWidth.pad(e.kind, to: 9)
            return UntrustedText.sanitize("\(DisplayWidth.pad("#\(e.id)", to: idWidth))  \(Day(unixSeconds: e.at).iso)  \(kind) \(DisplayWidth.pad(amount, to: width, alignment: .right))  \(detail.joined(separator: " "))")
        }
    }

    static func receipts(_ entries: [LedgerEntry], book: LedgerBook, style: MoneyStyle) -> String {
        let open = entries.filter { $0.kind == LedgerKind.payment.rawValue }.compactMap(\.receipt)
            .map { "\($0) \(style.format(book.refundable(receipt: $0))) left" }
        return open.isEmpty ? "No receipts" : "Receipts: " + open.joined(separator: ", ")
    }
}
