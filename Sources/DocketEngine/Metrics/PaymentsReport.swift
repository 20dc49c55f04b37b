/// Takings per day, department and method, with refunds and waivers beside them, over a window
/// of days. A reversal counts on its own day against the column of the entry it undoes, so the
/// totals over any window that holds both equal the ledger's standing sums exactly.
public struct PaymentsReport: Sendable {
    public struct Row: Sendable, Equatable {
        public var day: Day
        public var department: String
        /// Nil for waivers, which no money moves.
        public var method: String?
        public var payments: Int64 = 0
        public var refunds: Int64 = 0
        public var waivers: Int64 = 0
        public var count = 0
    }

    public var from: Day
    public var to: Day
    public var currency: String
    public var rows: [Row]
    public var totals: (payments: Int64, refunds: Int64, waivers: Int64) {
        rows.reduce((0, 0, 0)) { ($0.0 + $1.payments, $0.1 + $1.refunds, $0.2 + $1.waivers) }
    }

    /// Builds the report from the window's entries and, for reversals, the entries they undo.
    static func build(from: Day, to: Day, currency: String, entries: [LedgerEntry], reversedEntries: [Int64: LedgerEntry]) -> PaymentsReport {
        var byKey: [String: Row] = [:]
        var order: [String] = []
        for e in entries {
            var sign: Int64 = 1
            var kind = e.ledgerKind
            if kind == .reversal {
                guard let target = e.reverses.flatMap({ reversedEntries[$0] }) else { continue }
                kind = target.ledgerKind
                sign = -1
            }
            guard kind == .payment || kind == .refund || kind == .waiver else { continue }
            let day = Day(unixSeconds: e.at)
            let method = kind == .waiver ? nil : e.method
            let key = "\(day.number)|\(e.department)|\(method ?? "")"
            if byKey[key] == nil {
                byKey[key] = Row(day: day, department: e.department, method: method)
                order.append(key)
            }
            switch kind {
            case .payment: byKey[key]!.payments += sign * e.amount
            case .refund: byKey[key]!.refunds += sign * e.amount
            default: byKey[key]!.waivers += sign * e.amount
            }
            byKey[key]!.count += 1
        }
        let rows = order.map { byKey[$0]! }.sorted {
            ($0.day, $0.department, $0.method ?? "~") < ($1.day, $1.department, $1.method ?? "~")
        }
        return PaymentsReport(from: from, to: to, currency: currency, rows: rows)
    }

    public var json: JSONText.Value {
        let t = totals
        return .object([
            ("from", .string(from.iso)), ("to", .string(to.iso)), ("currency", .string(currency)),
            ("days", .array(rows.map { r in
                .object([("day", .string(r.day.iso)), ("department", .string(r.department)), ("method", .optional(r.method)),
                         ("payments", .int(r.payments)), ("refunds", .int(r.refunds)), ("waivers", .int(r.waivers)),
                         ("count", .int(r.count))])
            })),
            ("totals", .object([("payments", .int(t.payments)), ("refunds", .int(t.refunds)), ("waivers", .int(t.waivers))])),
        ])
    }
}

private func < (a: (Day, String, String), b: (Day, String, String)) -> Bool {
    a.0 != b.0 ? a.0 < b.0 : a.1 != b.1 ? a.1 < b.1 : a.2 < b.2
}
