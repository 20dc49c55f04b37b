/// The `/` search: what is typed, and the results of the latest search. Every keystroke
/// starts a new search tagged with a new generation; results are kept only when they
/// answer the text as it stands, so Enter never opens a case from an older search.
struct SearchState: Sendable {
    var input = TextInput(maxLength: 200)
    /// The generation of the text as typed now.
    var generation = Generation()
    /// The generation the shown results answer (nil before any).
    var resultsGeneration: Generation?
    var results: [SearchResult] = []
    var selected = 0
    var failure: String?

    /// Whether the results on screen answer what is typed now.
    var isCurrent: Bool { resultsGeneration == generation }

    var selectedResult: SearchResult? {
        results.indices.contains(selected) ? results[selected] : nil
    }
}
