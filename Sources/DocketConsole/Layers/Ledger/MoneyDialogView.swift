import DocketEngine

/// Draws the money dialog: a box over the screen with its fields, the methods to pick from,
/// the problem line, and at the end the receipt.
enum MoneyDialogView {
    static func render(_ d: MoneyDialog, ref: String, owed: Int64, into frame: inout Frame, keys: Keymap) {
        let title: String
        switch d.kind {
        case .payment: title = "Payment — \(ref)"
        case .refund(let receipt): title = "Refund from \(receipt) — \(ref)"
        case .waiver: title = "Waive — \(ref)"
        }
        let width = min(frame.width - 2, 76)
        // Edges, the owed line, a gap, the fields, a gap and two lines for a problem; or the receipt.
        let height = min(frame.height - 2, d.done.map { $0.count + 2 } ?? d.fields.count + 7)
        guard width >= 30, height >= 5 else { return }
        let box = frame.bounds.centered(width: width, height: height)
        frame.fill(box, role: .overlay)
        frame.box(box, role: .border, title: title)
        let x = box.x + 2, inner = box.width - 4
        var y = box.y + 1
        if let done = d.done {
            for line in done.prefix(box.height - 2) {
                frame.put(DisplayWidth.truncate(line, to: inner), x: x, y: y, role: line.hasPrefix("Receipt") ? .title : .overlay)
                y += 1
            }
            footer("Enter close", box: box, into: &frame)
            return
        }
        let owedText = owed > 0 ? "Owed \(d.style.format(owed))" : owed < 0 ? "Credit \(d.style.format(-owed))" : "Nothing owed"
        frame.put(DisplayWidth.truncate(owedText, to: inner), x: x, y: y, role: .muted)
        y += 2
        let labelWidth = 11
        var cursor: Point?
        for field in d.fields {
            let label: String
            switch field {
            case .amount: label = "Amount"
            case .method: label = "Method"
            case .reference: label = "Reference"
            case .reason: label = "Reason"
            }
            let focused = d.focus == field
            frame.put(label, x: x, y: y, role: focused ? .fieldFocused : .fieldLabel)
            let fx = x + labelWidth, fw = inner - labelWidth
            switch field {
            case .amount:
                d.amount.render(into: &frame, x: fx, y: y, width: min(fw, 20), role: focused ? .fieldFocused : .field, showsCursor: focused)
            case .reference:
                d.reference.render(into: &frame, x: fx, y: y, width: fw, role: focused ? .fieldFocused : .field,
                                   placeholder: "check no., terminal auth., provider id — never a card number", showsCursor: focused)
            case .reason:
                d.reason.render(into: &frame, x: fx, y: y, width: fw, role: focused ? .fieldFocused : .field, showsCursor: focused)
            case .method:
                var mx = fx
                for (i, m) in PaymentMethod.allCases.enumerated() {
                    let text = "\(i + 1) \(m.rawValue)"
                    guard mx + DisplayWidth.of(text) <= box.maxX - 2 else { break }
                    mx += frame.put(text, x: mx, y: y, role: m == d.method ? (focused ? .selected : .fieldFocused) : .field) + 1
                }
            }
            if focused && field != .method { cursor = frame.cursor }
            y += 1
        }
        if let problem = d.problem {
            y += 1
            for line in DisplayWidth.wrap(problem, to: inner).prefix(max(0, box.maxY - 1 - y)) {
                frame.put(line, x: x, y: y, role: .error)
                y += 1
            }
        } else if d.isRecording {
            frame.put("Recording…", x: x, y: y + 1, role: .muted)
        }
        footer(LedgerKeymaps.footer(keys), box: box, into: &frame)
        if let cursor { frame.cursor = cursor }
    }

    static func footer(_ text: String, box: Rect, into frame: inout Frame) {
        let t = " " + DisplayWidth.truncate(text, to: box.width - 6) + " "
        frame.put(t, x: box.maxX - 2 - DisplayWidth.of(t), y: box.maxY - 1, role: .border)
    }
}
