import DocketEngine

/// The case's ledger over the case screen (`L`): its entries, the balance and what each receipt
/// has left; `$` takes a payment, `r` refunds from the selected payment's receipt and `w`
/// waives (supervisors; the engine decides and says why not). `$` on the case screen opens
/// this layer straight into the payment dialog, and closing the receipt closes both.
struct LedgerLayer: ConsoleLayer {
    let ref: String
    /// The case's version as last seen: every record names it (a change meanwhile is a conflict).
    var version: Int64
    let style: MoneyStyle
    /// Opened by `$`: the layer goes when its payment dialog does.
    let paymentOnly: Bool
    var loaded: LedgerRequests.Loaded?
    var selected = 0
    var dialog: MoneyDialog?
    var problem: String?
    /// The screen's help key shows the ledger's and the dialog's keys in the box.
    var showsHelp = false

    init(ref: String, version: Int64, currency: String, paymentOnly: Bool) {
        self.ref = ref
        self.version = version
        self.style = MoneyStyle(currency: currency)
        self.paymentOnly = paymentOnly
        if paymentOnly { dialog = MoneyDialog(kind: .payment, style: style) }
    }

    var entries: [LedgerEntry] { loaded?.ledger.entries ?? [] }
    var balance: Int64 { loaded?.ledger.balance ?? 0 }

    mutating func start(id: LayerID, context: LayerContext) -> LayerUpdate {
        LayerUpdate(effects: [load(id, context)])
    }

    private func load(_ id: LayerID, _ context: LayerContext) -> Effect<ConsoleMessage> {
        let ref = ref, session = context.session
        return .run { .layerAnswer(id, LedgerRequests.load(ref: ref, session: session)) }
    }

    mutating func update(_ message: LayerMessage, id: LayerID, context: LayerContext) -> LayerUpdate {
        switch message {
        case .answer(let result as Result<LedgerRequests.Loaded, ConsoleFailure>):
            switch result {
            case .success(let l):
                loaded = l
                version = l.ledger.summary.version
                selected = min(selected, max(0, l.ledger.entries.count - 1))
                if paymentOnly, let why = l.mayPay, dialog?.done == nil {
                    return LayerUpdate(requests: [.say("Cannot take a payment: \(why)", .error)], pops: true)
                }
            case .failure(let f):
                return LayerUpdate(requests: [.say("Ledger: \(f.message)", .error)], pops: true)
            }
            return .stays
        case .answer(let result as Result<Engine.LedgerOutcome, ConsoleFailure>):
            guard var d = dialog else { return .stays }
            d.isRecording = false
            switch result {
            case .success(let o):
                version = o.summary.version
                d.done = MoneyDialog.summary(of: o, style: style)
                dialog = d
                let said: String
                switch o.entry.kind {
                case LedgerKind.payment.rawValue: said = "\(ref): paid \(style.format(o.entry.amount)), receipt \(o.entry.receipt ?? "")"
                case LedgerKind.refund.rawValue: said = "\(ref): refunded \(style.format(o.entry.amount)) from \(o.entry.receipt ?? "")"
                default: said = "\(ref): waived \(style.format(o.entry.amount))"
                }
                return LayerUpdate(effects: [load(id, context)], requests: [.say(said, .success), .toBelow(.inFront(reloadsCase: true))])
            case .failure(let f):
                d.problem = f.message
                dialog = d
                return f.isConflict ? LayerUpdate(effects: [load(id, context)]) : .stays
            }
        case .answer:
            return .stays
        case .key(let key):
            return keyed(key, id: id, context: context)
        case .action, .tick, .resized, .stopping:
            return .stays
        }
    }

    private mutating func keyed(_ key: Key, id: LayerID, context: LayerContext) -> LayerUpdate {
        if var d = dialog {
            let event = d.handle(key, keys: context.keymaps.money)
            switch event {
            case .none:
                dialog = d
                return .stays
            case .close:
                dialog = nil
                return paymentOnly ? .popped : .stays
            case .submit(let filled):
                d.isRecording = true
                dialog = d
                let ref = ref, version = version, session = context.session
                return LayerUpdate(effects: [.run { .layerAnswer(id, LedgerRequests.record(filled, ref: ref, version: version, session: session)) }])
            }
        }
        if context.screenKeymap.binding(for: key)?.action == .general(.help) {
            showsHelp.toggle()
            return .stays
        }
        guard case .ledger(let action)? = context.keymaps.ledger.action(for: key) else { return .stays }
        if showsHelp { showsHelp = false; if action == .close { return .stays } }
        problem = nil
        switch action {
        case .close:
            return .popped
        case .down:
            selected = min(selected + 1, max(0, entries.count - 1))
        case .up:
            selected = max(0, selected - 1)
        case .pay:
            if let why = loaded?.mayPay { problem = "Cannot take a payment: \(why)"; return .stays }
            dialog = MoneyDialog(kind: .payment, style: style, suggested: balance)
        case .refund:
            if let why = loaded?.mayRefund { problem = "Cannot refund: \(why)"; return .stays }
            guard selected < entries.count, entries[selected].kind == LedgerKind.payment.rawValue, let receipt = entries[selected].receipt else {
                problem = "Select a payment (j/k) to refund from its receipt"
                return .stays
            }
            let left = loaded?.ledger.book.refundable(receipt: receipt) ?? 0
            guard left > 0 else { problem = "Nothing is left to refund on \(receipt)"; return .stays }
            dialog = MoneyDialog(kind: .refund(receipt: receipt), style: style, suggested: left)
        case .waive:
            if let why = loaded?.mayRefund { problem = "Cannot waive: \(why)"; return .stays }
            dialog = MoneyDialog(kind: .waiver, style: style, suggested: max(0, balance))
        default:
            break
        }
        return .stays
    }

    func view(into frame: inout Frame, keymaps: ConsoleKeymaps) {
        if !paymentOnly { drawLedger(into: &frame, keymaps: keymaps) }
        if let d = dialog { MoneyDialogView.render(d, ref: ref, owed: balance, into: &frame, keys: keymaps.money) }
    }

    private func drawLedger(into frame: inout Frame, keymaps: ConsoleKeymaps) {
        let lines = showsHelp ? keymaps.ledger.helpLines() + [""] + keymaps.money.helpLines()
            : LedgerLines.entries(entries, book: loaded?.ledger.book ?? LedgerBook([]), style: style)
        let width = min(frame.width - 2, 110)
        let height = min(frame.height - 2, max(8, lines.count + 7))
        guard width >= 30, height >= 6 else { return }
        let box = frame.bounds.centered(width: width, height: height)
        frame.fill(box, role: .overlay)
        frame.box(box, role: .border, title: "Ledger — \(ref) (\(style.currency))")
        let x = box.x + 2, inner = box.width - 4
        var y = box.y + 1
        if loaded == nil {
            frame.put("Loading…", x: x, y: y, role: .muted)
        } else if lines.isEmpty {
            frame.put("No charges or payments.", x: x, y: y, role: .muted)
            y += 1
        }
        let room = box.height - 6
        let first = max(0, min(selected - room + 1, lines.count - room))
        for (i, line) in lines.enumerated().dropFirst(first).prefix(max(0, room)) {
            frame.put(DisplayWidth.pad(DisplayWidth.truncate(line, to: inner), to: inner), x: x, y: y,
                      role: i == selected && !showsHelp ? .selected : .overlay)
            y += 1
        }
        y = box.maxY - 4
        let b = balance
        let balanceText = b > 0 ? "Balance \(style.format(b)) owed" : b < 0 ? "Credit \(style.format(-b)) (the agency owes it back)" : "Balance \(style.format(0)): nothing owed"
        frame.put(DisplayWidth.truncate(balanceText, to: inner), x: x, y: y, role: b > 0 ? .warning : .success)
        if let book = loaded?.ledger.book {
            let receipts = LedgerLines.receipts(entries, book: book, style: style)
            frame.put(DisplayWidth.truncate(receipts, to: inner), x: x, y: y + 1, role: .muted)
        }
        if let problem { frame.put(DisplayWidth.truncate(problem, to: inner), x: x, y: y + 2, role: .error) }
        MoneyDialogView.footer(LedgerKeymaps.footer(keymaps.ledger), box: box, into: &frame)
    }
}
