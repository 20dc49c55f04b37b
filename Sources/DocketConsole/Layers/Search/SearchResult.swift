import DocketEngine

/// One line of search results: a constituent and one of their cases (or none), sanitized.
struct SearchResult: Equatable, Sendable {
    var name: String
    var maskedId: String?
    /// The case Enter opens; nil for someone with no cases.
    var ref: String?
    var detail: String

    /// Flattens hits into lines: one per case, open cases first; a case whose ref was
    /// typed comes before everything else.
    static func lines(from hits: [Engine.SearchHit], query: String = "") -> [SearchResult] {
        let all = flatten(hits)
        let typed = query.trimming([" "]).uppercased()
        guard let exact = all.firstIndex(where: { $0.ref == typed }) else { return all }
        return [all[exact]] + all.enumerated().filter { $0.offset != exact }.map(\.element)
    }

    private static func flatten(_ hits: [Engine.SearchHit]) -> [SearchResult] {
        var lines: [SearchResult] = []
        for hit in hits {
            let name = UntrustedText.sanitize(hit.constituent.fullName)
            let masked = hit.constituent.maskedNationalId.map { UntrustedText.sanitize($0) }
            if hit.cases.isEmpty {
                lines.append(SearchResult(name: name, maskedId: masked, ref: nil, detail: "no cases"))
                continue
            }
            let ordered = hit.cases.filter(\.isOpen) + hit.cases.filter { !$0.isOpen }
            for c in ordered {
                let status = c.isOpen ? "\(c.state) · \(c.department)" + (c.assignee.map { " · \($0)" } ?? "") : "closed (\(c.state))"
                lines.append(SearchResult(name: name, maskedId: masked, ref: UntrustedText.sanitize(c.ref),
                                          detail: UntrustedText.sanitize("\(c.type) · \(status)")))
            }
        }
        return lines
    }
}
