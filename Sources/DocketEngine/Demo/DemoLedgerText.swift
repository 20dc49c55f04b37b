/// Why the demo's supervisors refunded or waived money, as they would write it.
enum DemoLedgerText {
    static let refundReasons = [
        "paid twice: the same fee by check and online",
        "citation dismissed at the hearing",
        "application withdrawn before review began",
        "overpaid at the counter",
        "fee charged in error for a fee-exempt applicant",
    ]
    static let waiverReasons = [
        "hardship: household income below the waiver threshold",
        "fee exemption for a disabled veteran",
        "agency error delayed the case",
        "first offence, compliance shown",
    ]
}
