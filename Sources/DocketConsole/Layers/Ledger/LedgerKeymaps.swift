/// The ledger's keys as data, so `?`, the footer, `docket help keys` and keymap files see them.
enum LedgerKeymaps {
    static let ledger = Keymap(screen: "ledger", bindings: [
        Binding(keys: [.character("$")], action: .ledger(.pay), help: "take a payment: amount, method, reference, Enter; shows the receipt", group: "Ledger", footerLabel: "pay"),
        Binding(keys: [.character("r")], action: .ledger(.refund), help: "refund from the selected payment's receipt, with a reason (supervisors)", group: "Ledger", footerLabel: "refund"),
        Binding(keys: [.character("w")], action: .ledger(.waive), help: "waive what is owed on waivable fees, with a reason (supervisors)", group: "Ledger", footerLabel: "waive"),
        Binding(keys: [.character("j"), .down], action: .ledger(.down), help: "select the next entry", group: "Ledger"),
        Binding(keys: [.character("k"), .up], action: .ledger(.up), help: "select the previous entry", group: "Ledger"),
        Binding(keys: [.escape, .character("q")], action: .ledger(.close), help: "close the ledger", group: "Ledger", footerLabel: "close"),
    ])

    /// The payment, refund and waiver dialog: printable keys type into the field in focus.
    static let money = Keymap(screen: "money", bindings: [
        Binding(keys: [.enter], action: .ledger(.confirm), help: "record it (or close the receipt)", group: "Money", footerLabel: "record"),
        Binding(keys: [.tab, .down], action: .ledger(.nextField), help: "next field", group: "Money", footerLabel: "next"),
        Binding(keys: [.backTab, .up], action: .ledger(.previousField), help: "previous field", group: "Money"),
        Binding(keys: [.right, .character(" ")], action: .ledger(.nextMethod), help: "on the method: the next method (1–6 pick one)", group: "Money"),
        Binding(keys: [.left], action: .ledger(.previousMethod), help: "on the method: the previous method", group: "Money"),
        Binding(keys: [.escape], action: .ledger(.cancel), help: "give up, nothing is recorded", group: "Money", footerLabel: "cancel"),
    ])

    /// `Enter record  Tab next  Esc cancel`, from a keymap's footer labels.
    static func footer(_ keymap: Keymap) -> String {
        keymap.bindings.compactMap { b in b.footerLabel.flatMap { label in b.keys.first.map { "\($0.name) \(label)" } } }
            .joined(separator: "  ")
    }
}
