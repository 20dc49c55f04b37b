import Foundation

/// A row ready to write: checked, canonical, encoded, and routed as if its person were new —
/// everything that needs no database, worked out on the reading thread.
struct PreparedRow {
    var number: Int
    var values: FormValues
    var identity: [String: String]
    var folded: (given: String, family: String)
    /// The person the row describes, and the case it makes, as if that person were new (ids
    /// and ref still to be given).
    var person: Constituent
    var searchTerms: String
    var summary: CaseSummary
    var formJSON: String
    var decision: RoutingDecision
    var routed: RoutedEvent
    /// Who the row's national id named when the reader looked (nil inside: nobody), so the
    /// writer need not look again; nil when the reader did not look.
    var byNationalId: Constituent?? = nil
}
