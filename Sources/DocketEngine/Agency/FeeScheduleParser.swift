/// Reads the agency file's `fees`: each fee's code, case type, name, amount (or fines by
/// offence), when it is charged and whether it may be waived.
///
///     {"code": "late_fee", "case_type": "traffic_fine", "name": "Late payment fee", "amount": 2500,
///      "charged": "late", "after_days": 30, "waivable": true}
///     {"code": "fine", "case_type": "traffic_fine", "name": "Fine", "charged": "on_open", "waivable": false,
///      "by_offence": {"field": "violation", "amounts": {"speeding": 15000, "parking": 4500}}}
enum FeeScheduleParser {
    static func parse(_ node: ConfigNode) -> Fee? {
        node.allowOnly(["code", "case_type", "name", "amount", "charged", "after_days", "waivable", "by_offence"])
        let code = node.child("code").string(), type = node.child("case_type").string()
        let name = node.child("name").string()
        let amount = node.child("amount").optionalInt(min: 0)
        let waivable = node.child("waivable").optionalBool() ?? true
        let byOffence = node.child("by_offence").isPresent ? parseOffences(node.child("by_offence")) : nil
        if byOffence == nil && amount == nil && !node.child("amount").isPresent {
            node.child("amount").fail("give the fee's amount in minor units (2500 for 25.00), or fines by offence in by_offence")
        }
        var charged = FeeTrigger.byHand
        switch node.child("charged").optionalString() ?? "by_hand" {
        case "by_hand": charged = .byHand
        case "on_open": charged = .onOpen
        case "late":
            if let days = node.child("after_days").int(min: 1, max: 3650) { charged = .late(afterDays: days) }
        case let other:
            node.child("charged").fail("'\(other)' is not a way a fee is charged (by_hand, on_open, late)")
        }
        var isLate = false
        if case .late = charged { isLate = true }
        if !isLate && node.child("after_days").isPresent {
            node.child("after_days").fail("after_days is for a late fee (\"charged\": \"late\")")
        }
        guard let code, let type, let name else { return nil }
        return Fee(code: code, caseType: type, name: name, amount: amount, charged: charged, waivable: waivable, byOffence: byOffence)
    }

    private static func parseOffences(_ node: ConfigNode) -> OffenceFines? {
        node.allowOnly(["field", "amounts"])
        let field = node.child("field").string()
        let amountsNode = node.child("amounts")
        var amounts: [String: Int] = [:]
        if amountsNode.object() {
            for key in amountsNode.keys {
                if let a = amountsNode.child(key).int(min: 0) { amounts[key] = a }
            }
            if amountsNode.keys.isEmpty { amountsNode.fail("list at least one offence and its amount") }
        }
        guard let field else { return nil }
        return OffenceFines(field: field, amounts: amounts)
    }
}
